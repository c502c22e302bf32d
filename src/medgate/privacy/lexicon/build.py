"""Build the PHI lexicon once from its sources (sources.py) into a memory-mapped marisa trie.

    .venv/bin/python -m medgate.privacy.lexicon.build     # install.sh runs this; prints the path

Every key is a lower-case word (or a multi-word place as a phrase) with a record of
(flags, zipf frequency × 10, log2 surname count, log2 first-name frequency per 100,000).
"""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path

import marisa_trie

from medgate.cache import artefact, artefact_path, input_key
from medgate.privacy.lexicon import flags as F
from medgate.privacy.lexicon import sources

BUILD_VERSION = "11"
RECORD = "<HBBB"
COMMON_ZIPF = 3.0  # above this a token is an ordinary English word unless it is a name or place
VERY_COMMON_ZIPF = 5.0  # a hundred times in a million words: a word, even where it names a county
NAME_COUNT = 1000  # a surname this common is a name even when it is also a word ("Green")


_INFLECTIONS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")


def _word_first(w: str, z: float, first: dict[str, float], last: dict[str, float]) -> bool:
    """Much more a word than a name: common on the web and a rare surname, or so common on the web
    (Zipf 5: a hundred times in a million words) that no surname explains it ("heard", "box": forms
    Webster's leaves out); never a first name (past a trace: "heard" is listed as one)."""
    if z >= VERY_COMMON_ZIPF:
        return math.log2(1 + first.get(w, 0.0) * 1000) < 1
    return z >= 4.0 and w not in first and last.get(w, 0) < 8192


def _name_first(z: float, first_percent: float) -> bool:
    """A first name much more than a word: its web frequency is mostly the name's."""
    pop = math.log2(1 + first_percent * 1000)
    return pop >= 5 and z - 0.25 * pop < 3.0


def key() -> str:
    return input_key([BUILD_VERSION, *sources.versions()])


def build(path: Path) -> None:
    zipf = sources.word_frequencies()
    web2 = sources.english_words()
    last = sources.surnames()
    first = sources.first_names()
    places = set(sources.places())
    county_only = set(sources.us_county_names()) - set(sources.places(counties=False))
    clinical = set(sources.drug_names()) | set(sources.icd_words())
    flags: dict[str, int] = {}

    def mark(word: str, bit: int) -> None:
        flags[word] = flags.get(word, 0) | bit

    for w in web2:
        # two-letter entries of Webster's are mostly letter pairs ("gh"), and its rare entries
        # that are also names ("mila", "anand", "carrow") are read as names: English only if common
        z = zipf.get(w, 0.0)
        named = w in first or w in last or w in places
        if z >= (4.0 if len(w) <= 2 else 3.5 if named else 1.0):
            mark(w, F.ENGLISH)
    for w, z in zipf.items():
        mark(w, F.KNOWN)
        name_or_place = w in first or last.get(w, 0) >= NAME_COUNT or w in places
        inflected = any(
            w.endswith(s) and w[: -len(s)] in web2 and zipf.get(w[: -len(s)], 0.0) >= COMMON_ZIPF
            and (s != "d" or w[-2:-1] == "e")
            for s in _INFLECTIONS
        )  # fmt: skip
        # "shows", "hands", "rounds": inflections of dictionary words, surnames or not
        # (a county's name only, not a town's: "heard" of Heard County, Georgia, is a word)
        word_first = (w not in places or (z >= VERY_COMMON_ZIPF and w in county_only)) and _word_first(w, z, first, last)
        if len(w) > 2 and z >= COMMON_ZIPF and (not name_or_place or inflected or word_first):
            mark(w, F.ENGLISH)
    for w in clinical:
        mark(w, F.CLINICAL)
    for w in first:
        mark(w, F.FIRST)
    for w in last:
        mark(w, F.LAST)
    for p in places:
        if " " in p:
            mark(p, F.PLACE_PHRASE)
            mark(p.split()[0], F.PHRASE_HEAD)  # so a phrase lookup starts only where one can
        else:
            mark(p, F.PLACE)
    world = sources.world_common_words()
    for p in set(sources.small_places()) - places:
        # a small town's name is a place only where it is no word, in English or another language
        # people write in: not "hope", "bath", "fille", "komen"; and not a short one ("amio")
        words = p.split()
        if (len(words) > 1 or len(p) >= 5) and not any(
            w in web2 or w in clinical or w in world or zipf.get(w, 0.0) >= 3.0 for w in words
        ):
            if len(words) > 1:
                mark(p, F.PLACE_PHRASE)
                mark(words[0], F.PHRASE_HEAD)
            else:
                mark(p, F.PLACE)
    for w, freq in first.items():
        if w in flags and flags[w] & F.ENGLISH and _name_first(zipf.get(w, 0.0), freq):
            flags[w] &= ~F.ENGLISH  # "mary", "elaine", "earl": names the web rarely uses as words
    records = []
    for w, bits in flags.items():
        z = round(zipf.get(w, 0.0) * 10)
        lc = round(math.log2(last[w])) if w in last else 0
        fc = round(math.log2(1 + first[w] * 1000)) if w in first else 0
        records.append((w, (bits, min(z, 255), min(lc, 255), min(fc, 255))))
    marisa_trie.RecordTrie(RECORD, records).save(str(path))


def _named() -> tuple[str, str]:
    return "phi-lexicon", key() + ".marisa"


def cached_path() -> Path:
    """Where the lexicon of the current sources lives in the cache, built or not (builds nothing)."""
    return artefact_path(*_named())


def lexicon_path() -> Path:
    return artefact(*_named(), build)


def main() -> int:
    t = time.perf_counter()
    path = lexicon_path()
    print(
        f"PHI lexicon: {path} ({path.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - t:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
