"""Inside the runner process only: requests with tools, through llama-cpp-python's chatml
function-calling handler (llama_chat_format.chatml_function_calling, 0.3.36).

The handler generates calls under a JSON grammar from each tool's schema; `_HandlerGuard` closes
three of its gaps. It cannot stream "auto", so a tool request is answered whole and a stream of it
is that answer in chunks.
"""

from __future__ import annotations

from typing import Any

from medgate.engines.backend import Body

MAX_EMBEDDED_CALLS = 4  # "auto" asks the model for one more call after each; this bounds it


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
    guard = _HandlerGuard(llama, int(kw["max_tokens"]))  # to_llama_kwargs always sets it
    out: Body = llama_chat_format.chatml_function_calling(llama=guard, **kw)
    for choice in out.get("choices") or ():
        choice["message"].pop("function_call", None)  # the deprecated field; tool_calls says it all
    return out


def as_chunks(resp: Body) -> list[Body]:
    """A whole chat.completion as the chunks a stream of it would have sent (usage last, alone)."""
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
