"""A hospital told by its initials right after the doctor who works there, as referrals and
follow-up lines write it: "Next review Dr. Yeo Kai Ming, NNI.", "f/u with Dr Tan, SGH, in 3
months". After a doctor's name and a comma, two to five capitals that end the clause and are no
credential, unit, department or word the lexicon knows as English or clinical are the doctor's
hospital; "Dr Patel, MBBS, DCH", "Dr Lim, ICU." and "Dr Smith, GP." stay. And a hospital by its bare
name between the doctor and a city the gazetteer knows ("Dr. Ana Ruiz, Methodist, San Antonio");
a department or a job there ("Dr Lee, Cardiology, Leeds", "Dr Ng, Consultant, Perth") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(  # (led by its "D", which the regex engine skips to; the word's start read behind it)
    r"[Dd](?<!\w.)(?:(?<=D)[rR]|(?<=d)r)\.?[ \t]+(?:[A-Z][\w'’\-]*\.?[ \t]+){0,3}[A-Z][\w'’\-]*[ \t]*,[ \t]*"
    r"(?:(?P<v>[A-Z]{2,5})(?=[ \t]*(?:[.,;)]|\n|$))"
    # ... or a hospital by its bare name between the doctor and its city, as a transfer form writes
    # it: "Accepting MD: Dr. Ana Ruiz, Methodist, San Antonio" (the city one the gazetteer knows)
    r"|(?P<b>[A-Z][a-z'’]{3,}(?:[ \t][A-Z][a-z'’]{3,})?)[ \t]*,[ \t]*(?P<c>[A-Z][a-z]+))"
)
# a job, not a hospital, in that slot ("Dr Lee, Cardiologist, Leeds", "Dr Ng, Consultant, Perth")
_JOB_ENDINGS: Final = ("ologist", "iatrist", "ician", "ant", "ar", "or", "er", "ist", "ian")
_CREED_HOSPITALS: Final = ("methodist", "baptist", "adventist")  # (jobs' "-ist" ending that hospitals take)
# degrees, memberships and grades written after a doctor's name (beside cues.CREDENTIALS)
_CREDENTIALS: Final = frozenset(
    (
        "mbbs", "md", "ms", "dnb", "dch", "frcs", "frcp", "mrcp", "mrcs", "mrcgp", "fracp", "fracs", "frcpc",
        "ccfp", "bds", "mds", "dm", "mch", "dgo", "da", "dpm", "mph", "phd", "fcps", "facs", "facp", "faap",
        "frcog", "mrcog", "frca", "fcai", "mbchb", "mbbch", "do", "dc", "rn", "np", "pa", "gp", "gpst", "sho",
        "spr", "st", "ct", "mo", "rmo", "hmo", "jmo", "pgy", "fy", "cmo", "smo", "fcfp", "mmed", "fcs", "fcp",
        "micgp", "mrcpi", "frcsi", "fracgp", "rnzcgp", "mrcpch", "frcpch", "dcp", "dlo", "dph", "dmrd", "dnb",
        "pcp", "ccp", "cnp", "ap", "ns", "sn", "en", "hca", "ahp", "dds", "dmd", "od", "dpm", "mrcpsych",
    )
)  # fmt: skip


def doctor_hospital_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "r" not in text and "R" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        if m.group("b") is not None:
            if lex(m.group("c").lower()).flags & (F.PLACE | F.PHRASE_HEAD) and not any(
                _not_hospital(lex, w) for w in m.group("b").lower().split()
            ):
                out.append(Entity.of(PhiType.LOCATION, m, "b"))
            continue
        low = m.group("v").lower()
        if low in _CREDENTIALS or low in cues.CREDENTIALS or low in cues.UNITS or low in cues.DEPARTMENTS:
            continue
        e = lex(low)
        if not (e.english or e.clinical):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out


def _not_hospital(lex: Lexicon, low: str) -> bool:
    """A department, a unit, a title, a clinical word or a job ("General Surgery", "Diabetes Clinic",
    "Consultant") in the slot after the doctor's name."""
    if low in cues.DEPARTMENTS or low in cues.UNITS or low in cues.TITLES or low in cues.FACILITY_KINDS:
        return True
    return lex(low).clinical or (low.endswith(_JOB_ENDINGS) and low not in _CREED_HOSPITALS)
