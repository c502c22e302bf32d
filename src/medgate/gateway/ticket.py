"""One request's identity and outcome: its id (the response id, `X-Request-Id` and the audit
record's id), what routing chose, and the audit row written exactly once.

The status starts as failed and becomes `ok` only when the whole response has been handed over,
so an error nobody anticipated is still audited as an error, never as a success.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from medgate.audit import AuditStore
from medgate.config import Deployment, ModelAlias
from medgate.engines.backend import Backend
from medgate.engines.dialects import Dialect
from medgate.engines.families import Family
from medgate.errors import MedgateError
from medgate.gateway.privacy_stage import PrivacyStage
from medgate.safety import Escalation

Status = Literal["ok", "error", "cancelled"]
REVIEW_NOTICE = "AI-generated: a clinician must review this before any clinical use."


@dataclass
class Route:
    """What routing chose for a request: the alias, one deployment, and what talks to it."""

    alias: ModelAlias
    deployment: Deployment
    family: Family
    dialect: Dialect
    backend: Backend
    privacy: PrivacyStage


@dataclass
class Ticket:
    request_id: str
    model: str | None = None  # what the client asked for, even when it is no alias
    route: Route | None = None
    escalation: Escalation | None = None
    on_emergency: str = "annotate"
    defaults_applied: dict[str, Any] = field(default_factory=dict)
    usage: Mapping[str, Any] | None = None
    cost: float | None = None
    started: float = field(default_factory=time.perf_counter)
    audited: bool = False
    documents: list[dict[str, Any]] | None = None  # files converted for the model (attachments.py)
    image_size: tuple[int, int] | None = None  # the first image's size as the client submitted it

    def head(self) -> dict[str, Any]:
        """The `medgate` object of the first chunk or of a full response."""
        route = self.route
        head: dict[str, Any] = {
            "request_id": self.request_id,
            "alias": route.alias.alias if route else self.model,
            "deployment": route.deployment.name if route else None,
            "family": route.family.name if route else None,
            "escalation": self.escalation.to_dict() if self.escalation else None,
            "phi": route.privacy.summary() if route else None,
            "defaults_applied": self.defaults_applied,
            "review_required": True,
            "notice": REVIEW_NOTICE,
        }
        if self.documents is not None:
            head["documents"] = self.documents
        return head

    def headers(self) -> list[tuple[bytes, bytes]]:
        """Response headers every client sees, including ones that drop the `medgate` object."""
        out = [(b"x-request-id", self.request_id.encode())]
        if self.escalation is not None:
            cats = ",".join(self.escalation.categories)
            out.append((b"x-medgate-escalation", f"emergent; categories={cats}".encode()))
        return out

    def finish(self, audit: AuditStore, status: Status, *, error: MedgateError | None = None) -> None:
        """Write the audit row; only the first call counts."""
        if self.audited:
            return
        self.audited = True
        route, usage = self.route, self.usage or {}
        audit.append({
            "kind": "chat",
            "id": self.request_id,
            "alias": route.alias.alias if route else self.model,
            "deployment": route.deployment.name if route else None,
            "trust": route.deployment.trust if route else None,
            "status": status,
            "error": error.code if error else None,
            "http_status": error.http_status() if error else 200,
            "latency_ms": round((time.perf_counter() - self.started) * 1000, 3),
            "prompt_tokens": usage.get("prompt_tokens"),
            "completion_tokens": usage.get("completion_tokens"),
            "cost_usd": self.cost,
            "phi": route.privacy.summary() if route else None,
            "escalation": list(self.escalation.categories) if self.escalation else [],
            # files converted for the model: kinds and image counts, and whether burned-in text was
            # screened (false for a remote deployment means the caller sent burned_in: allow)
            "files": [{"kind": d["kind"], "images": len(d["images"]), "screened": d["screened"]}
                      for d in self.documents or ()],
        })
