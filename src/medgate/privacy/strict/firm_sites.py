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


# every match has a code: the whole scan runs only where one is
_CODE: Final = re.compile(
    r"#[ \t]?\d{2}|(?i:store|no\.?|number)[ \t]*#?[ \t]?\d{2}|\b[A-Z]{2,4}\d{1,2}\b"
)


def firm_site_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if _CODE.search(text) is None:
        return out
    for m in _FIRM_SITE.finditer(text):
        firm = m.group("f")
        if m.group("c") and firm.islower():
            continue  # (a site code follows a firm written as a name, never a lower-case word)
        if firm_words_ok(firm.split(), lex) and firm.lower() not in cues.PLACE_PREPS:
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
