"""Issue 15 end to end, chat: DICOM, PDF and photo data URLs in `image_url` parts reach a fake
remote GLM-4.5V on 127.0.0.1 as labelled PNGs and de-identified text, never with an identifying
tag value or PHI from a PDF (full and streamed); boxes come back in the submitted pixel space;
burned-in text is refused for remote deployments unless allowed; bad files are clear 4xx."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import numpy as np
import openai
import pytest
import yaml
from tests.conftest import RunningServer
from tests.fakes.upstream import FakeUpstream
from tests.imaging import files
from tests.imaging.helpers import png_chunks

from medgate.config import parse_config

PDF_PHI = ("Marguerite", "Quixley", "778812", "04/12/1961", "Hartigan", "05/03/2024")


@pytest.fixture(scope="module")
def server(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    def alias(name: str, family: str, model: str, trust: str) -> dict[str, Any]:
        return {"alias": name, "family": family,
                "deployments": [{"base_url": upstream.base_url, "model": model, "trust": trust}]}

    def two(name: str, first: str, second: str) -> dict[str, Any]:
        """Two deployments of one fake (distinct names: 127.0.0.1, then localhost), tried in order."""
        other = upstream.base_url.replace("127.0.0.1", "localhost")
        return {"alias": name, "family": "glm-4.5v", "routing": "priority", "deployments": [
            {"base_url": upstream.base_url, "model": "glm-boxes", "trust": first},
            {"base_url": other, "model": "glm-boxes", "trust": second}]}

    data = {"models": [alias("glm-remote", "glm-4.5v", "glm-boxes", "remote"),
                       alias("glm-local", "glm-4.5v", "glm-boxes", "local"),
                       alias("echo-remote", "generic", "echo", "remote"),
                       two("glm-mixed", "remote", "local"), two("glm-two-remote", "remote", "remote")],
            "audit": {"url": f"sqlite:///{tmp_path_factory.mktemp('imaging') / 'audit.sqlite'}"},
            "images": {"max_side": 1024}}
    with RunningServer(parse_config(yaml.safe_load(yaml.safe_dump(data)), source="test")) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: RunningServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key="unused", max_retries=0, timeout=30)


def url(media_type: str, data: bytes) -> str:
    return f"data:{media_type};base64,{base64.b64encode(data).decode()}"


def ask(file_url: str, question: str = "What does this show?", **image: Any) -> list[dict[str, Any]]:
    return [{"role": "user", "content": [{"type": "text", "text": question},
                                         {"type": "image_url", "image_url": {"url": file_url, **image}}]}]


def sent_images(body: dict[str, Any]) -> list[bytes]:
    out = []
    for message in body["messages"]:
        for part in message["content"] if isinstance(message["content"], list) else ():
            if part["type"] == "image_url":
                head, _, payload = part["image_url"]["url"].partition(",")
                assert head == "data:image/png;base64" or head == "data:image/jpeg;base64"
                out.append(base64.b64decode(payload))
    return out


def assert_nothing_identifying(body: dict[str, Any], secrets: tuple[str, ...]) -> None:
    text = json.dumps(body)
    for secret in secrets:
        assert secret not in text, f"{secret!r} reached the remote model"
    for image in sent_images(body):
        assert png_chunks(image) == [b"IHDR", b"IDAT", b"IEND"]
        for secret in secrets:
            assert secret.encode() not in image


def test_dicom_reaches_a_remote_model_as_a_png_and_allowed_tags_only(
        client: openai.OpenAI, upstream: FakeUpstream) -> None:
    resp = client.chat.completions.create(model="glm-remote", messages=ask(url("application/dicom", files.ct())))
    sent = upstream.requests[-1]
    assert_nothing_identifying(sent, files.SECRET_VALUES)
    text = json.dumps(sent)
    assert "[Image 1: DICOM image, modality CT]" in text and "body part CHEST" in text and "slice thickness 1.25 mm" in text
    (image,) = sent_images(sent)
    assert image[16:24] == (64).to_bytes(4, "big") * 2  # a 64 x 64 PNG
    meta = resp.model_extra["medgate"]  # type: ignore[index]
    (doc,) = meta["documents"]
    assert doc["kind"] == "dicom" and doc["tags"]["Modality"] == "CT" and doc["images"][0]["size"] == [64, 64]
    # GLM's 0-1000 box [[100,200,500,800]] in the DICOM frame's own pixels
    assert meta["boxes"][0]["box_pixels"] == [6, 13, 32, 51] and meta["boxes"][0]["image_size"] == [64, 64]
    assert resp.choices[0].message.model_extra["reasoning_content"] == "Look at the left lower lobe."  # type: ignore[index]


def test_dicom_streamed_the_same_way(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    stream = client.chat.completions.create(
        model="glm-remote", stream=True, messages=ask(url("application/dicom", files.multiframe(5)), frames="2,4"))
    chunks = list(stream)
    sent = upstream.requests[-1]
    assert_nothing_identifying(sent, files.SECRET_VALUES)
    assert "frame 2 of 5" in json.dumps(sent) and "frame 4 of 5" in json.dumps(sent) and len(sent_images(sent)) == 2
    head = chunks[0].model_extra["medgate"]  # type: ignore[index]
    assert [i["frame"] for i in head["documents"][0]["images"]] == [2, 4]
    final = chunks[-1].model_extra["medgate"]  # type: ignore[index]
    assert final["boxes"][0]["box_pixels"] == [5, 6, 24, 26]  # 48 x 32 frames
    reasoning = "".join(c.choices[0].delta.model_extra.get("reasoning_content") or "" for c in chunks if c.choices)
    assert reasoning == "Look at the left lower lobe."


@pytest.mark.parametrize("stream", [False, True], ids=["full", "streamed"])
def test_pdf_text_is_de_identified_for_a_remote_model_and_restored(
        client: openai.OpenAI, upstream: FakeUpstream, stream: bool) -> None:
    messages = ask(url("application/pdf", files.lab_pdf()), "Summarise these results.")
    if stream:
        chunks = list(client.chat.completions.create(model="echo-remote", messages=messages, stream=True))
        answer = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        meta = chunks[0].model_extra["medgate"]  # type: ignore[index]
    else:
        resp = client.chat.completions.create(model="echo-remote", messages=messages)
        answer, meta = resp.choices[0].message.content or "", resp.model_extra["medgate"]  # type: ignore[index]
    sent = upstream.requests[-1]
    assert_nothing_identifying(sent, PDF_PHI)
    text = json.dumps(sent)
    assert "Hemoglobin" in text and "10.2" in text and "- Sodium | 131 | mmol/L | 135-145 | L" in text
    assert "Quixley" in answer and "778812" in answer  # the echo comes back re-identified
    assert meta["phi"]["replaced"].get("NAME", 0) >= 2 and meta["documents"][0]["lab_rows"] == 5


def test_pdf_as_an_openai_file_part(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    part = {"type": "file", "file": {"file_data": url("application/pdf", files.lab_pdf()), "filename": "labs.pdf"}}
    resp = client.chat.completions.create(model="echo-remote", messages=[
        {"role": "user", "content": [{"type": "text", "text": "Any abnormal results?"}, part]}])  # type: ignore[list-item]
    sent = upstream.requests[-1]
    assert_nothing_identifying(sent, PDF_PHI)
    assert all(p["type"] == "text" for p in sent["messages"][0]["content"]) and "Potassium" in json.dumps(sent)
    assert resp.model_extra["medgate"]["documents"][0]["part"] == "messages[0].content[1]"  # type: ignore[index]


def test_photo_downscaled_and_boxes_scaled_back(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    photo = np.zeros((1000, 2000, 3), dtype=np.uint8)
    photo[:, :, 1] = 90
    resp = client.chat.completions.create(model="glm-local", messages=ask(url("image/png", files.png(photo))))
    (image,) = sent_images(upstream.requests[-1])
    assert image[16:24] == (1024).to_bytes(4, "big") + (512).to_bytes(4, "big")  # max_side 1024
    meta = resp.model_extra["medgate"]  # type: ignore[index]
    assert meta["documents"][0]["images"][0] == {"number": 1, "size": [2000, 1000], "sent_size": [1024, 512]}
    assert meta["boxes"][0]["box_pixels"] == [200, 200, 1000, 800]  # in the 2000 x 1000 original


def test_small_photo_goes_to_a_local_model_as_it_came(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    original = url("image/png", files.png(np.full((20, 30), 40, dtype=np.uint8), Comment="kept for local"))
    client.chat.completions.create(model="glm-local", messages=ask(original))
    assert upstream.requests[-1]["messages"][0]["content"][1]["image_url"]["url"] == original


@pytest.mark.parametrize(("make", "what"), [
    (files.burned_in_flag, "BurnedInAnnotation is YES"),
    (files.us_with_text, "text found on the pixels"),
    (lambda: files.scanned_pdf(with_text=True), "text found on the pixels"),
], ids=["flag", "pixels", "scanned-pdf"])
def test_burned_in_text_refused_for_remote_unless_allowed(
        client: openai.OpenAI, upstream: FakeUpstream, make: Any, what: str) -> None:
    data = make()
    media = "application/pdf" if data.startswith(b"%PDF") else "application/dicom"
    seen = len(upstream.requests)
    with pytest.raises(openai.PermissionDeniedError, match=what) as info:
        client.chat.completions.create(model="glm-remote", messages=ask(url(media, data)))
    assert info.value.body["code"] == "burned_in_text"  # type: ignore[index]
    assert len(upstream.requests) == seen  # nothing left
    client.chat.completions.create(model="glm-local", messages=ask(url(media, data)))
    client.chat.completions.create(model="glm-remote", messages=ask(url(media, data)),
                                   extra_headers={"X-Medgate-Burned-In": "allow"})
    assert len(sent_images(upstream.requests[-1])) == 1


def test_phi_block_refuses_a_pdf_with_identifiers(client: openai.OpenAI) -> None:
    with pytest.raises(openai.PermissionDeniedError, match="PHI"):
        client.chat.completions.create(model="echo-remote", messages=ask(url("application/pdf", files.lab_pdf())),
                                       extra_body={"phi": "block"})


@pytest.mark.parametrize(("file_url", "extra", "status", "code"), [
    (url("application/dicom", files.ct()[:-3000]), {}, 400, "invalid_file"),
    (url("application/zip", b"PK\x03\x04 not an image"), {}, 415, "unsupported_file"),
    ("data:application/dicom;base64,@@not base64@@", {}, 400, "invalid_request"),
    (url("application/dicom", files.multiframe(5)), {"frames": "9"}, 400, "invalid_request"),
    (url("application/dicom", files.multiframe(12)), {"frames": "1-12"}, 413, "payload_too_large"),
    (url("application/pdf", b"%PDF-1.4 truncated"), {}, 400, "invalid_file"),
], ids=["truncated-dicom", "zip", "bad-base64", "no-such-frame", "too-many-frames", "broken-pdf"])
def test_bad_files_are_clear_client_errors(client: openai.OpenAI, file_url: str, extra: dict[str, Any],
                                           status: int, code: str) -> None:
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="glm-remote", messages=ask(file_url, **extra))
    assert info.value.status_code == status and info.value.body["code"] == code  # type: ignore[index]
    assert info.value.body["message"]  # type: ignore[index]


def test_phi_block_passes_a_dicom_without_identifiers_in_what_is_sent(client: openai.OpenAI) -> None:
    resp = client.chat.completions.create(model="glm-remote", messages=ask(url("application/dicom", files.mr())),
                                          extra_body={"phi": "block"})
    assert resp.model_extra["medgate"]["documents"][0]["tags"]["Modality"] == "MR"  # type: ignore[index]


def test_a_file_that_crashes_the_decoder_is_a_400_and_the_server_lives(
        client: openai.OpenAI, tmp_path_factory: pytest.TempPathFactory) -> None:
    crasher = files.gdcm_crasher(tmp_path_factory.mktemp("crash"))
    with pytest.raises(openai.BadRequestError, match="crashed its decoder") as info:
        client.chat.completions.create(model="glm-local", messages=ask(url("application/dicom", crasher)))
    assert info.value.body["code"] == "invalid_file"  # type: ignore[index]
    resp = client.chat.completions.create(model="glm-local", messages=ask(url("application/dicom", files.ct())))
    assert resp.model_extra["medgate"]["documents"][0]["kind"] == "dicom"  # type: ignore[index]


def test_audit_records_file_requests(server: RunningServer) -> None:
    rows = server.app.audit.query("chat")
    assert rows and {r["status"] for r in rows} >= {"ok", "error"}
    with_files = [r for r in rows if r["files"]]
    assert {"kind": "dicom", "images": 1, "screened": True} in [f for r in with_files for f in r["files"]]
    assert {"kind": "dicom", "images": 1, "screened": False} in [f for r in with_files for f in r["files"]]
    assert not any(secret in json.dumps(rows) for secret in (*files.SECRET_VALUES, *PDF_PHI))


def _create(client: openai.OpenAI, stream: bool, **kwargs: Any) -> dict[str, Any]:
    """The `medgate` object of a full answer, or of a stream's first chunk."""
    if stream:
        chunks = list(client.chat.completions.create(stream=True, **kwargs))
        return chunks[0].model_extra["medgate"]  # type: ignore[index,no-any-return]
    return client.chat.completions.create(**kwargs).model_extra["medgate"]  # type: ignore[index,no-any-return]


@pytest.mark.parametrize("stream", [False, True], ids=["full", "streamed"])
def test_routing_skips_a_remote_deployment_an_image_may_not_reach_for_a_local_one(
        client: openai.OpenAI, upstream: FakeUpstream, stream: bool) -> None:
    """The burned-in rule is decided per attempted deployment: the remote candidate is skipped
    (not tried, not cooled down), the local one takes the file; a clean file goes to the remote."""
    seen = len(upstream.requests)
    meta = _create(client, stream, model="glm-mixed", messages=ask(url("application/dicom", files.burned_in_flag())))
    assert meta["deployment"].startswith("localhost:") and meta["attempts"] == 1 and meta["route"]["failed"] == []
    assert meta["documents"][0]["screened"] is False
    assert len(upstream.requests) == seen + 1  # only the local deployment was called
    meta = _create(client, stream, model="glm-mixed", messages=ask(url("application/dicom", files.ct())))
    assert meta["deployment"].startswith("127.0.0.1:") and meta["documents"][0]["screened"] is True
    assert_nothing_identifying(upstream.requests[-1], files.SECRET_VALUES)


def test_an_unreadable_image_goes_to_the_local_deployment_as_it_came(
        client: openai.OpenAI, upstream: FakeUpstream) -> None:
    tiff = "data:image/tiff;base64,SUkqAAgAAAA="
    meta = _create(client, False, model="glm-mixed", messages=ask(tiff))
    assert meta["deployment"].startswith("localhost:")
    assert upstream.requests[-1]["messages"][0]["content"][1]["image_url"]["url"] == tiff
    seen = len(upstream.requests)
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="glm-two-remote", messages=ask(tiff))
    assert info.value.status_code == 415 and len(upstream.requests) == seen


@pytest.mark.parametrize("stream", [False, True], ids=["full", "streamed"])
def test_when_no_deployment_may_take_the_image_the_refusal_is_the_answer(
        client: openai.OpenAI, upstream: FakeUpstream, stream: bool) -> None:
    seen = len(upstream.requests)
    messages = ask(url("application/dicom", files.burned_in_flag()))
    with pytest.raises(openai.PermissionDeniedError, match="BurnedInAnnotation is YES") as info:
        _create(client, stream, model="glm-two-remote", messages=messages)
    assert info.value.body["code"] == "burned_in_text"  # type: ignore[index]
    assert len(upstream.requests) == seen  # neither remote deployment was sent anything
    meta = _create(client, stream, model="glm-two-remote", messages=messages, extra_body={"burned_in": "allow"})
    assert meta["deployment"].startswith("127.0.0.1:") and meta["documents"][0]["screened"] is False
