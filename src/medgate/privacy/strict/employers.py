"""An employer's name: after a job or a way of working, capitalised in mixed-case text ("a bus
driver for Lakeshore Transit") or among lower-case chat words ("i work nights at the amazon
warehouse"). Called by `places.mark_places` at each "for / at / of"."""

from __future__ import annotations

from typing import Final

from medgate.privacy import cues
from medgate.privacy.strict.words import FUNCTION_ZIPF, Tok

# The words an employer follows: "driver for X", "works at X", "the Lisbon office of X", "work in
# X warehouse" (after "in" only with the kind of workplace after the name: not "works in Finance";
# X warehouse"; "with" only after a job noun in mixed case: "a software tester with Intel")
EMPLOYER_LINKS: Final = frozenset({"for", "at", "of", "in", "with"})


def _workplace_after(words: list[Tok], k: int) -> bool:
    return k < len(words) and words[k].low in cues.WORKPLACE_KINDS


def _credential_job(words: list[Tok], k: int, link: Tok) -> bool:
    """A care credential held as a job, after "a" or "an" and before "at": "she is a CNA at Heritage
    Pointe", "an LPN at Rosewood" (not "RN at bedside", "the RN at 0800": no article, or no name after)."""
    return link.low == "at" and words[k].low in cues.CREDENTIALS and k > 0 and words[k - 1].low in ("a", "an")


def employer_after(words: list[Tok], i: int, text: str) -> None:
    """An employer's capitalised name after a job or a way of working: "a bus driver for
    Lakeshore Transit", "now work remotely for Lumen & Thistle", "the Lisbon office of Meridian
    Actuarial" (mixed-case text only: in ALL CAPS every word is capitalised)."""
    t = words[i]
    k = i - 1
    while k > 0 and words[k].low in cues.WORK_MANNER and i - k < 3:
        k -= 1
    prev = words[k].low
    if t.low == "of":
        if prev not in cues.EMPLOYER_PARTS:
            return
    elif t.low == "with":
        if prev not in cues.JOB_WORDS:
            return
    elif prev not in cues.JOB_WORDS and prev not in cues.WORK_VERBS and prev != "work" and not _credential_job(words, k, t):
        return
    name: list[Tok] = []
    for j in range(i + 1, min(i + 5, len(words))):
        w = words[j]
        gap = text[words[j - 1].end : w.start]
        initials = (  # a firm's rare initials ("MPK", "Emirates NBD"), not "IV", "ICU"
            w.text.isupper() and 2 <= len(w.text) <= 5 and w.entry is not None and w.entry.zipf < 3.5
            and not w.entry.clinical and w.low not in cues.DEPARTMENTS
        )
        if gap not in (" ", " & ") or not ((w.text[:1].isupper() and w.text[1:].islower()) or initials):
            break
        e = w.entry
        if e is None or w.eponym or w.low in cues.UNITS or e.zipf >= FUNCTION_ZIPF or w.low in cues.TITLES:
            break
        if not name and e.clinical and not e.name:
            break  # (a clinical word may follow the name's first word: "Lakeshore Transit")
        name.append(w)
    workplace = _workplace_after(words, i + 1 + len(name))  # ("at Amazon warehouse": the kind says it)
    if t.low == "in" and not workplace:
        return
    common = len(name) == 1 and name[0].entry is not None and name[0].entry.english \
        and name[0].entry.zipf >= _ONE_WORD_ZIPF
    if name and (workplace or not common):
        for w in name:
            w.hit, w.place, w.why = True, True, "employer"


# One capitalised English word this common is not read as an employer ("works for Social"), a
# rarer one is ("works part time at Winners")
_ONE_WORD_ZIPF: Final = 4.5


def employer_in_chat(words: list[Tok], i: int, text: str) -> None:
    """An employer after a job or a way of working in lower-case chat: "i work nights at the
    amazon warehouse", "im on lates at sainsburys", "pharmacist at boots in ..." (up to three words
    that are not everyday English, stopping at the kind of place: "warehouse", "store")."""
    if words[i].low == "with":
        return  # ("a carer with mum": no firm in chat's lower case after "with")
    k = i - 1
    while k > 0 and words[k].low in cues.WORK_MANNER:
        k -= 1
    prev = words[k].low
    shift = k < i - 1  # "on lates at": a shift names the work
    if prev not in cues.JOB_WORDS and prev not in cues.WORK_VERBS and prev != "work" and not (shift and prev == "on"):
        return
    j = i + 1
    if j < len(words) and words[j].low == "the":
        j += 1
    name: list[Tok] = []
    for w in words[j : j + 3]:
        if text[(name[-1] if name else words[j - 1]).end : w.start] not in (" ", "-") or w.eponym:
            break
        e = w.entry
        if (
            e is None or e.clinical or w.low in cues.UNITS or w.low in cues.DETERMINERS
            or w.low in cues.WORK_MANNER or w.low in cues.ADVERBS or w.low in cues.DEPARTMENTS
            or w.low in cues.PLACE_PREPS or w.low in cues.DAY_PREPS or w.low in cues.WORKPLACE_KINDS
            or w.low in cues.SMALL_FACILITIES or w.low in cues.TITLES or w.low in cues.KIN or w.low in cues.KIN_WORLD
            or (e.english and e.zipf >= _EVERYDAY_ZIPF and not (e.name or e.place))
        ):  # fmt: skip
            break
        name.append(w)
    k = j + len(name)
    if words[i].low == "in" and not (
        _workplace_after(words, k)
        and all(w.text[:1].isupper() or (w.entry is not None and (w.entry.name or w.entry.place)) for w in name)
    ):
        return  # ("i work in retail store": a trade, not a firm; "in Amazon warehouse" is one)
    if name and k + 1 < len(words) and words[k].low in ("n", "'n'", "&") and text[name[-1].end : words[k + 1].start] \
            == f" {words[k].text} ":
        name.extend(words[k : k + 2])  # a brand's "n" joins its words ("pak n save", "stop n shop")
    for w in name:
        w.hit, w.place, w.why = True, True, "employer"


# An English word this common is not taken for an employer's name in chat ("at home", "at night").
_EVERYDAY_ZIPF: Final = 4.7
