"""The attachment stage on its own: which requests it touches, how images are numbered and
labelled, what medgate.documents says, the image budget, and the `images:` config section."""

from __future__ import annotations

import base64
from typing import Any

import numpy as np
import pytest
from tests.imaging import files

from medgate.config import parse_config
from medgate.errors import ConfigError, PayloadTooLarge, UnsupportedFile
from medgate.gateway.attachments import convert_body, has_files
from medgate.imaging import Limits


def data(media_type: str, blob: bytes) -> str:
    return f"data:{media_type};base64,{base64.b64encode(blob).decode()}"


def body(*parts: dict[str, Any]) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": "system", "content": "Be brief."},
                                       {"role": "user", "content": list(parts)}]}


def image(url: str, **extra: Any) -> dict[str, Any]:
    return {"type": "image_url", "image_url": {"url": url, **extra}}


def test_only_inline_files_wake_the_stage() -> None:
    assert not has_files({"messages": [{"role": "user", "content": "text only"}]})
    assert not has_files(body({"type": "text", "text": "x"}, image("https://example.org/a.png")))
    assert has_files(body(image(data("application/dicom", b"x"))))
    assert has_files(body({"type": "file", "file": {"file_data": data("application/pdf", b"x")}}))


def test_numbering_labels_and_documents() -> None:
    request = body({"type": "text", "text": "Compare."}, image("https://example.org/prior.png"),
                   image(data("application/dicom", files.multiframe(5)), frames=[1, 5], detail="high"),
                   image(data("application/pdf", files.lab_pdf())))
    out = convert_body(request, screen_text=True, limits=Limits())
    content = out.body["messages"][1]["content"]
    labels = [p["text"] for p in content if p["type"] == "text" and p["text"].startswith("[Image")]
    assert labels == ["[Image 2: DICOM frame 1 of 5, modality CT]", "[Image 3: DICOM frame 5 of 5, modality CT]"]
    images = [p for p in content if p["type"] == "image_url"]
    assert images[0]["image_url"] == {"url": "https://example.org/prior.png"}  # untouched, counted as 1
    assert all(p["image_url"].get("detail") == "high" for p in images[1:])
    dicom, pdf = out.documents
    assert dicom["part"] == "messages[1].content[2]" and [i["number"] for i in dicom["images"]] == [2, 3]
    assert pdf["kind"] == "pdf" and pdf["images"] == [] and pdf["lab_rows"] == 5
    assert out.first_size is None  # image 1 is a URL: its size is not known
    assert request["messages"][1]["content"][2]["image_url"]["url"].startswith("data:application/dicom")  # unchanged
    assert out.body["messages"][0] == {"role": "system", "content": "Be brief."}


def test_first_size_is_the_submitted_one() -> None:
    big = files.png(np.zeros((300, 900), dtype=np.uint8))
    out = convert_body(body(image(data("image/png", big))), screen_text=True, limits=Limits(max_side=300))
    assert out.first_size == (900, 300) and out.documents[0]["images"][0]["sent_size"] == [300, 100]


def test_the_image_budget_counts_frames_and_urls() -> None:
    request = body(image("https://example.org/a.png"), image(data("application/dicom", files.multiframe(5)),
                                                             frames="1-3"))
    with pytest.raises(PayloadTooLarge, match="more than 3 images"):
        convert_body(request, screen_text=False, limits=Limits(max_images=3))
    assert len(convert_body(request, screen_text=False, limits=Limits(max_images=4)).documents) == 1


def test_images_config_section() -> None:
    config = parse_config({"images": {"max_side": 512, "max_images": 2}})
    assert config.image_limits == Limits(max_side=512, max_images=2)
    with pytest.raises(ConfigError, match="unknown key"):
        parse_config({"images": {"max_width": 5}})
    with pytest.raises(ConfigError, match=r"images\.max_side must be a positive integer"):
        parse_config({"images": {"max_side": 0}})


def test_unreadable_images_go_to_a_local_engine_as_they_came_and_never_to_a_remote_one() -> None:
    request = body(image("data:image/tiff;base64,SUkqAAgAAAA="), image("data:image/png;base64,AAAA"))
    out = convert_body(request, screen_text=False, limits=Limits())
    assert out.body == request and out.documents == []
    with pytest.raises(UnsupportedFile, match="declared image/tiff"):
        convert_body(request, screen_text=True, limits=Limits())
    with pytest.raises(UnsupportedFile):  # a DICOM or PDF is always medgate's to convert
        convert_body(body(image("data:application/dicom;base64,AAAA")), screen_text=False, limits=Limits())
