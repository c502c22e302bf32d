"""One request's identity and outcome: its id (the response id, `X-Request-Id` and the audit
record's id), who asked (the API key's principal), what routing chose and tried, and the audit
record, written exactly once.

The status starts as failed and becomes `ok` only when the whole response has been handed over,
so an error nobody anticipated is still audited as an error, never as a success.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from medgate.config import Deployment, ModelAlias
from medgate.engines.backend import Backend
from medgate.engines.dialects import Dialect
from medgate.engines.families import Family
from medgate.errors import MedgateError
from medgate.gateway.privacy_stage import PrivacyStage
from medgate.safety import Escalation

if TYPE_CHECKING:
    from medgate.auth import Principal, Reservation
    from medgate.gateway.routing import Plan
    from medgate.gateway.triage_stage import SecondOpinion

Status = Literal["ok", "error", "cancelled"]
REVIEW_NOTICE = "AI-generated: a clinician must review this before any clinical use."


@dataclass
class Route:
    """One attempt's choice: the alias serving it, one deployment, and what talks to it."""

    alias: ModelAlias
    deployment: Deployment
    family: Family
    dialect: Dialect
    backend: Backend
    privacy: PrivacyStage


@dataclass
class Ticket:
    request_id: str
    principal: Principal | None = None
    source: str = "chat"  # the route or command: chat, task, cli:ask ...
    model: str | None = None  # what the client asked for, even when it is no alias
    route: Route | None = None  # the attempt that served (or the last one tried)
    plan: Plan | None = None
    route_reason: str | None = None
    attempts: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)  # attempts that failed, and why
    reservation: Reservation | None = None
    release: Callable[[], None] | None = None  # ends the serving deployment's in-flight count
    escalation: Escalation | None = None
    on_emergency: str = "annotate"
    defaults_applied: dict[str, Any] = field(default_factory=dict)
    usage: Mapping[str, Any] | None = None
    cost: float | None = None
    started: float = field(default_factory=time.perf_counter)
    deadline: float = 0.0  # monotonic
    audited: bool = False
    documents: list[dict[str, Any]] | None = None  # files converted for the model (attachments.py)
    image_size: tuple[int, int] | None = None  # the first image's size as the client submitted it
    opinion: SecondOpinion | None = None  # the screen's model layer, running beside the call
    batch: str | None = None  # the batch this request is a line of (its audit row says so)

    def respond_with_advice(self) -> bool:
        """`on_emergency: respond` answers an emergent escalation with the advice alone."""
        return self.escalation is not None and self.escalation.emergent and self.on_emergency == "respond"

    def head(self) -> dict[str, Any]:
        """The `medgate` object of the first chunk or of a full response."""
        route = self.route
        out: dict[str, Any] = {
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
            out["documents"] = self.documents
        if self.plan is not None:
            out["attempts"] = self.attempts
            out["route"] = {"requested": self.model, "reason": self.route_reason, "failed": self.failures}
        if self.opinion is not None:
            out["second_opinion"] = self.opinion.summary()
        return out

    def headers(self) -> list[tuple[bytes, bytes]]:
        """Response headers every client sees, including ones that drop the `medgate` object."""
        out = [(b"x-request-id", self.request_id.encode())]
        if self.escalation is not None:
            cats = ",".join(self.escalation.categories)
            level = self.escalation.level
            out.append((b"x-medgate-escalation", f"{level}; categories={cats}".encode()))
        return out

    def close(self, status: Status, error: MedgateError | None = None) -> dict[str, Any] | None:
        """The audit record, the first time only (None after): counts and codes, never text."""
        if self.audited:
            return None
        self.audited = True
        if self.release is not None:
            self.release()
            self.release = None
        if status != "ok" and self.opinion is not None and not self.opinion.task.done():
            self.opinion.task.cancel()  # no answer, no use for its second opinion
        route, usage = self.route, self.usage or {}
        return {
            "kind": "chat",
            **({"batch": self.batch} if self.batch else {}),
            "id": self.request_id,
            "route": self.source,
            "key_id": self.principal.id if self.principal else None,
            "requested": self.model,
            "alias": route.alias.alias if route else self.model,
            "deployment": route.deployment.name if route else None,
            "trust": route.deployment.trust if route else None,
            "attempts": self.attempts,
            "failed_attempts": self.failures,
            "status": status,
            "error": error.code if error else None,
            "http_status": error.http_status() if error else 200,
            "latency_ms": round((time.perf_counter() - self.started) * 1000, 3),
            "prompt_tokens": usage.get("prompt_tokens"),
            "completion_tokens": usage.get("completion_tokens"),
            "cost_usd": self.cost,
            "phi": route.privacy.summary() if route else None,
            "escalation": list(self.escalation.categories) if self.escalation else [],
            "escalation_level": self.escalation.level if self.escalation else "routine",
            # files converted for the model: kinds and image counts, and whether burned-in text was
            # screened (false for a remote deployment means the caller sent burned_in: allow)
            "files": [{"kind": d["kind"], "images": len(d["images"]), "screened": d["screened"]}
                      for d in self.documents or ()],
        }
