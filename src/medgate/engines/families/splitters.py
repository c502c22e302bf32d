"""Streaming splitters that separate reasoning from the answer in raw model text.

Upstream SSE delivers text in arbitrary pieces, so markers arrive split (``<thi`` + ``nk>``). Each
splitter is a per-stream state machine that scans only new text and holds back at most a marker's
length minus one character; feeding a text in any chunking gives the same result as feeding it whole.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Split:
    reasoning: str = ""
    content: str = ""

    def __iadd__(self, other: Split) -> Split:
        self.reasoning += other.reasoning
        self.content += other.content
        return self


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
    already stripped an empty reasoning block.
    """

    def __init__(self, start: str = "<think>", end: str = "</think>", *, open_optional: bool = False,
                 undecided_limit: int = 2048):
        self.start, self.end, self.open_optional = start, end, open_optional
        self.undecided_limit = undecided_limit
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
                if i >= 0:
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

    def flush(self) -> Split:
        rest, self.buf = self.buf, ""
        if self.state == "reasoning":
            return Split(reasoning=rest)
        return Split(content=rest) if self.state != "after" else Split()


class HarmonySplitter(Splitter):
    """GPT-OSS harmony text: ``<|channel|>analysis<|message|>…<|end|>`` is reasoning, channel
    ``final`` is the answer. Text that does not start with a harmony token passes through."""

    TOKENS = ("<|start|>", "<|channel|>", "<|message|>", "<|end|>", "<|return|>", "<|call|>",
              "<|constrain|>")

    def __init__(self) -> None:
        self.buf = ""
        self.mode = "begin"  # begin | passthrough | header | body
        self.channel = ""
        self.header = ""

    def _emit(self, text: str, out: Split) -> None:
        if self.channel.startswith("final"):
            out.content += text
        else:
            out.reasoning += text

    def feed(self, text: str) -> Split:
        self.buf += text
        out = Split()
        if self.mode == "begin":
            stripped = self.buf.lstrip()
            if stripped.startswith("<|"):
                self.mode, self.buf = "header", stripped
            elif "<|".startswith(stripped) or any(t.startswith(stripped) for t in self.TOKENS):
                return out
            else:
                self.mode = "passthrough"
        if self.mode == "passthrough":
            out.content, self.buf = self.buf, ""
            return out
        while self.buf:
            i = self.buf.find("<|")
            if i < 0:
                keep = 1 if self.buf.endswith("<") else 0  # maybe the start of "<|"
                self._text(self.buf[: len(self.buf) - keep], out)
                self.buf = self.buf[len(self.buf) - keep:]
                break
            if i > 0:
                self._text(self.buf[:i], out)
                self.buf = self.buf[i:]
            j = self.buf.find("|>")
            if j < 0:
                break  # token not complete yet: hold back from "<|"
            self._token(self.buf[: j + 2])
            self.buf = self.buf[j + 2:]
        return out

    def _text(self, text: str, out: Split) -> None:
        if self.mode == "body":
            self._emit(text, out)
        else:  # role names, "analysis", " to=functions.x": header text
            self.header += text

    def _token(self, token: str) -> None:
        if token == "<|channel|>":
            self.mode, self.header = "header", ""
        elif token == "<|message|>":
            self.channel = self.header.strip()
            self.mode = "body"
        elif token in ("<|end|>", "<|return|>", "<|call|>", "<|start|>"):
            self.mode, self.header = "header", ""
        # <|constrain|> and unknown tokens are dropped

    def flush(self) -> Split:
        out = Split()
        rest, self.buf = self.buf, ""
        if self.mode in ("passthrough", "begin"):
            out.content = rest
        elif self.mode == "body":
            self._emit(rest, out)
        return out


def split_all(splitter: Splitter, text: str) -> Split:
    """Whole-text path: the same machine, fed once."""
    out = splitter.feed(text)
    out += splitter.flush()
    return out
