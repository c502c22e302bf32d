"""The memo of scans: a conversation's earlier turns are read once, results never change."""

from __future__ import annotations

import threading

from medgate.digest_memo import DigestMemo
from medgate.safety.screen import Screener

TURNS = [
    "hi, I've had a cough for a week",
    "today my chest feels tight and I'm sweating, the pain goes down my left arm",
    "also my sats are 91% on my finger thing",
]


def test_a_conversation_screens_the_same_with_and_without_the_memo() -> None:
    cold, warm = Screener(cache_size=0), Screener(cache_size=64)
    for k in range(1, len(TURNS) + 1):
        history = TURNS[:k]
        assert warm.screen(history) == cold.screen(history)
        assert warm.screen(history) == cold.screen(history)  # now from the memo


def test_each_text_is_scanned_once_and_the_memo_stays_bounded() -> None:
    calls: list[str] = []
    cache: DigestMemo[int] = DigestMemo(2)

    def count(text: str) -> int:
        calls.append(text)
        return len(text)

    assert [cache.get(t, count) for t in ("a", "bb", "a", "bb")] == [1, 2, 1, 2]
    assert calls == ["a", "bb"]
    cache.get("ccc", count)  # evicts "a", the least recently used
    assert len(cache) == 2
    cache.get("a", count)
    assert calls == ["a", "bb", "ccc", "a"]


def test_no_text_is_kept_as_a_key() -> None:
    cache: DigestMemo[int] = DigestMemo(8)
    cache.get("Jane Doe, MRN 12345, chest pain", len)
    assert all(isinstance(k, bytes) and len(k) == 16 for k in cache._entries)


def test_concurrent_screens_agree() -> None:
    screener = Screener(cache_size=4)  # small: threads evict each other's entries
    expected = Screener(cache_size=0).screen([TURNS[1]])
    texts = [TURNS[1], *(f"message number {i}" for i in range(12))]
    failures: list[object] = []

    def work() -> None:
        for _ in range(20):
            for t in texts:
                got = screener.screen([t])
                if t == TURNS[1] and got != expected:
                    failures.append(got)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
