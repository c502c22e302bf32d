"""The findings layer: numbers and signs a message reports, scored against published thresholds.

`GROUPS` is the one table naming the groups; each group file declares its phrase concepts and
its discriminators as data (see `base`). `FindingsLayer` turns asserted concept mentions and
readings into fired discriminators, each with its level, category, evidence and source.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.escalation import Level
from medgate.safety.findings import (
    abdomen,
    alcohol_withdrawal,
    breathing,
    children,
    clot,
    common,
    consciousness,
    devices,
    diabetes,
    drug_harms,
    eating_disorder,
    endocrine_uro,
    eye,
    guillain_barre,
    head_injury,
    injuries,
    joints,
    kidney,
    marine_sting,
    mental_state,
    neck_space,
    pain,
    pregnancy,
    same_day,
    sepsis,
    shingles,
    surgical,
    syncope,
    toxicity,
    travel,
    treatment,
    vital_signs,
    wernicke,
    work_hazards,
)
from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.findings.layer import FindingsLayer

GROUPS: Final[tuple[Group, ...]] = (
    vital_signs.GROUP,
    sepsis.GROUP,
    consciousness.GROUP,
    syncope.GROUP,
    children.GROUP,
    clot.GROUP,
    devices.GROUP,
    travel.GROUP,
    breathing.GROUP,
    neck_space.GROUP,
    abdomen.GROUP,
    surgical.GROUP,
    eye.GROUP,
    pregnancy.GROUP,
    head_injury.GROUP,
    injuries.GROUP,
    work_hazards.GROUP,
    toxicity.GROUP,
    marine_sting.GROUP,
    drug_harms.GROUP,
    diabetes.GROUP,
    endocrine_uro.GROUP,
    joints.GROUP,
    kidney.GROUP,
    mental_state.GROUP,
    eating_disorder.GROUP,
    wernicke.GROUP,
    alcohol_withdrawal.GROUP,
    guillain_barre.GROUP,
    treatment.GROUP,
    pain.GROUP,
    same_day.GROUP,
    shingles.GROUP,
    common.GROUP,
)

__all__ = ["GROUPS", "Discriminator", "FindingsLayer", "Group", "Level"]
