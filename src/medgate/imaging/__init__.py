"""Medical images and documents made fit for a vision model, with identifiers kept back.

    fmt = formats.sniff(data, media_type)                       DICOM, PDF, PNG, JPEG, WebP, GIF
    source = formats.open_source(Attachment(data), Limits())     headers parsed, nothing decoded
    source.plan() -> [PlannedImage]                             sizes and labels, before decoding
    source.convert(screen_text=remote) -> Converted             text and PNG/JPEG images

DICOM: frames decoded with pydicom (modality LUT, VOI LUT or window, MONOCHROME1 inversion, then
8 bits) and an allow-list of tags as text. PDF: text pages as text (de-identified downstream like
any text), scanned pages rendered, lab results as a table (labs.py). Every image is scaled to fit,
re-encoded without metadata and, when `screen_text`, refused if text is on its pixels
(BurnedInText). Corrupt or unsupported files raise InvalidFile (400), UnsupportedFile (415) or
PayloadTooLarge (413), never anything else.

This module imports only the light parts; the readers (pydicom, pypdf, pypdfium2, Pillow, scipy)
load with the first file (formats.py).
"""

from __future__ import annotations

from medgate.imaging.dataurl import DataUrl, data_url, parse_data_url
from medgate.imaging.selection import parse_selection
from medgate.imaging.types import (
    Attachment,
    Converted,
    Limits,
    Part,
    PlannedImage,
    SentImage,
    Size,
    Source,
)

__all__ = [
    "Attachment",
    "Converted",
    "DataUrl",
    "Limits",
    "Part",
    "PlannedImage",
    "SentImage",
    "Size",
    "Source",
    "data_url",
    "parse_data_url",
    "parse_selection",
]
