"""An employer named with its site or store after a job or work cue ("works at Kroger #0391", "his
supervisor at lowes store 2208", "LOADER AT FEDEX ORD5", "Employer: SAFEWAY NO. 1450"): the firm and
its code are masked together, since the code alone points to one workplace. The firm is one to
three words (capitalised, capitals or lower case) that are no day, department, unit or clinical
word; the code is "#"/"store"/"No." and digits, or (after a firm in capitals or capitalised) a
site code of capitals and a digit. A time, a count or a bare number is no firm ("works at 0700",
"at #2 pump", "PT AT 2 WKS")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.job_firms import firm_words_ok
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_CUES: Final = "|".join(
    sorted(cues.WORK_VERBS | cues.JOB_WORDS | cues.WORK_WORDS | {"stocker", "loader", "picker", "packer"},
           key=len, reverse=True)
)  # fmt: skip
_WORD: Final = r"[A-Za-z][A-Za-z'’&\-]*"
# a cue (up to two words before "at"/"for", or a label's colon), the firm, then its code
_FIRM_SITE: Final = re.compile(
    rf"\b(?i:{_CUES})s?(?:(?:[ \t]+[A-Za-z]+){{0,2}}[ \t]+(?i:at|for|with|@)|[ \t]*:)[ \t]+"
    rf"(?P<v>(?P<f>{_WORD}(?:[ \t]+{_WORD}){{0,2}}?)[ \t]+"
    r"(?:(?P<n>#[ \t]?\d{2,6}|(?i:store|no\.?|number)[ \t]*#?[ \t]?\d{2,6})|(?P<c>[A-Z]{2,4}\d{1,2}))\b)"
)


# every match ends in a code: the firm and its cue are read back from each one, in a short window
# (three cheap scans: "#" is a literal the engine skips to, the words are read in the lowered text,
# a site code from its digit with its capitals read back)
_HASH: Final = re.compile(r"#[ \t]?\d{2}")
_WORD_NOS: Final = tuple(
    re.compile(rf"{w}[ \t]*#?[ \t]?\d{{2}}") for w in ("store", r"no\.?", "number")
)  # (each led by its literal)
_SITE_CODE: Final = re.compile(r"\d(?<=[A-Z]{2}\d)")
_BACK: Final = 90  # (a cue, two words, a preposition and a firm of three words fit)


def firm_site_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    seen: set[int] = set()
    ends = [c.end() for c in _HASH.finditer(text)]
    low = lowered(text)
    ends += [c.end() for rx in _WORD_NOS for c in rx.finditer(low)]
    ends += [c.end() for c in _SITE_CODE.finditer(text)]
    for end in ends:
        m = _FIRM_SITE.search(text, max(0, end - _BACK), min(len(text), end + 6))
        if m is None or m.start("v") in seen:
            continue
        seen.add(m.start("v"))
        firm = m.group("f")
        if m.group("c") and firm.islower():
            continue  # (a site code follows a firm written as a name, never a lower-case word)
        if firm_words_ok(firm.split(), lex) and firm.lower() not in cues.PLACE_PREPS:
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
