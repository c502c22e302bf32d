"""A professional's registration number after the initials of the council that issued it, as
Brazil and its neighbours print it on a report's signature: "CRM-RJ 98.431", "COREN-MG 442.119",
"CRF 31.207"; and after "Reg. No." with its thousands dotted ("Reg. No. 12.554"); and a patient
record's number dotted so after its word ("prontuário 2.331.908": the patient's, not a professional's). The
registration names the doctor, nurse or pharmacist who signed. Plain runs of five digits or more are
already the long-number rule's; this adds the dotted ones and the short ones after a council and state.

The signer's full name on the same line before the council's initials is theirs too, after "Dr."
or "Dra." and a dash or a comma ("Dra. Luana Prates Vilela - CRM-MG 61.447", "Dr. Caio Mendes
Farias, CRM-PE 12.345"): every capitalised word between the title and the dash, with its "da",
"de", "dos".
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.numbers import UNITS_AFTER
from medgate.privacy.types import Entity, PhiType

# (strict detection is over its time budget: each scan starts at a literal or a rare character,
# and what stands before a candidate is read back over a few characters only)
_DOTTED: Final = r"\d{1,3}(?:\.\d{3})+"
_SEP: Final = r"[ \t]*(?:n[º°o]\.?[ \t]*)?:?[ \t]*"
# council initials and a state ("CRM-RJ", "COREN/MG"), then its number, dotted or not: found
# from the state's dash or slash
_STATE_NUMBER: Final = re.compile(rf"[-/](?<=[A-Z][-/])[A-Z]{{2}}{_SEP}(?P<v>{_DOTTED}|\d{{4,7}})(?![\w]|[.,]\d)")
_COUNCIL_LETTERS_BEFORE: Final = re.compile(r"(?<![\w\-])[A-Z]{2,7}\Z")
# a dotted number (found from its dot) ...
_DOTTED_GROUP: Final = re.compile(r"\.\d{3}(?![\d])")
_DOTTED_NUMBER: Final = re.compile(rf"{_DOTTED}(?![\w]|[.,]\d)")
# ... after a council written without its state (Brazil's councils of medicine, pharmacy,
# dentistry, nutrition, nursing, physiotherapy, biomedicine, veterinary; not "CRP", C-reactive
# protein too) or a registration label
_LABEL_BEFORE: Final = re.compile(
    rf"(?:(?<![\w\-])(?:CRM|CRF|CRO|CRN|COREN|CREFITO|CRBM|CRMV|CRFa)"
    rf"|(?i:\b(?:reg(?:istration)?\.?[ \t]*(?:no|nr|n[º°]|#)\.?|registro|inscri[cç][aã]o))){_SEP}\Z"
)

# ... or after a patient record's word, Brazilian, Portuguese and Spanish as much as English
# ("prontuário 2.331.908", "HC nº 1.204.877", "processo 3.118.042", "record 2.110.554")
_RECORD_BEFORE: Final = re.compile(
    rf"(?i:\b(?:prontu[aá]rio|ficha|hc|hist[oó]ria[ \t]+cl[ií]nica|processo|mrn|record|chart|expediente)){_SEP}\Z"
)


_SIGNER: Final = re.compile(
    r"(?<![\w.])Dra?\.?[ ](?P<v>[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[ ](?:(?:d[aeo]s?|e)[ ])?[A-ZÀ-Ý][a-zà-ÿ'’]+){1,4})"
    r"[ ]?[-–—,|][ ]?(?:CRM|CRF|CRO|CRN|COREN|CREFITO|CRBM|CRMV|CRFa)(?![a-z])"
)


def registration_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if "Dr" in text and "CR" in text:
        out.extend(Entity.of(PhiType.NAME, m, "v") for m in _SIGNER.finditer(text))
    for m in _STATE_NUMBER.finditer(text):
        if _COUNCIL_LETTERS_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not UNITS_AFTER.match(text, m.end()):
            out.append(Entity.of(PhiType.LICENSE, m, "v"))
    pos = 0
    while g := _DOTTED_GROUP.search(text, pos):
        pos = g.end()
        start = g.start()
        while start and text[start - 1].isdigit() and g.start() - start < 3:
            start -= 1
        n = _DOTTED_NUMBER.match(text, start)
        if n is None or start == g.start() or (start and text[start - 1] in ".,"):
            continue
        pos = n.end()
        if UNITS_AFTER.match(text, n.end()):
            continue
        if _LABEL_BEFORE.search(text, max(0, start - 24), start):
            out.append(Entity(PhiType.LICENSE, start, n.end(), n.group()))
        elif _RECORD_BEFORE.search(text, max(0, start - 24), start):
            out.append(Entity(PhiType.MRN, start, n.end(), n.group()))
    return out
