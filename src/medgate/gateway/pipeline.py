"""The gateway pipeline for one chat request, full or streamed (DESIGN.md, "One request").

`Gateway` is built once at startup (config, backends, audit) and holds no per-request state;
everything a request carries lives in its `Ticket`. Every request ends in a response or an
OpenAI-shaped error, and in exactly one audit row with its real status: the ticket starts as
failed, refusals before the model call are audited too, and a bug is an `InternalError`.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import time
import traceback
from collections.abc import AsyncIterator, Mapping
from typing import Any

from medgate.audit import AuditStore
from medgate.catalog import Catalog, Price
from medgate.config import Config, Deployment
from medgate.engines.backend import Backend
from medgate.engines.dialects import dialect_for
from medgate.engines.families import family_for
from medgate.engines.families.glm45v import strip_box_tokens
from medgate.engines.image_size import first_image_size
from medgate.errors import AuditUnavailable, InternalError, MedgateError, UnknownModel
from medgate.gateway.advice import advice_line, prefix_message, wants_advice_line
from medgate.gateway.attachments import convert_body, has_files
from medgate.gateway.converter import FileConverter
from medgate.gateway.cost import cost_usd, price_for
from medgate.gateway.normalise import normalise_response
from medgate.gateway.options import RequestOptions, strip_medgate_fields
from medgate.gateway.privacy_stage import PrivacyStage
from medgate.gateway.relay import relay
from medgate.gateway.ticket import Route, Ticket
from medgate.gateway.upstream_shape import check_completion
from medgate.gateway.validate import validate_chat
from medgate.safety import emergency_reply_text, screen_request

log = logging.getLogger("medgate.gateway")


class Gateway:
    def __init__(self, config: Config, backends: Mapping[str, Backend], audit: AuditStore,
                 catalog: Catalog | None = None) -> None:
        self.config = config
        self.backends = backends
        self.audit = audit
        self.catalog = catalog
        self.converter = FileConverter(workers=min(2, os.cpu_count() or 1))  # processes start with the first file
        # A random prefix and a counter: unique request ids without a uuid4 syscall per request.
        self._id_prefix = os.urandom(6).hex()
        self._ids = itertools.count(1)

    def ticket(self) -> Ticket:
        """A new request: its id now, so even a body that cannot be parsed has one."""
        return Ticket(request_id=f"chatcmpl-{self._id_prefix}{next(self._ids):010x}")

    def close(self) -> None:
        self.converter.close()

    def price_for(self, deployment: Deployment) -> Price | None:
        return price_for(deployment, self.catalog)

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
        ticket.finish(self.audit, "error", error=error)
        return error

    def cancelled(self, ticket: Ticket) -> None:
        ticket.finish(self.audit, "cancelled")

    # -- the stages before the model call -------------------------------------------------------
    def _begin(self, ticket: Ticket, raw: Any, options: RequestOptions) -> dict[str, Any]:
        if self.config.audit_on_failure == "refuse" and not self.audit.accepting():
            raise AuditUnavailable("the audit store is not accepting records, and audit.on_failure is "
                                   "refuse: no request is served unaudited; retry shortly")
        body = validate_chat(raw)
        # Screened first: even a request refused below still carries the escalation header.
        ticket.escalation = screen_request(body, self.config.emergency_region)
        alias = self.config.alias(body["model"])
        if alias is None:
            raise UnknownModel(self._unknown_model_message(body["model"]), param="model")
        ticket.model = alias.alias
        ticket.on_emergency = alias.on_emergency or self.config.on_emergency
        deployment = alias.deployments[0]  # fallback across deployments comes with governance
        ticket.route = Route(alias=alias, deployment=deployment, family=family_for(alias.family),
                             dialect=dialect_for(deployment.engine), backend=self.backends[deployment.name],
                             privacy=PrivacyStage(deployment, options.phi))
        return body

    async def _attachments(self, ticket: Ticket, body: dict[str, Any], options: RequestOptions) -> dict[str, Any]:
        """Inline files converted for the model (attachments.py) in a worker process; the body itself
        when there are none. Images with burned-in text are screened unless nothing leaves the trusted
        boundary (privacy policy allow) or the caller allowed it."""
        if not has_files(body):
            return body
        route = ticket.route
        assert route is not None
        screen = route.privacy.policy != "allow" and options.burned_in != "allow"
        attached = await self.converter.run(convert_body, body, screen_text=screen, limits=self.config.image_limits)
        ticket.documents, ticket.image_size = attached.documents, attached.first_size
        return attached.body

    def _upstream_body(self, ticket: Ticket, body: dict[str, Any], options: RequestOptions,
                       *, stream: bool) -> dict[str, Any]:
        route = ticket.route
        assert route is not None
        upstream, ticket.defaults_applied = route.family.prepare(
            strip_medgate_fields(body), thinking=options.thinking, dialect=route.dialect)
        upstream["model"] = route.deployment.model
        if stream:
            upstream["stream"] = True
            upstream["stream_options"] = {**(body.get("stream_options") or {}), "include_usage": True}
        out: dict[str, Any] = route.privacy.outbound(upstream)
        return out

    def _unknown_model_message(self, name: str) -> str:
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
        assert ticket.escalation is not None and ticket.route is not None
        return {
            "id": ticket.request_id, "object": "chat.completion", "created": int(time.time()),
            "model": ticket.route.alias.alias,
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
        ticket.finish(self.audit, "ok")
        return resp

    async def _complete(self, ticket: Ticket, body: Any, options: RequestOptions,
                        advice_in_content: bool) -> dict[str, Any]:
        body = self._begin(ticket, body, options)
        route = ticket.route
        assert route is not None
        if ticket.escalation and ticket.on_emergency == "respond":
            resp = self._emergency_reply(ticket)
            ticket.cost = 0.0
            resp["medgate"] = ticket.head() | {"deployment": None, "cost_usd": 0.0,
                                               "answered_by": "safety-screen"}
            return resp
        sent = await self._attachments(ticket, body, options)
        upstream = self._upstream_body(ticket, sent, options, stream=False)
        resp = check_completion(await route.backend.complete(upstream), route.deployment.name)
        normalise_response(resp, route.family, route.dialect)
        resp = route.privacy.inbound(resp)
        resp["id"] = ticket.request_id
        resp["model"] = route.alias.alias
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
        extras = ticket.route.family.annotate(content, ticket.image_size or first_image_size(body))
        if "boxes" in extras:
            msg["content"] = strip_box_tokens(content)
        return extras

    # -- streams --------------------------------------------------------------------------------
    async def stream(self, body: Any, options: RequestOptions | None = None, ticket: Ticket | None = None,
                     *, advice_in_content: bool = False) -> AsyncIterator[dict[str, Any]]:
        """Chunks for the client. Errors before the first chunk raise (already audited; the server
        answers with an HTTP error); after it, the stream ends with an error event."""
        ticket = ticket or self.ticket()
        options = options or RequestOptions()
        try:
            body = self._begin(ticket, body, options)
            route = ticket.route
            assert route is not None
            if ticket.escalation and ticket.on_emergency == "respond":
                return self._emergency_stream(ticket)
            sent = await self._attachments(ticket, body, options)
            upstream = self._upstream_body(ticket, sent, options, stream=True)
            source = route.backend.stream(upstream).__aiter__()
            try:
                first: dict[str, Any] | None = await source.__anext__()
            except StopAsyncIteration:
                first = None
        except asyncio.CancelledError:
            self.cancelled(ticket)
            raise
        except Exception as exc:  # every failure, foreseen or a bug, is audited and OpenAI-shaped
            raise self.fail(ticket, exc) from exc
        return relay(self, ticket, body, source, first, self._advice(ticket, body, advice_in_content))

    async def _emergency_stream(self, ticket: Ticket) -> AsyncIterator[dict[str, Any]]:
        resp = self._emergency_reply(ticket)
        base = {"id": ticket.request_id, "object": "chat.completion.chunk", "created": resp["created"],
                "model": resp["model"]}
        text = resp["choices"][0]["message"]["content"]
        ticket.cost = 0.0
        try:
            yield base | {"choices": [{"index": 0, "delta": {"role": "assistant", "content": text},
                                       "finish_reason": None}],
                          "medgate": ticket.head() | {"deployment": None, "answered_by": "safety-screen"}}
            yield base | {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            yield base | {"choices": [], "medgate": {"cost_usd": 0.0}}
        except (GeneratorExit, asyncio.CancelledError):
            self.cancelled(ticket)
            raise
        ticket.finish(self.audit, "ok")
