"""A bounded memo of what was read from a text, so a conversation's earlier turns are not re-read.

A chat request carries the whole conversation, and the emergency screen (safety/screen.py) and the
PHI detector (privacy/memo.py) read every turn, so without a memo their cost grows with the
conversation's length. What they read depends only on the text, so it is kept under the text's
BLAKE2b digest (the text itself is not kept as a key); each caller chooses values that hold no
more than it must (the screen's concept mentions, the detector's offsets and types). Least
recently used entries go first; a lock keeps concurrent requests from corrupting the order.
Nothing is stored when `compute` raises.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class DigestMemo(Generic[T]):
    def __init__(self, size: int) -> None:
        self._size = size
        self._entries: OrderedDict[bytes, T] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str, compute: Callable[[str], T]) -> T:
        if self._size <= 0:
            return compute(text)
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None:
                self._entries.move_to_end(key)
                return hit
        value = compute(text)  # outside the lock: scans of different texts run side by side
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
