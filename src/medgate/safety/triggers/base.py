"""The ConText trigger's parts: what a trigger says of the findings in its scope (`Modifier`), which way
the scope runs (`Direction`), the rule itself (`Trigger`), and the one phrase two categories share."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final


class Modifier(enum.Enum):
    """What a trigger says about the findings in its scope."""

    NEGATED = "negated"
    HISTORICAL = "historical"
    FAMILY = "family"
    HYPOTHETICAL = "hypothetical"
    PSEUDO = "pseudo"  # blocks other triggers it overlaps; modifies nothing
    TERMINATE = "terminate"  # ends scopes; modifies nothing


class Direction(enum.Enum):
    FORWARD = "forward"
    BACKWARD = "backward"
    BIDIRECTIONAL = "bidirectional"
    NONE = "none"


@dataclass(frozen=True)
class Trigger:
    """One ConText rule: a regex (no capturing groups), its category and its direction."""

    pattern: str
    modifier: Modifier
    direction: Direction = Direction.FORWARD
    max_words: int | None = None  # scope limit in words (either way); None = to the sentence end
    clause: bool = False  # the scope also ends at a comma or colon ("stopped sweating, talking rubbish")


F, B, BI, NO = Direction.FORWARD, Direction.BACKWARD, Direction.BIDIRECTIONAL, Direction.NONE
NEG, HIST, FAM, HYPO = Modifier.NEGATED, Modifier.HISTORICAL, Modifier.FAMILY, Modifier.HYPOTHETICAL
PSEUDO, TERM = Modifier.PSEUDO, Modifier.TERMINATE

# a present-tense clause about someone else, after a comma or "and": "..., he's grey", "and she is
# not making sense". Its tense says now: a relative told this way is the patient, not a family history;
# what settles them ("he's fine", "she's on statins", "he's 70", "she's had it before") is left out
NOW_CLAUSE: Final = (
    r"(?:,|,? and)(?: now)? (?:he|she|they)(?:['’]s|['’]re| is| are| looks| seems| can['’]?t| cannot| isn['’]t| won['’]t"
    r"| keeps| has gone| has turned)"
    r"(?! (?:now )?(?:had|been|got|always|never|still|fine|ok|okay|well|good|better|alright|all right|doing|on|taking"
    r"|in|at|home|back|retired|recovered|recovering|worried|scared|asking|wondering|aware|alive|a|an|the|my|his|her"
    r"|their|\d+)\b)"
)
