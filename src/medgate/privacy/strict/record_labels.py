"""A record's number or a hospital's name after the word a country's clinics write for it: a South
African clinic's folder without "no" ("folder KPH 2290/23", "folder 44817/19"), a Vietnamese record
number after "mã BA" / "mã BN" / "số BA" / "mã bệnh án" (mã bệnh án, mã bệnh nhân: the case and
the patient number), and a Vietnamese hospital after "BV" / "bệnh viện" ("BV Tâm An", "bệnh viện Hoà
Bình"). "folder is empty", "mã số thuế" without digits, "BV" before a lower-case word stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_FOLDER: Final = re.compile(
    r"(?i:\bfolder)[ \t]+(?P<v>(?:[A-Z]{1,5}[ \t]?)?\d{3,}[/\-]\d{2,4}|[A-Z]{1,5}[ \t]?\d{3,}|\d{5,})(?![\w/\-])"
)
_VN_RECORD: Final = re.compile(
    r"(?i:\b(?:mã|số)[ \t]+(?:BA|BN|bệnh[ \t]+án|bệnh[ \t]+nhân|hồ[ \t]+sơ))"
    r"[ \t]*:?[ \t]*(?P<v>[A-Z]{0,3}\d[\d./\-]*\d)(?![\w])"
)
_VN_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_VN_WORD = rf"[{_VN_UPPER}][\wÀ-ỹ]*"
_VN_HOSPITAL: Final = re.compile(
    rf"(?:\bBV|(?i:\bbệnh[ \t]+viện))[ \t]+(?P<v>{_VN_WORD}(?:[ \t]+{_VN_WORD}){{0,3}})"
)


# a letter only Vietnamese writes: the Vietnamese labels are read only in Vietnamese text ("BV" is
# bacterial vaginosis in an English note)
_VIETNAMESE: Final = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def record_label_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if "folder" in low:
        out.extend(Entity.of(PhiType.MRN, m, "v") for m in _FOLDER.finditer(text))
    cue = "BV" in text or "mã" in low or "số" in low or "viện" in low
    if not cue or text.isascii() or _VIETNAMESE.search(low) is None:
        return out
    out.extend(Entity.of(PhiType.MRN, m, "v") for m in _VN_RECORD.finditer(text))
    out.extend(Entity.of(PhiType.LOCATION, m, "v") for m in _VN_HOSPITAL.finditer(text))
    return out
