"""Find text on an image's pixels without an OCR model: rows of glyph-like marks.

Burned-in annotations (a name, an ID, a date in the corner of an ultrasound or a secondary
capture) and scanned documents share a shape that anatomy rarely has: several small, separate
marks of similar height, each crisp against a flat background, standing side by side on one
line with letter-sized gaps. The detector looks for exactly that, on both polarities (light text
on a dark background, dark text on a light one):

1. threshold (>= 140 or <= 115 of 255), label 8-connected components (scipy.ndimage);
2. keep glyph-sized ones: 5 px <= height <= min(80, H/6), width <= 2 x height, ink covering
   12-90% of the box (a thin bar may fill it), with a flat, contrasting surround (the box grown
   by a quarter of its height: mean <= 70 for light text, >= 185 for dark);
3. chain neighbours: the next mark starts within one height to the right, is at most twice as
   tall, and shares the centre line or the baseline;
4. a chain of at least MIN_GLYPHS marks is a text line.

A heuristic, not a reader: it finds the text it was tested on (glyphs 6-60 px high, light
or dark, in Pillow's fonts) and leaves phantoms of anatomy, noise and gradients alone, but stylised, faint or tiny text
(under about 6 px) can pass. It is one layer behind the DICOM BurnedInAnnotation flag.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Final

import numpy as np
from numpy.typing import NDArray
from scipy import ndimage

MIN_GLYPHS: Final = 4
MIN_HEIGHT: Final = 5
LIGHT: Final = 140  # light marks are >= this; dark marks <= 255 - this
DARK: Final = 115
MAX_CANDIDATES: Final = 20_000  # beyond this the mask is texture, not text
WORK_SIDE: Final = 2048  # larger images are reduced (block mean) before the search
_EIGHT: Final = np.ones((3, 3), dtype=bool)

Box = tuple[int, int, int, int]  # x, y, width, height


@dataclass(frozen=True)
class _Glyph:
    x0: int
    y0: int
    x1: int  # exclusive
    y1: int

    @property
    def h(self) -> int:
        return self.y1 - self.y0

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


def _reduce(gray: NDArray[np.uint8]) -> tuple[NDArray[np.uint8], int]:
    k = -(-max(gray.shape) // WORK_SIDE)
    if k <= 1:
        return gray, 1
    h, w = (gray.shape[0] // k) * k, (gray.shape[1] // k) * k
    blocks = gray[:h, :w].reshape(h // k, k, w // k, k).mean(axis=(1, 3))
    return np.asarray(blocks, dtype=np.uint8), k


def _glyphs(gray: NDArray[np.uint8], light: bool) -> list[_Glyph]:
    mask = gray >= LIGHT if light else gray <= DARK
    labels, count = ndimage.label(mask, structure=_EIGHT)
    if count == 0 or count > MAX_CANDIDATES * 4:
        return []
    areas = np.bincount(labels.ravel())[1:]
    boxes = ndimage.find_objects(labels)
    spans = np.array([(b[0].start, b[0].stop, b[1].start, b[1].stop) for b in boxes], dtype=np.int64)
    hs, ws = spans[:, 1] - spans[:, 0], spans[:, 3] - spans[:, 2]
    max_h = max(MIN_HEIGHT, min(80, gray.shape[0] // 6))
    fill = areas / (hs * ws)
    keep = (hs >= MIN_HEIGHT) & (hs <= max_h) & (ws <= 2 * hs) & (
        ((fill >= 0.12) & (fill <= 0.9)) | (ws * 2.5 <= hs))
    out: list[_Glyph] = []
    for index in np.flatnonzero(keep):
        ys0, ys1, xs0, xs1 = (int(v) for v in spans[index])
        pad = max(2, int(hs[index]) // 4)
        y0, y1 = max(0, ys0 - pad), min(gray.shape[0], ys1 + pad)
        x0, x1 = max(0, xs0 - pad), min(gray.shape[1], xs1 + pad)
        ring = gray[y0:y1, x0:x1][labels[y0:y1, x0:x1] != index + 1]
        if ring.size == 0:
            continue
        surround = float(ring.mean())
        if (light and surround > 70) or (not light and surround < 185):
            continue
        out.append(_Glyph(xs0, ys0, xs1, ys1))
        if len(out) > MAX_CANDIDATES:
            return []
    return out


def _neighbours(a: _Glyph, b: _Glyph) -> bool:
    tall = max(a.h, b.h)
    if max(a.h, b.h) > 2 * min(a.h, b.h):
        return False
    if b.x0 - a.x1 > tall or b.x0 < a.x1 - tall // 3:
        return False
    return abs(a.cy - b.cy) <= 0.35 * tall or abs(a.y1 - b.y1) <= 0.2 * tall


def _lines(glyphs: list[_Glyph]) -> list[Box]:
    glyphs = sorted(glyphs, key=lambda g: g.x0)
    starts = [g.x0 for g in glyphs]
    parent = list(range(len(glyphs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(glyphs):
        lo = bisect.bisect_left(starts, a.x1 - a.h // 3)
        hi = bisect.bisect_right(starts, a.x1 + 2 * a.h)
        for j in range(max(lo, i + 1), hi):
            if _neighbours(a, glyphs[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[_Glyph]] = {}
    for i, g in enumerate(glyphs):
        groups.setdefault(root(i), []).append(g)
    boxes = []
    for members in groups.values():
        if len(members) >= MIN_GLYPHS:
            x0, y0 = min(g.x0 for g in members), min(g.y0 for g in members)
            x1, y1 = max(g.x1 for g in members), max(g.y1 for g in members)
            boxes.append((x0, y0, x1 - x0, y1 - y0))
    return boxes


def text_lines(image: NDArray[np.uint8]) -> list[Box]:
    """Boxes (x, y, width, height, in the image's pixels) of lines that look like text."""
    gray = image if image.ndim == 2 else np.asarray(image[..., :3].mean(axis=2), dtype=np.uint8)
    work, k = _reduce(gray)
    found = _lines(_glyphs(work, light=True)) + _lines(_glyphs(work, light=False))
    return sorted((x * k, y * k, w * k, h * k) for x, y, w, h in found)
