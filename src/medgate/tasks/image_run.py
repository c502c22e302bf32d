"""Run a task whose input is files (image-report): plan the files, ask through the gateway (which
converts them and de-identifies their text), validate the answer against the images that exist,
scale boxes to the submitted files' pixels, add the lab rows read from PDFs, export, audit.

Files are planned here with the gateway's own limits (headers and PDF text only, no pixels), so
the numbering and sizes the task reports are the ones the gateway gives the model.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from medgate.errors import InvalidRequest, MedgateError, PayloadTooLarge
from medgate.imaging import Attachment, Limits, PlannedImage, data_url, parse_selection
from medgate.imaging.formats import open_source, sniff
from medgate.tasks.base import Task
from medgate.tasks.client import AuditLog, ChatClient
from medgate.tasks.generate import Session
from medgate.tasks.image_report import ImageReportOptions

MAX_FILES: Final = 16
MAX_QUESTION: Final = 2000
DEFAULT_QUESTION: Final = "Describe the findings."


@dataclass(frozen=True)
class PlannedFile:
    attachment: Attachment
    kind: str
    media_type: str
    images: list[PlannedImage]
    lab_rows: list[dict[str, Any]]


def pixel_box(box: Sequence[int], size: Sequence[int]) -> list[int]:
    """A 0-1000 box in the pixels of an image of `size` (width, height)."""
    w, h = size
    x1, y1, x2, y2 = box
    return [round(x1 * w / 1000), round(y1 * h / 1000), round(x2 * w / 1000), round(y2 * h / 1000)]


def _plan(att: Attachment, limits: Limits) -> PlannedFile:
    fmt = sniff(att.data, att.media_type)
    source = open_source(att, limits, fmt)
    rows = [{"page": page, **row.as_dict()} for page, row in source.rows()]
    return PlannedFile(att, fmt.name, fmt.media_types[0], source.plan(), rows)


def plan_files(files: Sequence[Attachment], options: ImageReportOptions, limits: Limits) -> list[PlannedFile]:
    """Each file opened and planned (CPU-bound: run it in a thread); 4xx errors name the file."""
    if not files:
        raise InvalidRequest("image-report needs at least one file (DICOM, PDF, PNG or JPEG)", param="files")
    if len(files) > MAX_FILES:
        raise InvalidRequest(f"{len(files)} files; at most {MAX_FILES} per request", param="files")
    frames = parse_selection(options.frames, param="options.frames")
    pages = parse_selection(options.pages, param="options.pages")
    planned = []
    for i, att in enumerate(files, start=1):
        att = replace(att, frames=att.frames or frames, pages=att.pages or pages)
        try:
            planned.append(_plan(att, limits))
        except MedgateError as exc:
            exc.message = f"file {i}{' (' + att.name + ')' if att.name else ''}: {exc.message}"
            exc.args = (exc.message,)
            raise
    count = sum(len(p.images) for p in planned)
    if count > limits.max_images:
        raise PayloadTooLarge(f"the files hold {count} images; at most {limits.max_images} go to a model in one "
                              "request (choose frames or pages, or send fewer files)")
    return planned


def images_table(planned: Sequence[PlannedFile]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for file_number, p in enumerate(planned, start=1):
        for image in p.images:
            entry: dict[str, Any] = {"number": len(out) + 1, "file": file_number, "kind": p.kind,
                                     "label": image.label, "size": list(image.size)}
            if p.attachment.name:
                entry["name"] = p.attachment.name
            if image.frame is not None:
                entry["frame"] = image.frame
            if image.page is not None:
                entry["page"] = image.page
            if image.modality is not None:
                entry["modality"] = image.modality
            out.append(entry)
    return out


def user_content(question: str, planned: Sequence[PlannedFile]) -> list[dict[str, Any]]:
    """The question, then every file as a data URL the gateway converts (frames and pages kept)."""
    count = sum(len(p.images) for p in planned)
    intro = (f"Question: {question}\n{len(planned)} file(s) follow; they hold {count} image(s), numbered in "
             "order. Return only the JSON object.")
    content: list[dict[str, Any]] = [{"type": "text", "text": intro}]
    for p in planned:
        image: dict[str, Any] = {"url": data_url(p.media_type, p.attachment.data)}
        if p.attachment.frames:
            image["frames"] = list(p.attachment.frames)
        if p.attachment.pages:
            image["pages"] = list(p.attachment.pages)
        content.append({"type": "image_url", "image_url": image})
    return content


async def generate_report(client: ChatClient, task: Task, question: str, files: Sequence[Attachment], *,
                          alias: str, options: ImageReportOptions, artefact_id: str,
                          audit: AuditLog | None, key_id: str | None = None) -> tuple[Session, Any, dict[str, Any]]:
    """(session, validated answer, extras: images and lab rows)."""
    from medgate.tasks.runner import now_iso, system_message

    question = question.strip() or DEFAULT_QUESTION
    if len(question) > MAX_QUESTION:
        raise InvalidRequest(f"the question is {len(question)} characters; the limit is {MAX_QUESTION}",
                             param="input")
    planned = await asyncio.to_thread(plan_files, files, options, client.image_limits())
    images = images_table(planned)
    extra = {"burned_in": "allow"} if options.burned_in == "allow" else {}
    session = Session(client, task, alias, task.max_tokens, options.seed, context={"images": len(images)},
                      extra=extra)
    messages: list[dict[str, Any]] = [{"role": "system", "content": system_message(task)},
                {"role": "user", "content": user_content(question, planned)}]
    try:
        answer = await session.generate(messages)
    except MedgateError as exc:
        if audit is not None:
            audit.append({"kind": "task_error", "artefact_id": artefact_id, "task": task.name, "alias": alias,
                          "error": exc.code, "calls": len(session.responses), "files": [p.kind for p in planned],
                          "at": now_iso(), "key_id": key_id})
        raise
    labs = [{"file": n, **row} for n, p in enumerate(planned, start=1) for row in p.lab_rows]
    sources = [{"file": n, "kind": p.kind, **({"name": p.attachment.name} if p.attachment.name else {})}
               for n, p in enumerate(planned, start=1)]
    return session, answer, {"files": sources, "images": images, "lab_results": labs}


def with_pixels(result: dict[str, Any], images: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Each finding's box also in its image's submitted pixels (`box_pixels`)."""
    for finding in result.get("findings") or ():
        if finding.get("box") and finding.get("image"):
            finding["box_pixels"] = pixel_box(finding["box"], images[finding["image"] - 1]["size"])
    return result


