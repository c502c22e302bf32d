"""Stage 6: every engine's reasoning ends up in `reasoning_content`, and `content` is free of tags.

Where reasoning arrives is the engine dialect's business (`Dialect.reasoning_fields`: e.g.
`reasoning_content` on SGLang, `reasoning` on vLLM ≥0.11 and Ollama); raw engines leave it inline
in `content`, where the family's splitter finds it. The split is skipped when the engine already
separated reasoning, so an answer is never mistaken for reasoning.
"""

from __future__ import annotations

from typing import Any

from medgate.engines.dialects import Dialect
from medgate.engines.families import Family
from medgate.engines.families.splitters import Splitter, split_all


def take_reasoning(obj: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    """Pop the engine's reasoning fields from a message or delta; return the text, if any."""
    found: str | None = None
    for key in fields:
        if key in obj:
            value = obj.pop(key)
            if isinstance(value, str) and value and found is None:
                found = value
    return found


def normalise_response(resp: dict[str, Any], family: Family, dialect: Dialect) -> None:
    """In place: split reasoning out of each choice's message."""
    for choice in resp.get("choices") or ():
        msg = choice.get("message")
        if not isinstance(msg, dict):
            continue
        reasoning = take_reasoning(msg, dialect.reasoning_fields)
        content = msg.get("content")
        if reasoning is None and isinstance(content, str) and content:
            split = split_all(family.splitter(), content)
            reasoning = split.reasoning or None
            msg["content"] = split.content
        if reasoning is not None:
            msg["reasoning_content"] = reasoning


class StreamNormaliser:
    """Per stream: one splitter per choice index, bypassed once an engine sends a reasoning field."""

    def __init__(self, family: Family, dialect: Dialect) -> None:
        self.family = family
        self.fields = dialect.reasoning_fields
        self.splitters: dict[int, Splitter | None] = {}
        self.content: dict[int, list[str]] = {}

    def chunk(self, chunk: dict[str, Any]) -> None:
        """In place: normalise one chunk's deltas; splitter output held back is flushed into the
        chunk that carries the choice's finish_reason."""
        for choice in chunk.get("choices") or ():
            idx = choice.get("index", 0)
            delta = choice.get("delta")
            if not isinstance(delta, dict):
                delta = choice["delta"] = {}
            reasoning = take_reasoning(delta, self.fields)
            if reasoning is not None:
                self.splitters[idx] = None  # the engine splits reasoning itself
                delta["reasoning_content"] = reasoning
            if idx not in self.splitters:
                self.splitters[idx] = self.family.splitter()
            splitter = self.splitters[idx]
            text = delta.get("content")
            if splitter is not None:
                out = splitter.feed(text) if isinstance(text, str) and text else None
                if choice.get("finish_reason") is not None:
                    tail = splitter.flush()
                    if out is None:
                        out = tail
                    else:
                        out += tail
                    self.splitters[idx] = None
                if out is not None:
                    if out.reasoning:
                        delta["reasoning_content"] = delta.get("reasoning_content", "") + out.reasoning
                    if out.content:
                        delta["content"] = out.content
                    elif "content" in delta:
                        delta["content"] = "" if delta.get("role") else None
                        if delta["content"] is None:
                            del delta["content"]
            if isinstance(delta.get("content"), str) and delta["content"]:
                self.content.setdefault(idx, []).append(delta["content"])

    def leftover(self) -> list[dict[str, Any]]:
        """Deltas still held by splitters when a stream ends without a finish_reason."""
        out = []
        for idx, splitter in self.splitters.items():
            if splitter is None:
                continue
            tail = splitter.flush()
            delta: dict[str, Any] = {}
            if tail.reasoning:
                delta["reasoning_content"] = tail.reasoning
            if tail.content:
                delta["content"] = tail.content
                self.content.setdefault(idx, []).append(tail.content)
            if delta:
                out.append({"index": idx, "delta": delta, "finish_reason": None})
        return out

    def full_content(self, idx: int = 0) -> str:
        return "".join(self.content.get(idx, ()))


def is_empty_choice(choice: dict[str, Any]) -> bool:
    """A delta with nothing for the client (all of it held back) and no finish."""
    if choice.get("finish_reason") is not None:
        return False
    delta = choice.get("delta")
    if not delta:
        return True
    return not (delta.get("content") or delta.get("reasoning_content") or delta.get("role")
                or delta.get("tool_calls") or delta.get("function_call") or delta.get("refusal"))
