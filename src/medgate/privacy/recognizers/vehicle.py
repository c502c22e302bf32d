"""Vehicle identifiers: VIN (check digit), licence plates and tags after a label."""

from __future__ import annotations

import re
from typing import ClassVar

from medgate.privacy import cues
from medgate.privacy.recognizers.base import Pattern, Recognizer, id_like
from medgate.privacy.recognizers.common import labelled
from medgate.privacy.types import PhiType

LABELS = r"vin|vehicle[ \t]*(?:id|identification)?|license[ \t]*plate|licence[ \t]*plate|plate|tag"
# A registration after "reg" / "car reg" / "number plate": the UK shape ("AB12 CDE"), Kenya's
# ("KMEG 417Q", "KDA 123A"), or a short upper-case run with letters and digits ("ABC-123")
PLATE = (
    r"[A-Z]{2}\d{2}[ ]?[A-Z]{3}|K[A-Z]{2,3}[ ]?\d{3}[A-Z]|[A-Z]{3}[ \-]?\d{3}[ \-]?[A-Z]{2}"  # (Nigeria: "LSD 412 KJ")
    r"|(?=[A-Z0-9\- ]*\d[A-Z0-9\- ]*\d)(?=[A-Z0-9\- ]*[A-Z])[A-Z0-9]{1,4}(?:[ \-][A-Z0-9]{1,4}){1,3}(?![\w\-])"
    # its digits read out by voice typing: "BHX four four one"
    r"|[A-Z]{2,3}(?:[ ](?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){2,4}\b"
    r"|(?=[A-Z0-9\- ]*\d[A-Z0-9\- ]*\d)(?=[A-Z0-9\- ]*[A-Z][A-Z0-9\- ]*[A-Z])[A-Z0-9]{1,4}[ \-]?[A-Z0-9]{1,4}"
    # Nepal's zone, class and number, its Devanagari letters romanised: "Ba 2 Cha 4417"
    r"|[A-Z][a-z]{0,2}[ ]\d{1,2}[ ][A-Z][a-z]{0,3}[ ]\d{1,4}\b"
    # Thailand's: a digit maybe, one to three Thai consonants, then the number ("1กข 4417")
    r"|\d?[\u0E01-\u0E2E]{1,3}[ \-]?\d{1,4}\b"
)
# (found from "reg" or "plate": "car reg", "bike reg", "boda reg", "number plate" end in them)
VEHICLE_WORDS = (
    "car|van|truck|ute|suv|taxi|jeepney|tricycle|motorbike|motorcycle|ambulance|bakkie|lorry|bus|minibus"
    "|matatu|trotro|danfo|keke|vehicle|pickup|pick-up|jeep|tuk-tuk|tuktuk|boda|camper|trailer"
)
# (with the space after: "cardiac", "care", "vancomycin" start no scan)
_VEHICLE_CUES = tuple(w + " " for w in VEHICLE_WORDS.split("|"))
REG_LABEL = (
    r"(?i:\b(?:reg(?:istration)?|rego)\.?(?:[ \t]*(?:no\.?|number|#|plate))?|\bplate)"
    r"(?![A-Za-z])(?:[ \t]+(?i:is|was)[ \t]+|[ \t]*[:#\-]?[ \t]*)"
)

# A registration after its word in other languages ("matrícula 31-PX-07", "rejestracja auta WA 5512K",
# "immatriculation 2231 HK 05", "Kennzeichen M AB 1234") or after "plate"/"vehicle": two to five groups
# of capitals and digits (a group up to five long: "KR 7H219"), two digits at least and a capital. After
# "Vehicle:" a form lists the car first, so up to four words of it may stand between ("Vehicle: blue
# Corolla Cross ND 551-902")
_WORLD_REG = (
    r"(?i:\b(?:matr[ií]cula|rejestracj[aię](?:[ \t]+(?:auta|samochodu|pojazdu))?|immatriculation|"
    r"immatricul[ée]e?|placa|kennzeichen|targa|kenteken|plate|(?P<form>vehicle|v[ée]hicule|veh[ií]culo)))"
    r"(?![A-Za-z])[ \t]*(?:(?(form):[ \t]*(?:[A-Za-z][a-z]+[ \t]+){0,4}?|[:#\-]?[ \t]*)|(?i:is|es|est|é)[ \t]+)"
)
_WORLD_PLATE = (  # (a letters-only group only before digits, or two letters last: not "... 448 JUST MOVE IT")
    r"(?=[A-Z0-9 \-]*\d[A-Z0-9 \-]*\d)(?=[A-Z0-9 \-]*[A-Z])"
    r"(?:[A-Z]{1,3}[ \-])?(?=[A-Z]*\d)[A-Z0-9]{1,5}(?:[ \-](?:[A-Z]{1,3}[ \-])?(?=[A-Z]*\d)[A-Z0-9]{1,5}){0,3}"
    r"(?:[ \-][A-Z]{1,2})?"
)
_WORLD_CUES = (
    "matr", "rejestracj", "immatricul", "placa", "kennzeichen", "targa", "kenteken", "plate", "vehicle", "véhicule",
    "vehicule", "vehículo", "vehiculo",
)  # fmt: skip


class VehicleRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.VEHICLE
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("labelled", labelled(LABELS)),
        Pattern("vin", r"\b(?P<v>[A-HJ-NPR-Z0-9]{17})\b"),
    )

    scans: ClassVar[tuple[Pattern, ...]] = (
        Pattern("plate", rf"{REG_LABEL}(?P<v>{PLATE})(?![\w\-])", cues=("reg", "plate"), anchored=True),
        # a plate right after the vehicle it is on: "drive you in his van NCA 4821", "my car KL 07 AB 1234"
        Pattern(
            "vehicle",
            rf"(?i:{VEHICLE_WORDS})[ \t]+(?=[A-Z0-9 \-]*[A-Z][A-Z0-9 \-]*[A-Z])(?P<v>{PLATE})(?![\w\-])",
            cues=_VEHICLE_CUES,
            anchored=True,
        ),
        Pattern("world", rf"{_WORLD_REG}(?P<v>{_WORLD_PLATE})(?![\w\-])", cues=_WORLD_CUES, anchored=True),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        if value.split(None, 1)[0].lower() in cues.MEASURE_WORDS and " " in value:
            return False  # "pulse 72 reg. MMSE 27/30": regular, then a score
        if _MODEL_YEAR.fullmatch(value) and _MAKE_AFTER.match(text, start + len(value)):
            return False  # "Vehicle: 2018 Honda Civic": the model year, then the make
        if _ENDS_IN_YEAR.search(value) and _MAKE_AFTER.match(text, start + len(value)):
            return False  # "CAR WAS A 2004 JETTA": words of the sentence, the model year, the make in capitals
        if _YEAR_THEN_MAKE.search(value):
            return False  # "VEHICLE A 2004 FORD RANGER": an article, the model year and the make
        if len(value) == 17 and value.isalnum() and value.isupper():
            return vin_valid(value) or (id_like(value) and _labelled(text, start))
        return id_like(value) or _SPOKEN_PLATE.fullmatch(value) is not None


_SPOKEN_PLATE = re.compile(r"[A-Z]{2,3}(?: [a-z]+){2,4}")
_MODEL_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")
_MAKE_AFTER = re.compile(r"[ \t]+[A-Z](?:[a-z]+|[A-Z]{2,}\b)")
_ENDS_IN_YEAR = re.compile(r"[ ](?:19[5-9]\d|20[0-4]\d)\Z")
_YEAR_THEN_MAKE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)[ ][A-Za-z]{3,}")

_VIN_VALUES = {
    c: v
    for v, cs in enumerate(
        ("0", "1AJ", "2BKS", "3CLT", "4DMU", "5ENV", "6FPW", "7GRX", "8HY", "9IZ")
    )
    for c in cs
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _labelled(text: str, start: int) -> bool:
    """A VIN's label before it: "VIN", or "chassis" (its number stamped on the frame)."""
    before = text[max(0, start - 20) : start].lower()
    return "vin" in before or "chassis" in before or "châssis" in before


def vin_valid(vin: str) -> bool:
    """ISO 3779 / NHTSA check digit in position 9."""
    if not any(c.isdigit() for c in vin) or not any(c.isalpha() for c in vin):
        return False
    total = sum(_VIN_VALUES.get(c, -100) * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    if total < 0:
        return False
    check = total % 11
    return vin[8] == ("X" if check == 10 else str(check))
