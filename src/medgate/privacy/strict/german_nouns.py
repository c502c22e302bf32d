"""A German common noun after the neuter or indefinite article: "das Blutbild", "ein Röntgenbild",
"kein Ultraschall". German capitalises every noun, so a long capitalised word no list knows
reads as a name mid-sentence; after "das", "ein" or "kein" it is a thing (a first name takes
"die" or "der" in speech: "die Anke", "der Jürgen", left to the name filter). A word the lexicon
knows as a name or place ("das Anneli") or ending in a facility word ("das Marienhospital",
"das Klinikum") stays masked, as does a word before another capitalised one (a name's first part)."""

from __future__ import annotations

from typing import Final

from medgate.privacy import cues
from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

_ARTICLES: Final = frozenset({"das", "ein", "kein"})
_MIN_LEN: Final = 7  # German compounds ("Blutbild"); short unknown words may be nicknames


def mark_german_nouns(toks: list[Tok], text: str) -> None:
    """(Read from the tokens, whose lower-case form is at hand: no scan of the text.)"""
    if "das " not in text and "ein " not in text:  # (the article as it must be written: "kein " too)
        return
    # (the noun is the token right after the article, one space apart, and the word after it the
    # token after that: had another token stood between, the words' gap would not be one space)
    articles, n = _ARTICLES, len(toks)
    for k in [k for k, t in enumerate(toks) if t.low in articles]:
        if k + 1 == n:
            continue
        art, noun = toks[k], toks[k + 1]
        if art.text != art.low or not noun.text[0].isalpha() or text[art.end : noun.start] != " ":
            continue
        shape = noun.text
        if len(shape) < _MIN_LEN or not (shape[0].isupper() and shape[1:].islower()):
            continue
        e = noun.entry
        if e is None or e.name or e.place or e.english or noun.low.endswith(cues.HEAD_FIRST_FACILITIES):
            continue
        nxt = toks[k + 2] if k + 2 < n and toks[k + 2].text[0].isalpha() else None
        if nxt is not None and nxt.text[:1].isupper() and text[noun.end : nxt.start] == " ":
            continue
        keep_span(toks, noun.start, noun.end)
