"""PDFs written by hand for the tests (no PDF library): text pages in Helvetica, and image-only
pages that hold one grayscale picture, the way a scanner writes them."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

LETTER = (612, 792)  # points


@dataclass
class Page:
    lines: list[tuple[float, float, str]] = field(default_factory=list)  # (x, y from top, text)
    image: NDArray[np.uint8] | None = None  # drawn over the whole page
    size: tuple[int, int] = LETTER


def _escape(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


def _content(page: Page) -> bytes:
    out = []
    if page.image is not None:
        w, h = page.size
        out.append(f"q {w} 0 0 {h} 0 0 cm /Im0 Do Q".encode())
    for x, y, text in page.lines:
        out.append(b"BT /F1 11 Tf 1 0 0 1 %.1f %.1f Tm (" % (x, page.size[1] - y) + _escape(text) + b") Tj ET")
    return b"\n".join(out)


def build_pdf(pages: list[Page]) -> bytes:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled below
    tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for page in pages:
        resources = f"/Font << /F1 {font} 0 R >>"
        if page.image is not None:
            h, w = page.image.shape
            raw = zlib.compress(page.image.tobytes())
            image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(raw))
                        + raw + b"\nendstream")
            resources += f" /XObject << /Im0 {image} 0 R >>"
        stream = _content(page)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {page.size[0]} {page.size[1]}] "
                        f"/Resources << {resources} >> /Contents {content} 0 R >>".encode()))
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {tree} 0 R >>".encode()
    objects[tree - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                         f"/Count {len(kids)} >>").encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)
