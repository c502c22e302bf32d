"""Per-key requests per minute: a sliding window of request times, in this process.

With `serve --workers N` each process counts its own requests and gets rpm/N of the limit (the
serve command says how many workers there are); several hosts need a shared store (Redis,
DESIGN.md "Scale-out") for an exact cluster-wide count, which budgets have through the database.
"""

from __future__ import annotations

import math
import time
from collections import deque

from medgate.errors import RateLimited

WINDOW_S = 60.0


class RateLimiter:
    def __init__(self, share: int = 1) -> None:
        self._share = max(1, share)
        self._seen: dict[str, deque[float]] = {}

    def check(self, key_id: str, rpm: int) -> None:
        """Count one request for `key_id`, or raise RateLimited with when to retry."""
        limit = max(1, math.ceil(rpm / self._share))
        now = time.monotonic()
        seen = self._seen.get(key_id)
        if seen is None:
            seen = self._seen[key_id] = deque()
        while seen and now - seen[0] >= WINDOW_S:
            seen.popleft()
        if len(seen) >= limit:
            wait = WINDOW_S - (now - seen[0])
            raise RateLimited(f"rate limit of {rpm} requests per minute reached for this API key; "
                              f"retry in {math.ceil(wait)} s", retry_after=wait)
        seen.append(now)
