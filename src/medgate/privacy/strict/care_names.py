"""A carer's or a contact's first name where a message's words place a person, even when the
name is also a word ("Joy", "Hope", "Faith") or starts a sentence: after a nursing role's letters
("DN Sue here", "HCA Joy:"), after "the nurse is" / "our carer is", before "from the hospice" or
"from the surgery" or "from next door", signed on the last line before the role in brackets
("Carys (POON CNS)"), in the possessive before a number ("Lani's no. is", "Rose's number"), and
after a nurse's word right before her phone number ("pielęgniarka Ola 501 220 310"). "the nurse is
busy", "Letter from the hospital", "the patient's number", "Mum's number" stay (no first name, a
kin word)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS
from medgate.privacy.word_start import any_of, led

_NAME: Final = r"(?P<v>[A-Z][a-z]{1,14}(?:-[A-Z]?[a-z]{1,10})?)"
_ROLES: Final = ("DN", "HCA", "CN", "HV", "SN", "RN", "EN", "LPN", "CNA", "CCA", "CSW", "MW", "RMN", "DSN", "CNS")
# a community nurse's or an aide's letters, then the name and a pause ("DN Sue here", "HCA Joy, ")
_ROLE_LETTERS: Final = re.compile(
    led(list(_ROLES))
    + rf"[ ]{_NAME}"
    r"(?=[ ](?:here|from|speaking|again)\b|[ ]?[,:;!\n]|[ ]-|\.(?:[ ]|$)|$)"
)
# "the nurse is Faith", "our carer's name is Joy", "her DN will be Pat"
_ROLE_IS: Final = re.compile(
    r"(?i:\b(?:nurse|carer|caregiver|care[ ]worker|support[ ]worker|key[ ]?worker|aide|midwife|"
    r"health[ ]visitor|dn|hca|social[ ]worker|physio|therapist)(?:['’]s[ ]name)?[ ](?:is|was|will[ ]be)[ ])"
    rf"{_NAME}\b(?![-'’])"
)
# "Faith from the hospice", "yes Tom from the surgery rang": the service first, then the word before it
_FROM_SERVICE: Final = re.compile(
    r"[ ]from[ ](?:the[ ])?(?i:hospice|hospital|surgery|practice|clinic|pharmacy|council|agency|ward|care[ ]home"
    r"|nursing[ ]home|home[ ]care|district[ ]nurses?|community[ ]team|palliative|gp"
    # or a neighbour, by where they live ("Dai from next door", "Bron from across the road")
    r"|next[ ]door|across[ ]the[ ](?:road|street|way|landing|hall)|(?:up|down)[ ]the[ ](?:road|street|lane))\b"
)
# A note or message signed on its last line by a first name, its role in brackets after it ("Carys
# (POON CNS)", "Nia (staff nurse)"): the role's letters or a nurse's word close the brackets
_BRACKET_ROLE: Final = re.compile(
    rf"(?m:^)[ \t]*{_NAME}[ \t]*\((?:[A-Za-z/&-]+[ \t]+){{0,3}}"
    rf"(?:{'|'.join(_ROLES)}|(?i:nurse|sister|midwife|physio|carer|social[ \t]+worker))\)[ \t.]*\Z"
)
# "Lani's no. is", "Rose's number", "Ken's mobile": the possessive and its number first
_OWNS_NUMBER: Final = re.compile(r"['’]s[ ](?i:no\.|no[ ]|nos?\b|number|num\b|mobile|cell|phone|tel\b|contact|whatsapp)")
_NAME_BEFORE: Final = re.compile(rf"(?<![\w'’-]){_NAME}\Z")
# a nurse's word, the name, then a phone's digits ("do pielęgniarki Ewy 18 266 41 09", "nurse Kat 0412 ...")
_NURSE_BEFORE_PHONE: Final = re.compile(
    r"(?i:\b(?:nurse|pielęgniark[aiey]|enfermera|enfermeira|infirmi[eè]re|krankenschwester|schwester|verpleegkundige"
    r"|sister|carer|opiekunk[aiey]))[ ]"
    rf"{_NAME}[ ,:-]+(?=\+?\d[\d ()-]{{6,}}\d)"
)
_NOT_NAMES: Final = cues.DETERMINERS | cues.DAY_WORDS | cues.ADVERBS | cues.KIN | frozenset(
    ("busy", "off", "away", "out", "in", "on", "late", "new", "nice", "good", "great", "lovely", "coming",
     "patient", "doctor", "nurse", "sister", "team", "ward", "irish", "english", "welsh", "scottish", "polish",
     "dutch", "french", "danish", "finnish", "swiss", "mum", "mom", "dad", "nan", "nana", "gran", "grandma")
)
_ROLE_CUES: Final = ("nurse", "carer", "caregiver", "worker", "aide", "midwife", "visitor", "dn ", "hca ", "physio",
                     "therapist")  # fmt: skip
_NURSE_CUES: Final = ("nurse", "pielęgniark", "enfermer", "infirmi", "schwester", "verpleeg", "sister", "carer",
                      "opiekunk")  # fmt: skip
_GATES: Final = ("DN ", "HCA ", "CN ", "HV ", "SN ", "RN ", "EN ", "LPN ", "CNA ", "CCA ", "CSW ", "MW ", "RMN ",
                 "DSN ", "CNS ")  # fmt: skip
_ANY_GATE: Final = any_of(_GATES)  # (one search, not one `in` per entry)


def _first_name(lex: Lexicon, v: str) -> bool:
    """A first name the census lists, or a word no dictionary has; not clinical, not a kin word."""
    low = v.lower()
    if low in _NOT_NAMES or v in CLINICAL_WORDS or low in cues.DEPARTMENTS:
        return False
    e = lex(low)
    if e.clinical:
        return False
    return bool(e.flags & F.FIRST) or not (e.english or e.place)


def care_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if _ANY_GATE.search(text):
        out.extend(Entity.of(PhiType.NAME, m, "v") for m in _ROLE_LETTERS.finditer(text) if _first_name(lex, m["v"]))
    low = lowered(text)
    if (" is " in low or " was " in low or " be " in low) and any(r in low for r in _ROLE_CUES):
        out.extend(Entity.of(PhiType.NAME, m, "v") for m in _ROLE_IS.finditer(text) if _first_name(lex, m["v"]))
    if " from " in low:
        for f in _FROM_SERVICE.finditer(text):
            m = _NAME_BEFORE.search(text, max(0, f.start() - 28), f.start())
            if m is None:
                continue
            before = text[max(0, m.start() - 8) : m.start()].lower().split()
            if (not before or before[-1] not in cues.DETERMINERS) and _first_name(lex, m["v"]):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if text.rstrip().endswith(")"):
        tail = text.rstrip()
        m = _BRACKET_ROLE.search(tail, max(0, tail.rfind("\n")))
        if m is not None and _first_name(lex, m["v"]):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    if "'s " in text or "’s " in text:
        for f in _OWNS_NUMBER.finditer(text):
            m = _NAME_BEFORE.search(text, max(0, f.start() - 28), f.start())
            if m is not None and _first_name(lex, m["v"]):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if any(n in low for n in _NURSE_CUES):
        for m in _NURSE_BEFORE_PHONE.finditer(text):
            if _first_name(lex, m["v"]):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
