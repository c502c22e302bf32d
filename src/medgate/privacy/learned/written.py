"""Labelled text written by others (privacy/data/written): training text for the tagger.

Synthetic templates teach the tagger the shapes medgate's authors thought of; these sets teach it
the shapes other writers used (lower-case names in a thread, a speaker before a colon, a school
by its name alone). A label is an exact substring; it marks every occurrence not flanked by a
letter or digit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import yaml

WRITTEN: Final = Path(__file__).resolve().parent.parent / "data" / "written"

# The tagger's labels. It reports names (NAME) and places (LOC); the words of a street address are
# a class of their own (ADDR), learned so they are neither taught as places ("Apt", "W", "Rd") nor
# as plain words, and never reported: addresses are the rules' work, as are numbers, dates, e-mails.
TAGGER_LABEL: Final = {
    "NAME": "NAME", "LOCATION": "LOC", "CITY": "LOC", "COUNTY": "LOC", "ADDRESS": "ADDR",
}  # fmt: skip


@dataclass(frozen=True)
class Written:
    text: str
    phi: tuple[tuple[int, int, str], ...]  # (start, end, type name)


def occurrences(text: str, sub: str) -> list[tuple[int, int]]:
    """Every (start, end) of `sub` in `text` not flanked by a letter or digit."""
    spans: list[tuple[int, int]] = []
    i = text.find(sub)
    while i >= 0:
        j = i + len(sub)
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            spans.append((i, j))
        i = text.find(sub, i + 1)
    return spans


def files(leave_out: Collection[str] = ()) -> list[Path]:
    """The sets, by file name; `leave_out` names sets by stem ("blind_notes_42")."""
    return sorted(p for p in WRITTEN.glob("*.yaml") if p.stem not in leave_out)


def digest() -> str:
    """Changes when any set is added or edited (part of the tagger's cache key)."""
    h = hashlib.sha256()
    for p in files():
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def documents(leave_out: Collection[str] = ()) -> Iterator[Written]:
    for path in files(leave_out):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            text = item["text"]
            phi = tuple(
                (s, e, kind) for sub, kind in item["phi"] for s, e in occurrences(text, sub)
            )
            yield Written(text, phi)


def token_labels(doc: Written, starts_ends: list[tuple[int, int]]) -> list[str]:
    """The tagger label of each word (start, end): NAME, LOC or ADDR when it overlaps a labelled
    name, place or street address, else O (digits are always O: numbers are the rules' to mask)."""
    out: list[str] = []
    for ws, we in starts_ends:
        label = "O"
        if doc.text[ws].isalpha():
            for s, e, kind in doc.phi:
                if s < we and ws < e and kind in TAGGER_LABEL:
                    label = TAGGER_LABEL[kind]
                    break
        out.append(label)
    return out
