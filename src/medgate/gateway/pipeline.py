"""The gateway pipeline for one chat request, full or streamed (DESIGN.md, "One request").

`Gateway` is built once at startup (config, backends, audit, router, budget ledger, metrics) and
holds no per-request state; everything a request carries lives in its `Ticket`. Every request
ends in a response or an OpenAI-shaped error, and in exactly one audit row with its real status:
the ticket starts as failed, refusals before the model call are audited too, and a bug is an
`InternalError`. A request that succeeds is handed over only after its audit row (and usage row
and charge) is committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import logging
import os
import time
import traceback
from collections.abc import AsyncIterator, Mapping
from typing import Any, Literal

from medgate.audit import AuditStore, Settlement
from medgate.auth import BudgetLedger, Principal
from medgate.auth.keys import PHI_ORDER
from medgate.catalog import Catalog, Price
from medgate.config import Config, Deployment
from medgate.engines.backend import Backend
from medgate.engines.families.splitters import TokenStripper
from medgate.errors import (
    AuditUnavailable,
    InternalError,
    MedgateError,
    ModelForbidden,
    PhiNotAllowed,
    UnknownModel,
)
from medgate.gateway.advice import advice_line, prefix_message, wants_advice_line
from medgate.gateway.attempts import attempt
from medgate.gateway.auto import AUTO, choose, prompt_tokens_estimate
from medgate.gateway.converter import FileConverter
from medgate.gateway.cost import cost_usd, price_for
from medgate.gateway.files_stage import FilesStage
from medgate.gateway.metrics import Metrics
from medgate.gateway.normalise import normalise_response
from medgate.gateway.options import RequestOptions, strip_medgate_fields
from medgate.gateway.relay import relay
from medgate.gateway.routing import Plan, Router
from medgate.gateway.ticket import Route, Ticket
from medgate.gateway.tool_choice import called_names, check_calls, honouring_plan, tool_spec
from medgate.gateway.triage_stage import TriageStage
from medgate.gateway.upstream_shape import check_completion
from medgate.gateway.validate import validate_chat
from medgate.safety import emergency_reply_text, screen_request
from medgate.safety.screen import ALL_LAYERS, RULES_AND_FINDINGS

log = logging.getLogger("medgate.gateway")


class Gateway:
    def __init__(self, config: Config, backends: Mapping[str, Backend], audit: AuditStore,
                 catalog: Catalog | None = None, *, ledger: BudgetLedger | None = None,
                 metrics: Metrics | None = None) -> None:
        self.config = config
        self.backends = backends
        self.audit = audit
        self.catalog = catalog
        self.ledger = ledger
        self.metrics = metrics
        self._prices: dict[str, Price | None] = {}
        self.router = Router(config, self.price_for)
        self.converter = FileConverter(workers=min(2, os.cpu_count() or 1))  # processes start with the first file
        # A random prefix and a counter: unique request ids without a uuid4 syscall per request.
        self._id_prefix = os.urandom(6).hex()
        self._ids = itertools.count(1)
        self._triage = TriageStage(config, backends, audit, catalog, self._deployment_cost)

    def ticket(self, principal: Principal | None = None, source: str = "chat") -> Ticket:
        """A new request: its id now, so even a body that cannot be parsed has one."""
        return Ticket(request_id=f"chatcmpl-{self._id_prefix}{next(self._ids):010x}", principal=principal,
                      source=source)

    def close(self) -> None:
        self.converter.close()

    def price_for(self, deployment: Deployment) -> Price | None:
        if deployment.name not in self._prices:  # config and catalogue are fixed after start
            self._prices[deployment.name] = price_for(deployment, self.catalog)
        return self._prices[deployment.name]

    def _deployment_cost(self, deployment: Deployment, usage: Mapping[str, Any] | None) -> float | None:
        return cost_usd(self.price_for(deployment), usage)

    # -- ending a request -----------------------------------------------------------------------
    def fail(self, ticket: Ticket, exc: BaseException) -> MedgateError:
        """Audit a failed request (once) and return the error the client gets."""
        if ticket.audited and isinstance(exc, MedgateError):
            return exc  # already failed (and its message restored) deeper in
        if isinstance(exc, MedgateError):
            error = exc
            if ticket.route is not None:  # an upstream's message may echo pseudonymised text
                error.message = ticket.route.privacy.restore_text(error.message)
        else:
            error = InternalError(f"internal error in medgate; the server log has request {ticket.request_id}")
            # Type and frames only: an exception's text may quote a prompt, and logs never hold PHI.
            frames = "".join(traceback.format_tb(exc.__traceback__))
            log.error("unhandled %s in request %s\n%s", type(exc).__name__, ticket.request_id, frames)
        self._finish(ticket, "error", error)
        return error

    def cancelled(self, ticket: Ticket) -> None:
        self._finish(ticket, "cancelled")

    def _finish(self, ticket: Ticket, status: Literal["error", "cancelled"], error: MedgateError | None = None) -> None:
        record = ticket.close(status, error)
        if record is not None:
            self.audit.append(record, self._settle(ticket))
            if self.metrics is not None:
                self.metrics.chat(record)

    async def finish_ok(self, ticket: Ticket) -> None:
        """Audit a served request and wait for the commit: a completed request's record, usage
        row and charge survive a crash of the server right after."""
        record = ticket.close("ok")
        if record is None:
            return
        if not await self.audit.durable(record, self._settle(ticket)):
            log.error("request %s served, but its audit record is not committed yet (the store is slow or "
                      "down; it stays queued)", ticket.request_id)
        if self.metrics is not None:
            self.metrics.chat(record)

    def _settle(self, ticket: Ticket) -> Settlement | None:
        if ticket.reservation is not None and self.ledger is not None:
            return self.ledger.settle(ticket.reservation, ticket.cost)
        if ticket.principal is not None and ticket.cost:
            return Settlement(ticket.principal.id, "", ticket.cost)  # spend recorded, no budget
        return None

    # -- the stages before the model call -------------------------------------------------------
    async def _begin(self, ticket: Ticket, raw: Any, options: RequestOptions) -> tuple[dict[str, Any], RequestOptions]:
        if self.config.audit_on_failure == "refuse" and not self.audit.accepting():
            raise AuditUnavailable("the audit store is not accepting records, and audit.on_failure is "
                                   "refuse: no request is served unaudited; retry shortly")
        body = validate_chat(raw)
        # Screened first: even a request refused below still carries the escalation header.
        ticket.escalation = screen_request(body, self.config.emergency_region,
                                           ALL_LAYERS if self.config.learned_layer else RULES_AND_FINDINGS)
        ticket.model = name = body["model"]
        auto_reason = None
        if name == AUTO and self.catalog is not None and AUTO not in self.config.models:
            allowed = ticket.principal.models if ticket.principal is not None else None
            name, auto_reason = choose(self.config, self.catalog, body, allowed)
        alias = self.config.alias(name)
        if alias is None:
            raise UnknownModel(self.unknown_model_message(name), param="model")
        ticket.model = alias.alias
        principal = ticket.principal
        if principal is not None and not principal.may_use(alias.alias):
            raise ModelForbidden(f"this API key may not use model {alias.alias!r}; it may use "
                                 f"{', '.join(sorted(principal.models or ()))}", param="model")
        options = _key_phi(principal, options)
        ticket.on_emergency = alias.on_emergency or self.config.on_emergency
        plan = self.router.plan(alias, body.get("provider"))
        if principal is not None and principal.models is not None:  # a fallback alias the key may not use
            plan = dataclasses.replace(plan, candidates=tuple(
                c for c in plan.candidates if principal.may_use(c.alias.alias)))
        ticket.plan = plan = honouring_plan(body, plan)
        ticket.route_reason = f"{auto_reason}; {plan.reason}" if auto_reason else plan.reason
        ticket.deadline = time.monotonic() + alias.deadline_s
        if principal is not None and principal.budget_usd is not None and self.ledger is not None \
                and not ticket.respond_with_advice():  # emergency advice is never refused for budget
            ticket.reservation = await self.ledger.reserve(principal.id, principal.budget_usd,
                                                           self._most_cost(body, plan))
        # The screen's model layer starts now, beside the call; it never delays the answer.
        ticket.opinion = self._triage.start(alias, body, options, ticket.escalation, ticket.request_id)
        return body, options

    def _most_cost(self, body: dict[str, Any], plan: Plan) -> float:
        """The largest this request can cost on any deployment it may reach (the budget holds it)."""
        prompt = prompt_tokens_estimate(body)
        answer = int(body.get("max_completion_tokens") or body.get("max_tokens") or DEFAULT_MAX_TOKENS)
        prices = [self.price_for(c.deployment) for c in plan.candidates]
        return max((p.cost(prompt, answer) for p in prices if p is not None), default=0.0)

    def _files(self, body: dict[str, Any], options: RequestOptions) -> FilesStage:
        """The request's inline files, converted for each attempted deployment (files_stage.py)."""
        return FilesStage(self.converter, self.config.image_limits, body, options.burned_in)

    async def _upstream_body(self, ticket: Ticket, body: dict[str, Any], options: RequestOptions,
                             *, stream: bool) -> dict[str, Any]:
        route = ticket.route
        assert route is not None
        upstream, ticket.defaults_applied = route.family.prepare(
            strip_medgate_fields(body), thinking=options.thinking, dialect=route.dialect)
        upstream["model"] = route.deployment.model
        if stream:
            upstream["stream"] = True
            upstream["stream_options"] = {**(body.get("stream_options") or {}), "include_usage": True}
        if route.privacy.costly(upstream):  # a long text: off the event loop (privacy_stage.OFFLOAD_CHARS)
            return await asyncio.to_thread(route.privacy.outbound, upstream)
        out: dict[str, Any] = route.privacy.outbound(upstream)
        return out

    def unknown_model_message(self, name: str) -> str:
        known = ", ".join(sorted(self.config.models)) or "none"
        hint = ""
        if name in ("gpt-oss-120b", "glm-4.5v", "deepseek-r1"):
            hint = " export SILICONFLOW_API_KEY to use the SiliconFlow preset, or"
        return (f"model {name!r} has no deployment. Configured aliases: {known}. To serve it,{hint} add it "
                "under `models:` in a YAML config (medgate serve --config FILE or MEDGATE_CONFIG) with a "
                "provider preset or the base_url of your vLLM/SGLang/Ollama/llama.cpp server.")

    def _advice(self, ticket: Ticket, body: dict[str, Any], in_content: bool) -> str | None:
        """The advice line for the content, when annotate mode found an emergency."""
        if in_content and ticket.escalation is not None and wants_advice_line(body):
            return advice_line(ticket.escalation)
        return None

    def _emergency_reply(self, ticket: Ticket) -> dict[str, Any]:
        assert ticket.escalation is not None and ticket.plan is not None
        return {
            "id": ticket.request_id, "object": "chat.completion", "created": int(time.time()),
            "model": ticket.plan.candidates[0].alias.alias,
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": emergency_reply_text(ticket.escalation)}}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }

    # -- full responses -------------------------------------------------------------------------
    async def complete(self, body: Any, options: RequestOptions | None = None, ticket: Ticket | None = None,
                       *, advice_in_content: bool = False) -> dict[str, Any]:
        """A chat.completion with the `medgate` object; raises a MedgateError (already audited)."""
        ticket = ticket or self.ticket()
        try:
            resp = await self._complete(ticket, body, options or RequestOptions(), advice_in_content)
        except asyncio.CancelledError:
            self.cancelled(ticket)
            raise
        except Exception as exc:  # every failure, foreseen or a bug, is audited and OpenAI-shaped
            raise self.fail(ticket, exc) from exc
        await self.finish_ok(ticket)
        return resp

    async def _complete(self, ticket: Ticket, body: Any, options: RequestOptions,
                        advice_in_content: bool) -> dict[str, Any]:
        body, options = await self._begin(ticket, body, options)
        if ticket.respond_with_advice():
            resp = self._emergency_reply(ticket)
            ticket.cost = 0.0
            resp["medgate"] = ticket.head() | {"alias": resp["model"], "deployment": None, "cost_usd": 0.0,
                                               "answered_by": "safety-screen"}
            return resp

        files = self._files(body, options)

        async def call(route: Route) -> dict[str, Any]:
            upstream = await self._upstream_body(ticket, files.body_for(ticket, route), options, stream=False)
            return check_completion(await route.backend.complete(upstream), route.deployment.name)

        if options.slot is None:
            resp = await attempt(self.router, ticket, self.backends, options, call, admit=files.admit)
        else:
            async with options.slot:  # the caller's bound on its model calls in flight (slots.py)
                ticket.deadline += options.slot.waited_s  # the caller's queue is not the request's time
                resp = await attempt(self.router, ticket, self.backends, options, call, admit=files.admit)
        route = ticket.route
        assert route is not None
        normalise_response(resp, route.family, route.dialect, tool_spec(body))
        if body.get("tools"):
            check_calls(body, called_names(resp))
        resp = route.privacy.inbound(resp)
        resp["id"] = ticket.request_id
        resp["model"] = route.alias.alias
        ticket.escalation = await self._triage.settle(ticket.opinion, ticket.escalation,
                                                      self.config.emergency_region)
        meta = ticket.head()
        meta.update(self._annotate(ticket, resp, body))
        ticket.usage = resp.get("usage")
        ticket.cost = meta["cost_usd"] = cost_usd(self.price_for(route.deployment), ticket.usage)
        if (line := self._advice(ticket, body, advice_in_content)) is not None:
            prefix_message(resp, line)
        resp["medgate"] = meta
        return resp

    def _annotate(self, ticket: Ticket, resp: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        """Family extras from the final answer (GLM boxes), before any advice line shifts offsets."""
        assert ticket.route is not None
        choices = resp.get("choices") or []
        if not choices:
            return {}
        msg = choices[0].get("message") or {}
        content = msg.get("content")
        if not isinstance(content, str):
            return {}
        family = ticket.route.family
        extras = family.annotate(content, body, ticket.image_size)
        if family.strip_tokens:
            msg["content"] = TokenStripper(family.strip_tokens).strip(content)
        return extras

    # -- streams --------------------------------------------------------------------------------
    async def stream(self, body: Any, options: RequestOptions | None = None, ticket: Ticket | None = None,
                     *, advice_in_content: bool = False) -> AsyncIterator[dict[str, Any]]:
        """Chunks for the client. Errors before the first chunk raise (already audited; the server
        answers with an HTTP error) once every fallback failed; after it, the stream ends with an
        error event."""
        ticket = ticket or self.ticket()
        options = options or RequestOptions()
        try:
            body, options = await self._begin(ticket, body, options)
            if ticket.respond_with_advice():
                return self._emergency_stream(ticket)
            files = self._files(body, options)

            async def call(route: Route) -> tuple[AsyncIterator[dict[str, Any]], dict[str, Any] | None]:
                upstream = await self._upstream_body(ticket, files.body_for(ticket, route), options,
                                                     stream=True)
                source = route.backend.stream(upstream).__aiter__()
                try:
                    return source, await source.__anext__()
                except StopAsyncIteration:
                    return source, None
                except BaseException:  # broad on purpose: any failure (or cancel) closes, then re-raises
                    await _close(source)  # release this attempt's connection before the next one
                    raise

            source, first = await attempt(self.router, ticket, self.backends, options, call, hold=True,
                                          admit=files.admit)
        except asyncio.CancelledError:
            self.cancelled(ticket)
            raise
        except Exception as exc:  # every failure, foreseen or a bug, is audited and OpenAI-shaped
            raise self.fail(ticket, exc) from exc
        chunks = relay(self, ticket, body, source, first, self._advice(ticket, body, advice_in_content))
        return self._triage.attach(ticket, self.config.emergency_region, chunks)

    async def _emergency_stream(self, ticket: Ticket) -> AsyncIterator[dict[str, Any]]:
        resp = self._emergency_reply(ticket)
        base = {"id": ticket.request_id, "object": "chat.completion.chunk", "created": resp["created"],
                "model": resp["model"]}
        text = resp["choices"][0]["message"]["content"]
        ticket.cost = 0.0
        try:
            yield base | {"choices": [{"index": 0, "delta": {"role": "assistant", "content": text},
                                       "finish_reason": None}],
                          "medgate": ticket.head() | {"alias": resp["model"], "deployment": None,
                                                      "answered_by": "safety-screen"}}
            yield base | {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            yield base | {"choices": [], "medgate": {"cost_usd": 0.0}}
        except (GeneratorExit, asyncio.CancelledError):
            self.cancelled(ticket)
            raise
        await self.finish_ok(ticket)


DEFAULT_MAX_TOKENS = 4096  # what a request without max_tokens may cost at most, for its budget


def _key_phi(principal: Principal | None, options: RequestOptions) -> RequestOptions:
    """A key with its own PHI policy: that policy is the default, and nothing weaker is allowed."""
    if principal is None or principal.phi is None or principal.phi == "allow":
        return options
    if options.phi is None:
        return dataclasses.replace(options, phi=principal.phi)
    if PHI_ORDER[options.phi] < PHI_ORDER[principal.phi]:
        raise PhiNotAllowed(f"phi: {options.phi} is refused for this API key, which allows {principal.phi} "
                            "at the weakest", param="phi")
    return options


async def _close(source: AsyncIterator[dict[str, Any]]) -> None:
    close = getattr(source, "aclose", None)
    if close is not None:
        with contextlib.suppress(Exception):  # broad on purpose: this attempt already failed
            await close()
