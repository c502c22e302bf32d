"""Input lines and their outcomes: the two shapes every batch engine passes around.

A `Line` is one JSONL line of the input: its position, the caller's id, a resume key and the
parsed object. The key is a hash of the run's settings and the line's own bytes, so a rerun
skips a line only when the same line was done with the same settings. An `Outcome` is what one
line produced, as plain JSON-able data (it crosses process boundaries to and from Ray workers).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypedDict

import orjson

from medgate.errors import InvalidRequest, MedgateError, UpstreamError

ID_FIELDS = ("custom_id", "id")  # the OpenAI batch line's id, or medgate deid's {"id", "text"}


@dataclass(frozen=True)
class Line:
    index: int  # 0-based position among the input's non-blank lines
    number: int  # 1-based line number in the file, for messages
    id: str  # the caller's id as text: the resume and ordering key
    key: str  # hash of the settings and this line's bytes
    payload: dict[str, Any]
    raw_id: Any = None  # the id as the caller wrote it (a number stays a number)
    problem: str | None = None  # the line could not be read; its outcome is this error


class Outcome(TypedDict):
    status: str  # ok | error
    status_code: int | None  # the HTTP status the same request would get; None: not a response
    result: Any  # the success body (a chat.completion, a deid result, a task response)
    error: dict[str, Any] | None  # {message, type, param, code}
    cost_usd: float | None
    request_id: str | None  # the audit record's id, for lines that went through the gateway
    retry: bool  # worth doing again on a rerun (rate limit, overload, budget, cancellation)


def settings_hash(settings: Mapping[str, Any]) -> str:
    return hashlib.sha256(orjson.dumps(settings, option=orjson.OPT_SORT_KEYS)).hexdigest()[:16]


def read_lines(rows: Iterable[bytes], settings: str) -> list[Line]:
    """Parse JSONL. Blank lines are not lines; a line that is not a JSON object becomes a Line
    with a `problem` (it still gets exactly one output line). Ids must be unique: a duplicate
    would make "which line is done" ambiguous, so it refuses the whole input."""
    lines: list[Line] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(rows, 1):
        text = raw.strip()
        if not text:
            continue
        index = len(lines)
        key = hashlib.sha256(settings.encode() + b"\0" + text).hexdigest()[:24]
        try:
            obj = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            lines.append(Line(index, number, f"line-{number}", key, {}, None, f"not JSON ({exc})"))
            continue
        if not isinstance(obj, dict):
            lines.append(Line(index, number, f"line-{number}", key, {}, None, "not a JSON object"))
            continue
        raw_id = next((obj[f] for f in ID_FIELDS if f in obj), None)
        line_id = f"line-{number}" if raw_id is None else str(raw_id)
        if line_id in seen:
            raise InvalidRequest(f"line {number}: id {line_id!r} was already used on line "
                                 f"{seen[line_id]}; ids must be unique", param="id")
        seen[line_id] = number
        lines.append(Line(index, number, line_id, key, obj, raw_id))
    return lines


def ok(result: Any, *, cost: float | None = None, request_id: str | None = None) -> Outcome:
    return {"status": "ok", "status_code": 200, "result": result, "error": None, "cost_usd": cost,
            "request_id": request_id, "retry": False}


def http_error(status: int, error: dict[str, Any], *, retry: bool | None = None,
               request_id: str | None = None) -> Outcome:
    """An error response (the OpenAI error object); 429 and 5xx overloads are worth a rerun."""
    return {"status": "error", "status_code": status, "result": None, "error": error, "cost_usd": None,
            "request_id": request_id, "retry": status in (429, 503) if retry is None else retry}


def failed(exc: MedgateError, *, request_id: str | None = None) -> Outcome:
    retry = bool(isinstance(exc, UpstreamError) and exc.retryable) or exc.http_status() == 503
    return http_error(exc.http_status(), exc.to_dict()["error"], retry=retry, request_id=request_id)


def not_run(code: str, message: str) -> Outcome:
    """A line the batch did not run (budget spent, cancelled): no response, retried on a rerun."""
    return {"status": "error", "status_code": None, "result": None,
            "error": {"message": message, "type": "batch_error", "param": None, "code": code},
            "cost_usd": None, "request_id": None, "retry": True}
