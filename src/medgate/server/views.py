"""Read-only routes beside the gateway (the console and the CLI read the same JSON):
`GET /v1/catalog`, `POST /v1/recommend`, `GET /v1/tasks`, `GET /v1/whoami`, `GET /v1/usage`,
`GET /v1/audit`.
None of them is on the chat hot path."""

from __future__ import annotations

import asyncio
import time
from typing import Any, Literal, NotRequired
from urllib.parse import parse_qs

from typing_extensions import TypedDict

from medgate.app import App
from medgate.catalog.api import catalog_json, recommendation
from medgate.errors import InvalidRequest
from medgate.server.http import Receive, Scope, Send, parse_json, principal_of, read_body, send_json

AUDIT_LIMIT = 500  # the most records one /v1/audit answer holds


class WhoAmI(TypedDict):
    object: Literal["principal"]
    keys_required: bool  # false: no API key exists, every route is open (loopback development)
    id: str | None
    name: str | None
    role: str | None


class AuditVerification(TypedDict):
    ok: bool
    checked: int
    first_bad_seq: int | None
    problem: str | None
    line: str


class AuditView(TypedDict):
    object: Literal["audit"]
    verification: AuditVerification | None  # None: the audit store keeps no chain (memory)
    data: list[dict[str, Any]]  # the latest records, newest first (ids, codes and counts: no PHI)
    health: NotRequired[dict[str, Any]]


async def catalog(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    await send_json(send, 200, catalog_json(app.catalog))


async def recommend(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    body = parse_json(await read_body(scope, receive, app.config.max_body_bytes))
    await send_json(send, 200, recommendation(app.catalog, body))


async def tasks(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    from medgate.tasks.api import task_list

    await send_json(send, 200, task_list())


async def whoami(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    p = principal_of(scope)
    out: WhoAmI = {"object": "principal", "keys_required": app.guard.required,
                   "id": p.id if p else None, "name": p.name if p else None, "role": p.role if p else None}
    await send_json(send, 200, out)


def _query(scope: Scope, allowed: tuple[str, ...]) -> dict[str, str]:
    """The query string's parameters (the last of each); an unknown one is a 400 naming it."""
    query = {k: v[-1] for k, v in parse_qs(scope.get("query_string", b"").decode("latin-1")).items()}
    unknown = sorted(set(query) - set(allowed))
    if unknown:
        raise InvalidRequest(f"unknown query parameter(s) {', '.join(unknown)}; use {', '.join(allowed)}",
                             param=unknown[0])
    return query


def _limit(scope: Scope) -> int:
    text = _query(scope, ("limit",)).get("limit", "50")
    if not text.isdigit() or not 1 <= int(text) <= AUDIT_LIMIT:
        raise InvalidRequest(f"limit must be a whole number from 1 to {AUDIT_LIMIT}", param="limit")
    return int(text)


async def usage(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    """Admins see every key (or `key=`); any other key sees its own usage only."""
    from medgate.accounting.usage import parse_groups, usage_report

    query = _query(scope, ("group_by", "since", "until", "key"))
    for name in ("since", "until"):
        if name in query and not _is_day(query[name]):
            raise InvalidRequest(f"{name} must be a day, YYYY-MM-DD", param=name)
    groups = parse_groups(query.get("group_by"))
    principal = principal_of(scope)
    key_id = query.get("key")
    if principal is not None and principal.role != "admin":
        key_id = principal.id
    if app.db is None:
        rows: list[dict[str, Any]] = []
    else:
        rows = await asyncio.to_thread(usage_report, app.db, groups, since=query.get("since"),
                                       until=query.get("until"), key_id=key_id)
    await send_json(send, 200, {"object": "usage", "group_by": groups, "data": rows})


def _is_day(text: str) -> bool:
    try:
        time.strptime(text, "%Y-%m-%d")
    except ValueError:
        return False
    return True


def _audit_view(app: App, limit: int) -> AuditView:
    """The chain's state from the same walk as `medgate audit verify`, then the latest records."""
    from medgate.audit.chain import verify
    from medgate.audit.export import latest

    if app.db is None:
        records = list(reversed(getattr(app.audit, "records", [])[-limit:]))
        return {"object": "audit", "verification": None, "data": records, "health": app.audit.health()}
    app.audit.flush()
    verdict = verify(app.db)
    return {"object": "audit", "data": latest(app.db, limit), "health": app.audit.health(),
            "verification": {"ok": verdict.ok, "checked": verdict.checked, "first_bad_seq": verdict.first_bad_seq,
                             "problem": verdict.problem, "line": verdict.line()}}


async def audit(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    """Admin keys only (route table): the chain's verification and the latest records."""
    limit = _limit(scope)
    await send_json(send, 200, await asyncio.to_thread(_audit_view, app, limit))
