"""The screen's model layer in the pipeline: a triage second opinion running beside the main call.

`TriageStage` is built once with the gateway. `start` begins, as an asyncio task, one short
triage request to the judge (the request's own alias when the catalogue rates it capable, or the
configured `safety.triage_model`; never the embedded model) and returns at once, so the answer's
first token never waits for it. `settle` (full responses) waits for the opinion at most
`safety.triage_timeout_s` once the answer is there; `attach` (streams) passes chunks through,
adds an escalation raised by the opinion to the next chunk after it arrives, and waits at most
that long before the final chunk. A slow, failing or nonsensical judge changes nothing but the
`second_opinion` status: it never breaks or delays the answer beyond that bound.

Privacy: the judge's deployment gets the same PHI policy as any request to it (pseudonymised
when remote, refused when `phi: block` finds PHI, in which case there is no opinion), and its
reasons are re-identified before they reach the client. The audit gets one `triage` record per
opinion: status, levels, tokens, cost, never text.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from medgate.audit import AuditStore
from medgate.catalog import Catalog
from medgate.catalog.card import UseCase
from medgate.config import Config, Deployment, ModelAlias
from medgate.engines.backend import Backend
from medgate.engines.dialects import dialect_for
from medgate.engines.families import family_for
from medgate.errors import InvalidRequest, MedgateError
from medgate.gateway.normalise import normalise_response
from medgate.gateway.options import RequestOptions
from medgate.gateway.privacy_stage import PrivacyStage
from medgate.gateway.upstream_shape import check_completion
from medgate.safety import Escalation, user_texts
from medgate.safety.escalation import escalate
from medgate.safety.second_opinion import Opinion, parse_opinion, to_fired, triage_request

if TYPE_CHECKING:
    from medgate.gateway.ticket import Ticket

# "auto" asks the request's own model only when the catalogue rates it at least this for
# diagnostic support (gpt-oss-20b and the larger models; not GLM-4.5V, the 7B distil, SmolLM2).
CAPABLE_SCORE: Final = 0.6


@dataclass(frozen=True)
class Outcome:
    """How the judge's call ended: ok (with an opinion), invalid (no JSON opinion in the reply),
    error (refused or failed upstream)."""

    status: str
    opinion: Opinion | None = None


@dataclass
class SecondOpinion:
    """One request's opinion in flight, and what became of it."""

    judge: str
    task: asyncio.Task[Outcome]
    status: str = "pending"  # pending | ok | invalid | error | timeout | skipped | cancelled
    level: str | None = None
    started: float = field(default_factory=time.perf_counter)

    def summary(self) -> dict[str, Any]:
        return {"judge": self.judge, "status": self.status, "level": self.level}


Cost = Callable[[Deployment, Mapping[str, Any] | None], float | None]


class TriageStage:
    """Which alias judges a request, and the task that asks it. Holds no per-request state."""

    def __init__(self, config: Config, backends: Mapping[str, Backend], audit: AuditStore,
                 catalog: Catalog | None, cost: Cost) -> None:
        self._config = config
        self._backends = backends
        self._audit = audit
        self._catalog = catalog
        self._cost = cost

    def judge_for(self, alias: ModelAlias) -> ModelAlias | None:
        """The alias to ask for a second opinion on a request to `alias`, if any."""
        choice = self._config.triage_model
        if choice == "off":
            return None
        judge = alias if choice == "auto" else self._config.alias(choice)
        if judge is None or judge.deployments[0].is_embedded:
            return None
        if choice == "auto" and not self._capable(judge.deployments[0]):
            return None
        return judge

    def _capable(self, dep: Deployment) -> bool:
        if self._catalog is None:
            return False
        card = None
        if dep.provider:
            card = self._catalog.find_by_provider_model(dep.provider, dep.model)
        else:
            with contextlib.suppress(InvalidRequest):  # a self-hosted model the catalogue lacks
                card = self._catalog.get(dep.model.rsplit("/", 1)[-1].casefold())
        return card is not None and card.score(UseCase.DIAGNOSTIC_SUPPORT) >= CAPABLE_SCORE

    def start(self, alias: ModelAlias, body: Mapping[str, Any], options: RequestOptions,
              escalation: Escalation | None, request_id: str) -> SecondOpinion | None:
        """Begin the opinion when there is a judge and the screen has not already found an
        emergency (an opinion could then only agree). Never raises for the request's sake."""
        if escalation is not None and escalation.emergent:
            return None
        judge = self.judge_for(alias)
        texts = user_texts(body)
        if judge is None or not texts:
            return None
        task = asyncio.create_task(self._ask(judge, texts, options, request_id))
        return SecondOpinion(judge.alias, task)

    async def _ask(self, judge: ModelAlias, texts: list[str], options: RequestOptions,
                   request_id: str) -> Outcome:
        dep = judge.deployments[0]
        family = family_for(judge.family)
        dialect = dialect_for(dep.engine)
        started = time.perf_counter()
        record: dict[str, Any] = {"kind": "triage", "id": request_id, "judge": judge.alias,
                                  "deployment": dep.name, "status": "error", "level": None}
        try:
            privacy = PrivacyStage(dep, options.phi)
            upstream, _ = family.prepare(triage_request(texts), thinking=False, dialect=dialect)
            upstream["model"] = dep.model
            # de-identification is CPU work: off the event loop, so the answer never waits on it
            upstream = await asyncio.to_thread(privacy.outbound, upstream)
            resp = check_completion(await self._backends[dep.name].complete(upstream), dep.name)
            normalise_response(resp, family, dialect)
            usage = resp.get("usage")
            record.update(prompt_tokens=(usage or {}).get("prompt_tokens"),
                          completion_tokens=(usage or {}).get("completion_tokens"),
                          cost_usd=self._cost(dep, usage))
            opinion = parse_opinion(_content(resp))
            if opinion is None:
                record["status"] = "invalid"
                return Outcome("invalid")
            record.update(status="ok", level=opinion.level)
            reasons = tuple(privacy.restore_text(r) for r in opinion.reasons)
            return Outcome("ok", Opinion(opinion.level, reasons))
        except MedgateError as exc:  # PHI refused, upstream down or malformed: no opinion
            record["error"] = exc.code
            return Outcome("error")
        except asyncio.CancelledError:
            record["status"] = "cancelled"
            raise
        finally:
            record["latency_ms"] = round((time.perf_counter() - started) * 1000, 3)
            self._audit.append(record)

    # -- bringing the opinion into the answer ----------------------------------------------------
    async def settle(self, opinion: SecondOpinion | None, escalation: Escalation | None,
                     region: str) -> Escalation | None:
        """Full responses: wait at most the configured timeout, then merge what came back."""
        if opinion is None:
            return escalation
        await asyncio.wait({opinion.task}, timeout=self._config.triage_timeout_s)
        return self._merge(opinion, escalation, region)

    def _merge(self, opinion: SecondOpinion, escalation: Escalation | None,
               region: str) -> Escalation | None:
        if not opinion.task.done():
            opinion.task.cancel()
            opinion.status = "timeout"
            return escalation
        if opinion.task.cancelled():
            opinion.status = "cancelled"
            return escalation
        if opinion.task.exception() is not None:  # a fault in the judge's path: no opinion
            opinion.status = "error"
            return escalation
        outcome = opinion.task.result()
        opinion.status = outcome.status
        if outcome.opinion is None:
            return escalation
        opinion.level = outcome.opinion.level
        fired = to_fired(outcome.opinion, opinion.judge)
        return escalate(escalation, [fired] if fired else [], region)

    def attach(self, ticket: Ticket, region: str,
               chunks: AsyncIterator[dict[str, Any]]) -> AsyncIterator[dict[str, Any]]:
        """Streams: the chunks as they come; the opinion's escalation joins the first chunk after
        it arrives, and the final chunk (no choices, the cost) after a bounded wait; the ticket
        (and so the audit row) gets the merged level. Without an opinion the stream is returned
        as it is."""
        if ticket.opinion is None:
            return chunks
        return self._attached(ticket, ticket.opinion, region, chunks)

    async def _attached(self, ticket: Ticket, opinion: SecondOpinion, region: str,
                        chunks: AsyncIterator[dict[str, Any]]) -> AsyncIterator[dict[str, Any]]:
        escalation = ticket.escalation
        current, merged = escalation, False
        try:
            async for chunk in chunks:
                final = "medgate" in chunk and not chunk.get("choices")
                if final and not merged:
                    await asyncio.wait({opinion.task}, timeout=self._config.triage_timeout_s)
                if (final or opinion.task.done()) and not merged:
                    merged = True
                    current = ticket.escalation = self._merge(opinion, current, region)
                    if current is not escalation or final:
                        meta = chunk.setdefault("medgate", {})
                        meta["escalation"] = current.to_dict() if current is not None else None
                        meta["second_opinion"] = opinion.summary()
                elif final:
                    chunk["medgate"]["second_opinion"] = opinion.summary()
                yield chunk
        finally:
            if not opinion.task.done():
                opinion.task.cancel()  # the client went away, or the answer failed


def _content(resp: Mapping[str, Any]) -> str | None:
    choices = resp.get("choices") or []
    if not choices or not isinstance(choices[0], dict):
        return None
    message = choices[0].get("message") or {}
    content = message.get("content") if isinstance(message, dict) else None
    return content if isinstance(content, str) else None
