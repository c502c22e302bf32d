"""The burned-in text detector finds typed lines (light on dark, dark on light, 9-40 px high,
anywhere) and stays quiet on anatomy-like phantoms, ultrasound speckle, gradients and noise."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray
from scipy import ndimage

from medgate.imaging.pixel_text import text_lines
from tests.imaging.files import draw_text

NAME = "QUIXLEY^MARGUERITE  MRN 778812  12/04/1961"


def chest_phantom(n: int, seed: int) -> NDArray[np.uint8]:
    """An axial chest slice at a soft-tissue window: body, lungs, spine, 24 ribs, noise."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:n, 0:n]
    c = n / 2
    img = np.zeros((n, n))
    img[((x - c) / (0.42 * n)) ** 2 + ((y - c) / (0.32 * n)) ** 2 <= 1] = 110
    for dx in (-0.17, 0.17):
        img[((x - c - dx * n) / (0.12 * n)) ** 2 + ((y - c) / (0.2 * n)) ** 2 <= 1] = 15
    img[((x - c) / (0.04 * n)) ** 2 + ((y - c - 0.2 * n) / (0.04 * n)) ** 2 <= 1] = 255
    for a in np.linspace(0, 2 * np.pi, 24, endpoint=False):
        rx, ry = c + 0.38 * n * np.cos(a), c + 0.28 * n * np.sin(a)
        img[((x - rx) / (0.012 * n)) ** 2 + ((y - ry) / (0.02 * n)) ** 2 <= 1] = 240
    img += rng.normal(0, 8, img.shape)
    return np.asarray(np.clip(img, 0, 255), dtype=np.uint8)


def ultrasound(seed: int, n: int = 400) -> NDArray[np.uint8]:
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:n, 0:n]
    fan = (np.abs(np.arctan2(x - n / 2, y + 50)) < 0.6) & (np.hypot(x - n / 2, y + 50) < n)
    speckle = ndimage.gaussian_filter(rng.rayleigh(40, (n, n)), 1.2) * 1.6
    return np.asarray(np.clip(np.where(fan, speckle, 0), 0, 255), dtype=np.uint8)


def hand_radiograph(seed: int, n: int = 512) -> NDArray[np.uint8]:
    """Bright elongated 'bones' (phalanges in rows) on a dark background, blurred."""
    rng = np.random.default_rng(seed)
    img = np.full((n, n), 20.0)
    for finger in range(5):
        x0 = 80 + finger * 80
        for seg in range(3):
            y0 = 60 + seg * 70
            img[y0:y0 + 55, x0:x0 + 18] = 200
    img = ndimage.gaussian_filter(img, 2) + rng.normal(0, 5, img.shape)
    return np.asarray(np.clip(img, 0, 255), dtype=np.uint8)


@pytest.mark.parametrize("seed", range(6))
def test_no_text_found_in_images_without_text(seed: int) -> None:
    assert text_lines(chest_phantom(512, seed)) == []
    assert text_lines(ultrasound(seed)) == []
    assert text_lines(hand_radiograph(seed)) == []
    rng = np.random.default_rng(seed)
    assert text_lines(rng.integers(0, 256, (256, 256)).astype(np.uint8)) == []
    assert text_lines(np.tile(np.linspace(0, 255, 300), (200, 1)).astype(np.uint8)) == []


@pytest.mark.parametrize("size", [10, 14, 24, 40])
def test_light_text_on_dark_is_found_where_it_is(size: int) -> None:
    lines = text_lines(draw_text(chest_phantom(512, 1), NAME, size=size, at=(8, 470)))
    assert lines, f"text of size {size} not found"
    x, y, w, h = lines[0]
    assert 0 <= x <= 20 and 460 <= y <= 480 + size and w > 4 * h


def test_grey_text_on_ultrasound_and_dark_text_on_paper() -> None:
    assert text_lines(draw_text(ultrasound(2), "DOE J 1961", size=14, fill=200, at=(10, 10)))
    paper = np.full((300, 400), 240, dtype=np.uint8)
    lines = text_lines(draw_text(paper, "Hemoglobin 10.2 g/dL", size=18, fill=25, at=(30, 100)))
    assert len(lines) == 1 and 95 <= lines[0][1] <= 110


def test_large_images_are_searched_at_reduced_size_and_boxes_scaled_back() -> None:
    big = np.zeros((4096, 3000), dtype=np.uint8)
    lines = text_lines(draw_text(big, NAME, size=60, at=(2000, 3900)))
    assert lines
    x, y, _, _ = lines[0]
    assert 1980 <= x <= 2040 and 3890 <= y <= 3960


def test_colour_images_are_read_as_grey() -> None:
    rgb = np.zeros((200, 300, 3), dtype=np.uint8)
    rgb[..., 0] = draw_text(np.zeros((200, 300), dtype=np.uint8), "MRN 778812 QUIX", size=16)
    rgb[..., 1] = rgb[..., 0]
    rgb[..., 2] = rgb[..., 0]
    assert text_lines(rgb)
