"""Abbreviated given names of Bangladesh and South Asia before a name: "Md." (Mohammad),
"Mst." (Mosammat) in "Mr. Md. Abdul Karim", "Mst. Shirin Akter". "Md" is also the doctor's
credential ("Jane Roe MD"): it is taken only as written with its dot, before a masked name and
after a title or where a line or sentence opens."""

from __future__ import annotations

from typing import Final

from medgate.privacy.strict.words import Tok, title_before

_ABBREVS: Final = frozenset({"Md", "MD", "Mst", "MST", "Mohd", "MOHD"})


def mark_given_abbrevs(words: list[Tok], text: str) -> None:
    """Mark the abbreviation (callers gate on "Md." / "Mst." / "Mohd." in text)."""
    for i in range(len(words) - 1):
        t = words[i]
        nxt = words[i + 1]
        if t.hit or t.text not in _ABBREVS or not nxt.hit or nxt.place:
            continue
        if text[t.end : nxt.start].strip() != ".":
            continue
        titled = i > 0 and title_before(words, i - 1)
        gap = text[words[i - 1].end : t.start] if i > 0 else "\n"
        opens = "\n" in gap or gap.strip() in (".", ":", "!", "?")
        if titled or (opens and not t.text.isupper()):  # ("MD." opening a line: a credential's line)
            t.hit, t.why = True, "a given name's abbreviation"
