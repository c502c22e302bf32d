"""PDFs: text pages become text (layout kept), scans become images rendered at 150 dpi with the
right pixels, lab reports become rows, and broken or oversized PDFs are client errors."""

from __future__ import annotations

import numpy as np
import pytest

from medgate.errors import BurnedInText, InvalidFile, InvalidRequest, PayloadTooLarge
from medgate.imaging import Attachment, Limits
from medgate.imaging.pdf import PdfSource
from tests.imaging import files
from tests.imaging.helpers import convert, pixels
from tests.imaging.pdfs import Page, build_pdf


def test_text_page_becomes_text_and_a_lab_table() -> None:
    out = convert(files.lab_pdf())
    assert out.images == [] and out.info["scanned_pages"] == [] and out.info["lab_rows"] == 5
    text = "\n".join(p for p in out.parts if isinstance(p, str))
    assert "Page 1 text:" in text and "Hemoglobin  10.2  g/dL  13.5-17.5  L" in text
    assert "- Sodium | 131 | mmol/L | 135-145 | L" in text  # no flag in the report: read from the range
    assert "- CRP | <5 | mg/L | <10 | " in text


def test_scanned_page_is_rendered_with_its_pixels_where_they_were() -> None:
    source = PdfSource(Attachment(files.scanned_pdf(with_text=False)), Limits())
    (plan,) = source.plan()
    assert plan.page == 1 and plan.size == (1275, 1651)  # 8.5 x 11 in at 150 dpi
    out = source.convert(screen_text=True)  # no text on it: a remote model may see it
    (image,) = out.images
    assert image.plan == plan and image.sent == (1275, 1651)
    px = pixels(image.data)
    # the scan is 850 x 1100 (100 dpi) over the page: its black block (x 100..400, y 100..200)
    # lands at 1.5x on the 150 dpi render
    assert px[225, 375].max() < 30 and px[100, 100].min() > 230 and px[320, 620].min() > 230


def test_scanned_page_with_text_is_refused_for_a_remote_model() -> None:
    with pytest.raises(BurnedInText, match="PDF page 1"):
        convert(files.scanned_pdf(), screen=True)
    assert len(convert(files.scanned_pdf()).images) == 1


def test_pages_are_selectable_and_scans_downscaled() -> None:
    data = build_pdf([Page(files.LAB_LINES), Page(image=files.scanned_page(with_text=False)), Page(files.LAB_LINES)])
    out = convert(data, pages=(2,), limits=Limits(max_side=1000))
    (image,) = out.images
    assert out.info["sent_pages"] == [2] and image.plan.size == (1275, 1651) and image.sent == (772, 1000)  # 1275 * 1000 / 1651
    assert not any("Page 1 text" in p for p in out.parts if isinstance(p, str))
    with pytest.raises(InvalidRequest, match="page 4 was asked for, but the file has 3"):
        convert(data, pages=(4,))


def test_limits_and_broken_pdfs() -> None:
    many = build_pdf([Page([(50, 50, f"page {i} Hemoglobin 10.2 g/dL 13.5-17.5")]) for i in range(6)])
    with pytest.raises(PayloadTooLarge, match="6 pages; the limit is 5"):
        convert(many, limits=Limits(max_pdf_pages=5))
    assert len(convert(many, pages=(1, 2), limits=Limits(max_pdf_pages=5)).parts) == 3
    with pytest.raises(PayloadTooLarge, match="characters of text"):
        convert(files.lab_pdf(), limits=Limits(max_text_chars=100))
    with pytest.raises(InvalidFile):
        convert(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")
    assert np.array_equal(  # the same file twice gives the same pixels (no state between calls)
        pixels(convert(files.scanned_pdf()).images[0].data), pixels(convert(files.scanned_pdf()).images[0].data))
