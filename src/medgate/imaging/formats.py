"""FORMATS: the one table of file formats medgate converts, and how a file is recognised.

Recognition is by content (magic bytes), never by the declared media type alone: a file called
scan.png that is a DICOM object is read as DICOM. The declared type only settles the one case
content cannot, a DICOM stream without its 128-byte preamble (`application/dicom`).

Each format's reader is named, not imported: pydicom, pypdf, pypdfium2, Pillow and scipy load on
the first file, so a gateway that never sees one never pays for them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, cast

from medgate.errors import UnsupportedFile
from medgate.imaging.types import Attachment, Limits, Source


@dataclass(frozen=True)
class Format:
    name: str
    media_types: tuple[str, ...]
    magic: Callable[[bytes], bool]
    reader: str  # "module:Class", a Source built as Class(attachment, limits, name)
    raster: bool = False  # a plain picture: a local deployment may get it as it came


FORMATS: Final[Mapping[str, Format]] = MappingProxyType({f.name: f for f in (
    Format("dicom", ("application/dicom",), lambda d: d[128:132] == b"DICM", "medgate.imaging.dicom:DicomSource"),
    Format("pdf", ("application/pdf",), lambda d: d[:1024].lstrip().startswith(b"%PDF-"),
           "medgate.imaging.pdf:PdfSource"),
    Format("png", ("image/png",), lambda d: d[:8] == b"\x89PNG\r\n\x1a\n", "medgate.imaging.raster:RasterSource",
           raster=True),
    Format("jpeg", ("image/jpeg",), lambda d: d[:3] == b"\xff\xd8\xff", "medgate.imaging.raster:RasterSource",
           raster=True),
    Format("webp", ("image/webp",), lambda d: d[:4] == b"RIFF" and d[8:12] == b"WEBP",
           "medgate.imaging.raster:RasterSource", raster=True),
    Format("gif", ("image/gif",), lambda d: d[:6] in (b"GIF87a", b"GIF89a"), "medgate.imaging.raster:RasterSource",
           raster=True),
)})
# Only this declared type is trusted without magic bytes (DICOM streams may lack the preamble).
_TRUSTED_DECLARED: Final = {"application/dicom": "dicom"}


def sniff(data: bytes, declared: str | None = None) -> Format:
    """The file's format, or UnsupportedFile naming what is supported."""
    for fmt in FORMATS.values():
        if fmt.magic(data):
            return fmt
    if declared is not None and (name := _TRUSTED_DECLARED.get(declared.lower())) is not None:
        return FORMATS[name]
    known = ", ".join(f.media_types[0] for f in FORMATS.values())
    said = f" (declared {declared})" if declared else ""
    raise UnsupportedFile(f"the file{said} is not in a format medgate converts; supported: {known}")


def open_source(att: Attachment, limits: Limits, fmt: Format | None = None) -> Source:
    """The opened file (headers parsed, nothing decoded yet)."""
    fmt = fmt or sniff(att.data, att.media_type)
    module, _, name = fmt.reader.partition(":")
    reader = getattr(importlib.import_module(module), name)
    return cast(Source, reader(att, limits, fmt.name))
