"""Photos and screenshots (PNG, JPEG, WebP, GIF) with Pillow, and the one encoder every image
leaves through: scaled to fit Limits.max_side, re-encoded without metadata (EXIF, GPS, text
chunks and ICC profiles are dropped; the EXIF orientation is applied first)."""

from __future__ import annotations

import io
import struct
from typing import Final

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageOps

from medgate.errors import InvalidFile, PayloadTooLarge
from medgate.imaging.labs import LabRow
from medgate.imaging.pixel_text import text_lines
from medgate.imaging.screen import refuse_if_text
from medgate.imaging.types import Attachment, Converted, Limits, PlannedImage, SentImage, Size

# What Pillow raises on a corrupt or truncated file (it has no single base class for them).
PILLOW_ERRORS: Final = (OSError, ValueError, SyntaxError, EOFError, struct.error, IndexError,
                        TypeError, KeyError, ZeroDivisionError)
_KEEP_MODES: Final = frozenset({"L", "RGB"})


def fit(size: Size, max_side: int) -> Size:
    w, h = size
    longest = max(w, h)
    if longest <= max_side:
        return size
    scale = max_side / longest
    return max(1, round(w * scale)), max(1, round(h * scale))


def _eight_bit(img: Image.Image) -> Image.Image:
    """L or RGB: 16-bit and 32-bit grey stretched over its range, alpha laid on white."""
    if img.mode in _KEEP_MODES:
        return img
    if img.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        arr = np.asarray(img, dtype=np.float64)
        low, high = float(arr.min()), float(arr.max())
        unit = (arr - low) / (high - low) if high > low else np.zeros_like(arr)
        return Image.fromarray(np.asarray(np.rint(unit * 255), dtype=np.uint8))
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        base = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(base, rgba).convert("RGB")
    return img.convert("L" if img.mode in ("1", "L") else "RGB")


def encode(pixels: NDArray[np.uint8] | Image.Image, plan: PlannedImage, limits: Limits,
           *, jpeg: bool = False) -> SentImage:
    """PNG (or JPEG for a photo that came as JPEG), scaled down to fit `limits.max_side`."""
    img = pixels if isinstance(pixels, Image.Image) else Image.fromarray(pixels)
    img = _eight_bit(img)
    sent = fit(img.size, limits.max_side)
    if sent != img.size:
        img = img.resize(sent, Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    if jpeg:
        img.save(buf, "JPEG", quality=90)
    else:
        img.save(buf, "PNG", compress_level=1)  # 2.4x faster than 6 on a 2048² CT, 11% larger
    return SentImage(plan, buf.getvalue(), "image/jpeg" if jpeg else "image/png", img.size)


def _open(data: bytes, limits: Limits) -> Image.Image:
    try:
        img = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise PayloadTooLarge(f"image is too large to decode: {exc}") from exc
    except PILLOW_ERRORS as exc:
        raise InvalidFile(f"image cannot be read: {exc}") from exc
    w, h = img.size
    if w * h > limits.max_pixels:
        raise PayloadTooLarge(f"image is {w}×{h} pixels; the limit is {limits.max_pixels} pixels")
    return img


def oriented_size(img: Image.Image) -> Size:
    """The size as displayed: EXIF orientations 5-8 swap width and height."""
    try:
        orientation = img.getexif().get(0x0112, 1)
    except PILLOW_ERRORS:
        orientation = 1
    w, h = img.size
    return (h, w) if orientation in (5, 6, 7, 8) else (w, h)


class RasterSource:
    """A PNG, JPEG, WebP or GIF file (the first frame of an animation)."""

    def __init__(self, att: Attachment, limits: Limits, kind: str) -> None:
        self.kind = kind
        self.limits = limits
        self.data = att.data
        self.img = _open(att.data, limits)

    def rows(self) -> list[tuple[int, LabRow]]:
        return []

    def plan(self) -> list[PlannedImage]:
        w, h = oriented_size(self.img)
        return [PlannedImage((w, h), f"{self.kind.upper()} image, {w}×{h} px")]

    def convert(self, *, screen_text: bool) -> Converted:
        plan = self.plan()[0]
        try:
            img = ImageOps.exif_transpose(self.img)
            img.load()
            rgb = _eight_bit(img)
        except Image.DecompressionBombError as exc:
            raise PayloadTooLarge(f"image is too large to decode: {exc}") from exc
        except PILLOW_ERRORS as exc:
            raise InvalidFile(f"image cannot be decoded: {exc}") from exc
        lines = text_lines(np.asarray(rgb)) if screen_text else None
        refuse_if_text(lines, [], where=plan.label)
        sent = encode(rgb, plan, self.limits, jpeg=self.kind == "jpeg")
        return Converted(self.kind, (sent,), {"text_lines": None if lines is None else len(lines)})
