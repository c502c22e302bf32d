"""Names made with a lineage word, in any case: a Sikh or South Asian given name before "Kaur",
"Singh", "Begum", "Khatun", "Devi" ("surjit kaur", "rahima begum"), a Malay or Brunei name joined
by "bin" / "binti" ("jaimin bin ambok"), a Vietnamese name with its family name and the middle
"thi" or "van" ("le thi bich", "nguyen van hung"), a Malaysian or Indian name with the father's
after "a/l", "a/p", "s/o", "d/o" ("Muthusamy a/l Krishnan"). In lower-case chats no capital marks
them; the lineage word does."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.words import ROLE_WORDS, Tok
from medgate.privacy.types import Entity, PhiType

_AFTER_GIVEN: Final = frozenset({"kaur", "singh", "begum", "bibi", "khatun", "devi", "bano", "kumari"})
_BETWEEN: Final = frozenset({"bin", "binti", "bte", "bt", "binte"})
# the middle names of Vietnamese names, after one of the family names most Vietnamese people carry
_VIET_MIDDLE: Final = frozenset({"thi", "thị", "van", "văn"})
_VIET_FAMILY: Final = frozenset({
    "nguyen", "nguyễn", "tran", "trần", "le", "lê", "pham", "phạm", "hoang", "hoàng", "huynh", "huỳnh",
    "phan", "vu", "vũ", "vo", "võ", "dang", "đặng", "bui", "bùi", "do", "đỗ", "ho", "hồ", "ngo", "ngô",
    "duong", "dương", "ly", "lý", "truong", "trương", "dinh", "đinh", "mai", "cao", "lam", "lâm",
})  # fmt: skip


_KEYS: Final = _AFTER_GIVEN | _VIET_MIDDLE | _BETWEEN  # (the words each rule below starts from)


def _given(w: Tok) -> bool:
    e = w.entry
    return w.hit or (
        e is not None and not (e.english or e.clinical) and w.low not in ROLE_WORDS and len(w.text) >= 3
        and not w.eponym and w.text.isalpha()
    )  # fmt: skip


def mark_lineage_names(words: list[Tok], text: str) -> None:
    keys = _KEYS
    for i in range(1, len(words)):
        t = words[i]
        if t.low not in keys:  # (most words are none of them: the tests below read no further)
            continue
        p = words[i - 1]
        if text[p.end : t.start] != " ":
            continue
        if t.low in _AFTER_GIVEN and _given(p):
            for w in (p, t):
                if not w.hit:
                    w.hit, w.why = True, "before a lineage word"
        elif t.low in _VIET_MIDDLE and p.low in _VIET_FAMILY and i + 1 < len(words):
            n = words[i + 1]
            if text[t.end : n.start] == " " and n.entry is not None and not n.entry.clinical and n.text.isalpha():
                for w in (p, t, n):
                    if not w.hit:
                        w.hit, w.why = True, "a Vietnamese name"
        elif t.low in _BETWEEN and i + 1 < len(words):
            n = words[i + 1]
            titled = p.text[:1].isupper() and p.text[1:].islower() and n.text[:1].isupper() and n.text[1:].islower()
            if text[t.end : n.start] == " " and _given(p) and _given(n) and (p.hit or n.hit or p.text.islower() or titled):
                for w in (p, t, n):
                    if not w.hit:
                        w.hit, w.why = True, "joined by bin or binti"


# son or daughter of: "Muthusamy a/l Krishnan" (Malay anak lelaki / perempuan, any case), "Kavitha d/o
# Muthusamy" (both names capitalised: in notes "s/o" is "suggestive of", "d/o" a disorder: "NCS s/o AIDP")
_CHILD_OF: Final = re.compile(
    # (led by the first name's first letter, then what stands before it is read back: the scan skips to letters)
    r"[A-Za-z](?<![\w/][A-Za-z])(?:"
    r"(?:(?<=[A-Z])[a-z]{2,}|(?<=[A-Z])[A-Z]{2,}|(?<=[a-z])[a-z]{2,})[ \t]+(?i:a/l|a/p)[ \t]+(?:[A-Z][a-z]{2,}|[A-Z]{3,}|[a-z]{3,})\b"
    r"|(?<=[A-Z])[a-z]{2,}[ \t]+[sd]/o[ \t]+[A-Z][a-z]{2,}\b)"
)

# what every match holds ("a", "l", "p" fold to no other letter under IGNORECASE)
_CHILD_MARK: Final = re.compile(r"/(?:(?<=[aA]/)[lLpP]|(?<=[sd]/)o)")  # (led by "/": a literal the scan skips to)


def child_of_names(text: str) -> list[Entity]:
    if "/" not in text or _CHILD_MARK.search(text) is None:
        return []  # (most notes have no "a/l", "s/o": skip the scan that starts at every word)
    return [Entity.of(PhiType.NAME, m) for m in _CHILD_OF.finditer(text)]
