"""GPT-OSS harmony text split into reasoning, content and tool calls, whole or streamed.

The format is openai/harmony's (docs/format.md): messages `<|start|>{header}<|message|>{body}` ended
by `<|end|>`, `<|return|>` or `<|call|>`; a completion continues the prompt's `<|start|>assistant`,
so it opens with `<|channel|>…` or, when the model puts the recipient in the role section, with
` to=functions.NAME<|channel|>…`. The header names a channel and may name a recipient (`to=…`, in
the role or the channel section) and a content type (`<|constrain|>json`). What each message
becomes follows vLLM (vllm/entrypoints/harmony_utils.py, `parse_chat_output` and
`parse_output_message`; tool_parsers/openai_tool_parser.py):

| message | becomes |
|---|---|
| channel `analysis` | reasoning |
| channel `final` | content |
| channel `commentary`, no recipient (a preamble, "Let me look that up.") | content |
| recipient `functions.NAME` (any channel), when the request offered tools | a tool call NAME, its body the arguments |
| any other recipient (built-in `browser.*`, `python`) | reasoning |

Several messages of one kind are joined with "\\n", as vLLM joins them. Arguments are passed as the
model wrote them (vLLM re-serialises them in full responses only; a stream cannot, and medgate's
full and streamed answers are the same). Engines that drop `<|end|>` (llama.cpp's server does) are
read too: a new `<|start|>` or `<|channel|>` also ends a message. Text that opens with no harmony
token is an answer the engine already parsed, and passes through.
"""

from __future__ import annotations

import re
from typing import Final

from medgate.engines.families.splitters import Split, Splitter
from medgate.engines.families.toolcalls import CallIds, ToolCallDelta, ToolSpec

TOKENS: Final = ("<|start|>", "<|channel|>", "<|message|>", "<|end|>", "<|return|>", "<|call|>",
                 "<|constrain|>")
_ENDS: Final = frozenset({"<|end|>", "<|return|>", "<|call|>"})
_RECIPIENT: Final = re.compile(r"\bto=(\S+)")
_LEAD_LIMIT: Final = 256  # a role-section recipient (" to=functions.x") is short and on one line


class HarmonySplitter(Splitter):
    """`tools`: the request's offered functions; without them a call stays reasoning text."""

    def __init__(self, tools: ToolSpec | None = None) -> None:
        self.tools = tools
        self.ids = CallIds()
        self.calls = 0
        self.buf = ""
        self.mode = "begin"  # begin | lead | passthrough | header | body
        self.section = "role"  # which header section text goes to: role | channel | constrain
        self.parts: dict[str, str] = {}
        self.kind = ""  # body: reasoning | content | call
        self.started = False  # the current message has sent text
        self.seen = {"reasoning": False, "content": False}  # a message of that kind has sent text

    def feed(self, text: str) -> Split:
        self.buf += text
        out = Split()
        if self.mode in ("begin", "lead") and not self._opening():
            return out
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
            token = next((t for t in TOKENS if self.buf.startswith(t)), None)
            if token is not None:
                self.buf = self.buf[len(token):]
                self._token(token, out)
            elif any(t.startswith(self.buf) for t in TOKENS):
                break  # a token not complete yet
            else:  # "<|" that starts no harmony token is text
                self._text("<|", out)
                self.buf = self.buf[2:]
        return out

    def _opening(self) -> bool:
        """Decide how the output opens; False while the text so far cannot tell."""
        stripped = self.buf.lstrip()
        if self.mode == "begin":
            if stripped.startswith("<|"):
                self.mode, self.buf = "header", stripped
                return True
            if "<|".startswith(stripped) or any(t.startswith(stripped) for t in TOKENS) \
                    or "to=".startswith(stripped):
                return False
            if not stripped.startswith("to="):
                self.mode = "passthrough"
                return True
            self.mode = "lead"
        i = self.buf.find("<|")
        lead = self.buf[:i] if i >= 0 else self.buf
        if "\n" in lead or len(lead) > _LEAD_LIMIT:
            self.mode = "passthrough"
            return True
        if i < 0:
            return False
        self.mode, self.section, self.parts = "header", "role", {"role": lead}
        self.buf = self.buf[i:]
        return True

    def _text(self, text: str, out: Split) -> None:
        if self.mode != "body":  # role names, "analysis", " to=functions.x", "json": header text
            self.parts[self.section] = self.parts.get(self.section, "") + text
            return
        if not text:
            return
        if self.kind == "call":
            out.tool_calls.append(ToolCallDelta(self.calls - 1, arguments=text))
            self.started = True
            return
        if not self.started:
            self.started = True
            if self.seen[self.kind]:
                text = "\n" + text  # messages of one kind are joined with a newline
            self.seen[self.kind] = True
        if self.kind == "content":
            out.content += text
        else:
            out.reasoning += text

    def _token(self, token: str, out: Split) -> None:
        if token == "<|message|>":
            self._open_body(out)
        elif token == "<|channel|>":
            if self.mode == "body":
                self._new_header(out)
            self.section = "channel"
        elif token == "<|constrain|>":
            self.section = "constrain"
        elif token == "<|start|>" or token in _ENDS:
            self._new_header(out)

    def _new_header(self, out: Split) -> None:
        if self.mode == "body" and self.kind == "call" and not self.started:
            out.tool_calls.append(ToolCallDelta(self.calls - 1, arguments="{}"))  # a call with no body
        self.mode, self.section, self.parts = "header", "role", {}

    def _open_body(self, out: Split) -> None:
        channel = (self.parts.get("channel", "").split() or [""])[0]
        found = _RECIPIENT.search(self.parts.get("role", "") + " " + self.parts.get("channel", ""))
        recipient = found.group(1) if found else ""
        self.mode, self.started = "body", False
        if recipient.startswith("functions.") and recipient != "functions." and self.tools is not None:
            self.kind = "call"
            out.tool_calls.append(ToolCallDelta(self.calls, self.ids.make(self.calls),
                                                recipient[len("functions."):]))
            self.calls += 1
        elif recipient:
            self.kind = "reasoning"  # built-in tools (browser, python) work in the reasoning
        elif channel in ("final", "commentary"):
            self.kind = "content"  # commentary without a recipient is a preamble for the user
        else:
            self.kind = "reasoning"

    def flush(self) -> Split:
        out = Split()
        rest, self.buf = self.buf, ""
        if self.mode in ("passthrough", "begin", "lead"):
            out.content = rest
        elif self.mode == "body":
            self._text(rest, out)
            self._new_header(out)
        return out
