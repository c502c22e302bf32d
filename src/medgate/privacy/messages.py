"""Walk OpenAI chat bodies: pseudonymise requests, restore responses and stream chunks."""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

from medgate.privacy.detect import Policy, detect
from medgate.privacy.pseudonymiser import Pseudonymiser, StreamRestorer

Text = Callable[[str], str]


def _map_json_strings(value: Any, fn: Text) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map_json_strings(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: _map_json_strings(v, fn) for k, v in value.items()}
    return value


def map_arguments(arguments: str, fn: Text) -> str:
    """Apply `fn` to every string inside a JSON arguments string (as text if it is not JSON)."""
    try:
        parsed = json.loads(arguments)
    except (json.JSONDecodeError, TypeError):
        return fn(arguments)
    return json.dumps(_map_json_strings(parsed, fn), ensure_ascii=False)


def _map_tool_result(content: str, fn: Text) -> str:
    """A tool result that is a JSON object or array (a FHIR resource, a lookup's record) has its
    strings mapped one by one, so identifiers are read unescaped ("...\\nEVELYN" is not "nEVELYN");
    any other result is text."""
    if content[:1] not in ("{", "["):
        return fn(content)
    return map_arguments(content, fn)


def _map_message(msg: dict[str, Any], fn: Text) -> None:
    content = msg.get("content")
    if isinstance(content, str):
        msg["content"] = _map_tool_result(content, fn) if msg.get("role") == "tool" else fn(content)
    elif isinstance(content, list):
        for part in content:
            if (
                isinstance(part, dict)
                and part.get("type") == "text"
                and isinstance(part.get("text"), str)
            ):
                part["text"] = fn(part["text"])
    for field in ("reasoning_content", "reasoning"):
        if isinstance(msg.get(field), str):
            msg[field] = fn(msg[field])
    for call in msg.get("tool_calls") or ():
        func = call.get("function") if isinstance(call, dict) else None
        if isinstance(func, dict) and isinstance(func.get("arguments"), str):
            func["arguments"] = map_arguments(func["arguments"], fn)


def pseudonymise_request(body: dict[str, Any], p: Pseudonymiser) -> dict[str, Any]:
    """A new body whose message texts (content, text parts, tool args, tool results) are
    pseudonymised; the input is not modified. Image parts pass unchanged."""
    out = copy.deepcopy(body)
    for msg in out.get("messages") or ():
        if isinstance(msg, dict):
            _map_message(msg, p.pseudonymise)
    return out


def restore_response(resp: dict[str, Any], p: Pseudonymiser) -> dict[str, Any]:
    """A new response with surrogates in every choice's message put back to the originals. Tool
    arguments are restored as JSON text, exactly as a stream restores their fragments, so a full
    answer and a streamed one give the same arguments (the model's own formatting kept)."""
    out = copy.deepcopy(resp)
    for choice in out.get("choices") or ():
        msg = choice.get("message") if isinstance(choice, dict) else None
        if isinstance(msg, dict):
            calls = msg.pop("tool_calls", None)
            _map_message(msg, p.restore)
            if calls is not None:
                msg["tool_calls"] = calls
                for call in calls if isinstance(calls, list) else ():
                    func = call.get("function") if isinstance(call, dict) else None
                    if isinstance(func, dict) and isinstance(func.get("arguments"), str):
                        r = JsonTextRestorer(p)
                        func["arguments"] = r.feed(func["arguments"]) + r.flush()
    return out


# Inside JSON text the letter of an escape ("\n", "\u00e9") would touch the word after it and
# hide it from the whole-word match; it is masked by a private-use character while restoring.
_MASK = MappingProxyType({c: chr(0xE000 + ord(c)) for c in "nrtbfu0123456789abcdefABCDEF"})
_UNMASK = MappingProxyType(str.maketrans({v: k for k, v in _MASK.items()}))


def _json_escape(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


class JsonTextRestorer:
    """Restores surrogates in JSON text given in pieces (streamed tool-call arguments): escape
    sequences cannot glue to a surrogate, and originals go in JSON-escaped."""

    def __init__(self, p: Pseudonymiser) -> None:
        self._r = p.stream_restorer(escape=_json_escape)
        self._escaped = False  # the last character was an unescaped backslash
        self._hex = 0  # hex digits of a \u escape still to come

    def _mask(self, piece: str) -> str:
        out = []
        for ch in piece:
            if self._hex:
                self._hex -= 1
                out.append(_MASK.get(ch, ch))
            elif self._escaped:
                self._escaped = False
                self._hex = 4 if ch == "u" else 0
                out.append(_MASK.get(ch, ch))
            else:
                self._escaped = ch == "\\"
                out.append(ch)
        return "".join(out)

    def feed(self, piece: str) -> str:
        return self._r.feed(self._mask(piece)).translate(_UNMASK)

    def flush(self) -> str:
        return self._r.flush().translate(_UNMASK)


def request_has_phi(body: dict[str, Any], policy: Policy = "standard") -> dict[str, int]:
    """How many identifiers of each type the request's messages hold (for `phi: block`)."""
    counts: Counter[str] = Counter()

    def count(text: str) -> str:
        for e in detect(text, policy):
            counts[e.type.value] += 1
        return text

    for msg in body.get("messages") or ():
        if isinstance(msg, dict):
            _map_message(copy.deepcopy(msg), count)
    return dict(counts)


class ChunkRestorer:
    """Per stream: restores surrogates in `choices[*].delta` across chunk boundaries."""

    def __init__(self, p: Pseudonymiser) -> None:
        self._p = p
        self._restorers: dict[tuple[int, str, int], StreamRestorer | JsonTextRestorer] = {}
        self._last: dict[str, Any] = {}

    def _restorer(self, key: tuple[int, str, int]) -> StreamRestorer | JsonTextRestorer:
        if key not in self._restorers:
            tool = key[1] == "tool"
            self._restorers[key] = JsonTextRestorer(self._p) if tool else self._p.stream_restorer()
        return self._restorers[key]

    def chunk(self, c: dict[str, Any]) -> dict[str, Any]:
        out = copy.deepcopy(c)
        self._last = {k: out[k] for k in ("id", "object", "created", "model") if k in out}
        for choice in out.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            idx = int(choice.get("index", 0))
            delta = choice.get("delta")
            if not isinstance(delta, dict):
                continue
            finishing = choice.get("finish_reason") is not None
            for field in ("content", "reasoning_content"):
                piece = delta.get(field)
                if isinstance(piece, str) or (finishing and (idx, field, -1) in self._restorers):
                    r = self._restorer((idx, field, -1))
                    text = r.feed(piece if isinstance(piece, str) else "")
                    if finishing:
                        text += r.flush()
                    if isinstance(piece, str) or text:
                        delta[field] = text
            for call in delta.get("tool_calls") or ():
                func = call.get("function") if isinstance(call, dict) else None
                if isinstance(func, dict) and isinstance(func.get("arguments"), str):
                    r = self._restorer((idx, "tool", int(call.get("index", 0))))
                    func["arguments"] = r.feed(func["arguments"])
            if finishing:
                self._flush_tools(idx, delta)
        return out

    def _flush_tools(self, idx: int, delta: dict[str, Any]) -> None:
        for (ci, field, ti), r in self._restorers.items():
            if ci != idx or field != "tool":
                continue
            rest = r.flush()
            if rest:
                delta.setdefault("tool_calls", []).append(
                    {"index": ti, "function": {"arguments": rest}}
                )

    def flush(self) -> dict[str, Any] | None:
        """A final chunk with any text still held back, or None."""
        choices: dict[int, dict[str, Any]] = {}
        for (idx, field, ti), r in self._restorers.items():
            rest = r.flush()
            if not rest:
                continue
            delta = choices.setdefault(idx, {"index": idx, "delta": {}, "finish_reason": None})[
                "delta"
            ]
            if field == "tool":
                delta.setdefault("tool_calls", []).append(
                    {"index": ti, "function": {"arguments": rest}}
                )
            else:
                delta[field] = delta.get(field, "") + rest
        if not choices:
            return None
        return {**self._last, "choices": [choices[i] for i in sorted(choices)]}
