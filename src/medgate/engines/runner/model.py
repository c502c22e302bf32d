"""Inside the runner process only: the llama-cpp-python model and one generation at a time.

This is the only module that imports llama_cpp; the gateway never does (a native crash in
llama.cpp then costs the runner, not the gateway).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

from medgate.engines.runner.protocol import FAILED, INVALID_REQUEST

Emit = Callable[[dict[str, Any]], None]


class Model:
    """One `Llama`: not safe for concurrent calls, so the runner calls `run` from one thread."""

    def __init__(self, gguf: str, *, n_ctx: int, threads: int) -> None:
        import llama_cpp  # heavy, native: only ever in the runner process

        self._llama_cpp = llama_cpp
        self.llama: Any = llama_cpp.Llama(model_path=gguf, n_ctx=n_ctx, n_threads=threads, verbose=False)

    def system_info(self) -> str:
        info: bytes = self._llama_cpp.llama_print_system_info()
        return info.decode("utf-8", "replace").strip()

    def version(self) -> str:
        return str(self._llama_cpp.__version__)

    def run(self, kwargs: dict[str, Any], stream: bool, cancel: threading.Event, emit: Emit) -> None:
        """Generate for one request; `emit` every message for it (ends with `end` or `error`).

        Both kinds run llama-cpp-python's stream, token by token, so that `cancel` (checked before
        each token) stops either within one; a full answer is assembled here from the deltas."""
        if kwargs.get("tools"):
            self._run_tools(kwargs, stream, cancel, emit)
            return
        answer = _Answer()
        try:
            chunks: Iterator[dict[str, Any]] = self.llama.create_chat_completion(stream=True, **kwargs)
            try:
                for chunk in chunks:
                    if cancel.is_set():
                        break
                    answer.add(chunk)
                    if stream:
                        emit({"chunk": chunk})
            finally:
                close = getattr(chunks, "close", None)
                if close is not None:
                    close()  # ends llama-cpp-python's generator now, so the next request starts clean
        except ValueError as exc:  # llama.cpp's own complaint, e.g. a prompt longer than the context
            emit({"error": {"kind": INVALID_REQUEST, "message": str(exc)}})
            return
        except Exception as exc:  # anything else must reach the caller as an error, not end the runner
            emit({"error": {"kind": FAILED, "message": f"{type(exc).__name__}: {exc}"}})
            return
        usage = answer.usage(int(getattr(self.llama, "n_tokens", 0)))
        if not stream and not cancel.is_set():
            emit({"result": answer.completion(usage)})
        emit({"end": {"usage": usage, "cancelled": cancel.is_set()}})


    def _run_tools(self, kwargs: dict[str, Any], stream: bool, cancel: threading.Event, emit: Emit) -> None:
        """A request with tools: answered whole by the function-calling handler (which cannot
        stream "auto"; each of its generations is bounded by max_tokens), streamed as chunks."""
        from medgate.engines.runner.tools import as_chunks, tool_completion

        try:
            result = tool_completion(self.llama, kwargs)
        except ValueError as exc:
            emit({"error": {"kind": INVALID_REQUEST, "message": str(exc)}})
            return
        except Exception as exc:  # anything else must reach the caller as an error, not end the runner
            emit({"error": {"kind": FAILED, "message": f"{type(exc).__name__}: {exc}"}})
            return
        usage = result.get("usage") or {}
        if not cancel.is_set():
            if stream:
                for chunk in as_chunks(result)[:-1]:  # the usage chunk: `end` carries it
                    emit({"chunk": chunk})
            else:
                emit({"result": result})
        emit({"end": {"usage": usage, "cancelled": cancel.is_set()}})


class _Answer:
    """The deltas of one generation, joined into a chat.completion as llama-cpp-python makes it."""

    def __init__(self) -> None:
        self.head: dict[str, Any] = {}
        self.content: list[str] = []
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.finish_reason: str | None = None
        self.tokens = 0

    def add(self, chunk: dict[str, Any]) -> None:
        if not self.head:
            self.head = {"id": chunk.get("id"), "created": chunk.get("created"), "model": chunk.get("model")}
        for choice in chunk.get("choices") or ():
            delta = choice.get("delta") or {}
            if delta.get("content"):
                self.content.append(delta["content"])
                self.tokens += 1
            for call in delta.get("tool_calls") or ():
                self.tokens += 1
                into = self.tool_calls.setdefault(int(call.get("index", 0)),
                                                  {"type": "function", "function": {"arguments": ""}})
                if call.get("id"):
                    into["id"] = call["id"]
                fn = call.get("function") or {}
                if fn.get("name"):
                    into["function"]["name"] = fn["name"]
                into["function"]["arguments"] += fn.get("arguments") or ""
            self.finish_reason = choice.get("finish_reason") or self.finish_reason

    def usage(self, n_tokens: int) -> dict[str, int]:
        # The context holds the prompt and every generated token but the last one sampled (never
        # evaluated) — which is counted as output only when the length limit stopped generation.
        prompt = max(0, n_tokens - self.tokens + (1 if self.finish_reason == "length" else 0))
        return {"prompt_tokens": prompt, "completion_tokens": self.tokens,
                "total_tokens": prompt + self.tokens}

    def completion(self, usage: dict[str, int]) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": "".join(self.content) or None}
        if self.tool_calls:
            message["tool_calls"] = [self.tool_calls[i] for i in sorted(self.tool_calls)]
        return {"id": self.head.get("id"), "object": "chat.completion", "created": self.head.get("created"),
                "model": self.head.get("model"),
                "choices": [{"index": 0, "message": message, "logprobs": None,
                             "finish_reason": self.finish_reason}],
                "usage": usage}
