"""Request work heavy enough to run in the App's process pool (medgate/offload.py).

Each function takes the raw request body and returns (status, JSON bytes): parsing and
serialising happen in the worker too, so the event loop only moves bytes. Imports stay light:
a worker process imports this module, not the server.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import orjson

from medgate.errors import MedgateError
from medgate.server.http import parse_json


@functools.cache
def _deid_validator() -> Callable[[Any], Any]:
    from medgate.server.schemas import DeidRequest
    from medgate.validation import validator

    return validator(DeidRequest)


def deid_response(raw: bytes) -> tuple[int, bytes]:
    """`POST /v1/deid`: one document or many → the de-identified text and its entities."""
    from medgate.privacy.api import deid_http

    try:
        body = _deid_validator()(parse_json(raw))
        return 200, orjson.dumps(deid_http(dict(body)))
    except MedgateError as exc:
        return exc.http_status(), orjson.dumps(exc.to_dict())
