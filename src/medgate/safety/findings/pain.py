"""Severe pain (Manchester Triage System discriminator), beyond the sites other groups name.

Source: Manchester Triage Group, Emergency Triage (3rd ed., 2014): "severe pain" (7-10 on a
0-10 scale, or unbearable) is a very-urgent discriminator on almost every presentation chart;
"moderate pain" is urgent. A chat message is not an emergency department queue: severe acute
pain alone is advised as urgent here, and severe pain of sudden onset in the trunk or head as
emergent (the sites where it signals a vascular or surgical catastrophe). Long-standing or
recurring pain is left to routine care.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group

DISCRIMINATORS: Final = (
    Discriminator(
        "sudden severe pain in the trunk or head", "emergent", ("severe_pain", "onset_sudden"),
        any_of=("abdominal_pain", "chest_pain", "back_pain", "headache", "testicular_pain"),
        none_of=("chronic_only",), source="MTS: severe pain; sudden onset",
    ),
    Discriminator("severe acute pain", "urgent", ("severe_pain",), none_of=("chronic_only", "resolved"),
                  source="MTS: severe pain"),
)

GROUP: Final = Group("severe_pain", (), DISCRIMINATORS)
