"""Validation rules live in the output models (grammars fail open, backends ignore limits)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError

from medgate.tasks import TASKS
from tests.tasks.cases import OUTPUTS


def _mutated(name: str, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(OUTPUTS[name])
    change(data)
    return data


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        node: Any = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


REJECTED = [
    # quiz: one key, five options, explanations, no catch-alls, no duplicates
    ("quiz", "two-correct-keys-string", _set(("questions", 0, "answer"), "A, C")),
    ("quiz", "two-correct-keys-list", _set(("questions", 0, "answer"), ["A", "C"])),
    ("quiz", "key-outside-A-E", _set(("questions", 0, "answer"), "F")),
    ("quiz", "no-key", lambda d: d["questions"][0].pop("answer")),
    ("quiz", "four-options", lambda d: d["questions"][0]["options"].pop()),
    (
        "quiz",
        "six-options",
        lambda d: d["questions"][0]["options"].append({"text": "IV potassium", "explanation": "x"}),
    ),
    ("quiz", "missing-explanation", lambda d: d["questions"][0]["options"][2].pop("explanation")),
    ("quiz", "empty-explanation", _set(("questions", 0, "options", 1, "explanation"), " ")),
    (
        "quiz",
        "duplicate-options",
        _set(("questions", 0, "options", 4, "text"), "iv normal  SALINE"),
    ),
    ("quiz", "all-of-the-above", _set(("questions", 0, "options", 4, "text"), "All of the above")),
    ("quiz", "no-questions", _set(("questions",), [])),
    # ICD-10-CM shape wherever a code is given
    ("differential", "icd-too-short", _set(("candidates", 0, "icd10"), "N1")),
    ("differential", "icd-third-char", _set(("candidates", 0, "icd10"), "N1C")),
    ("differential", "icd-long-ext", _set(("candidates", 0, "icd10"), "S72.00123")),
    ("differential", "icd-prose", _set(("candidates", 0, "icd10"), "pyelonephritis")),
    ("soap-note", "icd-in-problem", _set(("problem_list", 0, "icd10"), "chest pain")),
    ("discharge-summary", "icd-in-diagnosis", _set(("diagnoses", 0, "icd10"), "J18-9")),
    # likelihood: fixed vocabulary or a probability
    ("differential", "likelihood-word", _set(("candidates", 0, "likelihood"), "very likely")),
    ("differential", "likelihood-over-1", _set(("candidates", 0, "likelihood"), 1.5)),
    ("differential", "likelihood-negative", _set(("candidates", 0, "likelihood"), -0.1)),
    ("differential", "no-candidates", _set(("candidates",), [])),
    (
        "differential",
        "seven-candidates",
        lambda d: d["candidates"].extend([d["candidates"][1]] * 5),
    ),
    ("differential", "six-next-tests", _set(("candidates", 0, "next_tests"), ["x"] * 6)),
    # SOAP: non-empty sections, list limits, no extra keys
    ("soap-note", "empty-subjective", _set(("subjective",), "")),
    ("soap-note", "blank-plan", _set(("plan",), "   \n")),
    ("soap-note", "missing-objective", lambda d: d.pop("objective")),
    (
        "soap-note",
        "eleven-problems",
        _set(("problem_list",), [{"problem": "x", "icd10": None}] * 11),
    ),
    ("soap-note", "extra-key", _set(("summary",), "invented")),
    ("soap-note", "overlong-section", _set(("assessment",), "x" * 3001)),
    # discharge: at least one diagnosis, known change vocabulary
    ("discharge-summary", "no-diagnoses", _set(("diagnoses",), [])),
    ("discharge-summary", "bad-change", _set(("discharge_medications", 0, "change"), "maybe")),
    # pico: outcomes required, sample size positive
    ("pico", "no-outcomes", _set(("outcomes",), [])),
    ("pico", "zero-sample", _set(("sample_size",), 0)),
    # patient-explain
    ("patient-explain", "empty-explanation", _set(("explanation",), "")),
]

ACCEPTED = [
    ("differential", "icd-lowercase-normalised", _set(("candidates", 0, "icd10"), " n10 "), "N10"),
    (
        "differential",
        "icd-with-extension",
        _set(("candidates", 0, "icd10"), "S72.001A"),
        "S72.001A",
    ),
    ("differential", "icd-blank-is-null", _set(("candidates", 0, "icd10"), ""), None),
    ("differential", "icd-none-word-is-null", _set(("candidates", 0, "icd10"), "none"), None),
    ("soap-note", "icd-O-chapter-B", _set(("problem_list", 0, "icd10"), "O9A.1"), "O9A.1"),
]


@pytest.mark.parametrize(("name", "case", "change"), REJECTED, ids=[c[1] for c in REJECTED])
def test_rejected(name: str, case: str, change: Callable[[dict[str, Any]], None]) -> None:
    with pytest.raises(ValidationError):
        TASKS[name].output.model_validate(_mutated(name, change))


@pytest.mark.parametrize(("name", "case", "change", "code"), ACCEPTED, ids=[c[1] for c in ACCEPTED])
def test_accepted_codes(
    name: str, case: str, change: Callable[[dict[str, Any]], None], code: str | None
) -> None:
    out = TASKS[name].output.model_validate(_mutated(name, change)).model_dump()
    first = out["candidates"][0] if name == "differential" else out["problem_list"][0]
    assert first["icd10"] == code


@pytest.mark.parametrize("name", list(TASKS))
def test_the_valid_case_validates(name: str) -> None:
    TASKS[name].output.model_validate(OUTPUTS[name])


@pytest.mark.parametrize("likelihood", ["high", "moderate", "low", 0.0, 0.35, 1.0])
def test_likelihood_vocabulary_and_probability(likelihood: Any) -> None:
    data = _mutated("differential", _set(("candidates", 0, "likelihood"), likelihood))
    out = TASKS["differential"].output.model_validate(data).model_dump()
    assert out["candidates"][0]["likelihood"] == likelihood


@pytest.mark.parametrize("code", ["U07.1", "J18.9", "S72.001A", "E11", "O09.A0"])
def test_real_icd10_cm_codes_are_well_formed(code: str) -> None:
    import re

    from medgate.tasks.base import ICD10_CM

    assert re.match(ICD10_CM, code)
