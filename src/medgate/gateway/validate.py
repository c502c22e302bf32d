"""Stage 1: an OpenAI chat request is checked before anything else touches it.

Plain checks over the parsed dict (no pydantic on the hot path: it costs ~10x orjson here).
Every failure names the offending field in `param`.
"""

from __future__ import annotations

from typing import Any

from medgate.errors import InvalidRequest

ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
PART_TYPES = frozenset({"text", "image_url", "input_audio", "video_url", "file"})
_NUMBERS = ("temperature", "top_p", "presence_penalty", "frequency_penalty", "top_k", "min_p")
_INTS = ("max_tokens", "max_completion_tokens", "n", "seed")


def _fail(message: str, param: str) -> InvalidRequest:
    return InvalidRequest(message, param=param)


def validate_chat(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise _fail("the request body must be a JSON object", "body")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise _fail("'model' is required and must be a non-empty string", "model")
    messages = body.get("messages")
    if messages is None:
        raise _fail("'messages' is required", "messages")
    if not isinstance(messages, list) or not messages:
        raise _fail("'messages' must be a non-empty array", "messages")
    for i, m in enumerate(messages):
        _check_message(m, f"messages[{i}]")
    if "stream" in body and not isinstance(body["stream"], bool):
        raise _fail("'stream' must be a boolean", "stream")
    for key in _NUMBERS:
        v = body.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, int | float)):
            raise _fail(f"'{key}' must be a number", key)
    for key in _INTS:
        v = body.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, int)):
            raise _fail(f"'{key}' must be an integer", key)
        if key in ("max_tokens", "max_completion_tokens", "n") and v is not None and v < 1:
            raise _fail(f"'{key}' must be at least 1", key)
    stop = body.get("stop")
    if stop is not None and not isinstance(stop, str) and not (
        isinstance(stop, list) and all(isinstance(s, str) for s in stop)
    ):
        raise _fail("'stop' must be a string or an array of strings", "stop")
    so = body.get("stream_options")
    if so is not None and not isinstance(so, dict):
        raise _fail("'stream_options' must be an object", "stream_options")
    tools = body.get("tools")
    if tools is not None and not isinstance(tools, list):
        raise _fail("'tools' must be an array", "tools")
    fmt = body.get("response_format")
    if fmt is not None:
        if not isinstance(fmt, dict) or fmt.get("type") not in ("text", "json_object", "json_schema"):
            raise _fail("'response_format.type' must be text, json_object or json_schema", "response_format")
        if fmt["type"] == "json_schema" and not isinstance(fmt.get("json_schema"), dict):
            raise _fail("'response_format.json_schema' must be an object", "response_format")
    effort = body.get("reasoning_effort")
    if effort is not None and effort not in ("minimal", "low", "medium", "high"):
        raise _fail("'reasoning_effort' must be low, medium or high", "reasoning_effort")
    return body


def _check_message(m: Any, where: str) -> None:
    if not isinstance(m, dict):
        raise _fail(f"{where} must be an object", where)
    role = m.get("role")
    if role not in ROLES:
        raise _fail(f"{where}.role must be one of {sorted(ROLES)}", f"{where}.role")
    content = m.get("content")
    if content is None:
        if role == "assistant" and (m.get("tool_calls") or m.get("function_call")):
            return
        raise _fail(f"{where}.content is required", f"{where}.content")
    if isinstance(content, str):
        return
    if not isinstance(content, list):
        raise _fail(f"{where}.content must be a string or an array of parts", f"{where}.content")
    for j, part in enumerate(content):
        at = f"{where}.content[{j}]"
        if not isinstance(part, dict) or part.get("type") not in PART_TYPES:
            raise _fail(f"{at} must be a part with type text or image_url", at)
        if part["type"] == "text" and not isinstance(part.get("text"), str):
            raise _fail(f"{at}.text must be a string", at)
        if part["type"] == "image_url":
            url = part.get("image_url")
            if not isinstance(url, dict) or not isinstance(url.get("url"), str):
                raise _fail(f"{at}.image_url.url must be a string", at)

