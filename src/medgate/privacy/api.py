"""`POST /v1/deid`: validate the body, de-identify, answer JSON with offsets into the input.

One document: `{"text", "mode"?, "policy"?}` → `{"text", "entities"}`. Many: `{"documents":
[{"id", "text"}, ...], ...}` → `{"documents": [{"id", "text", "entities"}, ...]}`, each
document de-identified on its own.
"""

from __future__ import annotations

from typing import Any, Final, cast

from medgate.errors import InvalidRequest
from medgate.privacy.deidentify import MODES, Mode, deidentify
from medgate.privacy.detect import POLICIES, Policy
from medgate.privacy.types import DeidResult

MAX_DOCUMENTS: Final = 10_000


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
    mode = body.get("mode", "surrogate")
    if mode not in MODES:
        raise InvalidRequest(f"'mode' must be one of {', '.join(MODES)}", param="mode")
    policy = body.get("policy", "strict")
    if policy not in POLICIES:
        raise InvalidRequest(f"'policy' must be one of {', '.join(POLICIES)}", param="policy")
    if "documents" in body:
        return {
            "documents": [
                _document(d, i, cast(Mode, mode), cast(Policy, policy))
                for i, d in enumerate(_documents(body["documents"]))
            ]
        }
    text = body.get("text")
    if not isinstance(text, str):
        raise InvalidRequest("'text' (a string) or 'documents' (a list) is required", param="text")
    return result_json(deidentify(text, cast(Mode, mode), policy=cast(Policy, policy)))


def _documents(value: Any) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise InvalidRequest(
            "'documents' must be a non-empty list of {id, text}", param="documents"
        )
    if len(value) > MAX_DOCUMENTS:
        raise InvalidRequest(f"at most {MAX_DOCUMENTS} documents per request", param="documents")
    return value


def _document(doc: Any, index: int, mode: Mode, policy: Policy) -> dict[str, Any]:
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        raise InvalidRequest(
            f"documents[{index}] must be an object with a string 'text'",
            param=f"documents[{index}].text",
        )
    return {"id": doc.get("id", index), **result_json(deidentify(doc["text"], mode, policy=policy))}
