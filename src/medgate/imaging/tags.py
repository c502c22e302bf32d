"""The DICOM attributes that may reach a model: an allow-list of acquisition facts, each value
checked against its value representation. Nothing else is ever read out of a dataset for a model:
no patient, study, institution, operator, date, UID or free-text attribute, and no private tag.

Code strings must look like DICOM code strings (upper case, digits, space, underscore, at most
16 characters) and numbers must parse as finite numbers, so a misused attribute cannot smuggle a
name through. The summary is text and goes through de-identification like any other text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, Final

from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

_CODE = re.compile(r"^[A-Z0-9 _]{1,16}$")

# keyword -> (label for the model, kind of value, unit)
ALLOWED: Final[Mapping[str, tuple[str, str, str]]] = {
    "Modality": ("modality", "code", ""),
    "BodyPartExamined": ("body part", "code", ""),
    "ViewPosition": ("view", "code", ""),
    "Laterality": ("laterality", "code", ""),
    "ImageLaterality": ("image laterality", "code", ""),
    "PatientPosition": ("patient position", "code", ""),
    "ImageType": ("image type", "code", ""),
    "ScanningSequence": ("scanning sequence", "code", ""),
    "SequenceVariant": ("sequence variant", "code", ""),
    "MRAcquisitionType": ("MR acquisition", "code", ""),
    "PixelSpacing": ("pixel spacing", "number", "mm"),
    "ImagerPixelSpacing": ("imager pixel spacing", "number", "mm"),
    "SliceThickness": ("slice thickness", "number", "mm"),
    "SpacingBetweenSlices": ("spacing between slices", "number", "mm"),
    "KVP": ("kVp", "number", "kV"),
    "MagneticFieldStrength": ("field strength", "number", "T"),
    "RepetitionTime": ("TR", "number", "ms"),
    "EchoTime": ("TE", "number", "ms"),
    "InversionTime": ("TI", "number", "ms"),
    "FlipAngle": ("flip angle", "number", "deg"),
}
# Attributes that flag an image as carrying identifying features on its pixels.
FLAGS: Final = ("BurnedInAnnotation", "RecognizableVisualFeatures")


def _values(raw: Any) -> list[Any]:
    if isinstance(raw, (list, tuple, MultiValue)):
        return list(raw)
    return [raw]


def _clean(kind: str, raw: Any) -> list[str] | None:
    out = []
    for value in _values(raw):
        if kind == "code":
            text = str(value).strip()
            if not _CODE.match(text):
                return None
            out.append(text)
        else:
            try:
                number = float(value)
            except (TypeError, ValueError):
                return None
            if not math.isfinite(number):
                return None
            out.append(f"{number:g}")
    return out or None


def allowed_tags(ds: Dataset) -> dict[str, str | list[str]]:
    """The allow-listed attributes present in `ds`, by keyword, values checked."""
    tags: dict[str, str | list[str]] = {}
    for keyword, (_, kind, _unit) in ALLOWED.items():
        raw = ds.get(keyword)
        if raw is None or raw == "":
            continue
        values = _clean(kind, raw)
        if values is not None:
            tags[keyword] = values[0] if len(values) == 1 else values
    return tags


def flagged(ds: Dataset) -> list[str]:
    """Which of FLAGS the dataset sets to YES."""
    return [k for k in FLAGS if str(ds.get(k, "")).strip().upper() == "YES"]


def describe(tags: Mapping[str, str | list[str]]) -> str:
    """`modality CT; body part CHEST; pixel spacing 0.7\\0.7 mm` for the model."""
    parts = []
    for keyword, value in tags.items():
        label, _, unit = ALLOWED[keyword]
        text = "\\".join(value) if isinstance(value, list) else value
        parts.append(f"{label} {text}{' ' + unit if unit else ''}")
    return "; ".join(parts)
