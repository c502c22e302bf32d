"""What the imaging package takes and gives: limits, an attached file, the images planned from it
and the text and images that replace it in a request."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from medgate.imaging.labs import LabRow

Size = tuple[int, int]  # (width, height) in pixels


@dataclass(frozen=True)
class Limits:
    """What one request may carry and what a model is sent. Images wider or taller than
    `max_side` are scaled down (aspect kept); grounding boxes come back in the submitted file's
    pixel space all the same."""

    max_side: int = 2048  # longest side of an image sent to a model
    max_images: int = 8  # images per request once files are converted (frames, pages included)
    max_pixels: int = 40_000_000  # pixels of one decoded source image or frame (bomb guard)
    max_pdf_pages: int = 50
    max_text_chars: int = 60_000  # text extracted from one PDF
    render_dpi: int = 150  # scanned PDF pages are rendered at this resolution


@dataclass(frozen=True)
class Attachment:
    """One file as the caller sent it. `frames` (DICOM) and `pages` (PDF) are 1-based."""

    data: bytes
    media_type: str | None = None
    name: str | None = None
    frames: tuple[int, ...] | None = None
    pages: tuple[int, ...] | None = None


@dataclass(frozen=True)
class PlannedImage:
    """One image a file becomes, known before any pixel is decoded."""

    size: Size  # in the submitted file's pixel space (a PDF page: rendered at Limits.render_dpi)
    label: str  # what the model is told it is: "DICOM CT, frame 3 of 20"
    frame: int | None = None
    page: int | None = None
    modality: str | None = None  # a DICOM Modality code (CT, MR, CR...), when the file says


@dataclass(frozen=True)
class SentImage:
    """An image as it is sent: encoded, metadata-free, at most Limits.max_side on a side."""

    plan: PlannedImage
    data: bytes
    mime: str  # image/png or image/jpeg
    sent: Size


Part = str | SentImage  # text, or an image


@dataclass(frozen=True)
class Converted:
    """What replaces one attached file in a request: text and images in reading order, and a
    summary for the response's `medgate.documents` (counts and allow-listed tags only)."""

    kind: str
    parts: tuple[Part, ...]
    info: Mapping[str, Any] = field(default_factory=dict)

    @property
    def images(self) -> list[SentImage]:
        return [p for p in self.parts if isinstance(p, SentImage)]


class Source(Protocol):
    """An opened file of one format (the table in formats.py names them)."""

    kind: str

    def plan(self) -> list[PlannedImage]:
        """The images this file becomes, without decoding pixels."""
        ...

    def rows(self) -> list[tuple[int, LabRow]]:
        """Lab results read from the file's text, with their page numbers (none for images)."""
        ...

    def convert(self, *, screen_text: bool) -> Converted:
        """Decode and encode. With `screen_text`, an image with text on its pixels is refused
        (BurnedInText): the caller is about to send it to a remote deployment."""
        ...
