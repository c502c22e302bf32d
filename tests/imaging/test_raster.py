"""Photos: EXIF orientation applied, metadata dropped, 16-bit grey stretched, large images scaled
down (aspect kept), formats recognised by content."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from medgate.errors import BurnedInText, InvalidFile, PayloadTooLarge, UnsupportedFile
from medgate.imaging import Limits
from medgate.imaging.formats import sniff
from medgate.imaging.raster import fit
from tests.imaging import files
from tests.imaging.helpers import convert, pixels, png_chunks


def test_jpeg_exif_is_applied_then_dropped() -> None:
    photo = np.zeros((40, 60, 3), dtype=np.uint8)
    photo[:, :30] = 250  # left half white
    data = files.jpeg_with_exif(photo, orientation=6)  # "rotate 90° clockwise to display"
    out = convert(data)
    (image,) = out.images
    assert image.mime == "image/jpeg" and image.plan.size == (40, 60) and image.sent == (40, 60)
    shown = pixels(image.data)
    assert shown[5, 20].min() > 200 and shown[55, 20].max() < 60  # the white half is now on top
    with Image.open(io.BytesIO(image.data)) as img:
        assert not img.getexif() and "exif" not in img.info
    assert b"Quixley" not in image.data and b"MRN778812" not in image.data


def test_png_text_chunks_dropped_and_16_bit_stretched() -> None:
    grey16 = (np.arange(256, dtype=np.uint16) * 16).reshape(16, 16)  # 0..4080
    buf = io.BytesIO()
    Image.fromarray(grey16).save(buf, "PNG")
    px = pixels(convert(buf.getvalue()).images[0].data)
    assert px.dtype == np.uint8 and px[0, 0] == 0 and px[15, 15] == 255 and px[8, 0] == round(128 * 16 / 4080 * 255)
    tagged = files.png(np.full((20, 20), 90, dtype=np.uint8), Author="Marguerite Quixley")
    sent = convert(tagged, screen=True).images[0].data
    assert png_chunks(sent) == [b"IHDR", b"IDAT", b"IEND"] and b"Quixley" not in sent


def test_large_photos_scaled_down_with_their_aspect() -> None:
    big = np.zeros((1000, 3000, 3), dtype=np.uint8)
    (image,) = convert(files.png(big), limits=Limits(max_side=1200)).images
    assert image.plan.size == (3000, 1000) and image.sent == (1200, 400)
    assert fit((3000, 1000), 1200) == (1200, 400) and fit((100, 50), 1200) == (100, 50)


def test_photo_with_text_refused_only_when_screening() -> None:
    screenshot = files.png(files.draw_text(np.zeros((120, 400), dtype=np.uint8), "QUIXLEY MARGUERITE 1961"))
    with pytest.raises(BurnedInText):
        convert(screenshot, screen=True)
    assert convert(screenshot).images


@pytest.mark.parametrize(("data", "declared", "kind"), [
    (files.ct(), None, "dicom"), (files.ct()[128:], "application/dicom", "dicom"), (files.lab_pdf(), None, "pdf"),
    (files.png(np.zeros((2, 2), dtype=np.uint8)), "application/dicom", "png"),
])
def test_formats_recognised_by_content(data: bytes, declared: str | None, kind: str) -> None:
    assert sniff(data, declared).name == kind


def test_unsupported_corrupt_and_huge() -> None:
    with pytest.raises(UnsupportedFile, match="supported: application/dicom, application/pdf, image/png"):
        convert(b"GIF8 but not quite", media_type="image/gif")
    with pytest.raises(InvalidFile):
        noisy = np.random.default_rng(0).integers(0, 256, (30, 30)).astype(np.uint8)
        convert(files.png(noisy)[:300])  # cut inside the pixel data
    with pytest.raises(PayloadTooLarge):
        convert(files.png(np.zeros((300, 300), dtype=np.uint8)), limits=Limits(max_pixels=10_000))
