"""What every audit store does to a record: stamp it with an id and a time, and match queries."""

from __future__ import annotations

import time
import uuid
from typing import Any


def stamp(record: dict[str, Any]) -> dict[str, Any]:
    out = dict(record)
    if "id" not in out:  # not setdefault: uuid4() reads os.urandom, ~0.1 ms a call on a busy VM
        out["id"] = uuid.uuid4().hex
    if "ts" not in out:
        out["ts"] = time.time()
    if "kind" not in out:
        raise ValueError("an audit record needs a kind")
    return out


def matches(record: dict[str, Any], match: dict[str, Any]) -> bool:
    return all(record.get(k) == v for k, v in match.items())
