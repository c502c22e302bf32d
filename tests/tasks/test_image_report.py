"""image-report through a scripted ChatClient: what is asked of the model (files as data URLs for
the gateway, frames, the burned-in option), how the answer is checked against the images that
exist, boxes scaled to the submitted pixels, lab rows from PDFs, and the FHIR DiagnosticReport."""

from __future__ import annotations

import base64
from typing import Any

import numpy as np
import pytest
from fhir.resources.R4B.bundle import Bundle

from medgate.errors import InvalidRequest, PayloadTooLarge, TaskError, UnsupportedFile
from medgate.imaging import Attachment
from medgate.tasks import arun
from medgate.tasks.image_run import pixel_box
from medgate.tasks.registry import task_for
from tests.imaging import files
from tests.tasks.fakes import FakeAudit, FakeChatClient, completion

REPORT = {
    "modality": "CT",
    "findings": [
        {"description": "Consolidation in the left lower lobe", "location": "left lower lobe", "image": 1,
         "box": [[100, 200, 500, 800]]},
        {"description": "No pleural effusion", "location": None, "image": None, "box": None},
    ],
    "impression": "Left lower lobe pneumonia is likely.",
    "recommendations": ["Clinical correlation", "Follow-up imaging in 6 weeks"],
}


def report(**changes: Any) -> dict[str, Any]:
    return REPORT | changes


def user_parts(client: FakeChatClient, call: int = 0) -> list[dict[str, Any]]:
    parts: list[dict[str, Any]] = client.bodies[call]["messages"][1]["content"]
    return parts


async def test_dicom_report_with_boxes_in_the_frame_pixels() -> None:
    client = FakeChatClient([completion(report(), reasoning="The left base is dense.")])
    audit, ct = FakeAudit(), files.ct()
    out = (await arun(client, "image-report", "Pneumonia?", files=[Attachment(ct, name="chest.dcm")],
                      audit=audit)).to_dict()
    result = out["result"]
    assert result["findings"][0]["box"] == [100, 200, 500, 800]
    assert result["findings"][0]["box_pixels"] == [6, 13, 32, 51]  # a 64 x 64 frame
    assert "box_pixels" not in result["findings"][1]
    assert result["images"] == [{"number": 1, "file": 1, "kind": "dicom", "label": "DICOM image, modality CT",
                                 "size": [64, 64], "name": "chest.dcm", "frame": 1, "modality": "CT"}]
    assert out["reasoning_content"] == "The left base is dense." and out["review_required"] is True
    assert client.use_cases == ["imaging"]
    body = client.bodies[0]
    assert body["response_format"]["json_schema"]["name"] == "image_report" and "burned_in" not in body
    intro, file_part = user_parts(client)
    assert "Question: Pneumonia?" in intro["text"] and "hold 1 image(s)" in intro["text"]
    assert file_part["image_url"]["url"].startswith("data:application/dicom;base64,")
    assert base64.b64decode(file_part["image_url"]["url"].split(",", 1)[1]) == ct
    assert audit.query("task", task="image-report")[0]["files"] == ["dicom"]
    assert result["files"] == [{"file": 1, "kind": "dicom", "name": "chest.dcm"}]


async def test_frames_and_burned_in_options_reach_the_gateway() -> None:
    client = FakeChatClient([completion(report(findings=[]))])
    out = (await arun(client, "image-report", "", files=[Attachment(files.multiframe(5))],
                      options={"frames": "2,4", "burned_in": "allow"})).to_dict()
    assert [i["frame"] for i in out["result"]["images"]] == [2, 4]
    assert user_parts(client)[1]["image_url"]["frames"] == [2, 4]
    assert client.bodies[0]["burned_in"] == "allow"
    assert "Question: Describe the findings." in user_parts(client)[0]["text"]


async def test_a_finding_on_an_image_that_does_not_exist_is_repaired_once() -> None:
    bad = report(findings=[{"description": "Nodule", "location": None, "image": 3, "box": [10, 10, 50, 50]}])
    client = FakeChatClient([completion(bad), completion(report())])
    out = (await arun(client, "image-report", "", files=[Attachment(files.ct())])).to_dict()
    assert out["medgate"]["calls"] == 2
    assert "image 3 does not exist: there are 1 images" in client.bodies[1]["messages"][-1]["content"]
    inverted = report(findings=[{"description": "Nodule", "location": None, "image": 1, "box": [50, 50, 10, 10]}])
    with pytest.raises(TaskError, match="x1 < x2"):
        await arun(FakeChatClient([completion(inverted)] * 2), "image-report", "", files=[Attachment(files.ct())])


async def test_a_lone_image_is_implied_for_a_box_without_a_number() -> None:
    one = report(findings=[{"description": "Opacity", "location": None, "image": None, "box": [0, 0, 1000, 500]}])
    out = (await arun(FakeChatClient([completion(one)]), "image-report", "",
                      files=[Attachment(files.png(np.zeros((100, 300), dtype=np.uint8)))])).to_dict()
    assert out["result"]["findings"][0]["box_pixels"] == [0, 0, 300, 50]


async def test_lab_pdf_rows_and_fhir_diagnostic_report() -> None:
    labs = report(modality="lab report", findings=[
        {"description": "Low haemoglobin and sodium", "location": None, "image": None, "box": None}])
    ct_and_labs = [Attachment(files.ct(), name="ct.dcm"), Attachment(files.lab_pdf(), "application/pdf", "labs.pdf")]
    out = (await arun(FakeChatClient([completion(labs | {"findings": REPORT["findings"][:1]})]), "image-report",
                      "", files=ct_and_labs, format="fhir", options={"subject": "Patient/7"})).to_dict()
    rows = out["result"]["lab_results"]
    assert [r["test"] for r in rows] == ["Hemoglobin", "Sodium", "White cell count", "CRP", "Potassium"]
    assert rows[0] == {"file": 2, "page": 1, "test": "Hemoglobin", "value": "10.2", "unit": "g/dL",
                       "range": "13.5-17.5", "flag": "L"}
    bundle = out["fhir"]
    Bundle.model_validate(bundle)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds == ["DiagnosticReport", "Media", *["Observation"] * 5, "Device"]
    dr = bundle["entry"][0]["resource"]
    assert dr["status"] == "preliminary" and dr["code"]["coding"][0]["code"] == "18748-4"
    assert dr["subject"] == {"reference": "Patient/7"} and dr["conclusion"] == REPORT["impression"]
    assert dr["media"][0]["link"]["reference"] == bundle["entry"][1]["fullUrl"]
    assert len(dr["result"]) == 5 and dr["meta"]["security"][0]["code"] == "AIAST"
    media = bundle["entry"][1]["resource"]
    assert media["modality"]["coding"][0]["code"] == "CT" and (media["width"], media["height"]) == (64, 64)
    assert "box [6, 13, 32, 51] px" in media["note"][0]["text"]
    hb = bundle["entry"][2]["resource"]
    assert hb["valueQuantity"] == {"value": 10.2, "unit": "g/dL"} and hb["interpretation"][0]["coding"][0]["code"] == "L"
    crp = bundle["entry"][5]["resource"]
    assert crp["valueQuantity"] == {"value": 5.0, "comparator": "<", "unit": "mg/L"} and "interpretation" not in crp
    assert "Consolidation in the left lower lobe" in base64.b64decode(dr["presentedForm"][0]["data"]).decode()


async def test_pdf_only_report_is_a_laboratory_report() -> None:
    labs = report(modality="lab report", findings=[])
    out = (await arun(FakeChatClient([completion(labs)]), "image-report", "", format="fhir",
                      files=[Attachment(files.lab_pdf())])).to_dict()
    assert out["result"]["images"] == [] and out["fhir"]["entry"][0]["resource"]["code"]["coding"][0]["code"] == "11502-2"


@pytest.mark.parametrize(("call", "error", "match"), [
    ({"files": []}, InvalidRequest, "at least one file"),
    ({"files": [Attachment(b"PK\x03\x04zip")]}, UnsupportedFile, "file 1: the file is not in a format"),
    ({"files": [Attachment(files.multiframe(5), name="cine.dcm")], "options": {"frames": "7"}}, InvalidRequest,
     r"file 1 \(cine.dcm\): frame 7 was asked for"),
    ({"files": [Attachment(files.multiframe(12))], "options": {"frames": "1-10"}}, PayloadTooLarge, "10 frames"),
    ({"files": [Attachment(files.ct())], "options": {"frames": "x"}}, InvalidRequest, "options.frames"),
    ({"files": [Attachment(files.ct())], "options": {"burned_in": "maybe"}}, InvalidRequest, "burned_in"),
])
async def test_bad_files_and_options_fail_before_any_model_call(call: dict[str, Any], error: type[Exception],
                                                                 match: str) -> None:
    client = FakeChatClient([])
    with pytest.raises(error, match=match):
        await arun(client, "image-report", "", files=call["files"], options=call.get("options"))
    assert client.bodies == []


async def test_text_tasks_take_no_files() -> None:
    with pytest.raises(InvalidRequest, match="soap-note takes text, not files"):
        await arun(FakeChatClient([]), "soap-note", "chest pain for two days", files=[Attachment(files.ct())])


def test_pixel_box_and_render() -> None:
    assert pixel_box([100, 200, 500, 800], [640, 480]) == [64, 96, 320, 384]
    text = task_for("image-report").render({
        **REPORT, "findings": [{**REPORT["findings"][0], "box": [100, 200, 500, 800], "box_pixels": [6, 13, 32, 51]}],
        "images": [{"number": 1, "file": 1, "label": "DICOM image, modality CT", "size": [64, 64]}],
        "lab_results": [{"test": "Sodium", "value": "131", "unit": "mmol/L", "range": "135-145", "flag": "L"}]})
    assert "[image 1, box [6, 13, 32, 51] px]" in text and "Sodium: 131 mmol/L (ref 135-145) L" in text


def test_sync_run_takes_files() -> None:
    import medgate.tasks

    out = medgate.tasks.run("image-report", "Pneumonia?", files=[Attachment(files.ct())],
                            client=FakeChatClient([completion(report())]))
    assert out["result"]["findings"][0]["box_pixels"] == [6, 13, 32, 51]
