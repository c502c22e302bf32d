"""DICOM pixel values to 8-bit display values, in the order PS3.3 C.11 prescribes:

    stored values ─► modality LUT (Rescale Slope/Intercept, or a Modality LUT Sequence)
                  ─► VOI LUT (a VOI LUT Sequence, else Window Center/Width, else the frame's range)
                  ─► MONOCHROME1 inversion ─► 0..255

Skipping a step gives the classic black image: CT stored values start near 0 for air only after
the rescale, and a 12-bit range shown without a window leaves soft tissue in a few grey levels.
Per-frame values of enhanced multi-frame objects (functional groups) win over top-level ones.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.pixels.processing import apply_color_lut, apply_modality_lut, apply_voi

Gray = NDArray[np.float64]
COLOUR: Final = frozenset({"RGB", "YBR_FULL", "YBR_FULL_422", "YBR_ICT", "YBR_RCT", "YBR_PARTIAL_420"})


def frame_value(ds: Dataset, frame: int, group: str, keyword: str) -> Any:
    """`keyword` for one frame (0-based): the per-frame functional group, then the shared one,
    then the top-level attribute; None when absent."""
    for seq_name, index in (("PerFrameFunctionalGroupsSequence", frame),
                            ("SharedFunctionalGroupsSequence", 0)):
        seq = ds.get(seq_name)
        if seq is not None and len(seq) > index:
            inner = seq[index].get(group)
            if inner is not None and len(inner) and keyword in inner[0]:
                return inner[0].get(keyword)
    return ds.get(keyword)


def _first(value: Any) -> float | None:
    """A number from a DS/IS value that may be multi-valued (the first view wins)."""
    if value is None:
        return None
    if isinstance(value, (list, tuple, MultiValue)):
        value = value[0] if len(value) else None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None


def modality(ds: Dataset, arr: NDArray[Any], frame: int) -> Gray:
    """Stored values to modality values (Hounsfield units for CT)."""
    if "ModalityLUTSequence" in ds:
        return np.asarray(apply_modality_lut(arr, ds), dtype=np.float64)
    slope = _first(frame_value(ds, frame, "PixelValueTransformationSequence", "RescaleSlope"))
    intercept = _first(frame_value(ds, frame, "PixelValueTransformationSequence", "RescaleIntercept"))
    out = arr.astype(np.float64)
    if slope is not None and slope != 1.0:
        out *= slope
    if intercept:
        out += intercept
    return out


def _linear(x: Gray, c: float, w: float) -> Gray:  # PS3.3 C.11.2.1.2.1
    return np.clip((x - (c - 0.5)) / (w - 1) + 0.5, 0.0, 1.0)


def _linear_exact(x: Gray, c: float, w: float) -> Gray:  # C.11.2.1.3.2
    return np.clip((x - c) / w + 0.5, 0.0, 1.0)


def _sigmoid(x: Gray, c: float, w: float) -> Gray:  # C.11.2.1.3.1
    return np.asarray(1.0 / (1.0 + np.exp(np.clip(-4.0 * (x - c) / w, -500, 500))), dtype=np.float64)


WINDOW_FUNCTIONS: Final[Mapping[str, Callable[[Gray, float, float], Gray]]] = {
    "LINEAR": _linear, "LINEAR_EXACT": _linear_exact, "SIGMOID": _sigmoid}


def voi(ds: Dataset, values: Gray, frame: int) -> tuple[Gray, str]:
    """Modality values to 0..1, and which VOI step was used (for the response's summary)."""
    if "VOILUTSequence" in ds and len(ds.VOILUTSequence):
        lut = ds.VOILUTSequence[0]
        bits = int(lut.LUTDescriptor[2]) if "LUTDescriptor" in lut else 16
        out = np.asarray(apply_voi(values, ds), dtype=np.float64) / float((1 << bits) - 1)
        return np.clip(out, 0.0, 1.0), "voi-lut"
    center = _first(frame_value(ds, frame, "FrameVOILUTSequence", "WindowCenter"))
    width = _first(frame_value(ds, frame, "FrameVOILUTSequence", "WindowWidth"))
    function = str(frame_value(ds, frame, "FrameVOILUTSequence", "VOILUTFunction") or "LINEAR").upper()
    apply = WINDOW_FUNCTIONS.get(function, _linear)
    min_width = 1.0 if apply is _linear else 0.0
    if center is not None and width is not None and width > min_width:
        return apply(values, center, width), "window"
    low, high = float(values.min()), float(values.max())
    if high <= low:
        return np.zeros_like(values), "range"
    return (values - low) / (high - low), "range"


def to_uint8(unit: Gray) -> NDArray[np.uint8]:
    return np.asarray(np.rint(unit * 255.0), dtype=np.uint8)


def grayscale(ds: Dataset, arr: NDArray[Any], frame: int) -> tuple[NDArray[np.uint8], str]:
    """One grayscale frame to 8 bits: modality LUT, VOI, MONOCHROME1 inversion, then 0..255."""
    unit, step = voi(ds, modality(ds, arr, frame), frame)
    if str(ds.get("PhotometricInterpretation", "")).upper() == "MONOCHROME1":
        unit = 1.0 - unit
    return to_uint8(unit), step


def colour(ds: Dataset, arr: NDArray[Any]) -> NDArray[np.uint8]:
    """An RGB (already converted from YBR by pydicom) or palette frame to 8 bits per channel."""
    if str(ds.get("PhotometricInterpretation", "")).upper() == "PALETTE COLOR":
        arr = apply_color_lut(arr, ds)
        bits = 16 if arr.dtype.itemsize > 1 else 8
    else:
        bits = int(ds.get("BitsStored", 8) or 8)
    if bits <= 8:
        return np.asarray(arr, dtype=np.uint8)
    return to_uint8(np.clip(arr.astype(np.float64) / float((1 << bits) - 1), 0.0, 1.0))


def display(ds: Dataset, arr: NDArray[Any], frame: int) -> tuple[NDArray[np.uint8], str]:
    """8-bit pixels ready to encode (H×W gray or H×W×3 RGB) and the VOI step used."""
    photometric = str(ds.get("PhotometricInterpretation", "")).upper()
    if photometric in COLOUR or photometric == "PALETTE COLOR":
        return colour(ds, arr), "colour"
    if arr.ndim == 3:  # a grayscale frame with a stray samples axis
        arr = arr[..., 0]
    return grayscale(ds, arr, frame)
