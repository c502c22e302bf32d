"""Small helpers shared by the imaging tests."""

from __future__ import annotations

import io

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from medgate.imaging import Attachment, Converted, Limits
from medgate.imaging.formats import open_source


def convert(data: bytes, *, screen: bool = False, limits: Limits | None = None, **att: object) -> Converted:
    return open_source(Attachment(data, **att), limits or Limits()).convert(screen_text=screen)  # type: ignore[arg-type]


def pixels(image_bytes: bytes) -> NDArray[np.uint8]:
    return np.asarray(Image.open(io.BytesIO(image_bytes)))


def png_chunks(data: bytes) -> list[bytes]:
    """The chunk types of a PNG file, in order."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    out, i = [], 8
    while i < len(data):
        length = int.from_bytes(data[i:i + 4], "big")
        out.append(data[i + 4:i + 8])
        i += 12 + length
    return out
