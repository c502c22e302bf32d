"""Health-plan beneficiary numbers: member/policy/Medicare/Medicaid labels and the MBI shape."""

from __future__ import annotations

import re
from typing import ClassVar, Final

from medgate.privacy.recognizers.base import Pattern, Recognizer, id_like
from medgate.privacy.recognizers.common import ID_VALUE, labelled
from medgate.privacy.types import PhiType

LABELS = (
    r"member|subscriber|policy|insurance(?:[ \t]*(?:member))?|ins|medicaid|medicare|mbi|"
    r"group|grp|plan|health[ \t]*plan|beneficiary|hicn|payer[ \t]*id|bcbs|aetna|cigna|humana|"
    r"united(?:healthcare)?|kaiser|tricare|nhs|chi|ramq|ohip|msp|health[ \t]*card|carte|hcn|phn|ihi|gms[ \t]*card|"
    r"medicare[ \t]*card|ihi|pps|insurance[ \t]*card|"
    # national schemes: the Philippines' PhilHealth PIN, Germany's Versichertennummer ("Vers.-Nr."),
    # the Netherlands' zorgverzekering / polisnummer
    r"philhealth(?:[ \t]*(?:pin|id))?|(?:kranken)?versicherten-?nummer|versicherungs-?nummer|"
    r"vers\.?[ \t]*-?[ \t]*nr|kvnr|zorgverzekering|zorgverzekeraar|polis-?nummer|polis|"
    r"verzekerings-?nummer|"
    # Brazil's health-plan card ("carteirinha da Unimed"), Argentina's member number ("socio 61 188402 3 01")
    r"carteirinha|carteira|socio|afiliado|n[º°]?[ \t]*de[ \t]*afiliado"
)


# A unit of dose right after the value: "Plan: EPO 4000 IU twice weekly" is a drug's dose under a
# note's "Plan:" heading, not a plan's member number
_DOSE_UNIT_AFTER: Final = re.compile(r"[ \t]*(?i:iu|units?|u|mg|mcg|µg|ug|ml|mmol|meq)\b")


class HealthPlanRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.HEALTH_PLAN
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("labelled", labelled(LABELS)),
        # "... member\nW88213457-01": a member/subscriber/policy number on the next line
        Pattern(
            "next_line",
            labelled(r"member(?:[ \t]*id)?|subscriber(?:[ \t]*id)?|policy", next_line=True),
            cues=("ember\n", "iber\n", "olicy\n", "ember id\n"),
        ),
        Pattern(
            "mbi",
            # (CMS groups it 4-3-4 with dashes; read aloud or voice-typed, with spaces: "1 EG4 TE5 MK72")
            r"\b(?P<v>[1-9][ -]?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[ -]?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]"
            r"\d[ -]?[AC-HJKMNP-RT-Y]{2}\d{2})\b",
        ),
    )

    scans: ClassVar[tuple[Pattern, ...]] = (
        # "member ID on his card is XGH448120937": a few words between the label and its value
        Pattern(
            "member_id_is",
            r"(?i:\bmember[ \t]*(?:id|number|no\.?|#))(?:[ \t]+(?i:on|in|of|from)[ \t]+"
            r"(?i:the|his|her|my|their|our|your)[ \t]+(?i:card|insurance|plan|policy))?"
            rf"[ \t]*(?:[:#=\-][ \t]*|(?i:is|was)[ \t]+)(?P<v>{ID_VALUE})(?![\w\-])",
            cues=("member",),
            anchored=True,
        ),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        return id_like(value) and _DOSE_UNIT_AFTER.match(text, start + len(value)) is None
