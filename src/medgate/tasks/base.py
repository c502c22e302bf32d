"""The shape every clinical task shares: field types, options, and the `Task` base class.

A task is data first (name, use case, output model, prompt, token budget) plus two optional
hooks: `postprocess` (e.g. readability gating, which may ask the model for one rewrite) and
`fhir` (export). Validation rules live in the output models, never only in the schema sent to the
engine: grammars can fail open and some backends ignore list limits.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from medgate.tasks.render import as_text

# The ICD-10-CM code shape. `[.]`, not `\.`: the escaped dot in a JSON-schema pattern crashes
# llama-cpp-python 0.3.36's grammar (segfault); the two are the same regular expression.
# Every chapter letter, U included (U07.1 COVID-19 is a real ICD-10-CM code).
ICD10_CM = r"^[A-Z][0-9][0-9AB]([.][0-9A-Z]{1,4})?$"
FHIR_REFERENCE = r"^[A-Z][A-Za-z]+/[A-Za-z0-9\-.]{1,64}$"


def _blank_to_none(value: Any) -> Any:
    """Models often write "" or "none" for "not given"; that means null, not a value."""
    if isinstance(value, str) and value.strip().lower() in ("", "none", "null", "n/a", "unknown"):
        return None
    return value


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=3000)]
Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
MaybeShort = Annotated[Short | None, BeforeValidator(_blank_to_none)]
Icd10 = Annotated[str, StringConstraints(max_length=8, pattern=ICD10_CM)]


def _code(value: Any) -> Any:
    """ " n10 " -> "N10" before the shape check; blank or "none" -> null."""
    value = _blank_to_none(value)
    return value.strip().upper() if isinstance(value, str) else value


MaybeIcd10 = Annotated[Icd10 | None, BeforeValidator(_code)]


# Bounded lists of short strings (findings, tests, follow-up items…).
Shorts5 = Annotated[list[Short], Field(max_length=5)]
Shorts10 = Annotated[list[Short], Field(max_length=10)]


class Output(BaseModel):
    """Base of every task output: unknown keys are an error, strings are stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class TaskOptions(BaseModel):
    """Options every task accepts; a task extends this model with its own."""

    model_config = ConfigDict(extra="forbid")

    subject: str | None = Field(None, pattern=FHIR_REFERENCE, description='e.g. "Patient/123"')
    encounter: str | None = Field(None, pattern=FHIR_REFERENCE, description='e.g. "Encounter/9"')
    seed: int | None = Field(None, description="sampling seed, for reproducible runs")


# Ask the model again with one more user instruction; returns a validated output (the runner
# applies the same truncation and repair rules as for the first answer).
Redo = Callable[[str], Awaitable[Output]]


@dataclass(frozen=True)
class FhirContext:
    """What an export needs beyond the result itself."""

    artefact_id: str
    alias: str
    subject: str | None
    encounter: str | None
    timestamp: str  # UTC ISO 8601
    # What the runner added beside the model's output (an image report's images and lab rows).
    extras: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Section:
    """One document section: the output field it renders and its LOINC section code."""

    field: str
    loinc: str | None  # None where no LOINC section code fits: the section then has a title only
    title: str


class Task:
    """A clinical task. Subclasses set the class attributes and override hooks only as needed."""

    name: ClassVar[str]
    use_case: ClassVar[str]
    output: ClassVar[type[Output]]
    options_model: ClassVar[type[TaskOptions]] = TaskOptions
    system_prompt: ClassVar[str]
    input_label: ClassVar[str] = "Clinical text"
    max_tokens: ClassVar[int] = 1024
    temperature: ClassVar[float] = 0.2
    takes_files: ClassVar[bool] = False  # input is files (image_run.py), the text a question

    def user_message(self, text: str, options: TaskOptions) -> str:
        """The user turn: the input, fenced so that instructions inside it read as data."""
        return f"{self.input_label}:\n<<<\n{text}\n>>>\n\nReturn only the JSON object."

    async def postprocess(
        self, result: Output, source: str, options: TaskOptions, redo: Redo
    ) -> tuple[Output, dict[str, Any]]:
        """Checks after validation (`source` is the input text); returns the output (possibly
        redone once through `redo`) and extra keys for the result."""
        return result, {}

    def supports_fhir(self) -> bool:
        return False

    def fhir(self, result: Output, ctx: FhirContext) -> dict[str, Any]:
        """The FHIR R4 (R4B models) Bundle for this result, as a plain dict."""
        raise NotImplementedError(self.name)

    def render(self, result: dict[str, Any]) -> str:
        """Readable text for the CLI."""
        return as_text(result)
