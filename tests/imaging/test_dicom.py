"""DICOM frames come out as the display pipeline defines them (PS3.3 C.11: modality LUT, then VOI
window, then MONOCHROME1 inversion, then 8 bits), compressed transfer syntaxes decode, frames are
selectable, and only allow-listed tags are described."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pydicom import dcmread
from pydicom.encaps import encapsulate
from pydicom.uid import (
    DeflatedExplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    RLELossless,
)

from medgate.errors import (
    BurnedInText,
    InvalidFile,
    InvalidRequest,
    PayloadTooLarge,
    UnsupportedFile,
)
from medgate.imaging import Limits
from tests.imaging import files
from tests.imaging.helpers import convert, pixels, png_chunks


def linear_window(x: float, center: float, width: float) -> int:
    """PS3.3 C.11.2.1.2.1, written out independently of the code under test."""
    if x <= center - 0.5 - (width - 1) / 2:
        return 0
    if x > center - 0.5 + (width - 1) / 2:
        return 255
    return round(((x - (center - 0.5)) / (width - 1) + 0.5) * 255)


def test_ct_rescale_then_window() -> None:
    out = convert(files.ct())
    (image,) = out.images
    px = pixels(image.data)
    assert image.mime == "image/png" and image.sent == (64, 64) and px.dtype == np.uint8 and px.ndim == 2
    # rows hold HU -1000, -160, 240, 100, 1000, then 40 (stored = HU + 1024)
    for row, hu in ((0, -1000), (8, -160), (16, 240), (24, 100), (32, 1000), (50, 40)):
        assert px[row, 10] == linear_window(hu, 40, 400), (row, hu)
    assert (px[0, 0], px[24, 0], px[50, 0]) == (0, 166, 128)
    # without the rescale, stored soft tissue (1064) would sit far above the window: all white
    assert linear_window(1064, 40, 400) == 255


def test_rescale_slope_applies_before_the_window() -> None:
    stored = np.full((16, 16), 200, dtype=np.uint16)  # HU = 200 * 0.5 - 60 = 40: mid-window
    data = files.dicom(stored, RescaleSlope=0.5, RescaleIntercept=-60, WindowCenter=40, WindowWidth=400)
    assert pixels(convert(data).images[0].data)[5, 5] == linear_window(40, 40, 400) == 128


def test_mr_without_window_uses_the_frame_range() -> None:
    px = pixels(convert(files.mr()).images[0].data)
    expected = np.round(np.linspace(0, 1000, 64).round() / 1000 * 255)
    assert np.array_equal(px[10], expected.astype(np.uint8))


def test_monochrome1_is_inverted_after_the_window() -> None:
    px = pixels(convert(files.cr_monochrome1()).images[0].data)
    assert px[40, 0] == 255 - linear_window(0, 2048, 4096) == 255  # stored 0 is white in MONOCHROME1
    assert px[40, 40] == 255 - linear_window(4095, 2048, 4096) == 0
    assert px[5, 5] == 255 - linear_window(2048, 2048, 4096) == 127


@pytest.mark.parametrize("syntax", [RLELossless, JPEG2000Lossless], ids=["rle", "jpeg2000"])
def test_compressed_transfer_syntaxes_decode(syntax: str) -> None:
    data = files.dicom(files.ct_pixels(), compress=syntax, RescaleSlope=1, RescaleIntercept=-1024,
                       WindowCenter=40, WindowWidth=400)
    out = convert(data)
    assert out.info["transfer_syntax"] != "Explicit VR Little Endian"
    assert np.array_equal(pixels(out.images[0].data), pixels(convert(files.ct()).images[0].data))


def test_jpeg_baseline_and_deflate_decode() -> None:
    """JPEG baseline (lossy: within a few grey levels) as a scanner encapsulates it, and deflate."""
    grey = np.tile(np.linspace(0, 255, 64).astype(np.uint8), (64, 1))
    buf = io.BytesIO()
    Image.fromarray(grey).save(buf, "JPEG", quality=95)
    ds = dcmread(io.BytesIO(files.dicom(grey, bits_stored=8, modality="XC")))
    ds.PixelData = encapsulate([buf.getvalue()])
    ds["PixelData"].VR = "OB"
    ds.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    px = pixels(convert(out.getvalue()).images[0].data)
    assert np.abs(px.astype(int) - grey.astype(int)).max() <= 4
    deflated = dcmread(io.BytesIO(files.ct()))
    deflated.file_meta.TransferSyntaxUID = DeflatedExplicitVRLittleEndian
    out = io.BytesIO()
    deflated.save_as(out, enforce_file_format=True)
    assert np.array_equal(pixels(convert(out.getvalue()).images[0].data), pixels(convert(files.ct()).images[0].data))


def test_jpeg_lossless_decodes_through_gdcm(tmp_path: Path) -> None:
    data = files.ct()
    out = convert(files.jpeg_lossless(data, tmp_path))
    assert out.info["transfer_syntax"].startswith("JPEG Lossless")
    assert np.array_equal(pixels(out.images[0].data), pixels(convert(data).images[0].data))


def test_multiframe_sends_the_middle_frame_or_the_chosen_ones() -> None:
    data = files.multiframe(5)
    middle = convert(data)
    assert [i.plan.frame for i in middle.images] == [3] and middle.info["frames"] == 5
    chosen = convert(data, frames=(1, 5))
    assert [i.plan.frame for i in chosen.images] == [1, 5]
    # each frame is windowed over its own range: 0 in the corner, its own value elsewhere
    for image in chosen.images:
        px = pixels(image.data)
        assert px[0, 0] == 0 and px[10, 10] == 255
    assert chosen.images[0].plan.label == "DICOM frame 1 of 5, modality CT"
    with pytest.raises(InvalidRequest, match="frame 6 was asked for, but the file has 5"):
        convert(data, frames=(6,))


def test_only_allow_listed_tags_are_described() -> None:
    out = convert(files.ct())
    text = " ".join(p for p in out.parts if isinstance(p, str))
    assert "modality CT" in text and "body part CHEST" in text and "pixel spacing 0.7\\0.7 mm" in text
    assert out.info["tags"] == {"Modality": "CT", "BodyPartExamined": "CHEST", "PixelSpacing": ["0.7", "0.7"],
                                "SliceThickness": "1.25"}
    blob = repr(out.parts) + repr(out.info)
    for secret in files.SECRET_VALUES:
        assert secret not in blob
    assert png_chunks(out.images[0].data) == [b"IHDR", b"IDAT", b"IEND"]


def test_a_code_string_that_is_not_one_is_left_out() -> None:
    data = files.ct(ViewPosition="Quixley, Marguerite")
    assert "ViewPosition" not in convert(data).info["tags"]


def test_burned_in_flag_refused_only_when_screening() -> None:
    data = files.burned_in_flag()
    with pytest.raises(BurnedInText, match="BurnedInAnnotation is YES"):
        convert(data, screen=True)
    assert convert(data, screen=False).info["burned_in_annotation"] == "YES"


def test_text_on_the_pixels_is_found_without_the_flag() -> None:
    data = files.us_with_text()
    with pytest.raises(BurnedInText, match="text found on the pixels"):
        convert(data, screen=True)
    assert len(convert(data).images) == 1  # a local deployment may see it
    assert convert(files.ct(), screen=True).info["text_lines"] == 0


def test_downscaled_to_the_limit_keeping_the_submitted_size() -> None:
    out = convert(files.ct(), limits=Limits(max_side=32))
    (image,) = out.images
    assert image.plan.size == (64, 64) and image.sent == (32, 32)
    assert pixels(image.data).shape == (32, 32)


def test_limits_and_bad_objects_are_4xx() -> None:
    with pytest.raises(PayloadTooLarge):
        convert(files.ct(), limits=Limits(max_pixels=1000))
    with pytest.raises(PayloadTooLarge):
        convert(files.multiframe(12), frames=tuple(range(1, 11)))
    ds = dcmread(io.BytesIO(files.ct()))
    del ds.PixelData
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    with pytest.raises(UnsupportedFile, match="no pixel data"):
        convert(buf.getvalue())
    with pytest.raises(InvalidFile, match="cannot be decoded"):
        convert(files.ct()[:-2000])  # pixel data cut short
