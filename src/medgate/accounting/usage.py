"""`GET /v1/usage` and `medgate usage`: one query, grouped by any of key, alias, deployment, day."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from medgate.errors import InvalidRequest
from medgate.store.tables import USAGE

GROUPS: Mapping[str, sa.Column[Any]] = {
    "key": USAGE.c.key_id, "alias": USAGE.c.alias, "deployment": USAGE.c.deployment, "day": USAGE.c.day,
}


def parse_groups(text: str | None) -> list[str]:
    groups = [g.strip() for g in (text or "key,alias,deployment,day").split(",") if g.strip()]
    unknown = [g for g in groups if g not in GROUPS]
    if unknown:
        raise InvalidRequest(f"group_by takes {', '.join(GROUPS)}; got {', '.join(unknown)}", param="group_by")
    return groups


def usage_report(engine: sa.Engine, groups: Sequence[str], *, since: str | None = None,
                 until: str | None = None, key_id: str | None = None) -> list[dict[str, Any]]:
    """Rows of requests, errors, tokens and cost per group; `since`/`until` are days (YYYY-MM-DD,
    inclusive); `key_id` limits the report to one key (what a non-admin key may see)."""
    cols = [GROUPS[g].label(g) for g in groups]
    query = sa.select(
        *cols,
        sa.func.count().label("requests"),
        sa.func.sum(sa.case((USAGE.c.status != "ok", 1), else_=0)).label("errors"),
        sa.func.coalesce(sa.func.sum(USAGE.c.prompt_tokens), 0).label("prompt_tokens"),
        sa.func.coalesce(sa.func.sum(USAGE.c.completion_tokens), 0).label("completion_tokens"),
        sa.func.coalesce(sa.func.sum(USAGE.c.cost_usd), 0.0).label("cost_usd"),
    )
    if since:
        query = query.where(USAGE.c.day >= since)
    if until:
        query = query.where(USAGE.c.day <= until)
    if key_id is not None:
        query = query.where(USAGE.c.key_id == key_id)
    if groups:
        query = query.group_by(*[GROUPS[g] for g in groups]).order_by(*[GROUPS[g] for g in groups])
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [{**r._asdict(), "errors": int(r.errors or 0), "prompt_tokens": int(r.prompt_tokens),
             "completion_tokens": int(r.completion_tokens), "cost_usd": round(float(r.cost_usd), 8)}
            for r in rows if r.requests]
