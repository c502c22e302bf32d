"""The shape of a findings group: phrase concepts and discriminators over named facts.

A fact is a name with the evidence behind it. Facts come from three places: a group's phrase
concepts (asserted by ConText exactly as the red-flag rules' concepts are), the numbers a message
reports (`measures`), and the facts derived from them (`facts`: fever, age bands, NEWS2, qSOFA,
acute or chronic course). A discriminator fires when every fact in `all_of` holds, at least
`at_least` (default one) of `any_of` hold (when given), and none of `none_of` does. Each names the level it sets, the
public category it reports and the published source of its threshold or sign.
"""

from __future__ import annotations

from dataclasses import dataclass

from medgate.safety.escalation import Level
from medgate.safety.rules.base import Concept, ResourceKind


@dataclass(frozen=True)
class Discriminator:
    """A rule over facts: when it fires it sets `level` and reports `category`."""

    name: str
    level: Level
    all_of: tuple[str, ...]
    any_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()
    source: str = ""
    at_least: int = 1  # how many of `any_of` must hold (when any_of is given)

    def __post_init__(self) -> None:
        if not self.all_of and not self.any_of:
            raise ValueError(f"discriminator {self.name!r} needs all_of or any_of")
        if self.any_of and not 1 <= self.at_least <= len(self.any_of):
            raise ValueError(f"discriminator {self.name!r}: at_least must be 1..{len(self.any_of)}")
        if self.level == "routine":
            raise ValueError(f"discriminator {self.name!r}: a rule never fires 'routine'")


@dataclass(frozen=True)
class Group:
    """One public category of the findings layer: its concepts and its discriminators."""

    category: str
    concepts: tuple[Concept, ...]
    discriminators: tuple[Discriminator, ...]
    # the help lines an emergent finding adds, as a rule category's do (a poisoning's poison centre)
    resources: tuple[ResourceKind, ...] = ()
