"""What an upstream answer must look like before any stage touches it.

Backends parse JSON; this checks the OpenAI shape the stages rely on (lists of dict choices, dict
messages and deltas, string content, integer token counts), so a malformed answer is an
`UpstreamProtocolError` (502) and never an AttributeError deep in a stage. Plain checks, not
pydantic: this runs on every chunk of every stream.
"""

from __future__ import annotations

from typing import Any

from medgate.errors import UpstreamProtocolError

_TEXT_FIELDS = ("reasoning_content", "reasoning", "thinking", "refusal")


def _bad(where: str, what: str) -> UpstreamProtocolError:
    return UpstreamProtocolError(f"upstream {where} sent a malformed answer: {what}")


def _check_usage(usage: Any, where: str) -> None:
    if usage is None:
        return
    if not isinstance(usage, dict):
        raise _bad(where, "usage is not an object")
    for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
        v = usage.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, int)):
            raise _bad(where, f"usage.{key} is not an integer")


def _check_choice(choice: Any, part: str, where: str) -> None:
    if not isinstance(choice, dict):
        raise _bad(where, "a choice is not an object")
    index = choice.get("index", 0)
    if isinstance(index, bool) or not isinstance(index, int):
        raise _bad(where, "choice.index is not an integer")
    finish = choice.get("finish_reason")
    if finish is not None and not isinstance(finish, str):
        raise _bad(where, "finish_reason is not a string")
    msg = choice.get(part)
    if msg is None:
        return
    if not isinstance(msg, dict):
        raise _bad(where, f"choice.{part} is not an object")
    content = msg.get("content")
    if content is not None and not isinstance(content, str) and not (part == "message" and isinstance(content, list)):
        raise _bad(where, f"{part}.content is not a string")
    for key in _TEXT_FIELDS:
        v = msg.get(key)
        if v is not None and not isinstance(v, str):
            raise _bad(where, f"{part}.{key} is not a string")
    calls = msg.get("tool_calls")
    if calls is not None and not (isinstance(calls, list) and all(isinstance(c, dict) for c in calls)):
        raise _bad(where, f"{part}.tool_calls is not a list of objects")


def check_completion(resp: Any, where: str) -> dict[str, Any]:
    if not isinstance(resp, dict) or not isinstance(resp.get("choices"), list):
        raise _bad(where, "no choices list")
    for choice in resp["choices"]:
        _check_choice(choice, "message", where)
    _check_usage(resp.get("usage"), where)
    return resp


def check_chunk(chunk: Any, where: str) -> dict[str, Any]:
    if type(chunk) is not dict:
        raise _bad(where, "a stream chunk is not an object")
    choices = chunk.get("choices")
    if choices is not None:
        if type(choices) is not list:
            raise _bad(where, "chunk.choices is not a list")
        for choice in choices:
            # Fast path, most chunks: {"index": n, "delta": {"content": "..."}, "finish_reason": null}
            if (type(choice) is dict and type(delta := choice.get("delta")) is dict and len(delta) == 1
                    and type(delta.get("content")) is str and choice.get("finish_reason") is None
                    and type(choice.get("index", 0)) is int):
                continue
            _check_choice(choice, "delta", where)
    if (usage := chunk.get("usage")) is not None:
        _check_usage(usage, where)
    return chunk
