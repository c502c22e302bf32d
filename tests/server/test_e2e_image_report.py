"""POST /v1/tasks/image-report and `medgate task image-report` end to end: a real server, files as
data URLs or multipart, a fake GLM-4.5V on 127.0.0.1 that thinks and answers with grounding boxes;
nothing identifying reaches it; boxes come back in the submitted files' pixels."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml
from fhir.resources.R4B.bundle import Bundle
from tests import http_util
from tests.conftest import RunningServer
from tests.fakes.upstream import FakeUpstream
from tests.imaging import files
from tests.server.test_e2e_imaging import PDF_PHI, assert_nothing_identifying, sent_images

from medgate.commands import task as task_command
from medgate.config import parse_config

THINKING = "The left base is dense; the costophrenic angle is sharp."
REPORT = {"modality": "CT", "findings": [
    {"description": "Consolidation in the left lower lobe", "location": "left lower lobe", "image": 1,
     "box": "<|begin_of_box|>[[100,200,500,800]]<|end_of_box|>"},
    {"description": "Sodium and haemoglobin are low", "location": None, "image": None, "box": None}],
    "impression": "Left lower lobe pneumonia; mild hyponatraemia and anaemia.", "recommendations": []}


def glm_answer(report: dict[str, Any] = REPORT) -> str:
    """GLM-4.5V's raw output: thinking in think tags, the box tokens where the box goes."""
    text = json.dumps(report).replace('"<|begin_of_box|>[[100,200,500,800]]<|end_of_box|>"',
                                      "<|begin_of_box|>[[100,200,500,800]]<|end_of_box|>")
    return f"<think>{THINKING}</think>{text}"


def config_data(upstream: FakeUpstream, tmp: Path) -> dict[str, Any]:
    def alias(name: str, trust: str) -> dict[str, Any]:
        return {"alias": name, "family": "glm-4.5v",
                "deployments": [{"base_url": upstream.base_url, "model": "scripted", "trust": trust}]}

    return {"models": [alias("glm-remote", "remote"), alias("glm-local", "local")],
            "audit": {"url": f"sqlite:///{tmp / 'audit.sqlite'}"}, "images": {"max_side": 1024}}


@pytest.fixture(scope="module")
def server(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    data = config_data(upstream, tmp_path_factory.mktemp("report"))
    with RunningServer(parse_config(yaml.safe_load(yaml.safe_dump(data)), source="test")) as running:
        yield running


def url(media_type: str, data: bytes) -> str:
    return f"data:{media_type};base64,{base64.b64encode(data).decode()}"


def post(server: RunningServer, body: dict[str, Any]) -> http_util.Response:
    return http_util.post(f"{server.base_url}/tasks/image-report", json_body=body)


def multipart(server: RunningServer, fields: dict[str, str], uploads: list[tuple[str, str, bytes]]) -> http_util.Response:
    boundary = uuid.uuid4().hex
    chunks = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
              for k, v in fields.items()]
    for name, ctype, blob in uploads:
        chunks.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                      f"Content-Type: {ctype}\r\n\r\n".encode() + blob + b"\r\n")
    body = b"".join(chunks) + f"--{boundary}--\r\n".encode()
    return http_util.post(f"{server.base_url}/tasks/image-report", content=body,
                          headers={"content-type": f"multipart/form-data; boundary={boundary}"})


def check_report(out: dict[str, Any], upstream: FakeUpstream) -> None:
    result = out["result"]
    assert out["task"] == "image-report" and out["review_required"] is True and out["status"] == "preliminary"
    assert result["findings"][0]["box"] == [100, 200, 500, 800] and result["findings"][0]["box_pixels"] == [6, 13, 32, 51]
    assert out["reasoning_content"] == THINKING
    assert [r["test"] for r in result["lab_results"]][:2] == ["Hemoglobin", "Sodium"]
    assert result["images"][0]["size"] == [64, 64] and result["images"][0]["modality"] == "CT"
    sent = upstream.requests[-1]
    assert_nothing_identifying(sent, (*files.SECRET_VALUES, *PDF_PHI))
    assert sent["response_format"]["type"] == "json_schema" and len(sent_images(sent)) == 1
    assert out["medgate"]["documents"][0]["kind"] == "dicom" and out["medgate"]["phi"]["replaced"]


def test_json_with_data_urls_and_fhir(server: RunningServer, upstream: FakeUpstream) -> None:
    upstream.scripted[:] = [(glm_answer(), "stop")]
    resp = post(server, {"files": [{"url": url("application/dicom", files.ct()), "name": "chest.dcm"},
                                   url("application/pdf", files.lab_pdf())],
                         "input": "Pneumonia? Any abnormal labs?", "model": "glm-remote", "format": "fhir",
                         "options": {"subject": "Patient/42"}})
    assert resp.status == 200, resp.body
    out = resp.json()
    check_report(out, upstream)
    assert out["result"]["images"][0]["name"] == "chest.dcm"
    Bundle.model_validate(out["fhir"])
    report = out["fhir"]["entry"][0]["resource"]
    assert report["resourceType"] == "DiagnosticReport" and report["status"] == "preliminary"
    assert report["subject"] == {"reference": "Patient/42"} and len(report["media"]) == 1 and len(report["result"]) == 5


def test_multipart_upload(server: RunningServer, upstream: FakeUpstream) -> None:
    upstream.scripted[:] = [(glm_answer(), "stop")]
    resp = multipart(server, {"input": "Pneumonia?", "model": "glm-remote", "options": '{"seed": 3}'},
                     [("chest.dcm", "application/dicom", files.ct()), ("labs.pdf", "application/pdf", files.lab_pdf())])
    assert resp.status == 200, resp.body
    check_report(resp.json(), upstream)
    assert upstream.requests[-1]["seed"] == 3


def test_boxes_in_the_original_pixels_after_downscaling(server: RunningServer, upstream: FakeUpstream) -> None:
    upstream.scripted[:] = [(glm_answer(REPORT | {"findings": REPORT["findings"][:1]}), "stop")]
    photo = np.zeros((1000, 2000, 3), dtype=np.uint8)
    resp = post(server, {"files": [url("image/png", files.png(photo))], "model": "glm-local"})
    assert resp.status == 200, resp.body
    (image,) = sent_images(upstream.requests[-1])
    assert image[16:24] == (1024).to_bytes(4, "big") + (512).to_bytes(4, "big")
    assert resp.json()["result"]["findings"][0]["box_pixels"] == [200, 200, 1000, 800]


def test_burned_in_refused_then_allowed(server: RunningServer, upstream: FakeUpstream) -> None:
    body = {"files": [url("application/dicom", files.burned_in_flag())], "model": "glm-remote"}
    refused = post(server, body)
    assert refused.status == 403 and refused.json()["error"]["code"] == "burned_in_text"
    upstream.scripted[:] = [(glm_answer(REPORT | {"findings": []}), "stop")]
    allowed = post(server, body | {"options": {"burned_in": "allow"}})
    assert allowed.status == 200, allowed.body


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"files": []}, 400, "invalid_request"),
    ({"input": "no files"}, 400, "invalid_request"),
    ({"files": ["https://example.org/ct.dcm"]}, 400, "invalid_request"),
    ({"files": [url("application/zip", b"PK\x03\x04...")]}, 415, "unsupported_file"),
    ({"files": [url("application/dicom", files.ct()[:-3000])], "model": "glm-local"}, 400, "invalid_file"),
    ({"files": [url("application/dicom", files.ct())], "model": "nope"}, 404, "model_not_found"),
    ({"files": [url("application/dicom", files.ct())], "options": {"frames": "1-2"}}, 400, "invalid_request"),
])
def test_bad_requests(server: RunningServer, body: dict[str, Any], status: int, code: str) -> None:
    resp = post(server, body)
    assert resp.status == status, resp.body
    assert resp.json()["error"]["code"] == code and resp.json()["error"]["message"]


def test_bad_multipart(server: RunningServer) -> None:
    assert multipart(server, {"colour": "red"}, [("a.dcm", "application/dicom", files.ct())]).status == 400
    broken = http_util.post(f"{server.base_url}/tasks/image-report", content=b"--x\r\nnonsense",
                            headers={"content-type": "multipart/form-data; boundary=x"})
    assert broken.status == 400 and broken.json()["error"]["param"] == "body"
    no_boundary = http_util.post(f"{server.base_url}/tasks/image-report", content=b"",
                                 headers={"content-type": "multipart/form-data"})
    assert no_boundary.status == 400


def test_cli(upstream: FakeUpstream, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "medgate.yaml"
    config.write_text(yaml.safe_dump(config_data(upstream, tmp_path)))
    scan = tmp_path / "chest.dcm"
    scan.write_bytes(files.ct())
    labs = tmp_path / "labs.pdf"
    labs.write_bytes(files.lab_pdf())
    upstream.scripted[:] = [(glm_answer(), "stop")]
    parser = __import__("argparse").ArgumentParser()
    task_command.add_arguments(parser)
    args = parser.parse_args(["image-report", str(scan), str(labs), "--question", "Pneumonia?", "--model",
                              "glm-remote", "--config", str(config)])
    assert task_command.run(args) == 0
    out = capsys.readouterr().out
    assert "Consolidation in the left lower lobe (left lower lobe) [image 1, box [6, 13, 32, 51] px]" in out
    assert "Sodium: 131 mmol/L (ref 135-145) L" in out and "1: DICOM image, modality CT from file 1 (64×64 px)" in out
    bad = parser.parse_args(["soap-note", str(scan), str(labs)])
    assert task_command.run(bad) == 2
    assert "takes one text file" in capsys.readouterr().err
