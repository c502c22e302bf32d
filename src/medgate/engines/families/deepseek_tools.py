"""DeepSeek-R1's tool-call tokens in raw output, as OpenAI tool calls.

The format is the one DeepSeek-R1's chat template renders for an assistant's `tool_calls`
(tokenizer_config.json of deepseek-ai/DeepSeek-R1 and R1-0528; the same block vLLM's `deepseek_v3`
tool parser reads, vllm/entrypoints/openai/tool_parsers/deepseekv3_tool_parser.py):

    <｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>NAME
    ```json
    {"arg": "value"}
    ```<｜tool▁call▁end｜>
    <｜tool▁call▁begin｜>function<｜tool▁sep｜>NAME2 ...<｜tool▁call▁end｜><｜tool▁calls▁end｜>

Text before the block is content. The arguments stream as they come, minus the closing fence: a
tail of blanks and backticks that may still be the fence is held back until the call ends. The
json fence is optional (some outputs omit it), and a lone `<｜tool▁call▁begin｜>` opens the block.
"""

from __future__ import annotations

from typing import Final

from medgate.engines.families.toolcalls import (
    Scanned,
    ToolScanner,
    ToolSpec,
    find_first,
    held_prefix,
)

CALLS_BEGIN: Final = "<｜tool▁calls▁begin｜>"
CALLS_END: Final = "<｜tool▁calls▁end｜>"
CALL_BEGIN: Final = "<｜tool▁call▁begin｜>"
CALL_END: Final = "<｜tool▁call▁end｜>"
SEP: Final = "<｜tool▁sep｜>"
FENCE: Final = "```"
_FENCE_CHARS: Final = frozenset(" \t\r\n`")


def _strip_fence(text: str) -> str:
    return text.rstrip().removesuffix(FENCE).rstrip()


class DeepSeekToolScanner(ToolScanner):
    def __init__(self, spec: ToolSpec) -> None:
        super().__init__(spec)
        self.state = "text"  # text | block | header | name | lead | args | skip

    def _step(self, out: Scanned) -> bool:
        """Advance once; False when the buffer must wait for more text."""
        buf = self.buf
        if self.state == "text":
            i, marker = find_first(buf, (CALLS_BEGIN, CALL_BEGIN))
            if i < 0:
                keep = held_prefix(buf, (CALLS_BEGIN, CALL_BEGIN))
                out.content += buf[: len(buf) - keep]
                self.buf = buf[len(buf) - keep:]
                return False
            out.content += buf[:i]
            self.buf = buf[i + len(marker):]
            self.state = "block" if marker == CALLS_BEGIN else "header"
        elif self.state == "block":  # between calls: only blank lines belong here
            i, marker = find_first(buf, (CALL_BEGIN, CALLS_END))
            if i < 0:
                self.buf = buf[len(buf) - held_prefix(buf, (CALL_BEGIN, CALLS_END)):]
                return False
            self.buf = buf[i + len(marker):]
            self.state = "header" if marker == CALL_BEGIN else "text"
        elif self.state == "header":  # the call's type, "function"
            i = buf.find(SEP)
            if i < 0:
                return False
            self.buf = buf[i + len(SEP):]
            self.state = "name"
        elif self.state == "name":
            i, marker = find_first(buf, ("\n", CALL_END))
            if i < 0:
                return False
            name = buf[:i].strip()
            if marker == CALL_END:  # a call without arguments
                self.buf, self.state = buf[i + len(CALL_END):], "block"
                if name:
                    self.start_call(name, out)
                    self.end_call(out)
            elif name:
                self.start_call(name, out)
                self.buf, self.state = buf[i + 1:], "lead"
            else:  # no name: not a call anyone can run; skip it
                self.buf, self.state = buf[i + 1:], "skip"
        elif self.state == "skip":
            i = buf.find(CALL_END)
            if i < 0:
                self.buf = buf[len(buf) - held_prefix(buf, (CALL_END,)):]
                return False
            self.buf, self.state = buf[i + len(CALL_END):], "block"
        elif self.state == "lead":  # blanks and the opening ```json line before the arguments
            rest = buf.lstrip()
            if not rest:
                return False
            if rest.startswith(FENCE):
                nl = rest.find("\n")
                if nl < 0:
                    return False
                self.buf, self.state = rest[nl + 1:], "args"
            elif FENCE.startswith(rest):
                return False
            else:
                self.buf, self.state = rest, "args"
        else:  # args
            i = buf.find(CALL_END)
            if i >= 0:
                self.args(_strip_fence(buf[:i]), out)
                self.end_call(out)
                self.buf, self.state = buf[i + len(CALL_END):], "block"
                return True
            cut = len(buf) - held_prefix(buf, (CALL_END,))
            while cut > 0 and buf[cut - 1] in _FENCE_CHARS:
                cut -= 1  # maybe the closing fence: wait for the call's end to tell
            self.args(buf[:cut], out)
            self.buf = buf[cut:]
            return False
        return True

    def flush(self) -> Scanned:
        out = Scanned()
        rest, self.buf = self.buf, ""
        if self.state == "text":
            out.content = rest
        elif self.state in ("lead", "args"):  # cut off mid-call (max_tokens): what came is the call's
            self.args(_strip_fence(rest) if self.state == "args" else "", out)
            self.end_call(out)
        self.state = "text"
        return out
