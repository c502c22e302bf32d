"""Answer extraction: content only, reasoning skipped, every recognised form, and what is not an
answer (counted wrong, reported as unparseable)."""

from __future__ import annotations

import pytest

from medgate.evaluation.extract import extract, strip_reasoning
from medgate.evaluation.items import Item, word_options

MMLU = Item(id="m", kind="choice", question="q", answer="A", options={
    "A": "paralysis of the facial muscles.", "B": "paralysis of the facial muscles and loss of taste.",
    "C": "Vitamin C", "D": "Hyperkalaemia"})
TEN = Item(id="x", kind="choice", question="q", answer="J", options={chr(65 + i): f"option {i}" for i in range(10)})
WORDS = Item(id="p", kind="choice", question="q", answer="yes", options=word_options())

# (content, item, answer, rule, invalid)
CASES: list[tuple[str, Item, str | None, str | None, str | None]] = [
    ("Answer: C", MMLU, "C", "marker", None),
    ("the answer is (c)", MMLU, "C", "marker", None),
    ("The correct answer is D.", MMLU, "D", "marker", None),
    ("**Final answer: B**", MMLU, "B", "marker", None),
    ("Answer: (b) because ...", MMLU, "B", "marker", None),
    ("The answer would be D", MMLU, "D", "marker", None),
    ("Think... Answer: A\nOn reflection the answer is C", MMLU, "C", "marker", None),  # the last one
    ("<think>Answer: A</think>\nAnswer: C", MMLU, "C", "marker", None),
    ("R1 without an opening tag, Answer: A\n</think>\n\nThe answer is B.", MMLU, "B", "marker", None),
    ("\\boxed{D}", MMLU, "D", "boxed", None),
    ("$\\boxed{\\text{B}}$", MMLU, "B", "boxed", None),
    ("C", MMLU, "C", "alone", None),
    ("(d)", MMLU, "D", "alone", None),
    ("B.", MMLU, "B", "alone", None),
    ("C. Vitamin C, needed for collagen", MMLU, "C", "leading", None),
    ("It is paralysis of the facial muscles and loss of taste.", MMLU, "B", "text", None),  # longest match
    ("Paralysis of the facial muscles.", MMLU, "A", "text", None),
    ("I would go with option B", MMLU, "B", "option", None),
    ("Answer: J", TEN, "J", "marker", None),
    # not answers: unparseable
    ("The answer is a stroke, clearly.", MMLU, None, None, None),  # an article, not option A
    ("I am not sure.", MMLU, None, None, None),
    ("Either vitamin C or hyperkalaemia.", MMLU, None, None, None),  # two options named
    ("<think>Answer: C, and the thought never closes", MMLU, None, None, None),
    ("", MMLU, None, None, None),
    ("Answer: F", MMLU, None, None, "F"),
    # yes / no / maybe
    ("Answer: yes", WORDS, "yes", "marker", None),
    ("the answer is Maybe", WORDS, "maybe", "marker", None),
    ("No, it does not.", WORDS, "no", "leading", None),
    ("Yes.", WORDS, "yes", "alone", None),
    ("<think>yes</think>no", WORDS, "no", "alone", None),
    ("The evidence is unclear.", WORDS, None, None, None),
]


@pytest.mark.parametrize(("content", "item", "answer", "rule", "invalid"), CASES)
def test_extract(content: str, item: Item, answer: str | None, rule: str | None, invalid: str | None) -> None:
    got = extract(content, item)
    assert (got.answer, got.rule, got.invalid) == (answer, rule, invalid)


def test_none_content_is_unparseable() -> None:
    assert extract(None, MMLU).answer is None


@pytest.mark.parametrize(("content", "visible"), [
    ("<think>a</think>b", "b"),
    ("<THINK>a</THINK> b <think>c</think> d", "b  d"),
    ("a</think>b", "b"),
    ("<think>a", ""),
    ("plain", "plain"),
])
def test_strip_reasoning(content: str, visible: str) -> None:
    assert strip_reasoning(content) == visible
