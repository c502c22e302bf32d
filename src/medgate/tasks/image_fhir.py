"""FHIR export of an image report: a collection Bundle (R4B models, as fhir.py explains) with

- a DiagnosticReport, status preliminary, LOINC-coded (imaging study, laboratory report or study
  report), its conclusion the impression, its findings as a text attachment, `media` linking
  every image and `result` every lab row;
- a Media per image (modality from DICOM, size, frame or page, the findings' boxes in pixels);
- an Observation per lab row (preliminary, value with unit and comparator, range, interpretation);
- the model as a Device, the report's performer.

Everything carries meta.security AIAST, as fhir.py's resources do.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from typing import Any, Final

from medgate.tasks.base import FhirContext
from medgate.tasks.fhir import AI_META, LOINC, _bundle, _device, _ref, _urn, _validated

DCM: Final = "http://dicom.nema.org/resources/ontology/DCM"
MEDIA_TYPE: Final = "http://terminology.hl7.org/CodeSystem/media-type"
INTERPRETATION: Final = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBS_CATEGORY: Final = "http://terminology.hl7.org/CodeSystem/observation-category"
SECTION: Final = "http://terminology.hl7.org/CodeSystem/v2-0074"
FLAGS: Final = {"H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low", "A": "Abnormal",
                "AA": "Critical abnormal"}
CONTENT_TYPES: Final = {"dicom": "application/dicom", "pdf": "application/pdf", "png": "image/png",
                        "jpeg": "image/jpeg", "webp": "image/webp", "gif": "image/gif"}
_QUANTITY = re.compile(r"^(?P<cmp><=|>=|<|>)?\s*(?P<num>-?\d+(?:\.\d+)?)$")


def _code(report: Mapping[str, Any]) -> tuple[tuple[str, str], str]:
    """(LOINC code and display, v2-0074 service section) for what the report covers."""
    if report.get("images") and any(i["kind"] != "pdf" for i in report["images"]):
        return ("18748-4", "Diagnostic imaging study"), "RAD"
    if report.get("lab_results"):
        return ("11502-2", "Laboratory report"), "LAB"
    return ("47045-0", "Study report"), "OTH"


def _media(image: Mapping[str, Any], findings: list[dict[str, Any]], ctx: FhirContext) -> dict[str, Any]:
    where = f"frame {image['frame']}" if "frame" in image else f"page {image['page']}" if "page" in image else ""
    title = f"file {image['file']}{' (' + image['name'] + ')' if image.get('name') else ''}"
    notes = [f"Finding {n}: {f['description'][:200]}; box {f['box_pixels']} px ({f['box']} on 0-1000)"
             for n, f in enumerate(findings, 1) if f.get("image") == image["number"] and f.get("box_pixels")]
    media: dict[str, Any] = {
        "resourceType": "Media", "meta": AI_META, "status": "completed",
        "type": {"coding": [{"system": MEDIA_TYPE, "code": "image", "display": "Image"}]},
        "subject": _ref(ctx.subject), "encounter": _ref(ctx.encounter),
        "width": image["size"][0], "height": image["size"][1], "frames": 1,
        "content": {"contentType": CONTENT_TYPES.get(image["kind"], "application/octet-stream"),
                    "title": f"Image {image['number']}: {title}{', ' + where if where else ''}"},
        "note": [{"text": t} for t in notes] or None,
    }
    if image.get("modality"):
        media["modality"] = {"coding": [{"system": DCM, "code": image["modality"]}]}
    return media


def _observation(row: Mapping[str, Any], ctx: FhirContext) -> dict[str, Any]:
    obs: dict[str, Any] = {
        "resourceType": "Observation", "meta": AI_META, "status": "preliminary",
        "category": [{"coding": [{"system": OBS_CATEGORY, "code": "laboratory", "display": "Laboratory"}]}],
        "code": {"text": row["test"]}, "subject": _ref(ctx.subject), "encounter": _ref(ctx.encounter),
        "note": [{"text": f"Read by medgate from file {row['file']}, page {row['page']}: check it against the "
                          "source document."}],
    }
    match = _QUANTITY.match(row["value"])
    if match:
        quantity: dict[str, Any] = {"value": float(match.group("num"))}
        if match.group("cmp"):
            quantity["comparator"] = match.group("cmp")
        if row.get("unit"):
            quantity["unit"] = row["unit"]
        obs["valueQuantity"] = quantity
    else:
        obs["valueString"] = row["value"]
    if row.get("range"):
        obs["referenceRange"] = [{"text": row["range"]}]
    if row.get("flag") in FLAGS:
        obs["interpretation"] = [{"coding": [{"system": INTERPRETATION, "code": row["flag"],
                                              "display": FLAGS[row["flag"]]}]}]
    return obs


def _findings_text(report: Mapping[str, Any]) -> str:
    lines = [f"Modality: {report.get('modality') or 'not stated'}", "Findings:"]
    for f in report.get("findings") or ():
        place = f" ({f['location']})" if f.get("location") else ""
        image = f" [image {f['image']}" + (f", box {f['box_pixels']} px" if f.get("box_pixels") else "") + "]" \
            if f.get("image") else ""
        lines.append(f"- {f['description']}{place}{image}")
    lines += [f"Impression: {report.get('impression')}"]
    lines += [f"Recommendation: {r}" for r in report.get("recommendations") or ()]
    return "\n".join(lines)


def report_bundle(report: Mapping[str, Any], ctx: FhirContext) -> dict[str, Any]:
    """The collection Bundle for an image report (model output plus images and lab rows)."""
    from medgate.tasks.image_run import with_pixels

    report = with_pixels({**report, "findings": [dict(f) for f in report.get("findings") or ()]},
                         report.get("images") or [])
    (code, display), section = _code(report)
    device_url, report_url = _urn(), _urn()
    media = [(_urn(), _media(i, report["findings"], ctx)) for i in report.get("images") or ()]
    observations = [(_urn(), _observation(r, ctx)) for r in report.get("lab_results") or ()]
    text = _findings_text(report)
    diagnostic: dict[str, Any] = {
        "resourceType": "DiagnosticReport", "meta": AI_META, "status": "preliminary",
        "category": [{"coding": [{"system": SECTION, "code": section}]}],
        "code": {"coding": [{"system": LOINC, "code": code, "display": display}], "text": display},
        "subject": _ref(ctx.subject), "encounter": _ref(ctx.encounter), "issued": ctx.timestamp,
        "performer": [{"reference": device_url, "display": f"medgate model {ctx.alias}"}],
        "result": [{"reference": url} for url, _ in observations] or None,
        "media": [{"comment": m["content"]["title"], "link": {"reference": url}} for url, m in media] or None,
        "conclusion": report.get("impression"),
        "presentedForm": [{"contentType": "text/plain; charset=utf-8", "title": "Findings (AI-assisted draft)",
                           "data": base64.b64encode(text.encode()).decode(), "creation": ctx.timestamp}],
    }
    entries = [(report_url, diagnostic), *media, *observations, (device_url, _device(ctx))]
    return _validated(_bundle("collection", ctx, entries))
