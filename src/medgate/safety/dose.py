"""A child's paracetamol ingestion told in numbers, read against TOXBASE's line.

TOXBASE / NPIS (paracetamol, 2023) and the MHRA (2012): a single acute ingestion of under 75 mg/kg
needs no treatment and no hospital visit in a child who is well; at 75 mg/kg or more, or when the
amount or the weight is unknown, the child is assessed now. So when a message gives both the amount
(a volume at its strength, or a count of tablets of a strength) and the child's weight, and the
total is under 75 mg/kg, the ingestion alarm of the rules (and the findings' "a small child who may
have eaten tablets") is dropped. Never when the intake was deliberate or repeated over time, when any
sign of toxicity, another drug or a poison is told, or when paracetamol is not the medicine named.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Final, Protocol

from medgate.safety.escalation import Fired
from medgate.safety.findings.measures import Reading
from medgate.safety.rules.ibuprofen_dose import milligrams

PARACETAMOL_LINE_MG_KG: Final = 75.0  # TOXBASE: under this, a single ingestion needs no treatment
CHILD_AGE: Final = 16.0
# overdose concepts that keep the alarm whatever the amount
_KEEP: Final = frozenset({"deliberate", "toxic_signs", "unresponsive", "repeat_dose", "toxic_ingestion",
                          "street_drug", "overdose_named"})
# the alarms a measured small dose answers (the rules' names, and the findings' generic one)
_INGESTION_RULES: Final = frozenset({"child_ingestion", "excess_ingestion"})
_TABLETS_FINDING: Final = "a small child who may have eaten tablets"


def below_line(overdose: Mapping[str, object], readings: Sequence[Reading]) -> bool:
    """True when `overdose` (the asserted overdose concepts) names paracetamol and nothing that keeps
    the alarm, the readings give a child's weight and the amounts taken, and their total is under
    75 mg/kg of the lightest weight told."""
    if "paracetamol" not in overdose or not _KEEP.isdisjoint(overdose):
        return False
    weights = [r.value for r in readings if r.kind == "weight_kg"]
    doses = [r.value for r in readings if r.kind == "dose_mg"]
    if not weights or not doses:
        return False
    if any(r.kind == "age_y" and r.value >= CHILD_AGE for r in readings):
        return False  # an adult's amount is judged with intent (NICE CG16), not only by weight
    return sum(doses) / min(weights) < PARACETAMOL_LINE_MG_KG


def calmed(fired: Iterable[Fired]) -> list[Fired]:
    """`fired` without the ingestion alarms a measured dose under the line answers."""
    return [f for f in fired
            if not ((f.category == "overdose" and set(f.name.split(", ")) <= _INGESTION_RULES)
                    or f.layer == "learned"  # it read the same ingestion, without the dose
                    or (f.category == "medicine_toxicity" and f.name == _TABLETS_FINDING))]


# TOXBASE (ibuprofen): under 100 mg/kg no toxicity is expected and no treatment is needed. An ingestion
# below it, by a child or a teenager after an upset, is no poisoning emergency; it stays urgent (any
# deliberate ingestion is assessed the same day for the self-harm: NICE CG16 / NG225), never dropped.
IBUPROFEN_LINE_MG_KG: Final = 100.0
# what keeps the alarm whatever the amount: signs, another drug or a poison, a repeated dose
_KEEP_IBUPROFEN: Final = frozenset({"toxic_signs", "unresponsive", "repeat_dose", "toxic_ingestion", "street_drug",
                                    "paracetamol", "drug_taken", "overdose_named", "excess_ingestion"})


class _Told(Protocol):  # a concept mention (medgate.safety.screen.Mention)
    @property
    def text(self) -> str: ...


def ibuprofen_below_line(overdose: Mapping[str, Sequence[_Told]], readings: Sequence[Reading]) -> bool:
    """True when `overdose` tells ibuprofen tablets by count and strength and nothing that keeps the
    alarm, a weight is told, and the total is under 100 mg/kg of the lightest weight told."""
    told = overdose.get("ibuprofen_taken")
    if not told or not _KEEP_IBUPROFEN.isdisjoint(overdose):
        return False
    weights = [r.value for r in readings if r.kind == "weight_kg"]
    amounts = [mg for m in told if (mg := milligrams(m.text)) is not None]
    return bool(weights and amounts) and sum(amounts) / min(weights) < IBUPROFEN_LINE_MG_KG


def capped(fired: Iterable[Fired]) -> list[Fired]:
    """`fired` with the ingestion alarms a measured small ibuprofen dose answers made urgent."""
    return [dataclasses.replace(f, level="urgent")
            if (f.category == "overdose" and set(f.name.split(", ")) <= _INGESTION_RULES) or f.layer == "learned"
            else f for f in fired]
