"""One evaluation item, whatever file it came from: a choice question (letters or yes/no/maybe)
or an open conversation graded against a rubric.

`meta` keeps what the source carried beside the question (explanations, subjects, original ids).
It is stored for reports and never reaches a prompt: `prompts.py` reads only the fields above it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Kind = Literal["choice", "rubric"]


@dataclass(frozen=True, slots=True)
class Criterion:
    """One rubric line: met criteria add their points (negative points are undesirable behaviour)."""

    text: str
    points: float


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    kind: Kind
    question: str = ""
    # Letter -> option text for lettered questions; {"yes": "yes", ...} for word answers.
    options: dict[str, str] = field(default_factory=dict)
    answer: str | None = None  # the key: an option letter, or a word ("yes" / "no" / "maybe")
    context: str | None = None  # PubMedQA's abstract
    messages: tuple[dict[str, Any], ...] = ()  # rubric items: the conversation to continue
    rubric: tuple[Criterion, ...] = ()
    images: tuple[Path, ...] = ()  # image questions (vision models)
    split: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    # True for A/B/C… options; False for word answers such as yes / no / maybe (set from options)
    lettered: bool = field(init=False)

    def __post_init__(self) -> None:
        lettered = bool(self.options) and all(len(k) == 1 and k.isalpha() and k.isupper() for k in self.options)
        object.__setattr__(self, "lettered", lettered)


WORD_ANSWERS: tuple[str, ...] = ("yes", "no", "maybe")


def word_options(words: tuple[str, ...] = WORD_ANSWERS) -> dict[str, str]:
    return {w: w for w in words}
