"""What the synthetic generator draws from, read from the lexicon's package sources."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from medgate.privacy.lexicon import sources


@dataclass(frozen=True)
class Vocab:
    first_names: list[str]
    surnames: list[str]
    places: list[str]
    clinical_phrases: list[str]
    eponym_phrases: list[str]
    eponyms: list[str]  # the capitalised words of ICD-10-CM descriptions: Hodgkin, Graves...
    drugs: list[str]
    abbreviations: list[str]  # short web jargon that is no name: "abg", "cxr", "prn"

    @classmethod
    def build(cls, seed: int) -> Vocab:
        rng = random.Random(seed)
        first = sources.first_names()
        last = sources.surnames()
        # Common names often, rare ones too: weights grow with the square root of frequency.
        firsts = sorted(first)
        lasts = sorted(last)
        first_names = rng.choices(firsts, weights=[first[n] ** 0.5 + 0.01 for n in firsts], k=20000)
        surnames = rng.choices(lasts, weights=[last[n] ** 0.5 for n in lasts], k=40000)
        places = sorted({p for p in sources.places() if p.replace(" ", "").isalpha()})
        clinical: list[str] = []
        eponym_phrases: list[str] = []
        eponyms: set[str] = set()
        for desc in _icd_descriptions():
            words = desc.split()
            phrase = " ".join(words[: rng.randint(2, 6)])
            caps = [w for w in words[1:] if w[:1].isupper() and w[1:].islower() and w.isalpha()]
            if caps:
                eponym_phrases.append(phrase)
                eponyms.update(caps)
            else:
                clinical.append(phrase[0].lower() + phrase[1:])
        drugs = sorted(set(sources.drug_names()))
        freq = sources.word_frequencies()
        names = set(first) | {n for n, c in last.items() if c >= 100}
        abbreviations = sorted(
            w for w, z in freq.items() if 2 <= len(w) <= 5 and 1.5 <= z < 4.0 and w not in names
        )
        return cls(
            first_names,
            surnames,
            places,
            clinical,
            eponym_phrases,
            sorted(eponyms),
            drugs,
            abbreviations,
        )


def _icd_descriptions() -> list[str]:
    import simple_icd_10_cm as cm

    out = []
    for code in cm.get_all_codes(True):
        desc = re.sub(r"[(),;\[\]]", "", cm.get_description(code))
        if 2 <= len(desc.split()) <= 12:
            out.append(desc)
    return sorted(set(out))
