"""What the PHI layers know about a word: English, clinical, a name, a place, and how common.

The lexicon is built once from packages and shipped public-domain data (build.py, sources.py)
into a cached, memory-mapped trie: loading costs milliseconds and a few MB shared between
processes. `lexicon()` builds it on first use if install.sh has not.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Final

import marisa_trie

from medgate.privacy.lexicon import flags as F
from medgate.privacy.names import strip_accents

__all__ = ["Entry", "F", "Lexicon", "lexicon"]


@dataclass(frozen=True, slots=True)
class Entry:
    flags: int
    zipf: float  # wordfreq's Zipf frequency (0 when unknown)
    surname_log2: int  # log2 of Census 2000 bearers (0 when not a surname)
    first_log2: int  # log2(1 + first-name frequency per 100,000)

    @property
    def english(self) -> bool:
        return bool(self.flags & F.ENGLISH)

    @property
    def clinical(self) -> bool:
        return bool(self.flags & F.CLINICAL)

    @property
    def name(self) -> bool:
        return bool(self.flags & (F.FIRST | F.LAST))

    @property
    def place(self) -> bool:
        return bool(self.flags & F.PLACE)


UNKNOWN: Final = Entry(0, 0.0, 0, 0)


class Lexicon:
    def __init__(self, trie: marisa_trie.RecordTrie) -> None:
        self._trie = trie
        self._cache: dict[str, Entry] = {}  # per-process memo of looked-up words (bounded)

    @classmethod
    def load(cls, path: str) -> Lexicon:
        trie = marisa_trie.RecordTrie("<HBBB")
        trie.mmap(path)
        return cls(trie)

    def __call__(self, word: str) -> Entry:
        """The entry of `word` (any case; accents ignored)."""
        got = self._cache.get(word)
        if got is not None:
            return got
        got = self.peek(word)
        if len(self._cache) < 200_000:
            self._cache[word] = got
        return got

    def peek(self, word: str) -> Entry:
        """The entry of `word`, as `lexicon(word)` gives it, not remembered: for the spellings a
        caller makes up by the hundred (each word one letter away from a misspelt one), which
        would cost the memo's upkeep and crowd out the words texts hold."""
        key = word.lower()
        recs = self._trie.get(key)
        if not recs and not key.isascii():
            recs = self._trie.get(strip_accents(key))
        if recs:
            bits, z, lc, fc = recs[0]
            return Entry(bits, z / 10, lc, fc)
        return UNKNOWN

    def known_prefix(self, word: str) -> int:
        """How many leading characters of `word` (as written: lower-case it first) some entry
        begins with."""
        n = 0
        while n < len(word) and next(self._trie.iterkeys(word[: n + 1]), None) is not None:
            n += 1
        return n

    def has_phrase(self, phrase: str) -> bool:
        """A multi-word place, its first word also read in its written short form ("sta rosa",
        "mt isa", "ft worth")."""
        key = phrase.lower()
        recs = self._trie.get(key)
        if not recs:
            head, _, rest = key.partition(" ")
            full = _SHORT_HEADS.get(head.rstrip("."))
            if full is None or not rest:
                return False
            recs = self._trie.get(f"{full} {rest}")
        return bool(recs and recs[0][0] & F.PLACE_PHRASE)


# how the first word of a place is shortened in writing (Spanish and Filipino "Sta. Rosa", "Sto.
# Tomas"; "Mt Isa", "Ft Worth")
_SHORT_HEADS: Final = {"sta": "santa", "sto": "santo", "mt": "mount", "ft": "fort"}


@functools.cache
def lexicon() -> Lexicon:
    """The process's lexicon, built into the cache on first use if missing."""
    from medgate.privacy.lexicon.build import lexicon_path

    return Lexicon.load(str(lexicon_path()))
