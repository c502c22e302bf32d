"""`POST /v1/deid`: validate the body, de-identify, answer JSON with offsets into the input."""

from __future__ import annotations

from typing import Any, cast

from medgate.errors import InvalidRequest
from medgate.privacy.deidentify import MODES, Mode, deidentify
from medgate.privacy.types import DeidResult


def result_json(result: DeidResult) -> dict[str, Any]:
    return {
        "text": result.text,
        "entities": [
            {"type": r.type.value, "start": r.start, "end": r.end, "replacement": r.replacement}
            for r in result.entities
        ],
    }


def deid_http(body: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise InvalidRequest("body must be a JSON object", param=None)
    text = body.get("text")
    if not isinstance(text, str):
        raise InvalidRequest("'text' is required and must be a string", param="text")
    mode = body.get("mode", "surrogate")
    if mode not in MODES:
        raise InvalidRequest(f"'mode' must be one of {', '.join(MODES)}", param="mode")
    return result_json(deidentify(text, cast(Mode, mode)))
