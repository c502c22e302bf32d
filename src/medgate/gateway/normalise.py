"""Stage 6: every engine's reasoning ends up in `reasoning_content`, every tool call in `tool_calls`,
and `content` is free of tags and call markup.

Where reasoning arrives is the engine dialect's business (`Dialect.reasoning_fields`: e.g.
`reasoning_content` on SGLang, `reasoning` on vLLM ≥0.11 and Ollama); raw engines leave it inline
in `content`, where the family's splitter finds it. The split is skipped when the engine already
separated reasoning, so an answer is never mistaken for reasoning.

Tool calls (docs/tool-calls.md): when the request offered tools (and `tool_choice` is not "none"),
the family's scanner reads its raw call markup out of the content, unless the engine sent parsed
`tool_calls` itself, which pass through untouched. A choice that made calls finishes with
`tool_calls` (an engine's `stop` is rewritten), and its content is null when nothing but blanks
stood beside the calls; in streams those leading blanks wait until real text comes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from medgate.engines.dialects import Dialect
from medgate.engines.families import Family
from medgate.engines.families.splitters import Split, Splitter, split_all
from medgate.engines.families.toolcalls import ToolCallDelta, ToolScanner, ToolSpec, merge_calls


def take_reasoning(obj: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    """Pop the engine's reasoning fields from a message or delta; return the text, if any."""
    found: str | None = None
    for key in fields:
        if key in obj:
            value = obj.pop(key)
            if isinstance(value, str) and value and found is None:
                found = value
    return found


def normalise_response(resp: dict[str, Any], family: Family, dialect: Dialect,
                       tools: ToolSpec | None = None) -> None:
    """In place: split reasoning and raw tool calls out of each choice's message. `tools`: what
    the request offered when medgate should read calls (None: calls are left as text)."""
    for choice in resp.get("choices") or ():
        msg = choice.get("message")
        if not isinstance(msg, dict):
            continue
        reasoning = take_reasoning(msg, dialect.reasoning_fields)
        content = msg.get("content")
        calls: list[ToolCallDelta] = []
        if reasoning is None and isinstance(content, str) and content:
            split = split_all(family.splitter(tools), content)
            reasoning = split.reasoning or None
            content, calls = split.content, split.tool_calls
        scanner = family.tool_scanner(tools) if tools is not None and not msg.get("tool_calls") else None
        if scanner is not None and isinstance(content, str) and content:
            scanned = scanner.feed(content)
            scanned += scanner.flush()
            content, calls = scanned.content, calls + scanned.calls
        if isinstance(msg.get("content"), str):
            msg["content"] = content
        if calls:
            msg["tool_calls"] = merge_calls(calls)
            if not (content or "").strip():
                msg["content"] = None
            if choice.get("finish_reason") in ("stop", None):
                choice["finish_reason"] = "tool_calls"
        if reasoning is not None:
            msg["reasoning_content"] = reasoning


@dataclass
class _Choice:
    """One choice's stream state."""

    splitter: Splitter | None
    scanner: ToolScanner | None
    blanks: str = ""  # leading blank content held while the choice may turn out to be only calls
    spoke: bool = False  # real content has been sent
    called: bool = False  # medgate has sent tool calls for this choice
    content: list[str] = field(default_factory=list)


class StreamNormaliser:
    """Per stream: a splitter per choice index (bypassed once an engine sends a reasoning field)
    and, when the request offered tools, a tool scanner (bypassed once it sends parsed calls)."""

    def __init__(self, family: Family, dialect: Dialect, tools: ToolSpec | None = None) -> None:
        self.family = family
        self.fields = dialect.reasoning_fields
        self.tools = tools
        self.choices: dict[int, _Choice] = {}

    def _state(self, idx: int) -> _Choice:
        state = self.choices.get(idx)
        if state is None:
            scanner = self.family.tool_scanner(self.tools) if self.tools is not None else None
            state = self.choices[idx] = _Choice(self.family.splitter(self.tools), scanner)
        return state

    def chunk(self, chunk: dict[str, Any]) -> None:
        """In place: normalise one chunk's deltas; output held back is flushed into the chunk
        that carries the choice's finish_reason."""
        for choice in chunk.get("choices") or ():
            idx = choice.get("index", 0)
            delta = choice.get("delta")
            if not isinstance(delta, dict):
                delta = choice["delta"] = {}
            state = self._state(idx)
            reasoning = take_reasoning(delta, self.fields)
            if reasoning is not None:
                state.splitter = None  # the engine splits reasoning itself
                delta["reasoning_content"] = reasoning
            finishing = choice.get("finish_reason") is not None
            text = delta.get("content")
            out: Split | None = None  # None: no text went in
            if state.splitter is not None:
                if type(text) is str and text:
                    out = state.splitter.feed(text)
                if finishing:
                    tail = state.splitter.flush()
                    out = tail if out is None else out + tail
                    state.splitter = None
            elif state.scanner is None and self.tools is None:  # the engine split it: content as is
                if type(text) is str and text:
                    state.content.append(text)
                continue
            else:
                out = Split(content=text if type(text) is str else "")
            if state.scanner is not None:
                out = Split() if out is None else out
                if delta.get("tool_calls"):  # the engine parses calls itself: let them through
                    scanned = state.scanner.flush()
                    state.scanner = None
                else:
                    scanned = state.scanner.feed(out.content)
                    if finishing:
                        scanned += state.scanner.flush()
                out = Split(out.reasoning, scanned.content, out.tool_calls + scanned.calls)
            if out is None:
                if self.tools is None:
                    continue  # no text went in: the delta stays as the engine sent it
                out = Split()
            self._write(state, delta, out, finishing)
            if state.called and choice.get("finish_reason") == "stop":
                choice["finish_reason"] = "tool_calls"

    def _write(self, state: _Choice, delta: dict[str, Any], out: Split, finishing: bool) -> None:
        if out.reasoning:
            delta["reasoning_content"] = delta.get("reasoning_content", "") + out.reasoning
        if out.tool_calls:
            state.called = True
            delta["tool_calls"] = (delta.get("tool_calls") or []) + [c.to_dict() for c in out.tool_calls]
        content = out.content
        if self.tools is not None and not state.spoke:  # hold leading blanks: maybe calls only
            content, state.blanks = state.blanks + content, ""
            if not content.strip():  # still only blanks
                if not finishing:
                    state.blanks, content = content, ""
                elif state.called:
                    content = ""  # calls and blanks: the content is null, as in full responses
        if content:
            state.spoke = state.spoke or bool(content.strip())
            delta["content"] = content
            state.content.append(content)
        elif "content" in delta:
            if delta.get("role"):
                delta["content"] = ""
            else:
                del delta["content"]

    def leftover(self) -> list[dict[str, Any]]:
        """Deltas still held when a stream ends without a finish_reason."""
        out = []
        for idx, state in self.choices.items():
            tail = state.splitter.flush() if state.splitter is not None else Split()
            state.splitter = None
            if state.scanner is not None:
                scanned = state.scanner.feed(tail.content)
                scanned += state.scanner.flush()
                state.scanner = None
                tail.content, tail.tool_calls = scanned.content, tail.tool_calls + scanned.calls
            delta: dict[str, Any] = {}
            self._write(state, delta, tail, True)
            if delta:
                out.append({"index": idx, "delta": delta, "finish_reason": None})
        return out

    def full_content(self, idx: int = 0) -> str:
        state = self.choices.get(idx)
        return "".join(state.content) if state is not None else ""


def is_empty_choice(choice: dict[str, Any]) -> bool:
    """A delta with nothing for the client (all of it held back) and no finish."""
    if choice.get("finish_reason") is not None:
        return False
    delta = choice.get("delta")
    if not delta:
        return True
    return not (delta.get("content") or delta.get("reasoning_content") or delta.get("role")
                or delta.get("tool_calls") or delta.get("function_call") or delta.get("refusal"))
