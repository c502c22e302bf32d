"""What a strict span pass may read, and how a pass is bound to it: a pass names what it reads as
its parameters (`text`, `lex`, `upper`, `words`, `possessive`), checked once when the passes are
bound, and is then called with those fields of each page. `passes.py` holds the passes, in order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from inspect import signature
from operator import attrgetter
from typing import Any, Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.words import Tok
from medgate.privacy.types import Entity


@dataclass(frozen=True, slots=True)
class Page:
    """What a span pass may read, by parameter name."""

    text: str
    lex: Lexicon
    upper: float
    words: list[Tok]
    possessive: frozenset[str]


SpanPass = Callable[..., Iterable[Entity]]
BoundPass = tuple[SpanPass, Callable[[Page], Any]]

_FIELDS: Final = frozenset(f.name for f in fields(Page))


def reader(span_pass: SpanPass) -> Callable[[Page], Any]:
    """What `span_pass` reads from a page, as the positional arguments it takes (checked once, at
    import: a pass naming something no page has is a programming error, not a request's)."""
    names = tuple(signature(span_pass).parameters)
    unknown = set(names) - _FIELDS
    if unknown:
        raise TypeError(
            f"span pass {span_pass.__name__} asks for {sorted(unknown)}; a page has {sorted(_FIELDS)}"
        )
    get = attrgetter(*names)
    return (lambda page: (get(page),)) if len(names) == 1 else get


def bind(passes: Sequence[SpanPass]) -> tuple[BoundPass, ...]:
    """Each pass with its reader, in order."""
    return tuple((p, reader(p)) for p in passes)


def run_bound(bound: Iterable[BoundPass], page: Page) -> list[Entity]:
    """Every bound pass's finds on the page, in pass order."""
    out: list[Entity] = []
    for span_pass, read in bound:
        out.extend(span_pass(*read(page)))
    return out
