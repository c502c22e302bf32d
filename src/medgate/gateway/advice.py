"""An emergency escalation that reaches every client, not only those that read `medgate`.

Standard clients (LangChain, most chat UIs) drop unknown top-level fields, so with
`on_emergency: annotate` the advice also opens the answer's content as one short line (streams
included). It is added after reasoning splitting and PHI re-identification, so neither sees it,
and left out when the client asked for JSON output or tool calls, where text would break parsing:
there the `X-Medgate-Escalation` header and the `medgate` object still carry it.
"""

from __future__ import annotations

from typing import Any

from medgate.safety import Escalation


def advice_line(esc: Escalation) -> str:
    return f"[medgate safety notice] {esc.advice}\n\n"


def wants_advice_line(body: dict[str, Any]) -> bool:
    fmt = body.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") in ("json_object", "json_schema"):
        return False
    return not body.get("tools")


def prefix_message(resp: dict[str, Any], line: str) -> None:
    """In place: the line opens choice 0's message content."""
    for choice in resp.get("choices") or ():
        if choice.get("index", 0) == 0 and isinstance(choice.get("message"), dict):
            msg = choice["message"]
            content = msg.get("content")
            if content is None or isinstance(content, str):
                msg["content"] = line + (content or "")
            return


class AdviceStage:
    """Stream stage: the line opens choice 0's first delta; or comes alone at the end if choice 0
    never had one."""

    def __init__(self, line: str) -> None:
        self.line: str | None = line

    def chunk(self, chunk: dict[str, Any]) -> dict[str, Any] | None:
        if self.line is not None:
            for choice in chunk["choices"]:
                if choice.get("index", 0) == 0:
                    delta = choice.setdefault("delta", {})
                    delta["content"] = self.line + (delta.get("content") or "")
                    self.line = None
                    break
        return chunk

    def end(self) -> dict[str, Any] | None:
        if self.line is None:
            return None
        line, self.line = self.line, None
        return {"choices": [{"index": 0, "delta": {"content": line}, "finish_reason": None}]}
