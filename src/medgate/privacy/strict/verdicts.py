"""What one word is on its own: SAFE (plain English, clinical, a unit), AMBIGUOUS (English and
also a name or place: "Grace", "Cross"), JARGON (a short or web-jargon surname: "ho", "lytes")
or MASK (a name, a place, or a word no list knows). Context decides the ambiguous ones later
(`context.name_context`, the span passes); this module only reads the lexicon.

A word's verdict depends on its spelling alone, so it is decided once per spelling.
"""

from __future__ import annotations

from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.words import (
    AMBIGUOUS,
    BARE_EPONYM_WORDS,
    EPONYM_NOUNS,
    FUNCTION_ZIPF,
    JARGON,
    JARGON_ZIPF,
    MASK,
    SAFE,
    SUFFIXES,
    UNKNOWN_VERDICT,
    Tok,
    clinical_compound,
    contraction_entry,
    name_pop,
    near_spellings,
    web_word,
)
from medgate.privacy.vocab import CLINICAL_WORDS

# Clinical words that neither the dictionary (too rare in web text beside the first name) nor the
# drug and ICD-10 lists hold: a word and a name both, as "Grace" is
_UNLISTED_TERMS: Final = frozenset({"nadir"})
_MEMO_LIMIT: Final = 100_000  # spellings remembered; past it, verdicts are computed each time


class WordVerdicts:
    """The lexicon's verdict on single words, memoised by lower-case spelling."""

    def __init__(self, lex: Lexicon) -> None:
        self._lex = lex
        self._memo: dict[str, int] = {}

    def of_token(self, tok: Tok) -> int:
        """The verdict on `tok.low` (its entry already looked up)."""
        v = self._memo.get(tok.low)
        if v is None:
            v = SAFE if len(tok.text) == 1 else self._verdict(tok)
            if len(self._memo) < _MEMO_LIMIT:
                self._memo[tok.low] = v
        return v

    def of_word(self, word: str) -> int:
        """The verdict on one word as written ("Foley's" reads as "foley")."""
        low = word.lower()
        if low.endswith(("'s", "’s")) and len(low) > 3:
            low = low[:-2]
        v = self._memo.get(low)
        if v is None:
            entry = contraction_entry(low, self._lex) or self._lex(low)
            return self.of_token(Tok(0, len(word), word, low, entry))
        return v

    def could_be_phi(self, word: str) -> bool:
        """A name or place on its own, or maybe one (not plain English, clinical, short jargon,
        an eponym)."""
        if word.lower() in BARE_EPONYM_WORDS or word.lower() in EPONYM_NOUNS:
            return False
        v = self.of_word(word)
        return v == MASK or (v in (AMBIGUOUS, JARGON) and len(word) > 3)

    def _verdict(self, tok: Tok) -> int:
        e = tok.entry
        assert e is not None
        low = tok.low
        if low in cues.UNITS or low in cues.SHORTHAND or low in cues.CODE_LABELS:
            return SAFE
        if low in cues.FOREIGN_FUNCTION_WORDS and not low.isascii():
            return SAFE  # "está", "của": the accent writes the verb, not the name ("Esta", "Cua")
        if low in _UNLISTED_TERMS:
            return AMBIGUOUS  # "FVC nadir 2.1L" (but "Nadir Hussain" where a name stands)
        if e.english or e.clinical:
            if e.zipf < FUNCTION_ZIPF and (name_pop(e) >= 2 or e.place):
                return AMBIGUOUS
            return SAFE
        if e.place and not e.name and tok.text.title() in CLINICAL_WORDS:
            return SAFE  # "Norco": a drug the project's clinical words list, and a town no one is named for
        if e.place and not e.name and e.zipf >= 4.0 and self._british_spelling(low):
            return SAFE  # "centre": a county in GeoNames, a word everywhere English is written
        if e.name or e.place:
            # "ho", "gu" (short), "lytes", "trach" (rare surnames that are web jargon): a name
            # only where one stands
            short = len(low) <= 3 and e.flags & F.KNOWN and e.zipf >= 2.5
            return JARGON if short or web_word(e) else MASK
        if e.flags & F.KNOWN and e.zipf >= JARGON_ZIPF:
            return SAFE
        if self._near_known(low) or clinical_compound(low, self._lex):
            return SAFE  # a misspelt or inflected known word, or anatomy's compound
        return UNKNOWN_VERDICT

    def _british_spelling(self, low: str) -> bool:
        """The British spelling of an English word ("centre", "theatre", "honour"), which the
        American dictionary the lexicon reads lacks."""
        for end, us in (("re", "er"), ("our", "or")):
            if (
                low.endswith(end)
                and len(low) > len(end) + 2
                and self._lex(low[: -len(end)] + us).english
            ):
                return True
        return False

    def _known_word(self, word: str, zipf: float) -> bool:
        e = self._lex.peek(word)  # (a stem or a one-letter edit: a made-up spelling, not remembered)
        return (
            (e.english or e.clinical or bool(e.flags & F.KNOWN))
            and not (e.name or e.place)
            and (e.english or e.clinical or e.zipf >= zipf)
        )

    def _near_known(self, low: str) -> bool:
        """A misspelt or inflected known word ("aggitated", "dopplerable"), not a new name."""
        if len(low) < 6 or not low.isascii():
            return False
        for suffix in SUFFIXES:
            stem = low[: -len(suffix)]
            if low.endswith(suffix) and len(stem) >= 4 and self._known_word(stem, 2.0):
                return True
        if len(low) < 7:
            return False
        return any(self._known_word(c, 3.0) for c in near_spellings(low, self._lex))
