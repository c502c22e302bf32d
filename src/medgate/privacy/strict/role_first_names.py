"""A bare first name right after a role or a relation outside the family, with no determiner
before the role: "supervisor Gus called re FMLA", "coach Sunny called me", "coach tane drove us",
"FY1 Hope", "driver Kofi will wait". The role says a person is named, so a first name that is also
a word ("Sunny", "Hope") is masked there when it is capitalised mid-sentence. In lower case an
English word is never read as the name ("the nurse lady said", "the driver will call"), and an
unknown word ("tane") needs a verb after it ("coach tane drove us"); "coach trip", "driver side",
"supervisor's office", "teacher training" stay. The determiner-led shapes ("my manager tane",
"my sponsor Wade") are read by `role_lower_names` and `contact_names`."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.contact_names import RELATIONS
from medgate.privacy.strict.words import ROLE_WORDS
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_GRADES: Final = cues.DOCTOR_GRADES  # ("SpR Aoife / FY1 Hope")
_ROLES: Final = frozenset(RELATIONS) | cues.JOB_WORDS | _GRADES
# the text's words: a role is looked up in a set (cheaper than one long alternation)
# (led by the letter, the boundary read back, so the scan skips to letters)
_WORD: Final = re.compile(r"[A-Za-z](?<![\w-][A-Za-z])[A-Za-z0-9]{1,13}\b")
_AFTER_ROLE: Final = re.compile(r"[ \t]+(?P<v>[A-Z][a-z]{1,14}|[a-z]{3,14})(?![\w'’@-])(?:[ \t]+(?P<n>[a-z]+))?")
_RARE_ZIPF: Final = 3.0  # (an unknown word this rare, no English word: a name, not jargon)
# a verb right after a lower-case name says it is the subject ("coach tane drove us", "will said")
_VERBS_AFTER: Final = (cues.REPORTING_VERBS - {"will", "would"}) | frozenset(
    ("drove", "came", "took", "picked", "brought", "dropped", "messaged", "texted", "phoned", "is", "was", "has")
)
# the staff of a ward, whose lower-case first name may be a word ("nurse sunny", "sister joy")
_WARD_STAFF: Final = frozenset({"nurse", "sister", "midwife", "matron", "carer", "aide", "cna", "rn", "tech", "physio"})
_WHERE_AFTER: Final = frozenset({"on", "from", "at", "in"})
_WORD_NAME_ZIPF: Final = 4.9  # ("will", "hope", "mark" are words first)
_MODALS: Final = frozenset({"will", "may", "can", "must", "might", "shall", "should", "could", "would"})
_NOT_NAMES: Final = (
    ROLE_WORDS | cues.DAY_WORDS | cues.DETERMINERS | cues.KIN | cues.DEPARTMENTS | cues.CREDENTIALS
    | cues.FOREIGN_FUNCTION_WORDS | cues.UNITS | cues.SIGN_OFFS | frozenset(RELATIONS) | cues.JOB_WORDS
    | cues.HONORIFICS_WORLD | cues.VIETNAMESE_ADDRESS  # ("driver anh Tuấn": the title, read elsewhere)
    | frozenset(m.lower() for m in cues.MONTHS)
)  # fmt: skip


def role_first_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for w in _WORD.finditer(text):
        if w.group().lower() not in _ROLES or (m := _AFTER_ROLE.match(text, w.end())) is None:
            continue
        v = m.group("v")
        if v.lower() in _NOT_NAMES or v in CLINICAL_WORDS or v.lower() in CLINICAL_WORDS:
            continue
        if _name_after_role(lex, w.group(), m):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


def _name_after_role(lex: Lexicon, role: str, m: re.Match[str]) -> bool:
    v = m.group("v")
    e = lex(v.lower())
    if e.clinical:
        return False
    verb_after = (m.group("n") or "") in _VERBS_AFTER
    if v[0].isupper():
        # a capitalised first name after a lower-case role mid-sentence ("coach Sunny called"); after
        # a capitalised role ("Coach Trip", "Driver Side": a heading's title case) a verb must follow
        return bool(e.flags & F.FIRST) and (role.islower() or role.isupper() or role.lower() in _GRADES or verb_after)
    if e.english:
        # "the nurse lady said", "the driver will call": a lower-case word is the role's own; a first
        # name that is a rarer word after a ward's own staff, then where they work or what they did,
        # is the nurse's name ("nurse sunny on 7 west", "midwife joy came in")
        return (
            role.lower() in _WARD_STAFF and bool(e.flags & F.FIRST) and e.zipf < _WORD_NAME_ZIPF
            and (verb_after or m.group("n") in _WHERE_AFTER) and v not in _MODALS
        )
    if e.flags & F.FIRST:
        return True  # "nurse hannah", "coach ana"
    # an unknown word ("tane"): only as a verb's subject, not a typo or jargon continuing the role
    return e.zipf < _RARE_ZIPF and verb_after
