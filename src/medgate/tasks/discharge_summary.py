"""discharge-summary: hospital course notes -> diagnoses, procedures, meds with changes,
follow-up, pending results (CMS 42 CFR 482.24(c)(4)(vii): outcome, disposition, follow-up)."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from medgate.tasks.base import (
    FhirContext,
    MaybeIcd10,
    MaybeShort,
    Output,
    Section,
    Short,
    Shorts10,
    Task,
    Text,
)
from medgate.tasks.fhir import note_bundle


class Diagnosis(Output):
    diagnosis: Short
    icd10: MaybeIcd10 = Field(None, description="ICD-10-CM code only if certain, else null")


class DischargeMedication(Output):
    name: Short
    dose: MaybeShort = None
    frequency: MaybeShort = None
    change: Literal["new", "changed", "unchanged", "stopped"]


class DischargeSummary(Output):
    diagnoses: Annotated[list[Diagnosis], Field(min_length=1, max_length=10)]
    procedures: Shorts10
    hospital_course: Text
    condition_at_discharge: Short
    disposition: Short = Field(description="where the patient goes, e.g. home, rehabilitation")
    discharge_medications: Annotated[list[DischargeMedication], Field(max_length=20)]
    follow_up: Shorts10
    pending_results: Shorts10


class DischargeSummaryTask(Task):
    name: ClassVar[str] = "discharge-summary"
    use_case: ClassVar[str] = "clinical-documentation"
    output: ClassVar[type[Output]] = DischargeSummary
    input_label: ClassVar[str] = "Hospital course notes"
    max_tokens: ClassVar[int] = 1600
    system_prompt: ClassVar[str] = (
        "You are a clinical documentation assistant. Write a hospital discharge summary from the "
        "notes: discharge diagnoses, procedures, hospital course, condition at discharge, "
        "disposition, discharge medications with their change status (new, changed, unchanged, "
        "stopped), follow-up appointments and results still pending. Use only facts in the "
        "notes; leave a list empty rather than invent items. Give an ICD-10-CM code only when "
        "certain, otherwise null. Answer with one JSON object that follows the schema."
    )
    sections: ClassVar[tuple[Section, ...]] = (
        Section("diagnoses", "11535-2", "Discharge diagnoses"),
        Section("procedures", "47519-4", "Procedures"),
        Section("hospital_course", "8648-8", "Hospital course"),
        Section("condition_at_discharge", None, "Condition at discharge"),
        Section("disposition", None, "Disposition"),
        Section("discharge_medications", "10183-2", "Discharge medications"),
        Section("follow_up", "18776-5", "Follow-up"),
        Section("pending_results", "30954-2", "Pending results"),
    )

    def supports_fhir(self) -> bool:
        return True

    def fhir(self, result: Output, ctx: FhirContext) -> dict[str, Any]:
        return note_bundle(
            result.model_dump(mode="json"),
            ctx,
            doc_type=("18842-5", "Discharge summary"),
            title="Discharge summary (AI-assisted draft)",
            sections=self.sections,
        )
