"""A bleep or extension given after "on" behind a page verb: "bleeped FY1 dr whitlock on 2214",
"paged the night reg on 4-4471", "beeped ortho SHO on 3307". Whom was paged comes between, so
the number stands far from the verb that says it is a phone; "on" with four or five digits right
after that verb, in the same clause, is the number dialled (not a dose: "on 1000 units").
A pager's or an extension's word, then whom it reaches, then a bare number ending the clause
("Pager CNM Hollis 4471.", "Pager for charge RN (Pat) 2290", "ext. ward clerk Bea 3391"), and a
staff member by grade and name with a bare number ending the clause ("CNM Hollis 4471", "Dr Ng
5521."): the number reaches them. Not a time there ("Dr Ng 1430.", "paged at 2200"), a count or a
dose ("RN Lee 1000 units"), nor a number with digits or a stop before it in the clause.
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import may_hold

_ON_NUMBER: Final = re.compile(
    r"(?i:\bon)[ \t]+(?P<v>\d{4,5}|\d-\d{4})(?![\w/:\-]|[.,]\d|[ \t]*(?i:units?|u|mg|mcg|ml|iu|x)\b)"
)
_PAGE_VERB_BEFORE: Final = re.compile(
    r"(?i:\b(?:paged|page|paging|bleeped|bleep|bleeping|beeped|beep|beeping|pinged))\b[^\n;]{0,40}\Z"
)
# what every page verb above holds, looked for in the lower-cased text (cheaper than a case-blind scan)
_CUES: Final = ("pag", "bleep", "beep", "pinged")

# a bare number of four or five digits that ends its clause (no unit, no time's "am", no code after)
_BARE_NUMBER: Final = re.compile(r"\d(?<![\w.,:/\-]\d)\d{3,4}(?=[ \t]*(?:[.,;)!]?[ \t]*$|[.,;)!][ \t]))", re.M)
# a pager's or extension's word before it, whom it reaches between (no digit, stop or line break)
_PAGER_BEFORE: Final = re.compile(
    r"(?<![\w-])(?i:pager|pgr|beeper|bleep|vocera|spectralink|ext|extn|extension)\b[.:#]?"
    r"(?P<who>[ \t]+[^\d\n.;!?@]{1,36}?)[ \t]+\Z"
)
# a staff member's grade and name before it ("CNM Hollis", "Dr. Ng", "charge RN (Pat)")
_STAFF_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:Dr|DR|CNM|RN|RM|NP|PA|SHO|FY1|FY2|CNS|ANP|Sr|Sister|Midwife|Nurse)\.?[ \t]+"
    r"\(?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\)?[ \t]+\Z"
)
# words after which a bare number is a time or a count, not a line to call
_NOT_BEFORE_NUMBER: Final = frozenset(
    {"at", "by", "until", "till", "since", "from", "to", "of", "around", "about", "approx", "before", "after", "for", "x"}
)
_STAFF_CUES: Final = ("dr", "cnm", "rn", "rm", "np", "pa ", "sho", "fy", "cns", "anp", "sr", "sister", "midwife", "nurse")


def paged_number_spans(text: str) -> list[Entity]:
    if not may_hold(text, lowered(text), _CUES):  # (most texts page no one)
        return []
    out: list[Entity] = []
    for m in _ON_NUMBER.finditer(text):
        if _PAGE_VERB_BEFORE.search(text, max(0, m.start() - 48), m.start()) is not None:
            out.append(Entity.of(PhiType.PHONE, m, "v"))
    return out


def _is_time(v: str) -> bool:
    return len(v) == 4 and int(v[:2]) <= 23 and int(v[2:]) <= 59


def pager_number_spans(text: str) -> list[Entity]:
    """A bare number ending a clause after a pager's word and whom it reaches, or after a staff
    member's grade and name (a time there stays unless a pager's word leads)."""
    low = lowered(text)
    pager = may_hold(text, low, ("pager", "pgr", "beeper", "bleep", "vocera", "spectralink", "ext"))
    if not pager and not may_hold(text, low, _STAFF_CUES):
        return []
    out: list[Entity] = []
    for m in _BARE_NUMBER.finditer(text):
        head = text[max(0, m.start() - 48) : m.start()]
        p = _PAGER_BEFORE.search(head) if pager else None
        if p is not None:
            who = p.group("who").split()
            if who and who[-1].lower().strip("()") not in _NOT_BEFORE_NUMBER:
                out.append(Entity.of(PhiType.PHONE, m))
            continue
        if not _is_time(m.group()) and _STAFF_BEFORE.search(head) is not None:
            out.append(Entity.of(PhiType.PHONE, m))
    return out
