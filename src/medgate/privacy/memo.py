"""Detection remembered by the text's digest, for the gateway.

A chat request carries its whole conversation: every turn resends the earlier messages, whose
identifiers were found the turn before. Finding them again is most of what a long conversation
costs (strict detection is milliseconds per message), so the spans of recent texts are kept in a
`DigestMemo` per policy. Only offsets and types are kept — no text, no identifier — and a hit is
rebuilt by slicing the text it was asked for. Errors are never remembered: a detector that fails
fails every text it has not already answered (fail closed); a text it answered before it broke
keeps that answer, which was right.
"""

from __future__ import annotations

from typing import Final

from medgate.digest_memo import DigestMemo
from medgate.privacy.detect import POLICIES, Policy, detect
from medgate.privacy.types import Entity, PhiType

MIN_CHARS: Final = 32  # shorter texts are read again ("ok thanks"); an 80-character chat costs
# strict ~0.6 ms to read and ~0.4 µs to digest
SIZE: Final = 4096  # texts remembered per policy (a few MB at most)

_Spans = tuple[tuple[PhiType, int, int], ...]


class DetectionMemo:
    def __init__(self, size: int = SIZE, min_chars: int = MIN_CHARS) -> None:
        self._min = min_chars
        self._memos: dict[str, DigestMemo[_Spans]] = {p: DigestMemo(size) for p in POLICIES}

    def detect(self, text: str, policy: Policy) -> list[Entity]:
        """`detect(text, policy)`, from memory when this text was read under this policy lately."""
        memo = self._memos.get(policy)
        if memo is None or len(text) < self._min:
            return detect(text, policy)  # (an unknown policy is refused there)
        spans = memo.get(text, lambda t: tuple((e.type, e.start, e.end) for e in detect(t, policy)))
        return [Entity(kind, start, end, text[start:end]) for kind, start, end in spans]

    def clear(self) -> None:
        for memo in self._memos.values():
            memo.clear()

    def __len__(self) -> int:
        return sum(len(m) for m in self._memos.values())


MEMO: Final = DetectionMemo()
