"""soap-note: encounter transcript or free notes -> SOAP note with problems and medications."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import Field

from medgate.tasks.base import (
    FhirContext,
    MaybeIcd10,
    MaybeShort,
    Output,
    Section,
    Short,
    Task,
    Text,
)
from medgate.tasks.fhir import note_bundle


class Problem(Output):
    problem: Short
    icd10: MaybeIcd10 = Field(None, description="ICD-10-CM code only if certain, else null")


class Medication(Output):
    name: Short
    dose: MaybeShort = None
    frequency: MaybeShort = None


class SoapNote(Output):
    subjective: Text = Field(description="complaint, history, symptoms, meds, allergies")
    objective: Text = Field(description="vitals, examination, results; 'not documented' if none")
    assessment: Text = Field(description="problems and differential as stated or implied")
    plan: Text = Field(description="tests, treatment, referrals, follow-up")
    problem_list: Annotated[list[Problem], Field(max_length=10)]
    medications: Annotated[list[Medication], Field(max_length=15)]


class SoapNoteTask(Task):
    name: ClassVar[str] = "soap-note"
    use_case: ClassVar[str] = "clinical-documentation"
    output: ClassVar[type[Output]] = SoapNote
    input_label: ClassVar[str] = "Encounter transcript or notes"
    max_tokens: ClassVar[int] = 1200
    system_prompt: ClassVar[str] = (
        "You are a clinical documentation assistant. Write a SOAP note (Subjective, Objective, "
        "Assessment, Plan) from the encounter text, plus a problem list and the medications "
        "mentioned. Use only facts in the text; never invent findings, vitals or results: write "
        "'not documented' where the text says nothing. Give an ICD-10-CM code only when certain, "
        "otherwise null. Answer with one JSON object that follows the schema."
    )
    sections: ClassVar[tuple[Section, ...]] = (
        Section("subjective", "61150-9", "Subjective"),
        Section("objective", "61149-1", "Objective"),
        Section("assessment", "51848-0", "Assessment"),
        Section("plan", "18776-5", "Plan"),
        Section("problem_list", "11450-4", "Problem list"),
        Section("medications", "10160-0", "Medications"),
    )

    def supports_fhir(self) -> bool:
        return True

    def fhir(self, result: Output, ctx: FhirContext) -> dict[str, Any]:
        return note_bundle(
            result.model_dump(mode="json"),
            ctx,
            doc_type=("11506-3", "Progress note"),
            title="SOAP note (AI-assisted draft)",
            sections=self.sections,
        )
