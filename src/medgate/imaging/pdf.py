"""PDF documents: text pages give their text (pypdf, layout kept so a lab table's columns stay
apart), pages with no text (scans) are rendered to images (pypdfium2) for a vision model, and a
lab report's rows become a table (labs.py).

Text is text here: de-identification happens where every request's text is de-identified (the
privacy stage, for remote deployments). A rendered page is an image and falls under the burned-in
text rule like any other.
"""

from __future__ import annotations

import io
import math
import re
import struct
import threading
from typing import Final

import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from medgate.errors import InvalidFile, PayloadTooLarge
from medgate.imaging.labs import LabRow, lab_rows
from medgate.imaging.pixel_text import text_lines
from medgate.imaging.raster import encode
from medgate.imaging.screen import refuse_if_text
from medgate.imaging.selection import check_selection
from medgate.imaging.types import Attachment, Converted, Limits, Part, PlannedImage

# What pypdf raises on a broken file besides its own errors (it parses untrusted structure).
PYPDF_ERRORS: Final = (PyPdfError, ValueError, TypeError, KeyError, IndexError, AttributeError, OSError,
                       RuntimeError, AssertionError, struct.error, ZeroDivisionError, OverflowError, UnicodeError)
PDFIUM_ERRORS: Final = (pdfium.PdfiumError, ValueError, OSError, RuntimeError)
MIN_TEXT: Final = 20  # a page with fewer letters and digits than this is treated as a scan
# PDFium is not thread-safe, even across documents (pypdfium2's documentation): every call into it
# holds this lock. It guards a process-wide native library, so it is process-wide itself; it holds
# no data.
PDFIUM_LOCK: Final = threading.Lock()
_SPACES = re.compile(r"[ \t]{3,}")
_BLANKS = re.compile(r"\n{3,}")


def _tidy(text: str) -> str:
    """Column gaps kept (two spaces), runs of blank lines and trailing spaces dropped."""
    lines = [_SPACES.sub("  ", line).rstrip() for line in text.splitlines()]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


class PdfSource:
    def __init__(self, att: Attachment, limits: Limits, kind: str = "pdf") -> None:
        self.kind = kind
        self.limits, self.data = limits, att.data
        try:
            reader = PdfReader(io.BytesIO(att.data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise InvalidFile("the PDF is password-protected; send an unprotected copy")
            count = len(reader.pages)
        except PYPDF_ERRORS as exc:
            raise InvalidFile(f"the PDF cannot be read: {exc}") from exc
        if count < 1:
            raise InvalidFile("the PDF has no pages")
        if att.pages is None and count > limits.max_pdf_pages:
            raise PayloadTooLarge(f"the PDF has {count} pages; the limit is {limits.max_pdf_pages} "
                                  "(choose pages, e.g. pages: \"1-5\")")
        self.count = count
        self.pages = check_selection(att.pages or tuple(range(1, count + 1)), count, "page")
        self.texts: dict[int, str] = {}
        for number in self.pages:
            try:
                raw = reader.pages[number - 1].extract_text(extraction_mode="layout")
            except PYPDF_ERRORS as exc:
                raise InvalidFile(f"page {number} of the PDF cannot be read: {exc}") from exc
            self.texts[number] = _tidy(raw)
        total = sum(len(t) for t in self.texts.values())
        if total > limits.max_text_chars:
            raise PayloadTooLarge(f"the PDF holds {total} characters of text; the limit is "
                                  f"{limits.max_text_chars} (choose fewer pages)")
        self.scanned = [n for n in self.pages if _letters(self.texts[n]) < MIN_TEXT]
        if len(self.scanned) > limits.max_images:
            raise PayloadTooLarge(f"{len(self.scanned)} scanned pages would be sent as images; at most "
                                  f"{limits.max_images} images go to a model in one request (choose pages)")
        self.sizes = {n: self._page_size(reader, n) for n in self.scanned}

    def _page_size(self, reader: PdfReader, number: int) -> tuple[float, tuple[int, int]]:
        """The render scale and the rendered size of a page, from pypdf (pure Python, so planning
        never runs PDFium): the crop box, turned by /Rotate, at Limits.render_dpi; as PDFium sizes it."""
        try:
            page = reader.pages[number - 1]
            w, h = float(page.cropbox.width), float(page.cropbox.height)
            if page.rotation % 180 == 90:
                w, h = h, w
        except PYPDF_ERRORS as exc:
            raise InvalidFile(f"page {number} of the PDF cannot be read: {exc}") from exc
        if not (w > 0 and h > 0 and math.isfinite(w * h)):
            raise InvalidFile(f"page {number} of the PDF has no usable size")
        scale = self.limits.render_dpi / 72
        if w * h * scale * scale > self.limits.max_pixels:
            scale = math.sqrt(self.limits.max_pixels / (w * h)) * 0.99
        return scale, (math.ceil(w * scale), math.ceil(h * scale))

    def _render(self) -> dict[int, Image.Image]:
        """Each scanned page rendered. The document is opened and closed under PDFIUM_LOCK, so no
        pdfium object outlives it."""
        out: dict[int, Image.Image] = {}
        if not self.scanned:
            return out
        try:
            with PDFIUM_LOCK:
                doc = pdfium.PdfDocument(self.data)
                try:
                    for number in self.scanned:
                        out[number] = doc[number - 1].render(scale=self.sizes[number][0]).to_pil().convert("RGB")
                finally:
                    doc.close()
        except PDFIUM_ERRORS as exc:
            raise InvalidFile(f"the PDF cannot be rendered: {exc}") from exc
        return out

    def plan(self) -> list[PlannedImage]:
        return [self._planned(n, *self.sizes[n]) for n in self.scanned]

    @staticmethod
    def _planned(number: int, scale: float, size: tuple[int, int]) -> PlannedImage:
        return PlannedImage(size, f"PDF page {number} (no text layer: a scan), rendered at "
                                  f"{round(scale * 72)} dpi", page=number)

    def rows(self) -> list[tuple[int, LabRow]]:
        """Lab results found in the text pages, with their page numbers."""
        return [(n, row) for n in self.pages if n not in self.scanned for row in lab_rows(self.texts[n])]

    def convert(self, *, screen_text: bool) -> Converted:
        rendered = self._render()
        sent = ", ".join(map(str, self.pages)) if len(self.pages) < self.count else "all"
        parts: list[Part] = [f"PDF document, {self.count} page{'s' if self.count > 1 else ''} (pages sent: {sent})."]
        found = 0
        for number in self.pages:
            if number not in rendered:
                parts.append(f"Page {number} text:\n<<<\n{self.texts[number]}\n>>>")
                continue
            image = rendered[number]
            plan = self._planned(number, *self.sizes[number])
            if screen_text:
                lines = text_lines(np.asarray(image.convert("L")))
                found += len(lines)
                refuse_if_text(lines, [], where=plan.label)
            parts.append(encode(image, plan, self.limits))
        rows = self.rows()
        if rows:
            table = "\n".join(f"- {r.test} | {r.value} | {r.unit or ''} | {r.range or ''} | {r.flag or ''}"
                              for _, r in rows)
            parts.append("Lab results read from the text by medgate (test | value | unit | range | flag); "
                         f"check them against the text:\n{table}")
        info = {"pages": self.count, "sent_pages": list(self.pages), "scanned_pages": list(self.scanned),
                "lab_rows": len(rows), "text_lines": found if screen_text else None}
        return Converted(self.kind, tuple(parts), info)
