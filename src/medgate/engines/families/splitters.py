"""Streaming splitters that separate reasoning from the answer in raw model text.

Upstream SSE delivers text in arbitrary pieces, so markers arrive split (``<thi`` + ``nk>``). Each
splitter is a per-stream state machine that scans only new text and holds back at most a marker's
length minus one character; feeding a text in any chunking gives the same result as feeding it whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from medgate.engines.families.toolcalls import ToolCallDelta, held_prefix


@dataclass
class Split:
    reasoning: str = ""
    content: str = ""
    tool_calls: list[ToolCallDelta] = field(default_factory=list)  # harmony's calls (harmony.py)

    def __iadd__(self, other: Split) -> Split:
        self.reasoning += other.reasoning
        self.content += other.content
        self.tool_calls.extend(other.tool_calls)
        return self

    def __add__(self, other: Split) -> Split:
        return Split(self.reasoning + other.reasoning, self.content + other.content,
                     self.tool_calls + other.tool_calls)


_NEVER = 1 << 62  # a position no text reaches


class Splitter:
    """Passes everything through as content (engines that already split reasoning)."""

    def feed(self, text: str) -> Split:
        return Split(content=text)

    def flush(self) -> Split:
        return Split()


def _held_suffix(text: str, marker: str) -> int:
    """Length of the longest suffix of `text` that is a proper prefix of `marker`."""
    for n in range(min(len(text), len(marker) - 1), 0, -1):
        if marker.startswith(text[-n:]):
            return n
    return 0


class ThinkTagSplitter(Splitter):
    """``<think>…</think>`` then the answer.

    `open_optional`: the chat template may have opened the block already (DeepSeek-R1-0528), so text
    before a lone ``</think>`` is reasoning. Untagged text is held back until a ``</think>`` settles
    it; past `undecided_limit` characters without one it is taken as reasoning (R1 reasons at
    length), and a shorter output that ends without one is the answer. vLLM's deepseek_r1 parser
    calls every unclosed output reasoning, which would hide a short answer from an engine that had
    already stripped an empty reasoning block. `answer_markers` settle untagged text as the answer
    when one comes before any ``</think>`` (R1's tool-call tokens: calls are never reasoning).
    """

    def __init__(self, start: str = "<think>", end: str = "</think>", *, open_optional: bool = False,
                 undecided_limit: int = 2048, answer_markers: tuple[str, ...] = ()):
        self.start, self.end, self.open_optional = start, end, open_optional
        self.undecided_limit = undecided_limit
        self.answer_markers = answer_markers
        self.state = "begin"  # begin | undecided | reasoning | after | content
        self.buf = ""

    def feed(self, text: str) -> Split:
        self.buf += text
        out = Split()
        while self.buf:
            if self.state == "begin":
                stripped = self.buf.lstrip()
                if stripped.startswith(self.start):
                    self.buf = stripped[len(self.start):]
                    self.state = "reasoning"
                elif self.start.startswith(stripped):
                    return out  # could still become the opening tag
                else:
                    self.state = "undecided" if self.open_optional else "content"
            elif self.state == "undecided":
                i = self.buf.find(self.end)
                if self.answer_markers and self._answer_first(i):
                    self.state = "content"
                elif i >= 0:
                    out.reasoning += self.buf[:i]
                    self.buf = self.buf[i + len(self.end):]
                    self.state = "after"
                elif len(self.buf) > self.undecided_limit:
                    self.state = "reasoning"
                else:
                    return out
            elif self.state == "reasoning":
                i = self.buf.find(self.end)
                if i >= 0:
                    out.reasoning += self.buf[:i]
                    self.buf = self.buf[i + len(self.end):]
                    self.state = "after"
                else:
                    keep = _held_suffix(self.buf, self.end)
                    out.reasoning += self.buf[: len(self.buf) - keep]
                    self.buf = self.buf[len(self.buf) - keep:]
                    return out
            elif self.state == "after":  # drop the blank line between reasoning and answer
                self.buf = self.buf.lstrip()
                if self.buf:
                    self.state = "content"
            else:
                out.content += self.buf
                self.buf = ""
        return out

    def _answer_first(self, end_at: int) -> bool:
        """Whether an answer marker is complete before a </think> or the limit is: whichever
        completes first settles the text, so any chunking decides as the whole text does (the
        reasoning it would otherwise become is the same either way)."""
        done_end = end_at + len(self.end) if end_at >= 0 else _NEVER
        done_limit = self.undecided_limit + 1 if len(self.buf) > self.undecided_limit else _NEVER
        done_marker = _NEVER
        for marker in self.answer_markers:
            if (k := self.buf.find(marker)) >= 0:
                done_marker = min(done_marker, k + len(marker))
        return done_marker < min(done_end, done_limit)

    def flush(self) -> Split:
        rest, self.buf = self.buf, ""
        if self.state == "reasoning":
            return Split(reasoning=rest)
        return Split(content=rest) if self.state != "after" else Split()


def split_all(splitter: Splitter, text: str) -> Split:
    """Whole-text path: the same machine, fed once."""
    out = splitter.feed(text)
    out += splitter.flush()
    return out


class TokenStripper:
    """Takes fixed tokens out of a stream of text (GLM-4.5V's box markers), holding back only a
    tail that may still become one; any chunking gives the same text as the whole."""

    def __init__(self, tokens: tuple[str, ...]) -> None:
        self.tokens = tokens
        self.rx = re.compile("|".join(re.escape(t) for t in tokens))
        self.buf = ""

    def feed(self, text: str) -> str:
        # The hold is decided on the raw text, so no token straddles the cut and removing tokens
        # piece by piece equals removing them from the whole.
        buf = self.buf + text
        cut = len(buf) - held_prefix(buf, self.tokens)
        self.buf = buf[cut:]
        return self.rx.sub("", buf[:cut])

    def flush(self) -> str:
        rest, self.buf = self.buf, ""
        return self.rx.sub("", rest)

    def strip(self, text: str) -> str:
        return self.feed(text) + self.flush()
