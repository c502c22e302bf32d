"""Stage 1: an OpenAI chat request is checked before anything else touches it.

The pydantic types in medgate/types.py are the one definition (they also generate the OpenAPI
document); one TypeAdapter built at import validates the parsed dict without copying it. Every
failure names the offending field in `param`.
"""

from __future__ import annotations

from typing import Any

from medgate.errors import InvalidRequest
from medgate.types import ChatCompletionRequest
from medgate.validation import validator

_validate = validator(ChatCompletionRequest, messages={
    "n": "'n' must be 1: medgate returns one choice per request (send separate requests for more)",
})


def validate_chat(body: Any) -> dict[str, Any]:
    _validate(body)
    for i, m in enumerate(body["messages"]):
        if m.get("content") is None and not (m["role"] == "assistant" and (m.get("tool_calls") or m.get("function_call"))):
            raise InvalidRequest(f"messages[{i}].content is required", param=f"messages[{i}].content")
    return body  # type: ignore[no-any-return]
