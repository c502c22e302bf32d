"""The gateway pipeline for one chat request, full or streamed (DESIGN.md, "One request").

`Gateway` is built once at startup (config, backends, audit) and holds no per-request state;
everything a request needs lives in its `_Call`.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from medgate.audit import AuditSink
from medgate.catalog import Catalog, Price
from medgate.config import Config, Deployment, ModelAlias
from medgate.engines.backend import Backend
from medgate.engines.families import Family, family_for
from medgate.engines.families.glm45v import strip_box_tokens
from medgate.errors import MedgateError, UnknownModel
from medgate.gateway.normalise import StreamNormaliser, is_empty_choice, normalise_response
from medgate.gateway.options import RequestOptions, strip_medgate_fields
from medgate.gateway.privacy_stage import PrivacyStage
from medgate.gateway.validate import validate_chat
from medgate.safety import Escalation, emergency_reply_text, screen_request

REVIEW_NOTICE = "AI-generated: a clinician must review this before any clinical use."


@dataclass
class _Call:
    """Everything one request carries through the pipeline."""

    alias: ModelAlias
    deployment: Deployment
    family: Family
    backend: Backend
    privacy: PrivacyStage
    escalation: Escalation | None
    request_id: str
    started: float = field(default_factory=time.perf_counter)
    defaults_applied: dict[str, Any] = field(default_factory=dict)

    def head(self) -> dict[str, Any]:
        return {
            "alias": self.alias.alias,
            "deployment": self.deployment.name,
            "family": self.family.name,
            "escalation": self.escalation.to_dict() if self.escalation else None,
            "phi": self.privacy.summary(),
            "defaults_applied": self.defaults_applied,
            "review_required": True,
            "notice": REVIEW_NOTICE,
        }


class Gateway:
    def __init__(self, config: Config, backends: Mapping[str, Backend], audit: AuditSink,
                 catalog: Catalog | None = None) -> None:
        self.config = config
        self.backends = backends
        self.audit = audit
        self.catalog = catalog
        # A random prefix and a counter: unique request ids without a uuid4 syscall per request.
        self._id_prefix = os.urandom(6).hex()
        self._ids = itertools.count(1)

    # -- the stages before the model call -------------------------------------------------------
    def _begin(self, body: Any, options: RequestOptions) -> tuple[_Call, dict[str, Any]]:
        validate_chat(body)
        alias = self.config.alias(body["model"])
        if alias is None:
            raise UnknownModel(self._unknown_model_message(body["model"]), param="model")
        escalation = screen_request(body, self.config.emergency_region)
        deployment = alias.deployments[0]  # fallback across deployments comes with governance
        call = _Call(alias=alias, deployment=deployment, family=family_for(alias.family),
                     backend=self.backends[deployment.name],
                     privacy=PrivacyStage(deployment, options.phi), escalation=escalation,
                     request_id=f"chatcmpl-{self._id_prefix}{next(self._ids):010x}")
        return call, body

    def _upstream_body(self, call: _Call, body: dict[str, Any], options: RequestOptions,
                       *, stream: bool) -> dict[str, Any]:
        upstream, call.defaults_applied = call.family.prepare(
            strip_medgate_fields(body), thinking=options.thinking, engine=call.deployment.engine)
        upstream["model"] = call.deployment.model
        if stream:
            upstream["stream"] = True
            upstream["stream_options"] = {**(body.get("stream_options") or {}), "include_usage": True}
        return call.privacy.outbound(upstream)

    def _unknown_model_message(self, name: str) -> str:
        known = ", ".join(sorted(self.config.models)) or "none"
        hint = ""
        if name in ("gpt-oss-120b", "glm-4.5v", "deepseek-r1"):
            hint = " export SILICONFLOW_API_KEY to use the SiliconFlow preset, or"
        return (f"model {name!r} has no deployment. Configured aliases: {known}. To serve it,{hint} add it "
                "under `models:` in a YAML config (medgate serve --config FILE or MEDGATE_CONFIG) with a "
                "provider preset or the base_url of your vLLM/SGLang/Ollama/llama.cpp server.")

    def _on_emergency(self, call: _Call) -> str:
        return call.alias.on_emergency or self.config.on_emergency

    def _emergency_reply(self, call: _Call) -> dict[str, Any]:
        assert call.escalation is not None
        return {
            "id": call.request_id, "object": "chat.completion", "created": int(time.time()),
            "model": call.alias.alias,
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": emergency_reply_text(call.escalation)}}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }

    # -- full responses -------------------------------------------------------------------------
    async def complete(self, body: Any, options: RequestOptions | None = None) -> dict[str, Any]:
        options = options or RequestOptions()
        call, body = self._begin(body, options)
        try:
            if call.escalation and self._on_emergency(call) == "respond":
                resp = self._emergency_reply(call)
                meta = call.head() | {"deployment": None, "cost_usd": 0.0, "answered_by": "safety-screen"}
                resp["medgate"] = meta
                self._audit(call, "ok", resp.get("usage"), 0.0)
                return resp
            upstream = self._upstream_body(call, body, options, stream=False)
            resp = await call.backend.complete(upstream)
            normalise_response(resp, call.family)
            resp = call.privacy.inbound(resp)
        except MedgateError as exc:
            self._audit(call, "error", None, None, error=exc)
            exc.message = call.privacy.restore_text(exc.message)
            raise
        except asyncio.CancelledError:
            self._audit(call, "cancelled", None, None)  # the client left; the engine call is stopped
            raise
        resp["model"] = call.alias.alias
        meta = call.head()
        extras = self._annotate(call, resp, body)
        cost = self._cost(call, resp.get("usage"))
        meta.update(extras)
        meta["cost_usd"] = cost
        resp["medgate"] = meta
        self._audit(call, "ok", resp.get("usage"), cost)
        return resp

    def _annotate(self, call: _Call, resp: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        choices = resp.get("choices") or []
        if not choices:
            return {}
        msg = choices[0].get("message") or {}
        content = msg.get("content")
        if not isinstance(content, str):
            return {}
        extras = call.family.annotate(content, body)
        if "boxes" in extras:
            msg["content"] = strip_box_tokens(content)
        return extras

    # -- streams --------------------------------------------------------------------------------
    async def stream(self, body: Any, options: RequestOptions | None = None) -> AsyncIterator[dict[str, Any]]:
        """Chunks for the client. Errors before the first chunk raise (the server answers with an
        HTTP error); after it, the stream ends with an error event (`{"error": ...}`)."""
        options = options or RequestOptions()
        call, body = self._begin(body, options)
        if call.escalation and self._on_emergency(call) == "respond":
            return self._emergency_stream(call)
        try:
            upstream = self._upstream_body(call, body, options, stream=True)
            source = call.backend.stream(upstream).__aiter__()
            first = await source.__anext__()
        except StopAsyncIteration:
            first = None
            source = _empty()
        except MedgateError as exc:
            self._audit(call, "error", None, None, error=exc)
            exc.message = call.privacy.restore_text(exc.message)
            raise
        except asyncio.CancelledError:
            self._audit(call, "cancelled", None, None)  # left while waiting for the first chunk
            raise
        return self._relay(call, body, source, first)

    async def _emergency_stream(self, call: _Call) -> AsyncIterator[dict[str, Any]]:
        resp = self._emergency_reply(call)
        base = {"id": call.request_id, "object": "chat.completion.chunk", "created": resp["created"],
                "model": call.alias.alias}
        text = resp["choices"][0]["message"]["content"]
        yield base | {"choices": [{"index": 0, "delta": {"role": "assistant", "content": text},
                                   "finish_reason": None}],
                      "medgate": call.head() | {"deployment": None, "answered_by": "safety-screen"}}
        yield base | {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        yield base | {"choices": [], "medgate": {"cost_usd": 0.0}}
        self._audit(call, "ok", None, 0.0)

    async def _relay(self, call: _Call, body: dict[str, Any], source: AsyncIterator[dict[str, Any]],
                     first: dict[str, Any] | None) -> AsyncIterator[dict[str, Any]]:
        want_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        norm = StreamNormaliser(call.family)
        restorer = call.privacy.chunk_restorer()
        usage: dict[str, Any] | None = None
        sent_head = False
        last: dict[str, Any] = {"id": call.request_id, "created": int(time.time())}
        status, error = "ok", None
        try:
            chunk = first
            while chunk is not None:
                last = chunk
                chunk["model"] = call.alias.alias
                if chunk.get("usage"):
                    usage = chunk["usage"]
                if not chunk.get("choices"):
                    chunk = await _next(source)
                    continue  # usage-only chunk: re-sent at the end with the cost
                norm.chunk(chunk)
                if restorer is not None:
                    chunk = restorer.chunk(chunk)
                chunk["choices"] = [c for c in chunk["choices"] if not is_empty_choice(c)]
                if not want_usage:
                    chunk.pop("usage", None)
                if chunk["choices"]:
                    if not sent_head:
                        chunk["medgate"] = call.head()
                        sent_head = True
                    yield chunk
                chunk = await _next(source)
            tail = norm.leftover()
            if tail:
                extra = {"id": last.get("id"), "object": "chat.completion.chunk",
                         "created": last.get("created"), "model": call.alias.alias, "choices": tail}
                yield restorer.chunk(extra) if restorer is not None else extra
            if restorer is not None and (flushed := restorer.flush()) is not None:
                yield flushed
        except MedgateError as exc:
            status, error = "error", exc
            exc.message = call.privacy.restore_text(exc.message)
            yield exc.to_dict()
            return
        except (GeneratorExit, asyncio.CancelledError):
            status = "cancelled"  # the client went away; the upstream stream is closed with us
            raise
        finally:
            cost = self._cost(call, usage)
            self._audit(call, status, usage, cost, error=error)
            close = getattr(source, "aclose", None)
            if close is not None:
                await close()  # release the upstream connection now, not at garbage collection
        meta: dict[str, Any] = {"cost_usd": cost, "phi": call.privacy.summary()}
        content = norm.full_content(0)
        if content:
            extras = call.family.annotate(call.privacy.restore_text(content), body)
            meta.update(extras)
        if not sent_head:
            meta = call.head() | meta
        final: dict[str, Any] = {"id": last.get("id", call.request_id), "object": "chat.completion.chunk",
                                 "created": last.get("created"), "model": call.alias.alias, "choices": []}
        if want_usage and usage is not None:
            final["usage"] = usage
        final["medgate"] = meta
        yield final

    # -- accounting and audit -------------------------------------------------------------------
    def price_for(self, deployment: Deployment) -> Price | None:
        """The configured price, else the catalogue's for a provider preset; None if unknown."""
        if deployment.price is not None:
            return deployment.price
        if self.catalog is not None and deployment.provider:
            return self.catalog.price(deployment.provider, deployment.model)
        return None

    def _cost(self, call: _Call, usage: Mapping[str, Any] | None) -> float | None:
        if not usage:
            return None
        price = self.price_for(call.deployment)
        if price is None:
            return None  # self-hosted with no price configured: unknown, never guessed
        return round(price.cost(int(usage.get("prompt_tokens") or 0),
                                int(usage.get("completion_tokens") or 0)), 10)

    def _audit(self, call: _Call, status: str, usage: Mapping[str, Any] | None, cost: float | None,
               *, error: MedgateError | None = None) -> None:
        self.audit.append({
            "kind": "chat",
            "id": call.request_id,
            "alias": call.alias.alias,
            "deployment": call.deployment.name,
            "trust": call.deployment.trust,
            "status": status,
            "error": error.code if error else None,
            "latency_ms": round((time.perf_counter() - call.started) * 1000, 3),
            "prompt_tokens": (usage or {}).get("prompt_tokens"),
            "completion_tokens": (usage or {}).get("completion_tokens"),
            "cost_usd": cost,
            "phi": call.privacy.summary(),
            "escalation": list(call.escalation.categories) if call.escalation else [],
        })


async def _next(source: AsyncIterator[dict[str, Any]]) -> dict[str, Any] | None:
    try:
        return await source.__anext__()
    except StopAsyncIteration:
        return None


async def _empty() -> AsyncIterator[dict[str, Any]]:
    return
    yield
