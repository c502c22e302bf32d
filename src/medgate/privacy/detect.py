"""`detect()`: one function, one policy argument, fail closed.

- `standard`: the rules (recognisers: label cues, validated shapes, dictionaries) with the
  lexicon's plausibility check on the names and places they found. Fast and precise.
- `strict`: standard, plus the learned tagger (privacy/learned: a CRF trained on medgate's own
  synthetic notes), plus the strict egress filter (privacy/strict.py): what is not known to be
  safe, in a name-like or place-like position, is masked too. The union decides. The default for
  `trust: remote` deployments and for `medgate deid`.
"""

from __future__ import annotations

import functools
import re
from typing import Final, Literal, get_args

from medgate.errors import PrivacyError
from medgate.privacy import cues
from medgate.privacy.aliases import nicknames
from medgate.privacy.engine import Engine
from medgate.privacy.fluid_colours import fluid_colours
from medgate.privacy.learned import tagger
from medgate.privacy.learned.features import Token
from medgate.privacy.learned.web_words import web_name, web_word_starts
from medgate.privacy.lexicon import Entry, Lexicon, lexicon
from medgate.privacy.strict import StrictFilter
from medgate.privacy.strict.address_lines import (
    address_tails,
    towns_after_addresses,
    towns_before_postcodes,
)
from medgate.privacy.strict.addresses import whole_addresses
from medgate.privacy.strict.age_sex import age_after_name
from medgate.privacy.strict.bracket_names import script_name_spans
from medgate.privacy.strict.closings import closing_name
from medgate.privacy.strict.code_extent import whole_codes
from medgate.privacy.strict.date_extent import whole_dates
from medgate.privacy.strict.devices import MAKER_WORD
from medgate.privacy.strict.neighbours import joined_names
from medgate.privacy.strict.place_numbers import place_numbers
from medgate.privacy.strict.places import COMPASS, DISEASE_NAMED_AFTER
from medgate.privacy.strict.repeats import possessive_repeats, repeated_names, repeated_places
from medgate.privacy.strict.words import WARD_ROLES, Tok, one_edit_from_a_word, unit_letter
from medgate.privacy.text import forget_lowered, mixed_case, upper_ratio
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.veto import drop_implausible
from medgate.privacy.vocab import EPONYM_SUFFIXES

Policy = Literal["standard", "strict"]
POLICIES: Final[tuple[str, ...]] = get_args(Policy)
ENGINE: Final = Engine()  # compiled once at import; read-only afterwards


@functools.cache
def _strict(lex: Lexicon) -> StrictFilter:
    return StrictFilter(lex)


def union(text: str, primary: list[Entity], extra: list[Entity]) -> list[Entity]:
    """`primary`, plus the parts of `extra` that no primary entity covers; an `extra` entity that
    wholly contains primary ones replaces them ("Temple Street" over "Temple")."""
    primary = list(primary)
    for x in extra:
        inside = [p for p in primary if x.start <= p.start and p.end <= x.end]
        partial = [p for p in primary if p.start < x.end and x.start < p.end and p not in inside]
        if inside and not partial and (x.end - x.start) > max(p.end - p.start for p in inside):
            primary = [p for p in primary if p not in inside] + [x]
    taken = bytearray(len(text))
    for e in primary:
        taken[e.start : e.end] = b"\x01" * (e.end - e.start)
    out = list(primary)
    for e in sorted(extra, key=lambda x: (x.start, -x.end)):
        s = e.start
        while s < e.end:
            while s < e.end and (taken[s] or text[s].isspace()):
                s += 1
            t = s
            while t < e.end and not taken[t]:
                t += 1
            while t > s and text[t - 1].isspace():
                t -= 1
            if t > s and any(c.isalnum() for c in text[s:t]):  # (not the "," left between two)
                out.append(Entity(e.type, s, t, text[s:t]))
                taken[s:t] = b"\x01" * (t - s)
            s = t + 1
    out.sort(key=lambda x: x.start)
    return out


def _named_as_strict(learned: list[Entity], masked: list[Entity]) -> list[Entity]:
    """A tagger place the strict filter masked, span for span, as a name keeps the name: the filter
    read its position ("mrs ibekwe (ngozi)"), the tagger only guessed the type."""
    names = {(m.start, m.end) for m in masked if m.type is PhiType.NAME}
    return [Entity(PhiType.NAME, e.start, e.end, e.text)
            if e.type is PhiType.LOCATION and (e.start, e.end) in names else e for e in learned]


def merged(text: str, found: list[Entity]) -> list[Entity]:
    """Spans made non-overlapping again after some were widened (a date to its weekday, a code to
    its whole): overlapping ones become one, with the type of the wider."""
    out: list[Entity] = []
    for e in sorted(found, key=lambda x: (x.start, -x.end)):
        if out and e.start < out[-1].end:
            last = out[-1]
            if e.end > last.end:
                kind = last.type if last.end - last.start >= e.end - e.start else e.type
                out[-1] = Entity(kind, last.start, e.end, text[last.start : e.end])
            continue
        out.append(e)
    return out


_EPONYM_NOUNS: Final = frozenset(w.lower() for w in EPONYM_SUFFIXES)
_WORDS: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SIDES: Final = COMPASS | {w + "ern" for w in COMPASS}  # "east", "eastern"
_PART_NOUNS: Final = frozenset({"side", "end", "part", "half"})  # of a town, told in lower case
_AFTER_NUMBER: Final = re.compile(r"\d[ \t]*\Z")
# a word quoted as what someone said: "'Fine' he says", "\"okay\", she said"
_SAID_AFTER: Final = re.compile(
    r"['’\"”][ \t]*,?[ \t]*(?:he|she|they|i|we|pt|patient|mum|mom|dad)[ \t]+"
    r"(?:says|said|states|stated|replies|replied|reports|reported|answers|answered)\b",
    re.IGNORECASE,
)
_NEXT_WORD: Final = re.compile(r"[ \t]+([^\W\d_]+)")


def plausible_learned(e: Entity, text: str, strict: StrictFilter, lex: Lexicon, mixed: bool | None = None) -> bool:
    """A tagger span is kept if one of its words could be a name or place on its own: not when
    all are plain English, clinical words, units or short jargon ("floor", "Foley", "MAE"), nor
    when every word is a clinical term ("Rash here,": the tagger learned "Faith here," from
    written chats; a surname that is a clinical term is masked only by a rule's cue). `mixed`: the
    text is in mixed case (found when not given; the caller reading many spans passes it once)."""
    if text[max(0, e.start - 3) : e.start].lower() == "co-":
        return False  # "co-codamol", "co-amoxiclav": a compound medicine's British approved name
    words = _WORDS.findall(e.text)
    if any(w.lower() in _EPONYM_NOUNS for w in words):
        return False  # "Glasgow Coma Scale", "Homans sign": an eponym, not a place or person
    after = _NEXT_WORD.match(text, e.end)
    if after is not None and after.group(1).lower() in DISEASE_NAMED_AFTER:
        return False  # "Ross River fever", "West Nile virus": a disease named after a place
    entries = [lex(w.lower()) for w in words]
    if len(words) > 1 and words[-1].lower() == "bank" and all(x.clinical for x in entries[:-1]):
        return False  # "Blood Bank", "Milk Bank", "Tissue Bank": a hospital service, no one's place
    if all(w.lower() in WARD_ROLES for w in words):
        return False  # "SISTER INCHARGE:": the nurse in charge, a role after the title
    if all(x.clinical for x in entries) or all(w.lower() in _SIDES for w in words):
        return False  # "east" alone is a side ("the east side of chest"); "East Legon" is a place
    if len(words) > 1 and words[0].lower() in _SIDES and words[1] in _PART_NOUNS and e.text.islower():
        return False  # "lives 4 oak rd north side of town": which part of town, not a place's name
    if any(x.clinical and not (x.english or x.name or x.place) for x in entries):
        return False  # "Novorapid FlexPen", "y la metformin": a drug or term inside is the tagger's misreading
    if len(words) == 1 and entries[0].english and _SAID_AFTER.match(text, e.end):
        return False  # "'Fine' he says": a word quoted as said, not a name
    if _AFTER_NUMBER.search(text, max(0, e.start - 4), e.start) and all(x.english for x in entries):
        return False  # "the 3 acre lawn": a quantity's noun (a street after a number is the rules')
    typos = [_typo(w, x, lex) for w, x in zip(words, entries, strict=True)]
    if any(typos) and all(t or x.english for t, x in zip(typos, entries, strict=True)):
        return False  # "cream in ezcema area": no list knows it, one letter from a word they do
    if any(strict.could_be_phi(w) for w in words):
        return True
    # (a word only web text knows, "ninewells", is jargon to the filter: the tagger's call decides it)
    if mixed is None:
        mixed = mixed_case(upper_ratio(text))
    return any(web_name(w, lex, mixed_case=mixed) for w in words)


def _typo(word: str, entry: Entry, lex: Lexicon) -> bool:
    """An unknown lower-case word one edit from an English or clinical word (as the strict
    filter reads a lower-case place: places.py)."""
    return entry.flags == 0 and word.islower() and len(word) >= 5 and one_edit_from_a_word(word, lex)


# Pronouns, contractions, articles, prepositions: never the first or last word of a name or place.
_EDGE_WORDS: Final = frozenset([
    "i'm", "i've", "i'll", "i'd", "i", "he", "she", "we", "they", "you", "it", "it's", "he's",
    "she's", "we're", "they're", "the", "a", "an", "from", "to", "at", "in", "on", "of", "and",
    "or", "with", "for", "by", "is", "was", "are", "were", "my", "his", "her", "our", "their",
    "your", "this", "that",
    # titles: Safe Harbor masks the name, not "Dr" ("from Dr Jones" is no place called "Dr Jones")
    "dr", "mr", "mrs", "ms", "mx", "prof", "miss",
    # how a newborn is registered: "Baby Boy Castillo" masks "Castillo"
    "baby", "boy", "girl",
])
_CUT_WORDS: Final = _EDGE_WORDS | cues.KIN
_SENTENCE_END: Final = re.compile(r"[.!?]\s")


def pieces(e: Entity) -> list[Entity]:
    """A tagger span cut at the function and kinship words inside it and trimmed at its edges
    ("I'm Rose Tyler" → "Rose Tyler"; "rahima begum she says her husband abdul karim" → "rahima
    begum", "says", "abdul karim"): the tagger learned spans from synthetic text, and in lower-case
    chats it runs them on; "I'm", "from", "the", "husband" are no one's name."""
    words = list(_WORDS.finditer(e.text))
    cut = [m.group().lower().replace("’", "'") in _CUT_WORDS for m in words]
    lo, hi = 0, len(words)
    while lo < hi and cut[lo]:
        lo += 1
    while hi > lo and cut[hi - 1] and (words[hi - 1].group().islower() or words[hi - 1].group()[:1] == "I"):
        hi -= 1  # (a capitalised last word is a name's: "Hoi An", "Casa Del")
    out: list[Entity] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        if run:
            start = e.start + (run[0].start() if run[0] is not words[0] else 0)
            end = e.start + (run[-1].end() if run[-1] is not words[-1] else len(e.text))
            while end > start and not e.text[end - e.start - 1].isalnum():
                end -= 1  # "University Health Centre)": the tagger's token kept its bracket
            out.append(Entity(e.type, start, end, e.text[start - e.start : end - e.start]))
        run.clear()

    for k in range(lo, hi + 1):
        m = words[k] if k < hi else None
        if m is not None and not (cut[k] and m.group().islower()):  # ("Minh An", "Casa. Son": kept)
            if run and m.group().islower() and len(run[-1].group()) > 3 and _SENTENCE_END.search(
                e.text, run[-1].end(), m.start()
            ):
                flush()  # "amrita. creatinine 2.8": a sentence ended ("St. Mary", "Jr. ..." did not)
            run.append(m)
            continue
        flush()
    return out


def without_unit_letter(e: Entity, text: str) -> Entity:
    """A tagger span that opens with a Polish unit's "j." after its count starts after it ("2,4
    mln j. domięśniowo": units given intramuscularly, no initial and surname)."""
    if not unit_letter(text, e.start):
        return e
    s = e.start + 2
    while s < e.end and text[s] in " \t":
        s += 1
    return e if s >= e.end else Entity(e.type, s, e.end, text[s : e.end])


def without_lower_tail(e: Entity, lex: Lexicon, mixed: bool) -> Entity:
    """In a mixed-case note a tagger span ending in a lower-case English word after a capitalised
    one ends before it ("Dr Walsh reviewed at bedside": Walsh; the verb is no part of the name). In
    lower-case and capitals-only text case tells nothing, so the span is left as it is."""
    if not mixed:
        return e
    words = list(_WORDS.finditer(e.text))
    k = len(words)
    while k > 1 and words[k - 1].group().islower() and words[k - 2].group()[:1].isupper():
        entry = lex(words[k - 1].group())
        if not entry.english or entry.name or entry.place:
            break
        k -= 1
    if k == len(words):
        return e
    end = e.start + words[k - 1].end()
    return Entity(e.type, e.start, end, e.text[: end - e.start])


def name_before_kind(e: Entity, text: str) -> Entity:
    """A tagger span that ran into a facility's kind keeps the name before it ("Millbrook Heart"
    before "Clinic": Millbrook's heart clinic; the kind is no one's identifier)."""
    words = list(_WORDS.finditer(e.text))
    k = len(words)
    while k > 1 and words[k - 1].group().lower() in cues.FACILITY_KINDS:
        k -= 1
    head = _NEXT_WORD.match(text, e.end)
    if k == len(words) or head is None or head.group(1).lower() not in cues.FACILITY_HEADS:
        return e
    end = e.start + words[k - 1].end()
    return Entity(e.type, e.start, end, text[e.start : end])


def warm_up() -> None:
    """Load the lexicon, the tagger and the filter now (a gateway with remote deployments calls
    this at start-up, so no request pays for it)."""
    lex = lexicon()
    _strict(lex)
    tagger()
    detect("warm up", "strict")


def _overlaps(e: Entity, ranges: list[tuple[int, int]]) -> bool:
    return any(s < e.end and e.start < t for s, t in ranges)


def _within(e: Entity, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= e.start and e.end <= t for s, t in ranges)


def _tagger_tokens(toks: list[Tok]) -> list[Token]:
    """The tagger's tokens from the strict filter's: the same scan less its lone underscores
    (no second pass over the text; tests/privacy/test_tagger_tokens.py holds them equal)."""
    return [(t.start, t.end, t.text) for t in toks if t.text != "_"]


def detect(text: str, policy: Policy = "standard", *, engine: Engine = ENGINE) -> list[Entity]:
    """Non-overlapping identifier spans in `text`, sorted by start. Raises PrivacyError, never
    returns a partial answer."""
    if not isinstance(text, str):
        raise PrivacyError(f"de-identification expects text, got {type(text).__name__}")
    if policy not in POLICIES:
        raise PrivacyError(f"unknown PHI policy {policy!r}; use one of {', '.join(POLICIES)}")
    try:
        lex = lexicon()
        found = drop_implausible(engine.detect(text), lex, text)
        if policy == "strict":
            strict = _strict(lex)
            masked, eponyms, candidates, toks = strict.analyse(text)
            if eponyms and MAKER_WORD.search(text):  # a rule's name inside a device's model ("Medtronic ... SureScan")
                found = [e for e in found if not (e.type is PhiType.NAME and _within(e, eponyms))]
            mixed = mixed_case(upper_ratio(text))
            words = _tagger_tokens(toks)
            learned = [
                p for e in tagger().spans(text, candidates | web_word_starts(text, lex, words), words)
                if not _overlaps(e, eponyms)
                for p in (name_before_kind(without_lower_tail(without_unit_letter(q, text), lex, mixed), text) for q in pieces(e))
                if plausible_learned(p, text, strict, lex, mixed)
            ]  # fmt: skip
            found = union(text, union(text, found, _named_as_strict(learned, masked)), masked)
            found = merged(text, whole_addresses(text, whole_codes(text, whole_dates(text, found))))
            found = union(text, found, address_tails(text, found, lex) + towns_before_postcodes(text, found, lex))
            found = union(text, found, towns_after_addresses(text, found, lex))
            found = union(text, found, place_numbers(text, found))
            found = joined_names(text, found)
            repeats = repeated_places(text, found, lex) + repeated_names(text, found, lex, eponyms)
            repeats += possessive_repeats(text, found, eponyms)
            found = union(text, sorted(found + repeats, key=lambda e: e.start), closing_name(text, lex))
            found = union(text, found, age_after_name(text, found))
            if "(" in text and not text.isascii():  # "LEE Min-jun (이민준)": the name again, in its own script
                found = union(text, found, script_name_spans(text, found))
        return fluid_colours(text, union(text, found, nicknames(text, found)))
    except Exception as exc:  # fail closed: any detector fault must block egress, so re-raise
        raise PrivacyError("de-identification failed; the text was not sent") from exc
    finally:
        forget_lowered()  # (the passes' shared lower case: no note kept after its detection)
