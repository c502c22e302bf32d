"""image-report: medical images and documents -> a findings report for a clinician to review.

Files (DICOM, PDF, PNG/JPEG) go to the model as the gateway converts them (images labelled
[Image N], allow-listed tags, de-identified document text); the model answers with findings, each
tied to the image it is seen on and, when it can localise it, a box on a 0-1000 scale of that
image (GLM-4.5V's grounding convention, asked of every model). The runner (image_run.py) checks
image numbers against the files, scales boxes to the submitted file's pixels and adds the lab
table read from PDFs. FHIR: a DiagnosticReport (preliminary) referencing a Media per image.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field, StringConstraints, ValidationInfo, model_validator

from medgate.tasks.base import (
    FhirContext,
    MaybeShort,
    Output,
    Shorts5,
    Task,
    TaskOptions,
    Text,
    _blank_to_none,
)
from medgate.tasks.render import as_text

FindingText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]
Coordinate = Annotated[int, Field(ge=0, le=1000)]
Box = Annotated[list[Coordinate], Field(min_length=4, max_length=4)]


def _box(value: Any) -> Any:
    """GLM writes boxes as [[x1, y1, x2, y2]] (one box in a list); a blank means no box."""
    value = _blank_to_none(value)
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], list):
        return value[0]
    return value


class Finding(Output):
    description: FindingText
    location: MaybeShort = Field(None, description="anatomical location, or null")
    image: int | None = Field(None, ge=1, description="the number N of the [Image N] it is seen on, or null")
    box: Annotated[Box | None, BeforeValidator(_box)] = Field(
        None, description="[x1, y1, x2, y2] on a 0-1000 scale of that image's width and height, or null")

    @model_validator(mode="after")
    def _on_an_image(self, info: ValidationInfo) -> Finding:
        images = (info.context or {}).get("images")
        if self.box is not None:
            x1, y1, x2, y2 = self.box
            if not (x1 < x2 and y1 < y2):
                raise ValueError("box must be [x1, y1, x2, y2] with x1 < x2 and y1 < y2")
            if self.image is None and images == 1:
                self.image = 1
            if self.image is None:
                raise ValueError("a finding with a box needs the number of the image it is on")
        if self.image is not None and images is not None and self.image > images:
            there = f"there are {images} images" if images else "no image was sent"
            raise ValueError(f"image {self.image} does not exist: {there} (use null)")
        return self


class ImageReport(Output):
    modality: MaybeShort = Field(description="imaging modality or document type, e.g. CT, chest X-ray, lab report")
    findings: Annotated[list[Finding], Field(max_length=12)] = Field(description="what is seen, most important first")
    impression: Text = Field(description="the overall interpretation in a few sentences")
    recommendations: Shorts5 = Field(description="suggested next steps for the clinician, if any")


class ImageReportOptions(TaskOptions):
    frames: str | None = Field(None, max_length=200, description='DICOM frames to send, 1-based, e.g. "1,10-12" '
                                                                 "(default: the middle frame)")
    pages: str | None = Field(None, max_length=200, description='PDF pages to use, e.g. "1-2" (default: all)')
    burned_in: Literal["refuse", "allow"] | None = Field(
        None, description="allow: images with text on their pixels may go to a remote deployment")


class ImageReportTask(Task):
    name: ClassVar[str] = "image-report"
    use_case: ClassVar[str] = "imaging"
    output: ClassVar[type[Output]] = ImageReport
    options_model: ClassVar[type[TaskOptions]] = ImageReportOptions
    takes_files: ClassVar[bool] = True
    max_tokens: ClassVar[int] = 1500
    system_prompt: ClassVar[str] = (
        "You are an imaging and document assistant for clinicians. You get medical images, each "
        "labelled [Image N], and/or document text. Report the modality or document type, the "
        "findings (for each, the number N of the image it is seen on and, if you can localise it, "
        "a box [x1, y1, x2, y2] on a 0-1000 scale of that image's width and height), an "
        "impression and recommendations. Report only what is visible or written; say when image "
        "quality or missing views limit the reading. Answer with one JSON object that follows the "
        "schema."
    )

    def supports_fhir(self) -> bool:
        return True

    def fhir(self, result: Output, ctx: FhirContext) -> dict[str, Any]:
        from medgate.tasks.image_fhir import report_bundle

        report: dict[str, Any] = result.model_dump(mode="json")
        return report_bundle(report | dict(ctx.extras), ctx)

    def render(self, result: dict[str, Any]) -> str:
        lines = [f"Modality: {result.get('modality') or 'not stated'}", "", "Findings:"]
        for f in result.get("findings") or ():
            where = f" [image {f['image']}" + (f", box {f['box_pixels']} px" if f.get("box_pixels") else "") + "]" \
                if f.get("image") else ""
            lines.append(f"- {f['description']}{' (' + f['location'] + ')' if f.get('location') else ''}{where}")
        if not result.get("findings"):
            lines.append("- none reported")
        lines += ["", f"Impression: {result.get('impression')}"]
        if result.get("recommendations"):
            lines += ["", "Recommendations:", as_text(result["recommendations"], 1)]
        if result.get("lab_results"):
            lines += ["", "Lab results (read from the documents):"]
            lines += [f"  {r['test']}: {r['value']} {r.get('unit') or ''} (ref {r.get('range') or '-'})"
                      f"{' ' + r['flag'] if r.get('flag') else ''}" for r in result["lab_results"]]
        if result.get("images"):
            lines += ["", "Images:"]
            lines += [f"  {i['number']}: {i['label']} from file {i['file']} ({i['size'][0]}×{i['size'][1]} px)"
                      for i in result["images"]]
        return "\n".join(lines)
