"""DICOM files with pydicom: frames decoded one at a time (compressed transfer syntaxes through
the permissive plugins in the dependencies: pylibjpeg-openjpeg for JPEG 2000, python-gdcm for
JPEG lossless, JPEG-LS and the rest, pydicom itself for RLE),
shown through display.py's pipeline, sent as PNG; only tags.py's allow-list reaches a model.

A multi-frame file sends its middle frame unless `frames` picks others.
"""

from __future__ import annotations

import io
import struct
from typing import Any, Final

from pydicom import dcmread
from pydicom.dataset import Dataset
from pydicom.errors import BytesLengthException, InvalidDicomError
from pydicom.pixels.utils import pixel_array
from pydicom.uid import RLELossless

from medgate.errors import InvalidFile, PayloadTooLarge, UnsupportedFile
from medgate.imaging.display import display
from medgate.imaging.labs import LabRow
from medgate.imaging.pixel_text import text_lines
from medgate.imaging.raster import encode
from medgate.imaging.screen import refuse_if_text
from medgate.imaging.selection import check_selection
from medgate.imaging.tags import allowed_tags, describe, flagged
from medgate.imaging.types import Attachment, Converted, Limits, Part, PlannedImage

# What pydicom and its decoder plugins raise on a corrupt, truncated or unsupported file.
DICOM_ERRORS: Final = (InvalidDicomError, BytesLengthException, ValueError, TypeError, KeyError, IndexError, AttributeError,
                       NotImplementedError, RuntimeError, OSError, EOFError, struct.error, OverflowError,
                       ZeroDivisionError)
_PIXELS: Final = ("PixelData", "FloatPixelData", "DoubleFloatPixelData")
# Decoder plugin per transfer syntax where the default choice is unsafe on untrusted input:
# pylibjpeg-rle (if installed) panics (an uncatchable BaseException) on corrupt RLE data.
PLUGINS: Final = {RLELossless: "pydicom"}


def _positive(ds: Dataset, keyword: str, default: int | None = None) -> int:
    raw: Any = ds.get(keyword, default)
    try:
        value = int(raw)
    except (TypeError, ValueError):
        value = 0
    if value < 1:
        raise InvalidFile(f"the DICOM file has no usable {keyword} ({raw!r})")
    return value


def read(data: bytes) -> Dataset:
    """The dataset, pixel data left encoded. A file without the 128-byte preamble is read too."""
    force = data[128:132] != b"DICM"
    try:
        return dcmread(io.BytesIO(data), force=force)
    except DICOM_ERRORS as exc:
        raise InvalidFile(f"the DICOM file cannot be read: {exc}") from exc


class DicomSource:
    def __init__(self, att: Attachment, limits: Limits, kind: str = "dicom") -> None:
        self.kind = kind
        self.limits = limits
        self.ds = read(att.data)
        try:  # pydicom parses elements when they are first read: a corrupt one fails here, not later
            self._header()
        except DICOM_ERRORS as exc:
            raise InvalidFile(f"the DICOM attributes cannot be read: {exc}") from exc
        if self.height * self.width * self.samples > limits.max_pixels:
            raise PayloadTooLarge(f"a DICOM frame is {self.width}×{self.height} pixels; the limit is "
                                  f"{limits.max_pixels} pixels")
        self.frames = check_selection(att.frames or ((self.count + 1) // 2,), self.count, "frame")
        if len(self.frames) > limits.max_images:
            raise PayloadTooLarge(f"{len(self.frames)} frames were asked for; at most {limits.max_images} "
                                  "images go to a model in one request")

    def _header(self) -> None:
        """Everything read from the dataset besides pixels, read once."""
        ds = self.ds
        if not any(k in ds for k in _PIXELS):
            raise UnsupportedFile("the DICOM object has no pixel data (a report, a presentation state or "
                                  "another non-image object); send the image files of the study")
        self.height, self.width = _positive(ds, "Rows"), _positive(ds, "Columns")
        self.samples = _positive(ds, "SamplesPerPixel", 1)
        self.count = _positive(ds, "NumberOfFrames", 1)
        self.tags = allowed_tags(ds)
        self.flags = flagged(ds)
        self.burned_in = {"YES": "YES", "NO": "NO"}.get(str(ds.get("BurnedInAnnotation", "")).strip().upper())
        meta = getattr(ds, "file_meta", None)
        uid = meta.get("TransferSyntaxUID") if meta is not None else None
        self.syntax = str(getattr(uid, "name", uid)) if uid is not None else None
        self.plugin = PLUGINS.get(uid, "") if uid is not None else ""

    def _label(self, frame: int) -> str:
        """The modality last: text after "MR" or before "CT" reads as a title or a state to the
        strict PHI filter downstream ("MR frame" would lose "frame")."""
        what = f"DICOM frame {frame} of {self.count}" if self.count > 1 else "DICOM image"
        return f"{what}, modality {self.tags['Modality']}" if "Modality" in self.tags else what

    def rows(self) -> list[tuple[int, LabRow]]:
        return []

    def plan(self) -> list[PlannedImage]:
        size = (self.width, self.height)
        modality = self.tags.get("Modality")
        return [PlannedImage(size, self._label(f), frame=f, modality=modality if isinstance(modality, str) else None)
                for f in self.frames]

    def convert(self, *, screen_text: bool) -> Converted:
        plans = self.plan()
        refuse_if_text(None, self.flags if screen_text else [], where=plans[0].label)
        summary = describe(self.tags) or "no acquisition attributes"
        parts: list[Part] = [f"DICOM file ({summary}; {self.count} frame{'s' if self.count > 1 else ''})."]
        steps, found = [], 0
        for plan in plans:
            assert plan.frame is not None
            try:
                arr = pixel_array(self.ds, index=plan.frame - 1, decoding_plugin=self.plugin)
                pixels, step = display(self.ds, arr, plan.frame - 1)
            except DICOM_ERRORS as exc:
                raise InvalidFile(f"{plan.label} cannot be decoded: {exc}") from exc
            if screen_text:
                lines = text_lines(pixels)
                found += len(lines)
                refuse_if_text(lines, [], where=plan.label)
            steps.append(step)
            parts.append(encode(pixels, plan, self.limits))
        info = {"frames": self.count, "sent_frames": list(self.frames), "tags": dict(self.tags),
                "burned_in_annotation": self.burned_in,
                "text_lines": found if screen_text else None, "voi": sorted(set(steps)),
                "transfer_syntax": self.syntax}
        return Converted(self.kind, tuple(parts), info)
