"""Request work heavy enough to run in the App's process pool (medgate/offload.py).

Each function takes the raw request body and returns (status, JSON bytes): parsing and
serialising happen in the worker too, so the event loop only moves bytes. Imports stay light:
a worker process imports this module, not the server.
"""

from __future__ import annotations

import orjson

from medgate.errors import MedgateError
from medgate.server.http import parse_json


def deid_response(raw: bytes) -> tuple[int, bytes]:
    """`POST /v1/deid`: {"text", "mode"} → the de-identified text and its entities."""
    from medgate.privacy.api import deid_http

    try:
        return 200, orjson.dumps(deid_http(parse_json(raw)))
    except MedgateError as exc:
        return exc.http_status(), orjson.dumps(exc.to_dict())
