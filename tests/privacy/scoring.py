"""Score detection against the labelled corpus: entity recall per type, char precision, kept."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from medgate.privacy.types import Entity
from tests.privacy.corpus import Note


@dataclass
class Score:
    found: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)
    keep_total: Counter[str] = field(default_factory=Counter)
    tp_chars: int = 0
    det_chars: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    def recall(self, kind: str | None = None) -> float:
        if kind is None:
            return sum(self.found.values()) / max(1, sum(self.total.values()))
        return self.found[kind] / max(1, self.total[kind])

    def precision(self) -> float:
        return self.tp_chars / max(1, self.det_chars)

    def kept_rate(self, kind: str) -> float:
        return self.kept[kind] / max(1, self.keep_total[kind])


def score(notes: Iterable[Note], detected: Iterable[list[Entity]]) -> Score:
    sc = Score()
    for note, ents in zip(notes, detected, strict=True):
        text = note.text
        covered = bytearray(len(text))
        for e in ents:
            for i in range(e.start, e.end):
                covered[i] = 1
        gold = bytearray(len(text))
        for kind, s, e in note.phi:
            for i in range(s, e):
                gold[i] = 1
            sc.total[kind.value] += 1
            if all(covered[i] or not text[i].isalnum() for i in range(s, e)):
                sc.found[kind.value] += 1
            else:
                sc.misses.append((kind.value, text[s:e]))
        for kind, s, e in note.keep:
            sc.keep_total[kind] += 1
            if not any(covered[s:e]):
                sc.kept[kind] += 1
        for e in ents:
            alnum = [i for i in range(e.start, e.end) if text[i].isalnum()]
            hits = sum(gold[i] for i in alnum)
            sc.det_chars += len(alnum)
            sc.tp_chars += hits
            if hits < len(alnum):
                sc.false_hits.append(f"{e.type.value}:{e.text}")
    return sc
