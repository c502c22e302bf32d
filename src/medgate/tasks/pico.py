"""pico: research abstract -> Population, Intervention, Comparison, Outcomes, design, N, result.

The model is asked to quote the abstract. After validation each text field is checked against
the abstract: `verbatim` says which fields are exact quotes a reviewer can find, so paraphrases
(and anything invented) stand out.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar

from pydantic import Field

from medgate.tasks.base import MaybeShort, Output, Redo, Short, Task, TaskOptions


class Pico(Output):
    population: Short
    intervention: Short
    comparison: MaybeShort = Field(None, description="null if there is no comparator")
    outcomes: Annotated[list[Short], Field(min_length=1, max_length=6)]
    study_design: Short = Field(description="e.g. randomised controlled trial, cohort study")
    sample_size: int | None = Field(None, ge=1, description="participants analysed, or null")
    key_result: MaybeShort = Field(None, description="main effect with its numbers, or null")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower().rstrip(".")


def verbatim(result: Pico, source: str) -> dict[str, bool]:
    """Which fields are quotes from the source (whitespace and case ignored)."""
    haystack = _norm(source)
    fields: dict[str, Any] = {
        "population": result.population,
        "intervention": result.intervention,
        "comparison": result.comparison,
        "key_result": result.key_result,
        "outcomes": result.outcomes,
    }
    out: dict[str, bool] = {}
    for name, value in fields.items():
        if value is None:
            continue
        values = value if isinstance(value, list) else [value]
        out[name] = all(_norm(v) in haystack for v in values)
    return out


class PicoTask(Task):
    name: ClassVar[str] = "pico"
    use_case: ClassVar[str] = "medical-research"
    output: ClassVar[type[Output]] = Pico
    input_label: ClassVar[str] = "Abstract"
    max_tokens: ClassVar[int] = 800
    temperature: ClassVar[float] = 0.0
    system_prompt: ClassVar[str] = (
        "You extract PICO elements from a research abstract: population, intervention, "
        "comparison (null if none), outcomes, study design, sample size (a number, or null) and "
        "the key result with its numbers. Quote the abstract's own words wherever possible; "
        "never add facts that are not in it. Answer with one JSON object that follows the schema."
    )

    async def postprocess(
        self, result: Output, source: str, options: TaskOptions, redo: Redo
    ) -> tuple[Output, dict[str, Any]]:
        if not isinstance(result, Pico):
            raise TypeError(f"pico got a {type(result).__name__}")
        return result, {"verbatim": verbatim(result, source)}
