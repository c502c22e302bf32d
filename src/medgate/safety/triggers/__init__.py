"""The ConText trigger vocabulary the screen uses: what negates, makes historical, familial or
hypothetical the findings in its scope, in patients' and clinicians' words (`context.py` applies it).
One module a category; the order below is the order they are tried in."""

from __future__ import annotations

from typing import Final

from medgate.safety.triggers.base import Direction, Modifier, Trigger
from medgate.safety.triggers.experiencer import EXPERIENCER_TRIGGERS
from medgate.safety.triggers.history import HISTORY_TRIGGERS
from medgate.safety.triggers.hypothetical import HYPOTHETICAL_TRIGGERS
from medgate.safety.triggers.negation import NEGATION_TRIGGERS
from medgate.safety.triggers.pseudo import PSEUDO_TRIGGERS
from medgate.safety.triggers.terminators import TERMINATORS

__all__ = ["DEFAULT_TRIGGERS", "Direction", "Modifier", "Trigger"]

DEFAULT_TRIGGERS: Final[tuple[Trigger, ...]] = (
    *PSEUDO_TRIGGERS,
    *NEGATION_TRIGGERS,
    *HISTORY_TRIGGERS,
    *EXPERIENCER_TRIGGERS,
    *HYPOTHETICAL_TRIGGERS,
    *TERMINATORS,
)
