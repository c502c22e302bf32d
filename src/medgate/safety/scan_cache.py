"""A bounded memo of per-text scans, so a conversation's earlier turns are not re-read.

A chat request carries the whole conversation and the screen reads every user turn, so without a
memo the screen's cost grows with the conversation's length. A scan depends only on the text, so
it is kept under the text's BLAKE2b digest (the text itself is not kept as a key); the values are
the concept mentions and readings, short phrases such as "chest pain" or "SpO2 88%". Least
recently used entries go first; a lock keeps concurrent requests from corrupting the order.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class ScanCache(Generic[T]):
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
