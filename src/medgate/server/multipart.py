"""multipart/form-data bodies (file uploads) parsed with python-multipart, already read and
bounded by the server's body limit. Fields come back as text, files as bytes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from python_multipart import MultipartParser
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import parse_options_header

from medgate.errors import InvalidRequest

MAX_PARTS: Final = 64


@dataclass(frozen=True)
class Upload:
    field: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class Form:
    fields: dict[str, str] = field(default_factory=dict)
    files: list[Upload] = field(default_factory=list)


def is_multipart(content_type: str | None) -> bool:
    return bool(content_type) and parse_options_header(content_type)[0] == b"multipart/form-data"


class _Collector:
    """python-multipart's callbacks, gathering one part at a time."""

    def __init__(self) -> None:
        self.form = Form()
        self.parts = 0
        self.ended = False
        self.headers: dict[bytes, bytes] = {}
        self.name = self.value = b""
        self.data = bytearray()

    def part_begin(self) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            raise InvalidRequest(f"more than {MAX_PARTS} form parts", param="body")
        self.headers, self.data = {}, bytearray()

    def header_field(self, data: bytes, start: int, end: int) -> None:
        self.name += data[start:end]

    def header_value(self, data: bytes, start: int, end: int) -> None:
        self.value += data[start:end]

    def header_end(self) -> None:
        self.headers[self.name.strip().lower()] = self.value.strip()
        self.name = self.value = b""

    def end(self) -> None:
        self.ended = True

    def part_data(self, data: bytes, start: int, end: int) -> None:
        self.data += data[start:end]

    def part_end(self) -> None:
        kind, params = parse_options_header(self.headers.get(b"content-disposition", b""))
        name = params.get(b"name")
        if kind != b"form-data" or not name:
            raise InvalidRequest("every form part needs Content-Disposition: form-data; name=...", param="body")
        try:
            key = name.decode()
            filename = params[b"filename"].decode() if b"filename" in params else None
            ctype = self.headers.get(b"content-type")
            if filename is not None:
                media = parse_options_header(ctype)[0].decode() if ctype else None
                self.form.files.append(Upload(key, filename, media or None, bytes(self.data)))
            elif key in self.form.fields:
                raise InvalidRequest(f"form field {key!r} is given twice", param=key)
            else:
                self.form.fields[key] = bytes(self.data).decode()
        except UnicodeDecodeError as exc:
            raise InvalidRequest(f"form field {name!r} is not UTF-8 text", param="body") from exc


def parse_form(body: bytes, content_type: str) -> Form:
    """The fields and files of a multipart/form-data body; InvalidRequest when malformed."""
    _, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if not boundary:
        raise InvalidRequest("multipart/form-data needs a boundary parameter", param="content-type")
    c = _Collector()
    try:
        parser = MultipartParser(boundary, {
            "on_part_begin": c.part_begin, "on_part_data": c.part_data, "on_part_end": c.part_end,
            "on_header_field": c.header_field, "on_header_value": c.header_value,
            "on_header_end": c.header_end, "on_end": c.end})
        parser.write(body)
        parser.finalize()
    except FormParserError as exc:
        raise InvalidRequest(f"the multipart body cannot be parsed: {exc}", param="body") from exc
    if c.parts == 0 or not c.ended:
        raise InvalidRequest("the multipart body has no parts or ends before its closing boundary",
                             param="body")
    return c.form
