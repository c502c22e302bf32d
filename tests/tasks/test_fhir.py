"""FHIR R4 export (built with fhir.resources' R4B models): document Bundles for notes, Condition
collections for differentials; always preliminary, AI-labelled, with subject/encounter refs."""

from __future__ import annotations

import base64
from typing import Any

import orjson
import pytest
from fhir.resources.R4B.bundle import Bundle

from medgate.errors import InvalidRequest
from medgate.tasks import TASKS, arun
from tests.tasks.cases import INPUTS, OUTPUTS
from tests.tasks.fakes import FakeChatClient, completion

LOINC = "http://loinc.org"
REFS = {"subject": "Patient/123", "encounter": "Encounter/enc-9"}


async def _fhir(name: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    client = FakeChatClient([completion(OUTPUTS[name])])
    out = (await arun(client, name, INPUTS[name], format="fhir", options=options)).to_dict()
    assert out["result"]  # the JSON result is still there beside the bundle
    bundle: dict[str, Any] = out["fhir"]
    Bundle.model_validate(bundle)  # round-trips through the R4B models
    assert bundle["identifier"]["value"] == f"urn:uuid:{out['id']}"
    assert all(e["fullUrl"].startswith("urn:uuid:") for e in bundle["entry"])
    assert orjson.loads(orjson.dumps(bundle)) == bundle  # plain JSON types only
    return bundle


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _ai_labelled(resource: dict[str, Any]) -> bool:
    return any(s["code"] == "AIAST" for s in resource["meta"]["security"])


@pytest.mark.parametrize(
    ("name", "doc_code", "section_codes"),
    [
        ("soap-note", "11506-3", ["61150-9", "61149-1", "51848-0", "18776-5"]),
        ("discharge-summary", "18842-5", ["11535-2", "8648-8", "10183-2"]),
    ],
)
async def test_note_document_bundle(name: str, doc_code: str, section_codes: list[str]) -> None:
    bundle = await _fhir(name, REFS)
    assert bundle["type"] == "document" and bundle["timestamp"]
    first = bundle["entry"][0]["resource"]
    assert first["resourceType"] == "Composition"
    assert first["status"] == "preliminary" and first["title"]
    assert first["type"]["coding"][0] == {
        "system": LOINC,
        "code": doc_code,
        "display": first["type"]["text"],
    }
    assert first["subject"] == {"reference": "Patient/123"}
    assert first["encounter"] == {"reference": "Encounter/enc-9"}
    codes = [s["code"]["coding"][0]["code"] for s in first["section"] if "code" in s]
    assert [c for c in codes if c in section_codes] == section_codes
    assert all(
        s["text"]["div"].startswith('<div xmlns="http://www.w3.org/1999/xhtml">')
        for s in first["section"]
    )
    (docref,) = _resources(bundle, "DocumentReference")
    assert docref["status"] == "current" and docref["docStatus"] == "preliminary"
    assert docref["type"]["coding"][0]["code"] == doc_code
    assert docref["subject"] == {"reference": "Patient/123"}
    assert docref["context"]["encounter"] == [{"reference": "Encounter/enc-9"}]
    text = base64.b64decode(docref["content"][0]["attachment"]["data"]).decode()
    (device,) = _resources(bundle, "Device")
    assert first["author"][0]["reference"] == next(
        e["fullUrl"] for e in bundle["entry"] if e["resource"] is device
    )
    assert device["deviceName"][0]["name"] == "test-model"
    assert all(_ai_labelled(e["resource"]) for e in bundle["entry"])
    narrative = OUTPUTS[name].get("plan") or OUTPUTS[name].get("hospital_course")
    assert str(narrative) in text


async def test_soap_sections_carry_the_note_text() -> None:
    bundle = await _fhir("soap-note")
    sections = {s["title"]: s["text"]["div"] for s in bundle["entry"][0]["resource"]["section"]}
    assert "BP 150/90, HR 88." in sections["Objective"]
    assert "<li>metformin (dose: 500 mg, frequency: twice daily)</li>" in sections["Medications"]


async def test_note_without_refs_has_no_subject() -> None:
    bundle = await _fhir("soap-note")
    assert "subject" not in bundle["entry"][0]["resource"]
    assert "context" not in _resources(bundle, "DocumentReference")[0]


async def test_differential_conditions() -> None:
    bundle = await _fhir("differential", REFS)
    assert bundle["type"] == "collection"
    conditions = _resources(bundle, "Condition")
    assert [c["code"]["text"] for c in conditions] == ["Acute pyelonephritis", "Nephrolithiasis"]
    for c in conditions:
        (status,) = c["verificationStatus"]["coding"]
        assert status["code"] == "differential"
        assert status["system"] == "http://terminology.hl7.org/CodeSystem/condition-ver-status"
        assert c["category"][0]["coding"][0]["code"] == "encounter-diagnosis"
        assert c["subject"] == {"reference": "Patient/123"}
        assert c["encounter"] == {"reference": "Encounter/enc-9"}
        assert _ai_labelled(c)
    first, second = conditions
    assert first["code"]["coding"] == [
        {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "N10", "userSelected": False}
    ]
    assert "coding" not in second["code"]  # no code given: none invented
    assert "Rank 1 of 2" in first["note"][0]["text"] and "high" in first["note"][0]["text"]
    assert [e["code"][0]["text"] for e in first["evidence"]] == [
        "fever",
        "flank pain",
        "CVA tenderness",
    ]


async def test_differential_without_subject_says_so() -> None:
    bundle = await _fhir("differential")
    assert _resources(bundle, "Condition")[0]["subject"] == {"display": "Patient not specified"}


@pytest.mark.parametrize("name", [n for n, t in TASKS.items() if not t.supports_fhir()])
async def test_fhir_refused_for_tasks_without_an_export(name: str) -> None:
    client = FakeChatClient([])
    with pytest.raises(InvalidRequest) as err:
        await arun(client, name, INPUTS[name], format="fhir")
    assert err.value.param == "format" and client.bodies == []


async def test_json_format_has_no_bundle() -> None:
    client = FakeChatClient([completion(OUTPUTS["soap-note"])])
    out = (await arun(client, "soap-note", INPUTS["soap-note"])).to_dict()
    assert "fhir" not in out
