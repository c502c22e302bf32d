"""One model card: what a model is, what it costs where, and what it is good for (validated data).

Every model in `models.yaml` becomes one frozen `Card`. Unknown keys are errors (`extra="forbid"`),
so a typo in the YAML fails at load time instead of silently dropping a fact.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

FamilyName = Literal["deepseek-r1", "gpt-oss", "glm-4.5v", "generic"]
Modality = Literal["text", "image", "video"]
ReasoningMode = Literal["always", "effort", "hybrid", "none"]


class UseCase(StrEnum):
    """The use cases every card scores; the names are public (CLI `--use-case`, JSON)."""

    CLINICAL_DOCUMENTATION = "clinical-documentation"
    DIAGNOSTIC_SUPPORT = "diagnostic-support"
    PATIENT_COMMUNICATION = "patient-communication"
    MEDICAL_EDUCATION = "medical-education"
    MEDICAL_RESEARCH = "medical-research"
    IMAGING = "imaging"
    DOCUMENT_ANALYSIS = "document-analysis"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Price(_Strict):
    """USD per million tokens."""

    input_per_m: float = Field(ge=0)
    output_per_m: float = Field(ge=0)

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        """USD for one call (reasoning tokens are billed as completion tokens)."""
        return (prompt_tokens * self.input_per_m + completion_tokens * self.output_per_m) / 1e6


class ProviderOffer(_Strict):
    """How one provider serves the model: its model id, price and the context it allows.

    A price of None means "served there, price not on record" — never a guess.
    """

    model: str = Field(min_length=1)
    price_input: float | None = Field(default=None, ge=0)
    price_output: float | None = Field(default=None, ge=0)
    context_tokens: int | None = Field(default=None, gt=0)
    source: str | None = None

    @model_validator(mode="after")
    def _both_prices_or_none(self) -> Self:
        if (self.price_input is None) != (self.price_output is None):
            raise ValueError("give both price_input and price_output, or neither")
        return self

    @property
    def price(self) -> Price | None:
        if self.price_input is None or self.price_output is None:
            return None
        return Price(input_per_m=self.price_input, output_per_m=self.price_output)


class Reasoning(_Strict):
    """How thinking is controlled: always on, an effort level, a switch, or not at all."""

    mode: ReasoningMode
    controls: str


class Hardware(_Strict):
    """Smallest GPU memory (GB, all GPUs together) that serves the released weights; 0 = CPU."""

    gpu_memory_gb: float = Field(ge=0)
    precision: str
    note: str


class UseCaseScore(_Strict):
    """A 0–1 judgement for one use case and the facts it rests on."""

    score: float = Field(ge=0, le=1)
    evidence: str = Field(min_length=1, max_length=200)


class Measurement(_Strict):
    """A measured result: written back by `medgate eval publish` (catalog/evidence.yaml)."""

    benchmark: str
    metric: str  # accuracy | rubric score
    value: float
    ci_low: float | None = None  # 95% percentile bootstrap interval
    ci_high: float | None = None
    use_case: UseCase | None = None
    provider: str | None = None  # the deployment measured (e.g. siliconflow:openai/gpt-oss-120b)
    n: int | None = Field(default=None, ge=0)
    unparseable_rate: float | None = Field(default=None, ge=0, le=1)
    cost_per_100_usd: float | None = Field(default=None, ge=0)
    latency_p50_ms: float | None = Field(default=None, ge=0)
    run: str | None = None
    date: str | None = None

    def summary(self) -> str:
        """'medqa_usmle_4opt accuracy 0.620 (95% CI 0.550-0.690), n=200, $0.12/100 items, 2026-11-25'"""
        parts = [f"{self.benchmark} {self.metric} {self.value:.3f}"]
        if self.ci_low is not None and self.ci_high is not None:
            parts[0] += f" (95% CI {self.ci_low:.3f}-{self.ci_high:.3f})"
        if self.n is not None:
            parts.append(f"n={self.n}")
        if self.cost_per_100_usd is not None:
            parts.append(f"${self.cost_per_100_usd:.4g}/100 items")
        if self.date:
            parts.append(self.date)
        return ", ".join(parts)


class Card(_Strict):
    """One model in the catalogue."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.\-]*$")
    aliases: tuple[str, ...] = ()
    name: str
    developer: str
    subtype: str
    family: FamilyName
    parameters_total_b: float = Field(gt=0)
    parameters_active_b: float = Field(gt=0)
    architecture: str
    context_tokens: int = Field(gt=0)
    modalities: tuple[Modality, ...] = Field(min_length=1)
    licence: str = Field(pattern=r"^[A-Za-z0-9.\-+]+$")
    reasoning: Reasoning
    hardware: Hardware
    core_strength: str
    providers: dict[str, ProviderOffer] = Field(default_factory=dict)
    use_cases: dict[UseCase, UseCaseScore]
    evidence: tuple[Measurement, ...] = ()
    sources: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        missing = [u.value for u in UseCase if u not in self.use_cases]
        if missing:
            raise ValueError(f"use_cases lacks {', '.join(missing)}")
        if self.parameters_active_b > self.parameters_total_b:
            raise ValueError("parameters_active_b exceeds parameters_total_b")
        if "text" not in self.modalities:
            raise ValueError("modalities must include text")
        if "image" not in self.modalities and self.use_cases[UseCase.IMAGING].score > 0:
            raise ValueError("a model without image input must score 0 for imaging")
        return self

    @property
    def vision(self) -> bool:
        return "image" in self.modalities

    def score(self, use_case: UseCase) -> float:
        return self.use_cases[use_case].score

    def cheapest(self) -> tuple[str, Price] | None:
        """The provider with the lowest output price (then input price), if any price is known."""
        priced = [(name, p) for name, offer in self.providers.items() if (p := offer.price)]
        if not priced:
            return None
        return min(priced, key=lambda np: (np[1].output_per_m, np[1].input_per_m, np[0]))

    def max_context(self) -> tuple[int, str]:
        """The longest context any route offers, and where: the model card or a provider."""
        best, where = self.context_tokens, "model card"
        for name, offer in sorted(self.providers.items()):
            if offer.context_tokens is not None and offer.context_tokens > best:
                best, where = offer.context_tokens, name
        return best, where
