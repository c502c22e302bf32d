"""Stage 3b, before the privacy stage: files inside chat messages made fit for the model.

A data URL in an `image_url` part (or the `file_data` of a `file` part) is converted by
medgate.imaging: a DICOM object becomes its allow-listed tags as text and PNG frames; a PDF its
page text, rendered scans and a lab table; a photo is kept as it is for a local deployment within
the limits, and otherwise (remote, or too large) decoded, scaled down, screened for burned-in
text and re-encoded without metadata. An image medgate cannot read goes to a local deployment as it
came (the engine judges it) and is refused (415) for a remote one, which must be screened. Every image this stage produces follows a label
`[Image N: ...]`, N counting every image in the request, so a model or a task can name it.

The text it adds is ordinary message text, so the privacy stage after it de-identifies it for a
remote deployment like anything the user typed. The caller's body is never changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from medgate.engines.image_size import image_size
from medgate.errors import PayloadTooLarge, UnsupportedFile
from medgate.imaging import (
    Attachment,
    Converted,
    Limits,
    Size,
    data_url,
    parse_data_url,
    parse_selection,
)
from medgate.imaging.formats import open_source, sniff

Part = dict[str, Any]


@dataclass(frozen=True)
class Attached:
    body: dict[str, Any]  # what goes on to the privacy stage
    documents: list[dict[str, Any]]  # for medgate.documents: kinds, sizes, allowed tags; no identifiers
    first_size: Size | None  # the first image's size as submitted (for grounding boxes)


def _file_url(part: Any) -> tuple[str, dict[str, Any]] | None:
    """(data URL, the object holding it) for a part that carries a file inline; else None."""
    if not isinstance(part, dict):
        return None
    kind = part.get("type")
    holder = part.get("image_url") if kind == "image_url" else part.get("file") if kind == "file" else None
    if not isinstance(holder, dict):
        return None
    url = holder.get("url") if kind == "image_url" else holder.get("file_data")
    return (url, holder) if isinstance(url, str) and url.startswith("data:") else None


def has_files(body: dict[str, Any]) -> bool:
    """Cheap: does any message carry an inline file? (Most requests are text: no work for them.)"""
    for message in body.get("messages") or ():
        content = message.get("content") if isinstance(message, dict) else None
        if type(content) is list:
            for part in content:
                if _file_url(part) is not None:
                    return True
    return False


class _Walk:
    """One conversion of one body: numbering, documents and the image budget."""

    def __init__(self, screen_text: bool, limits: Limits) -> None:
        self.screen_text, self.limits = screen_text, limits
        self.images = 0
        self.documents: list[dict[str, Any]] = []
        self.first_size: Size | None = None

    def _count(self, size: Size | None) -> int:
        self.images += 1
        if self.images > self.limits.max_images:
            raise PayloadTooLarge(f"more than {self.limits.max_images} images in one request (frames and "
                                  "scanned pages count); send fewer or choose frames/pages")
        if self.images == 1:
            self.first_size = size
        return self.images

    def part(self, part: Part, where: str) -> list[Part]:
        found = _file_url(part)
        if found is None:
            if isinstance(part, dict) and part.get("type") == "image_url":
                self._count(None)  # a URL the engine fetches: it counts, its size is unknown
            return [part]
        url, holder = found
        param = f"{where}.{'image_url.url' if part['type'] == 'image_url' else 'file.file_data'}"
        parsed = parse_data_url(url, param=param)
        att = Attachment(parsed.data, parsed.media_type,
                         frames=parse_selection(holder.get("frames"), param=f"{where}.image_url.frames"),
                         pages=parse_selection(holder.get("pages"), param=f"{where}.image_url.pages"))
        try:
            fmt = sniff(att.data, att.media_type)
        except UnsupportedFile:
            if self.screen_text or not (att.media_type or "").startswith("image/"):
                raise
            self._count(None)  # an image format medgate does not read (TIFF, AVIF...): a local engine judges it
            return [part]
        if fmt.raster and not self.screen_text:
            size = image_size(att.data)
            if size is not None and max(size) <= self.limits.max_side:
                number = self._count(size)  # a local deployment gets a small photo as it came
                self.documents.append({"part": where, "kind": fmt.name, "converted": False, "screened": False,
                                       "images": [{"number": number, "size": list(size), "sent_size": list(size)}]})
                return [part]
        converted = open_source(att, self.limits, fmt).convert(screen_text=self.screen_text)
        return self._parts(converted, where, holder.get("detail"))

    def _parts(self, converted: Converted, where: str, detail: Any) -> list[Part]:
        out: list[Part] = []
        images = []
        for piece in converted.parts:
            if isinstance(piece, str):
                out.append({"type": "text", "text": piece})
                continue
            number = self._count(piece.plan.size)
            image: dict[str, Any] = {"url": data_url(piece.mime, piece.data)}
            if isinstance(detail, str):
                image["detail"] = detail
            out.append({"type": "text", "text": f"[Image {number}: {piece.plan.label}]"})
            out.append({"type": "image_url", "image_url": image})
            entry: dict[str, Any] = {"number": number, "size": list(piece.plan.size), "sent_size": list(piece.sent)}
            if piece.plan.frame is not None:
                entry["frame"] = piece.plan.frame
            if piece.plan.page is not None:
                entry["page"] = piece.plan.page
            images.append(entry)
        self.documents.append({"part": where, "kind": converted.kind, "converted": True,
                               "screened": self.screen_text, **converted.info, "images": images})
        return out


def convert_body(body: dict[str, Any], *, screen_text: bool, limits: Limits) -> Attached:
    """A new body with every inline file converted (CPU-bound: run it off the event loop).
    `screen_text`: the body goes to a remote deployment and burned-in text was not allowed."""
    walk = _Walk(screen_text, limits)
    messages = []
    for i, message in enumerate(body.get("messages") or ()):
        content = message.get("content") if isinstance(message, dict) else None
        if type(content) is not list:
            messages.append(message)
            continue
        parts: list[Part] = []
        for j, part in enumerate(content):
            parts.extend(walk.part(part, f"messages[{i}].content[{j}]"))
        messages.append({**message, "content": parts})
    return Attached({**body, "messages": messages}, walk.documents, walk.first_size)
