"""patient-explain: clinical text -> plain-language explanation at a target reading grade.

It rewrites clinician-supplied content only (no new diagnoses or treatments: that would be
patient-facing CDS). The Flesch-Kincaid grade gates one rewrite when above target (default
6-8); SMOG is reported beside it. Numbers in the explanation that are not in the source are
listed for the reviewer. Unreviewed patient text carries an AI disclaimer (California AB 3030).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, Field, field_validator

from medgate.tasks.base import Output, Redo, Short, Task, TaskOptions, Text
from medgate.tasks.readability import language_code, measure

DISCLAIMER = (
    "This explanation was written with artificial intelligence and has not yet been reviewed by "
    "a clinician. Contact your care team with any questions."
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


class PatientExplanation(Output):
    explanation: Text = Field(description="plain-language explanation in short sentences")
    key_points: Annotated[list[Short], Field(max_length=6)]


def _grade_range(value: Any) -> Any:
    """6 -> (1, 6) ("at most 6"); "6-8" or [6, 8] -> (6, 8)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1.0, float(value))
    if isinstance(value, str):
        parts = [p for p in re.split(r"\s*[-–,]\s*", value.strip()) if p]
        return (1.0, parts[0]) if len(parts) == 1 else tuple(parts)
    return value


class PatientExplainOptions(TaskOptions):
    target_grade: Annotated[tuple[float, float], BeforeValidator(_grade_range)] = Field(
        (6.0, 8.0), description="reading grade range, or a maximum"
    )
    language: str | None = Field(None, min_length=2, max_length=32)

    @field_validator("target_grade")
    @classmethod
    def _ordered(cls, value: tuple[float, float]) -> tuple[float, float]:
        low, high = value
        if not 1.0 <= low <= high <= 18.0:
            raise ValueError("target_grade must be within 1-18, low <= high")
        return value


def plain_text(result: PatientExplanation) -> str:
    return "\n".join([result.explanation, *result.key_points])


def new_numbers(text: str, source: str) -> list[str]:
    """Numbers in `text` that do not appear in `source` (a cheap "no new facts" check)."""
    known = set(_NUMBER.findall(source))
    return sorted({n for n in _NUMBER.findall(text) if n not in known})


class PatientExplainTask(Task):
    name: ClassVar[str] = "patient-explain"
    use_case: ClassVar[str] = "patient-communication"
    output: ClassVar[type[Output]] = PatientExplanation
    options_model: ClassVar[type[TaskOptions]] = PatientExplainOptions
    input_label: ClassVar[str] = "Clinical text to explain"
    max_tokens: ClassVar[int] = 900
    temperature: ClassVar[float] = 0.3
    system_prompt: ClassVar[str] = (
        "You explain clinical text to a patient in plain language: short sentences, everyday "
        "words, medical terms explained. Explain only what the text says; do not add diagnoses, "
        "treatments, doses or numbers that are not in it. Give a few key points. Answer with one "
        "JSON object that follows the schema."
    )

    def user_message(self, text: str, options: TaskOptions) -> str:
        if not isinstance(options, PatientExplainOptions):
            raise TypeError("patient-explain got the wrong options type")
        low, high = options.target_grade
        lang = f" Write in {options.language}." if options.language else ""
        return (
            f"{super().user_message(text, options)}\nWrite at a US school reading grade "
            f"of {low:g} to {high:g}.{lang}"
        )

    async def postprocess(
        self, result: Output, source: str, options: TaskOptions, redo: Redo
    ) -> tuple[Output, dict[str, Any]]:
        if not isinstance(result, PatientExplanation) or not isinstance(
            options, PatientExplainOptions
        ):
            raise TypeError("patient-explain got the wrong output or options type")
        low, high = options.target_grade
        grades = measure(plain_text(result), options.language)
        first = grades
        rewritten = False
        if grades["fk_grade"] is not None and grades["fk_grade"] > high:
            redone = await redo(
                f"That explanation measures Flesch-Kincaid grade {grades['fk_grade']:g}; the "
                f"target is {low:g} to {high:g}. Rewrite it with shorter sentences and simpler "
                "words, keeping every fact and adding none. Return the same JSON shape."
            )
            if not isinstance(redone, PatientExplanation):
                raise TypeError("patient-explain rewrite returned the wrong type")
            result, rewritten = redone, True
            grades = measure(plain_text(result), options.language)
        readability: dict[str, Any] = {
            **grades,
            "target_grade": [low, high],
            "within_target": None if grades["fk_grade"] is None else grades["fk_grade"] <= high,
            "rewritten": rewritten,
        }
        if rewritten:
            readability["first_draft"] = {"fk_grade": first["fk_grade"], "smog": first["smog"]}
        if language_code(options.language) != "en":
            readability["note"] = "Flesch-Kincaid and SMOG are English-only; no grade is given"
        return result, {
            "readability": readability,
            "unsupported_numbers": new_numbers(plain_text(result), source),
            "disclaimer": DISCLAIMER,
        }
