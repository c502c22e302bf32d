"""differential: case presentation -> ranked differential diagnosis for a clinician.

FDA CDS criterion 4: every candidate shows its basis (supporting and opposing findings) so the
clinician can review it independently; it is a ranked list of options, never a single directive.
ICD-10-CM codes are checked for shape only (not against the CMS code set) and exported as
model-suggested codes.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, WithJsonSchema

from medgate.tasks.base import FhirContext, MaybeIcd10, Output, Short, Shorts5, Task
from medgate.tasks.fhir import differential_bundle

VOCABULARY = ("high", "moderate", "low")
# Engines are asked for the vocabulary only: llama.cpp grammars do not enforce a number's
# minimum/maximum, so a 0-1 branch lets a small model write "likelihood": 2. A probability from
# a backend that sends one anyway is still accepted and range-checked here.
Likelihood = Annotated[
    Literal["high", "moderate", "low"] | Annotated[float, Field(ge=0.0, le=1.0)],
    WithJsonSchema({"type": "string", "enum": list(VOCABULARY)}),
]


class Candidate(Output):
    diagnosis: Short
    icd10: MaybeIcd10 = Field(None, description="ICD-10-CM code only if certain, else null")
    likelihood: Likelihood = Field(description="high, moderate or low")
    supporting: Shorts5 = Field(description="findings in the case that support it")
    opposing: Shorts5 = Field(description="findings in the case against it")
    red_flags: Shorts5 = Field(description="features that would make it urgent")
    next_tests: Shorts5


class Differential(Output):
    candidates: Annotated[list[Candidate], Field(min_length=1, max_length=6)] = Field(
        description="most likely first"
    )


class DifferentialTask(Task):
    name: ClassVar[str] = "differential"
    use_case: ClassVar[str] = "diagnostic-support"
    output: ClassVar[type[Output]] = Differential
    input_label: ClassVar[str] = "Case presentation"
    max_tokens: ClassVar[int] = 1400
    system_prompt: ClassVar[str] = (
        "You are a diagnostic support assistant for clinicians. From the case, list a ranked "
        "differential diagnosis, most likely first (at most 6). For each candidate give the "
        "likelihood (high, moderate or low), the findings from the case that support and oppose "
        "it, red flags that would make it urgent, and the next tests. Cite only findings that "
        "are in the case. Give an ICD-10-CM code only when certain, otherwise null. Answer with "
        "one JSON object that follows the schema."
    )

    def supports_fhir(self) -> bool:
        return True

    def fhir(self, result: Output, ctx: FhirContext) -> dict[str, Any]:
        return differential_bundle(result.model_dump(mode="json")["candidates"], ctx)
