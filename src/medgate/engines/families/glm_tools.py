"""GLM-4.5's `<tool_call>` blocks in raw output, as OpenAI tool calls.

The GLM-4.5 / GLM-4.5V chat template (chat_template.jinja of zai-org/GLM-4.5) renders a call as

    <tool_call>NAME
    <arg_key>city</arg_key>
    <arg_value>Beijing</arg_value>
    </tool_call>

with each value written as is when it is a string and as JSON otherwise (`v | tojson if v is not
string`). Reading it back follows vLLM's `glm45` parser
(vllm/entrypoints/openai/tool_parsers/glm4_moe_tool_parser.py): keys and values are stripped; a value
stays a string when the offered tool declares that parameter a string, else it is read as JSON
(then as a Python literal), falling back to the string. The compact GLM-4.7 form with no newlines
reads the same. Arguments stream one pair at a time (a value is typed only once it is complete):
`{"city": "Beijing"`, then `, "date": "2024-06-27"`, then `}`; the result is `json.dumps` of the
pairs, keys in order.
"""

from __future__ import annotations

import ast
import json
from typing import Any, Final

from medgate.engines.families.toolcalls import (
    Scanned,
    ToolScanner,
    ToolSpec,
    find_first,
    held_prefix,
)

OPEN: Final = "<tool_call>"
CLOSE: Final = "</tool_call>"
KEY_OPEN, KEY_CLOSE = "<arg_key>", "</arg_key>"
VALUE_OPEN, VALUE_CLOSE = "<arg_value>", "</arg_value>"


def typed_value(raw: str, declared: Any) -> str:
    """The value as JSON text: a string where the tool says string, else the value read as JSON
    (then as a Python literal) if that gives plain JSON data, else the string."""
    if declared != "string":
        for read in (json.loads, ast.literal_eval):
            try:
                return json.dumps(read(raw), ensure_ascii=False, allow_nan=False)
            except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
                continue  # json.JSONDecodeError is a ValueError; NaN and sets are refused too
    return json.dumps(raw, ensure_ascii=False)


class GlmToolScanner(ToolScanner):
    def __init__(self, spec: ToolSpec) -> None:
        super().__init__(spec)
        self.state = "text"  # text | name | args | key | value | after | skip
        self.name = ""
        self.key = ""
        self.pairs = 0  # pairs written for the current call

    def _step(self, out: Scanned) -> bool:
        buf = self.buf
        if self.state == "after":  # blanks between or after calls are not content
            self.buf = buf.lstrip()
            if not self.buf:
                return False
            self.state = "text"
        elif self.state == "text":
            i = buf.find(OPEN)
            if i < 0:
                keep = held_prefix(buf, (OPEN,))
                out.content += buf[: len(buf) - keep]
                self.buf = buf[len(buf) - keep:]
                return False
            out.content += buf[:i]
            self.buf, self.state = buf[i + len(OPEN):], "name"
        elif self.state == "name":
            i, marker = find_first(buf, ("\n", KEY_OPEN, CLOSE))
            if i < 0:
                return False
            self.name = buf[:i].strip()
            self.buf = buf[i + 1:] if marker == "\n" else buf[i:]
            if not self.name:  # no name: not a call anyone can run; skip it
                self.state = "skip"
                return True
            self.start_call(self.name, out)
            self.pairs = 0
            self.state = "args"
        elif self.state == "skip":
            i = buf.find(CLOSE)
            if i < 0:
                self.buf = buf[len(buf) - held_prefix(buf, (CLOSE,)):]
                return False
            self.buf, self.state = buf[i + len(CLOSE):], "after"
        elif self.state == "args":
            i, marker = find_first(buf, (KEY_OPEN, CLOSE))
            if i < 0:
                self.buf = buf[len(buf) - held_prefix(buf, (KEY_OPEN, CLOSE)):]
                return False
            self.buf = buf[i + len(marker):]
            if marker == KEY_OPEN:
                self.state = "key"
            else:
                self._close(out)
        elif self.state == "key":
            i = buf.find(KEY_CLOSE)
            if i < 0:
                return False
            self.key = buf[:i].strip()
            self.buf, self.state = buf[i + len(KEY_CLOSE):], "value"
        else:  # value: blanks, <arg_value>, the value, </arg_value>
            i = buf.find(VALUE_OPEN)
            j = buf.find(VALUE_CLOSE, max(i, 0))
            if i < 0 or j < 0:
                return False
            raw = buf[i + len(VALUE_OPEN):j].strip()
            value = typed_value(raw, self.spec.param_type(self.name, self.key))
            lead = "{" if self.pairs == 0 else ", "
            self.args(f"{lead}{json.dumps(self.key, ensure_ascii=False)}: {value}", out)
            self.pairs += 1
            self.buf, self.state = buf[j + len(VALUE_CLOSE):], "args"
        return True

    def _close(self, out: Scanned) -> None:
        self.args("}" if self.pairs else "{}", out)
        self.state = "after"

    def flush(self) -> Scanned:
        out = Scanned()
        rest, self.buf = self.buf, ""
        if self.state == "text":
            out.content = rest
        elif self.state not in ("name", "after", "skip"):  # cut off inside a call: close what was written
            self._close(out)
        self.state = "text"
        return out
