"""Two drugs written as one order with a slash ("colace/senna", "senna/docusate", "tylenol/motrin"):
a word joined with no space by "/" to a drug's name is a drug too, even where the census lists it
as a first name ("senna"). The partner must be a drug the lexicon knows (clinical and not everyday
English), so "mom/Senna" or "Smith/Jones" stay names."""

from __future__ import annotations

from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.words import Tok


def _drug(t: Tok) -> bool:
    e = t.entry
    return e is not None and bool(e.flags & F.CLINICAL) and not e.flags & (F.ENGLISH | F.FIRST)


def drug_by_slash(words: list[Tok], i: int, text: str) -> bool:
    """`words[i]` is glued by one "/" to a known drug on either side."""
    t = words[i]
    if i > 0 and t.start > 0 and text[t.start - 1] == "/" and words[i - 1].end == t.start - 1 and _drug(words[i - 1]):
        return True
    return (
        i + 1 < len(words) and text[t.end : t.end + 1] == "/" and words[i + 1].start == t.end + 1 and _drug(words[i + 1])
    )
