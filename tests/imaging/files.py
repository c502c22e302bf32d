"""DICOM objects, images and PDFs the imaging tests build for themselves (nothing downloaded).

Every DICOM object carries identifying attributes (IDENTIFIERS) so tests can check that none of
them ever reaches a model.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import (
    ComputedRadiographyImageStorage,
    CTImageStorage,
    EnhancedCTImageStorage,
    ExplicitVRLittleEndian,
    MRImageStorage,
    UltrasoundImageStorage,
    generate_uid,
)

from tests.imaging.pdfs import Page, build_pdf

# Attribute -> value; none of these values may appear in what a model receives.
IDENTIFIERS: dict[str, str] = {
    "PatientName": "Quixley^Marguerite",
    "PatientID": "MRN778812",
    "PatientBirthDate": "19610412",
    "PatientAddress": "42 Larkspur Lane, Dunmore",
    "InstitutionName": "St Elsewhere General",
    "ReferringPhysicianName": "Hartigan^Rolf",
    "OperatorsName": "Vantongeren^Ilse",
    "AccessionNumber": "ACC99173",
    "StudyDescription": "CT CHEST for Quixley",
    "StudyDate": "20240305",
    "OtherPatientIDs": "NHS4857773456",
}
SECRET_VALUES = ("Quixley", "Marguerite", "MRN778812", "19610412", "Larkspur", "Elsewhere", "Hartigan",
                 "Vantongeren", "ACC99173", "20240305", "NHS4857773456", "PRIVATE-Quixley")


def dicom(pixels: NDArray[Any], *, sop: str = CTImageStorage, modality: str = "CT", photometric: str = "MONOCHROME2",
          bits_stored: int = 12, signed: bool = False, frames: int | None = None, compress: str | None = None,
          seed: str | None = None, **attrs: Any) -> bytes:
    """A DICOM Part 10 file: `pixels` is rows x columns (x 3 for RGB), or frames x rows x columns.
    With `seed`, the UIDs (and so the bytes) are the same on every call."""

    def uid(name: str) -> str:
        return generate_uid(entropy_srcs=[seed, name]) if seed else generate_uid()

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop
    meta.MediaStorageSOPInstanceUID = uid("sop")
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = sop, meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID = uid("study"), uid("series")
    for keyword, value in IDENTIFIERS.items():
        setattr(ds, keyword, value)
    ds.add_new(0x00091010, "LO", "PRIVATE-Quixley")  # a private tag with a name in it
    ds.Modality = modality
    colour = photometric == "RGB"
    shape = pixels.shape[1:] if frames else pixels.shape
    ds.Rows, ds.Columns = shape[0], shape[1]
    ds.SamplesPerPixel = 3 if colour else 1
    if colour:
        ds.PlanarConfiguration = 0
    ds.PhotometricInterpretation = photometric
    ds.BitsAllocated = 8 if bits_stored <= 8 else 16
    ds.BitsStored, ds.HighBit = bits_stored, bits_stored - 1
    ds.PixelRepresentation = 1 if signed else 0
    if frames:
        ds.NumberOfFrames = frames
    for keyword, value in attrs.items():
        setattr(ds, keyword, value)
    ds.PixelData = pixels.tobytes()
    if compress:
        ds.compress(compress, pixels)
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue()


# GDCM transcodes to JPEG lossless (process 14), the syntax that would otherwise need the GPL libjpeg
# plugin. Its Python objects can crash at interpreter teardown after a write, so it runs on its own and
# leaves with os._exit.
_TRANSCODE = """
import gdcm, os, sys
r = gdcm.ImageReader(); r.SetFileName(sys.argv[1]); assert r.Read()
c = gdcm.ImageChangeTransferSyntax()
c.SetTransferSyntax(gdcm.TransferSyntax(gdcm.TransferSyntax.JPEGLosslessProcess14_1))
c.SetInput(r.GetImage()); assert c.Change()
w = gdcm.ImageWriter(); w.SetFileName(sys.argv[2]); w.SetFile(r.GetFile()); w.SetImage(c.GetOutput())
os._exit(0 if w.Write() else 1)
"""


def jpeg_lossless(data: bytes, workdir: Path) -> bytes:
    """The same object, its pixel data JPEG lossless (process 14, first-order prediction)."""
    source, target = workdir / "native.dcm", workdir / "jpeg-lossless.dcm"
    source.write_bytes(data)
    subprocess.run([sys.executable, "-c", _TRANSCODE, str(source), str(target)], check=True, timeout=120)
    return target.read_bytes()


def gdcm_crasher(workdir: Path) -> bytes:
    """A JPEG lossless object whose frame header names quantisation table 195 for its component:
    GDCM 3.2.6 reads past its tables and the process dies (SIGSEGV). Found by a seeded mutation run."""
    blob = bytearray(jpeg_lossless(ct(seed="crash"), workdir))
    start = blob.find(b"\xff\xd8\xff\xc3")  # SOI, then SOF3
    assert start > 0
    blob[start + 15] = 0xC3  # SOF3: length(2) P(1) Y(2) X(2) Nf(1) C(1) H/V(1) Tq(1) <- here
    return bytes(blob)


def ct_pixels() -> NDArray[np.uint16]:
    """Stored values for HU = stored - 1024: air, fat, water, soft tissue, bone in bands."""
    hu = np.full((64, 64), 40, dtype=np.int32)  # soft tissue
    hu[:8, :] = -1000  # air
    hu[8:16, :] = -160  # window bottom
    hu[16:24, :] = 240  # window top
    hu[24:32, :] = 100
    hu[32:40, :] = 1000  # bone
    return np.asarray(hu + 1024, dtype=np.uint16)


def ct(**attrs: Any) -> bytes:  # seed="..." for the same bytes every time
    return dicom(ct_pixels(), RescaleSlope=1, RescaleIntercept=-1024, WindowCenter=40, WindowWidth=400,
                 BodyPartExamined="CHEST", PixelSpacing=[0.7, 0.7], SliceThickness=1.25, **attrs)


def mr() -> bytes:
    values = np.tile(np.linspace(0, 1000, 64).round().astype(np.uint16), (64, 1))
    return dicom(values, sop=MRImageStorage, modality="MR", bits_stored=16, BodyPartExamined="BRAIN",
                 MagneticFieldStrength=1.5, EchoTime=12, RepetitionTime=500)


def cr_monochrome1() -> bytes:
    values = np.zeros((64, 64), dtype=np.uint16)
    values[:, 32:] = 4095
    values[:16, :16] = 2048
    return dicom(values, sop=ComputedRadiographyImageStorage, modality="CR", photometric="MONOCHROME1",
                 WindowCenter=2048, WindowWidth=4096, BodyPartExamined="CHEST", ViewPosition="PA",
                 ImagerPixelSpacing=[0.15, 0.15])


def multiframe(count: int = 5) -> bytes:
    """Frame k (1-based) holds the stored value k * 100 everywhere but a corner pixel of 0."""
    frames = np.stack([np.full((32, 48), k * 100, dtype=np.uint16) for k in range(1, count + 1)])
    frames[:, 0, 0] = 0
    return dicom(frames, sop=EnhancedCTImageStorage, frames=count, bits_stored=16)


def burned_in_flag() -> bytes:
    """An ultrasound image whose header says its pixels carry text (the pixels here are plain)."""
    return dicom(np.full((48, 64), 90, dtype=np.uint8), sop=UltrasoundImageStorage, modality="US",
                 bits_stored=8, BurnedInAnnotation="YES")


def draw_text(pixels: NDArray[np.uint8], text: str, *, size: int = 14, fill: int = 255,
              at: tuple[int, int] = (6, 4)) -> NDArray[np.uint8]:
    img = Image.fromarray(pixels)
    ImageDraw.Draw(img).text(at, text, fill=fill, font=ImageFont.load_default(size=size))
    return np.asarray(img)


def us_with_text() -> bytes:
    """An ultrasound frame with a name burned into its pixels, and no BurnedInAnnotation."""
    pixels = np.zeros((240, 320), dtype=np.uint8)
    yy, xx = np.mgrid[0:240, 0:320]
    pixels[(xx - 160) ** 2 / 120**2 + (yy - 150) ** 2 / 80**2 <= 1] = 70
    pixels = draw_text(pixels, "QUIXLEY MARGUERITE 12/04/1961")
    return dicom(pixels, sop=UltrasoundImageStorage, modality="US", bits_stored=8, BurnedInAnnotation="NO")


def png(pixels: NDArray[np.uint8], **info: str) -> bytes:
    from PIL import PngImagePlugin

    meta = PngImagePlugin.PngInfo()
    for key, value in info.items():
        meta.add_text(key, value)
    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, "PNG", pnginfo=meta)
    return buf.getvalue()


def jpeg_with_exif(pixels: NDArray[np.uint8], orientation: int = 1) -> bytes:
    img = Image.fromarray(pixels)
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x013B] = "Marguerite Quixley"  # Artist
    exif[0x010E] = "MRN778812 wound photo"  # ImageDescription
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=95, exif=exif.tobytes())
    return buf.getvalue()


LAB_LINES = [
    (50, 60, "City Hospital Laboratory"),
    (50, 80, "Patient: Marguerite Quixley   MRN 778812   DOB 04/12/1961"),
    (50, 120, "Test"), (230, 120, "Result"), (300, 120, "Units"), (380, 120, "Reference range"), (500, 120, "Flag"),
    (50, 140, "Hemoglobin"), (230, 140, "10.2"), (300, 140, "g/dL"), (380, 140, "13.5-17.5"), (500, 140, "L"),
    (50, 160, "Sodium"), (230, 160, "131"), (300, 160, "mmol/L"), (380, 160, "135 - 145"),
    (50, 180, "White cell count"), (230, 180, "11.8"), (300, 180, "x10^9/L"), (380, 180, "4.0-11.0"), (500, 180, "H"),
    (50, 200, "CRP"), (230, 200, "<5"), (300, 200, "mg/L"), (380, 200, "<10"),
    (50, 220, "Potassium"), (230, 220, "4.1"), (300, 220, "mmol/L"), (380, 220, "3.5-5.1"),
    (50, 260, "Reported by Dr Rolf Hartigan on 05/03/2024"),
]


def lab_pdf() -> bytes:
    return build_pdf([Page(LAB_LINES)])


def scanned_page(*, with_text: bool = True) -> NDArray[np.uint8]:
    """A 'scan' at 100 dpi (850 x 1100): white paper, a black block at (100..400, 100..200) and,
    if asked, typed lines."""
    page = np.full((1100, 850), 250, dtype=np.uint8)
    page[100:200, 100:400] = 0
    if with_text:
        img = Image.fromarray(page)
        draw = ImageDraw.Draw(img)
        for i, line in enumerate(["Patient: Marguerite Quixley", "Referral letter", "Dear colleague"]):
            draw.text((100, 300 + 40 * i), line, fill=10, font=ImageFont.load_default(size=24))
        page = np.asarray(img)
    return page


def scanned_pdf(*, with_text: bool = True) -> bytes:
    return build_pdf([Page(image=scanned_page(with_text=with_text))])
