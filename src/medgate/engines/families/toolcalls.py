"""Tool calls parsed out of a model's raw text: the delta type, what the request offered, and the
base of the per-family scanners.

An engine that parses tool calls itself (vLLM with `--tool-call-parser`, SGLang, providers) sends
OpenAI `tool_calls`; those pass through untouched. An engine that does not (vLLM or llama.cpp
without a tool parser, a raw completion endpoint) leaves the model's own markup in `content`; a
family's scanner turns it into the same `tool_calls`, full and streamed. Scanners follow the rule of
the reasoning splitters (splitters.py): one state machine per stream that scans only new text and
holds back at most a marker's length, so any chunking gives the same calls as the whole text.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


@dataclass
class ToolCallDelta:
    """One piece of one call: the first piece carries id and name, later ones argument text."""

    index: int
    id: str | None = None
    name: str | None = None
    arguments: str = ""

    def to_dict(self) -> dict[str, Any]:
        function: dict[str, Any] = {"arguments": self.arguments}
        out: dict[str, Any] = {"index": self.index}
        if self.id is not None:
            out["id"] = self.id
            out["type"] = "function"
        if self.name is not None:
            function = {"name": self.name, **function}
        out["function"] = function
        return out


@dataclass(frozen=True)
class ToolSpec:
    """The functions a request offered, with each parameter's JSON-schema type (GLM's values are
    typed by it). Built once per request from `tools`."""

    params: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_tools(cls, tools: Iterable[Any] | None) -> ToolSpec:
        params: dict[str, Mapping[str, Any]] = {}
        for tool in tools or ():
            func = tool.get("function") if isinstance(tool, dict) else None
            if not isinstance(func, dict) or not isinstance(func.get("name"), str):
                continue
            schema = func.get("parameters")
            props = schema.get("properties") if isinstance(schema, dict) else None
            params[func["name"]] = MappingProxyType(
                {k: (v.get("type") if isinstance(v, dict) else None) for k, v in (props or {}).items()})
        return cls(MappingProxyType(params))

    def param_type(self, function: str, param: str) -> Any:
        return (self.params.get(function) or {}).get(param)


class CallIds:
    """Ids for the calls medgate parses in one response: `call_` + a random prefix + the index."""

    def __init__(self) -> None:
        self.prefix = secrets.token_hex(6)

    def make(self, index: int) -> str:
        return f"call_{self.prefix}{index}"


@dataclass
class Scanned:
    """What a scanner returns for a piece of content: the text that stays content, and call pieces."""

    content: str = ""
    calls: list[ToolCallDelta] = field(default_factory=list)

    def __iadd__(self, other: Scanned) -> Scanned:
        self.content += other.content
        self.calls.extend(other.calls)
        return self


class ToolScanner:
    """Content in, content and call pieces out. Subclasses are per-stream state machines: each
    `_step` advances over the buffered text once, and says False when it must wait for more."""

    def __init__(self, spec: ToolSpec) -> None:
        self.spec = spec
        self.ids = CallIds()
        self.count = 0  # calls started so far; the next call's index
        self.wrote = False  # the current call has argument text
        self.buf = ""

    def feed(self, text: str) -> Scanned:
        self.buf += text
        out = Scanned()
        while self.buf and self._step(out):
            pass
        return out

    def _step(self, out: Scanned) -> bool:
        raise NotImplementedError

    def flush(self) -> Scanned:
        raise NotImplementedError

    def start_call(self, name: str, out: Scanned) -> None:
        out.calls.append(ToolCallDelta(self.count, self.ids.make(self.count), name))
        self.count += 1
        self.wrote = False

    def args(self, text: str, out: Scanned) -> None:
        if text:
            out.calls.append(ToolCallDelta(self.count - 1, arguments=text))
            self.wrote = True

    def end_call(self, out: Scanned) -> None:
        """A call that got no argument text gets `{}`: arguments are always a JSON string."""
        if not self.wrote:
            self.args("{}", out)


def held_prefix(text: str, markers: Iterable[str]) -> int:
    """Length of the longest suffix of `text` that is a proper prefix of one of `markers`."""
    best = 0
    for marker in markers:
        for n in range(min(len(text), len(marker) - 1), best, -1):
            if marker.startswith(text[-n:]):
                best = n
                break
    return best


def find_first(text: str, markers: Iterable[str]) -> tuple[int, str]:
    """The earliest of `markers` in `text`: (position, marker), or (-1, "")."""
    pos, found = -1, ""
    for marker in markers:
        i = text.find(marker)
        if i >= 0 and (pos < 0 or i < pos):
            pos, found = i, marker
    return pos, found


def merge_calls(deltas: Iterable[ToolCallDelta]) -> list[dict[str, Any]]:
    """Whole `tool_calls` for a message from the pieces of a stream (or of one whole-text scan)."""
    calls: dict[int, dict[str, Any]] = {}
    for d in deltas:
        call = calls.setdefault(d.index, {"id": None, "type": "function",
                                          "function": {"name": None, "arguments": ""}})
        if d.id is not None:
            call["id"] = d.id
        if d.name is not None:
            call["function"]["name"] = d.name
        call["function"]["arguments"] += d.arguments
    return [calls[i] for i in sorted(calls)]
