"""The stream stages: small per-request objects, each with one job, run in order on every chunk.

A stage's `chunk(c)` returns the chunk to pass on (changed in place or new) or None to drop it;
`end()` returns what it still holds when the upstream stream is over (or None), which then runs
through the stages after it. Plain method calls rather than chained async generators: a stream
of N chunks costs N loops, not N × stages event-loop hops (Starlette's "wrap send" shape).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from medgate.engines.dialects import Dialect
from medgate.engines.families import Family
from medgate.engines.families.splitters import TokenStripper
from medgate.engines.families.toolcalls import ToolSpec
from medgate.gateway.normalise import StreamNormaliser, is_empty_choice
from medgate.gateway.upstream_shape import check_chunk

if TYPE_CHECKING:  # a type only: importing medgate.privacy loads the PHI engine (seconds), which a
    # gateway with only local deployments never needs (privacy_stage.py loads it on first use)
    from medgate.privacy.messages import ChunkRestorer

Chunk = dict[str, Any]


class Stage(Protocol):
    def chunk(self, chunk: Chunk) -> Chunk | None: ...

    def end(self) -> Chunk | None: ...


class CheckShape:
    """Refuse a malformed upstream chunk (UpstreamProtocolError) before any stage reads it."""

    def __init__(self, where: str) -> None:
        self.where = where

    def chunk(self, chunk: Chunk) -> Chunk | None:
        return check_chunk(chunk, self.where)

    def end(self) -> Chunk | None:
        return None


class UsageTap:
    """Keep the upstream's usage for the cost; usage-only chunks are re-sent at the end."""

    def __init__(self, client_wants_usage: bool) -> None:
        self.wanted = client_wants_usage
        self.usage: Mapping[str, Any] | None = None

    def chunk(self, chunk: Chunk) -> Chunk | None:
        usage = chunk.get("usage")
        if usage:
            self.usage = usage
        if not chunk.get("choices"):
            return None
        if not self.wanted:
            chunk.pop("usage", None)
        return chunk

    def end(self) -> Chunk | None:
        return None


class Normalise:
    """Reasoning into `reasoning_content`, raw calls into `tool_calls`, think tags and call markup
    out of `content` (normalise.py)."""

    def __init__(self, family: Family, dialect: Dialect, tools: ToolSpec | None = None) -> None:
        self.normaliser = StreamNormaliser(family, dialect, tools)

    def chunk(self, chunk: Chunk) -> Chunk | None:
        self.normaliser.chunk(chunk)
        return chunk

    def end(self) -> Chunk | None:
        tail = self.normaliser.leftover()
        return {"choices": tail} if tail else None


class StripTokens:
    """The family's hidden tokens (GLM-4.5V's box markers) out of streamed content, at any split:
    one stripper per choice, its held tail flushed into the choice's finishing chunk."""

    def __init__(self, tokens: tuple[str, ...]) -> None:
        self.tokens = tokens
        self.strippers: dict[int, TokenStripper] = {}

    def chunk(self, chunk: Chunk) -> Chunk | None:
        for choice in chunk.get("choices") or ():
            idx = choice.get("index", 0)
            delta = choice.get("delta")
            text = delta.get("content") if isinstance(delta, dict) else None
            stripper = self.strippers.get(idx)
            if stripper is None:
                stripper = self.strippers[idx] = TokenStripper(self.tokens)
            out = stripper.feed(text) if isinstance(text, str) else ""
            if choice.get("finish_reason") is not None:
                out += stripper.flush()
            if isinstance(text, str) or out:
                choice.setdefault("delta", {})["content"] = out
        return chunk

    def end(self) -> Chunk | None:
        tail = [(idx, s.flush()) for idx, s in self.strippers.items()]
        choices = [{"index": idx, "delta": {"content": t}, "finish_reason": None} for idx, t in tail if t]
        return {"choices": choices} if choices else None


class Restore:
    """Surrogates back to the original identifiers, across chunk boundaries."""

    def __init__(self, restorer: ChunkRestorer) -> None:
        self.restorer = restorer

    def chunk(self, chunk: Chunk) -> Chunk | None:
        return self.restorer.chunk(chunk)

    def end(self) -> Chunk | None:
        return self.restorer.flush()


class DropEmpty:
    """Choices with nothing for the client (all held back) are not sent; nor are empty chunks."""

    def chunk(self, chunk: Chunk) -> Chunk | None:
        choices = chunk.get("choices")
        if not choices:
            return None
        for choice in choices:
            if is_empty_choice(choice):
                break
        else:
            return chunk  # the usual case: nothing to drop, no new list
        kept = [c for c in choices if not is_empty_choice(c)]
        if not kept:
            return None
        chunk["choices"] = kept
        return chunk

    def end(self) -> Chunk | None:
        return None


class Stamp:
    """Every chunk carries the request's id and alias; the first one the `medgate` head."""

    def __init__(self, request_id: str, alias: str, head: Mapping[str, Any]) -> None:
        self.request_id, self.alias = request_id, alias
        self.created = int(time.time())
        self.head: Mapping[str, Any] | None = head

    def chunk(self, chunk: Chunk) -> Chunk | None:
        chunk["id"] = self.request_id
        chunk["object"] = "chat.completion.chunk"
        chunk["model"] = self.alias
        if type(chunk.get("created")) is not int:
            chunk["created"] = self.created
        if self.head is not None:
            chunk["medgate"] = self.head
            self.head = None
        return chunk

    def end(self) -> Chunk | None:
        return None

    @property
    def sent_head(self) -> bool:
        return self.head is None


def run_chunk(stages: Sequence[Stage], chunk: Chunk | None, start: int = 0) -> Chunk | None:
    for stage in stages[start:] if start else stages:
        if chunk is None:
            return None
        chunk = stage.chunk(chunk)
    return chunk


def run_end(stages: Sequence[Stage]) -> list[Chunk]:
    """Each stage's held-back output, through the stages after it, in stage order."""
    out = []
    for i, stage in enumerate(stages):
        held = run_chunk(stages, stage.end(), i + 1)
        if held is not None:
            out.append(held)
    return out
