"""Places that lower-case chats name without a capital: a hospital or clinic before its kind ("el
safa hospital", "tumaini care clinic", "oakfield public school") or after a head word that comes
first ("klinik kesihatan X", "la clinica X"), a saint's hospital ("st jude's", "do são bento"), a
named ward ("on nightingale ward"), a suburb with its compass point or its sector number ("from
mathare north", "johar 4 karachi"), a town the gazetteer knows as the head of a longer name ("in
wagga"), a care home named like an estate ("at willow grove"), and a named hospital after
"admitted to". Each rule reads only lower-case words: capitalised names are the word filter's."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.web_words import CALENDAR
from medgate.privacy.strict.words import FUNCTION_ZIPF, ROLE_WORDS
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import any_of

# Under this web frequency a non-English lower-case word may be a place's name ("nour", "shishu";
# not "gp", "ent", "rehab")
_RARE: Final = 3.5
# A saint's name: "st jude's", "do são bento", "sa st luke's", "da santa casa"
_SAINT: Final = re.compile(
    r"\bst\.?[ \t]+(?P<a>[a-z]{3,}['’]s)\b"
    r"|\b(?:do|da|no|na|ao|em|pro|pra|de|del|en|al|sa|at|to|from|in)[ \t]+(?P<b>(?:são|sao|santa|santo)[ \t]+[^\W\d_]{3,})"
)
_SAINT_WORDS: Final = (" st ", " st. ", "são ", "sao ", "santa ", "santo ")
# A facility's kind at the end of its name, lower case
_TAIL_HEADS: Final = re.compile(
    r"\b(?:hospital|hosp|clinic|polyclinic|dispensary|school|(?:medical|health)[ \t]+cent(?:er|re)|nursing[ \t]+home)\b"
)
_TAIL_GATE: Final = ("hosp", "clinic", "dispensary", "school", "cent", "nursing home")
_HEAD_GATE: Final = ("klinik", "clinica", "clínica", "puskesmas", "sakit", "centro", "posto")
# What may stand between the name and that kind: "care", "public", "family", "eye", ...
_KINDS: Final = cues.FACILITY_KINDS | frozenset({"public", "private", "community", "general", "children's", "mission"})
# Arabic articles before the name ("el safa", "al-noor"; not "at", "as", "an": English words too)
_ARABIC_SPACED: Final = frozenset({"al", "el", "ul"})
# Articles that open a name after a head-first facility: "la clinica la esperanza", "clínica das flores"
_ARTICLES: Final = frozenset({"la", "el", "los", "las", "da", "do", "das", "dos"})
# Head words written first, then generic words, then the name: "klinik kesihatan bandar X", "clinica la X"
_HEAD_FIRST: Final = re.compile(
    r"\b(?:klinik|clinica|clínica|poliklinik|puskesmas|rumah[ \t]+sakit|centro[ \t]+de[ \t]+sa(?:lud|úde|ude)|"
    r"posto[ \t]+de[ \t]+sa(?:úde|ude))(?P<rest>(?:[ \t]+[^\W\d_]+){1,5})"
)
_GENERIC: Final = frozenset({
    "kesihatan", "desa", "ibu", "dan", "anak", "umum", "daerah", "bersalin", "pergigian", "de", "da", "do",
    "das", "dos", "del", "la", "el", "los", "las", "san", "santa", "santo", "são", "sao", "familiar", "médica",
    "medica", "dental", "pratama",
})  # fmt: skip
# Words after a head-first facility's name that end it: prepositions and chat words
_ENDS: Final = frozenset({
    "en", "em", "in", "at", "on", "can", "or", "and", "y", "e", "para", "pero", "but", "ok", "pls",
    # Malay and Indonesian: can, not, to, at, for, tomorrow, now, today, this, that, with
    "boleh", "tak", "tidak", "ke", "di", "untuk", "esok", "besok", "sekarang", "hari", "ini", "itu", "dengan",
    "lah", "ya", "dan", "atau", "kat", "pukul", "jam",
})  # fmt: skip
# A ward by its name in lower case: "on nightingale ward", "to the keller ward"
_WARD: Final = re.compile(r"\b(?:on|to|in|from|at|onto)[ \t]+(?:the[ \t]+)?(?P<v>[a-z]{3,})[ \t]+\Z")
_WARD_WORD: Final = re.compile(r"[ \t]ward\b")
_COMPASS: Final = re.compile(
    r"\b(?:from|in|at|near|to)[ \t]+(?P<v>(?P<w>[a-z]{3,})[ \t]+(?:north|south|east|west|central))\b"
)
_COMPASS_WORDS: Final = (" north", " south", " east", " west", " central")
# A suburb with its sector or phase number before its city: "johar 4 karachi", "gulshan 2 dhaka"
_NUMBERED: Final = re.compile(r"\b(?P<v>(?P<w>[a-z]{4,})[ \t]+\d{1,2})[ \t]+(?P<c>[a-z]{4,})\b")
_TOWN: Final = re.compile(r"\b(?:in|from|near)[ \t]+(?P<v>[a-z]{4,})\b(?![ \t]+[a-z]{3,}[ \t]+(?:hospital|clinic))")
# Care homes and estates named as a tree or a colour and a landform: "willow grove", "oak ridge"
_ESTATE: Final = re.compile(
    r"\b(?:at|to|from|in)[ \t]+(?P<v>(?:maple|oak|oaks|pine|pines|cedar|cedars|willow|willows|elm|elms|birch|"
    r"rose|holly|ivy|laurel|laurels|magnolia|acacia|wattle|jacaranda|banksia|heather|meadow|silver|golden|"
    r"fern|hazel|rowan|aspen|cypress|juniper|linden|poplar|sycamore|beech|chestnut|orchard|harbour|harbor|"
    r"lake|river|sunny|shady|fair|glen)[ \t]+(?:crest|ridge|grove|glen|vale|view|brook|meadow|meadows|haven|"
    r"wood|woods|hill|hills|gardens|lodge|court|manor|heights|terrace|creek|springs|point|lea|dale|downs|"
    r"acres|park|place|house))\b"
)
_ESTATE_GATE: Final = (
    "crest", "ridge", "grove", "glen", "vale", "view", "brook", "meadow", "haven", "wood", "hill", "garden",
    "lodge", "court", "manor", "heights", "terrace", "creek", "springs", "point", "lea", "dale", "downs",
    "acres", "park", "place", "house",
)  # fmt: skip
_ANY_ESTATE_WORD: Final = any_of(_ESTATE_GATE)  # (one search, not one `in` per entry)
_ADMITTED: Final = re.compile(
    r"\b(?:admitted|taken|rushed|brought|transferred)[ \t]+(?:to|at)[ \t]+(?P<v>(?P<a>[a-z]{3,})[ \t]+(?P<b>[a-z]{3,}))"
    r"(?=[ \t]*(?:[,.;!?]|$|(?:since|on|for|last|yesterday|today|this|with|and|hospital)\b))"
)


_WORDS: Final = re.compile(r"[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)*")
_LETTERS: Final = re.compile(r"[^\W\d_]+")


def _open(low: str) -> bool:
    return (
        low not in ROLE_WORDS and low not in cues.FOREIGN_FUNCTION_WORDS and low not in CALENDAR
        and low not in cues.UNITS and low not in cues.DEPARTMENTS and low not in cues.PRACTICE_HEADS
        and low not in cues.DETERMINERS and low not in _ENDS
    )  # fmt: skip


def _rare_word(lex: Lexicon, low: str) -> bool:
    """No English or clinical word, rare on the web: a place's or a person's name."""
    e = lex(low)
    return not (e.english or e.clinical) and e.zipf < _RARE and len(low) >= 3 and _open(low)


def chat_places(text: str, lex: Lexicon, upper: float) -> list[Entity]:
    """`upper`: the text's share of capitals (`text.upper_ratio`)."""
    out: list[Entity] = []
    if any(w in text for w in _SAINT_WORDS):
        for m in _SAINT.finditer(text):
            g = "a" if m.group("a") else "b"
            start = m.start() if g == "a" else m.start(g)
            out.append(Entity(PhiType.LOCATION, start, m.end(g), text[start : m.end(g)]))
    if any(h in text for h in _TAIL_GATE):
        for m in _TAIL_HEADS.finditer(text):
            out.extend(_name_before(text, m.start(), lex))
    if any(h in text for h in _HEAD_GATE):
        for m in _HEAD_FIRST.finditer(text):
            out.extend(_name_after(m.start("rest"), m.group("rest"), lex))
    if "ward" in text:
        for f in _WARD_WORD.finditer(text):  # (from each "ward", the words before it)
            ward = _WARD.search(text, max(0, f.start() - 30), f.start() + 1)
            if ward is None:
                continue
            low = ward.group("v")
            e = lex(low)
            if (e.name or e.place or e.zipf < 2.0) and not (e.english or e.clinical) and _open(low):
                out.append(Entity.of(PhiType.LOCATION, ward, "v"))
    if "im." in text or "IM." in text:
        out.extend(_named_after(text, lex))
    if upper >= 0.05:
        return out  # (the rest read lower-case chat only)
    for m in _COMPASS.finditer(text) if any(c in text for c in _COMPASS_WORDS) else ():
        if _rare_word(lex, m.group("w")):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if any(c.isdigit() for c in text):
        for m in _NUMBERED.finditer(text):
            c = lex(m.group("c"))
            if c.place and not c.english and _rare_word(lex, m.group("w")):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    for m in _TOWN.finditer(text):
        e = lex(m.group("v"))
        if e.flags & (F.PHRASE_HEAD | F.PLACE) and _rare_word(lex, m.group("v")):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    for m in _ESTATE.finditer(text) if _ANY_ESTATE_WORD.search(text) else ():  # (one landform word first)
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "admitted" in text or " to " in text:
        for m in _ADMITTED.finditer(text):
            a, b = lex(m.group("a")), lex(m.group("b"))
            if a.name and b.name and _open(m.group("a")) and _open(m.group("b")) \
                    and max(a.zipf, b.zipf) < FUNCTION_ZIPF and m.group("b") not in _KINDS:
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out


# A Polish or Czech institution "named after" someone: "szpital im. kopernika", "Szpital Wojewódzki
# im. Jana Pawła II", "przychodnia im. dr. ..." (the patron's name, in either case)
_NAMED_AFTER: Final = re.compile(
    r"(?i)\b(?:szpital|przychodni|klinik|centrum|instytut|szko[lł]|uniwersytet|akademi|zoz|hospital|nemocnic)"
    r"[^\W\d_]*(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+im\.[ \t]*(?:dr\.?[ \t]+|św\.?[ \t]+)?"
    r"(?P<v>(?P<a>[^\W\d_]{3,})(?P<b>[ \t]+[^\W\d_]{3,})?(?P<r>[ \t]+(?:II|III|IV|ii|iii|iv)\b)?)"
)


def _named_after(text: str, lex: Lexicon) -> list[Entity]:
    out = []
    for m in _NAMED_AFTER.finditer(text):
        b = m.group("b")  # a second word only for a first name and its surname ("jana pawła")
        end = m.end("v") if b and (b.strip()[:1].isupper() or lex(m.group("a").lower()).flags & F.FIRST) else m.end("a")
        out.append(Entity(PhiType.LOCATION, m.start("v"), end, text[m.start("v") : end]))
    return out


def _name_before(text: str, head: int, lex: Lexicon) -> list[Entity]:
    """The lower-case name before a facility's kind: one or two rare words, an Arabic article
    before them ("el safa", "al-noor"); with a kind word between ("tumaini care clinic") an English
    word that is not a common one too ("sunrise public school")."""
    words = [(m.start(), m.group()) for m in _WORDS.finditer(text[max(0, head - 48) : head])]
    base = max(0, head - 48)
    taken: list[tuple[int, str]] = []
    kind = bool(words) and words[-1][1] in _KINDS
    kind_word = words.pop() if kind else None
    while words and len(taken) < 2:
        w = words[-1][1]
        if not w.islower():
            break
        parts = [p for p in w.split("-") if p not in cues.ARABIC_ARTICLES]
        e = lex(w)
        # without a kind word or a joined Arabic article, only a word the lexicon files as a name
        # or place ("nour")
        joined = len(parts) < len(w.split("-"))
        ok = bool(parts) and all(_rare_word(lex, p) and (kind or joined or lex(p).name or lex(p).place) for p in parts)
        if not ok and kind and not taken:
            ok = e.english and not e.clinical and e.zipf < 4.5 and _open(w) and not (e.flags & F.KNOWN and e.zipf >= 4.5)
        if not ok:
            break
        taken.append(words.pop())
    if not taken:
        return []
    if words and words[-1][1] in _ARABIC_SPACED and text[base + words[-1][0] + len(words[-1][1])] in " -":
        taken.append(words.pop())
    last = kind_word or taken[0]  # the kind word is part of the name ("tumaini care")
    start = base + taken[-1][0]
    end = base + last[0] + len(last[1])
    return [Entity(PhiType.LOCATION, start, end, text[start:end])]


def _name_after(at: int, rest: str, lex: Lexicon) -> list[Entity]:
    """The name after a head-first facility and its generic words, up to a preposition or a common
    word: "klinik kesihatan bandar X can", "la clinica la X en"."""
    spans = [(m.start(), m.group()) for m in _LETTERS.finditer(rest)]
    article = None
    while spans and spans[0][1] in _GENERIC:
        first = spans.pop(0)
        article = first if first[1] in _ARTICLES else None
    taken: list[tuple[int, str]] = []
    for s, w in spans:
        e = lex(w.lower())
        if not w.islower() or not _open(w) or e.clinical or (e.english and e.zipf >= 4.0) or len(taken) == 3:
            break
        taken.append((s, w))
    if not taken or all(lex(w).english for _, w in taken):
        return []
    if article is not None:
        taken.insert(0, article)
    start, end = at + taken[0][0], at + taken[-1][0] + len(taken[-1][1])
    return [Entity(PhiType.LOCATION, start, end, rest[taken[0][0] : taken[-1][0] + len(taken[-1][1])])]
