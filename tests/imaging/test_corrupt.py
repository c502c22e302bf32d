"""Broken files are the caller's problem, reported as such: truncated or bit-flipped copies of
every kind of file either convert or raise a 4xx error (InvalidFile, UnsupportedFile,
PayloadTooLarge, InvalidRequest, BurnedInText), never anything else. Bounded and seeded."""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable

import numpy as np
import pytest
from pydicom.uid import JPEG2000Lossless, RLELossless

from medgate.errors import MedgateError
from tests.imaging import files
from tests.imaging.helpers import convert

SOURCES: dict[str, Callable[[], bytes]] = {
    "ct": files.ct,
    "rle-multiframe": lambda: files.dicom(np.stack([files.ct_pixels()] * 3), frames=3, compress=RLELossless),
    "jpeg2000": lambda: files.dicom(files.ct_pixels(), compress=JPEG2000Lossless),
    "lab-pdf": files.lab_pdf,
    "scanned-pdf": lambda: files.scanned_pdf(with_text=False),
    "png": lambda: files.png(np.arange(64 * 64, dtype=np.uint32).reshape(64, 64).astype(np.uint8)),
    "jpeg": lambda: files.jpeg_with_exif(np.full((40, 60, 3), 120, dtype=np.uint8)),
}
MUTANTS = 16


def mutants(data: bytes, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    out = [data[: rng.randrange(1, len(data))] for _ in range(MUTANTS // 2)]
    for _ in range(MUTANTS // 2):
        blob = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(132 if blob[128:132] == b"DICM" else 8, len(blob))  # keep the magic
            blob[i] = rng.randrange(256)
        out.append(bytes(blob))
    return out


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_broken_files_convert_or_fail_with_a_client_error(name: str) -> None:
    outcomes = {"ok": 0, "refused": 0}
    seed = zlib.crc32(name.encode()) % 1000  # (not hash(): a str's hash differs from process to process)
    for i, data in enumerate(mutants(SOURCES[name](), seed=seed)):
        for screen in (False, True):
            try:
                convert(data, screen=screen)
                outcomes["ok"] += 1
            except MedgateError as exc:
                assert 400 <= exc.http_status() < 500, f"{name} mutant {i}: {exc!r}"
                assert exc.message
                outcomes["refused"] += 1
    assert outcomes["refused"] > 0  # the mutations do break files
