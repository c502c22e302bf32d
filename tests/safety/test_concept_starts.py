"""Every branch of every screen concept can begin a match where the scan looks.

The screen tries its concepts only at a word's start (or after a non-word character: `screen.py`,
`dispatch.PrefixIndex.starts`), so a branch whose first character is an apostrophe ("'m a burden",
"'d be better off") never matches: the apostrophe of "I'm" follows a letter. Such a branch once hid a
warning sign of suicide ("I'm just a burden on my family"); it must start from the word's letters
("i['’]?m").
"""

from __future__ import annotations

from medgate.regex_starts import branches, first_prefixes
from medgate.safety import default_screener
from medgate.safety.findings import GROUPS


def test_no_concept_branch_starts_with_an_apostrophe() -> None:
    screener = default_screener()
    concepts = [c for cat in screener._categories for c in cat.concepts] + [c for g in GROUPS for c in g.concepts]
    dead = [
        (concept.name, branch)
        for concept in concepts
        for pattern in concept.patterns
        for branch in branches(pattern)
        if any(p[:1] in "'’" for p in first_prefixes(f"(?i:{branch})", 1) or ())
    ]
    assert not dead, dead
