"""OpenAI file objects in the batch store: `POST /v1/files` (multipart/form-data, as the `openai`
SDK sends it), `GET /v1/files/{id}` and `/content`.

An upload streams through python-multipart straight into the store, so a 200 MB file never sits
in memory; a body that is not multipart, lacks `file` or `purpose`, or is over the limit is a
400/413 and leaves nothing behind.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import AsyncIterator
from typing import IO, TYPE_CHECKING, Any

import orjson
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header

from medgate.batch.store import Store
from medgate.errors import InvalidRequest, NotFound, PayloadTooLarge

if TYPE_CHECKING:
    from medgate.auth import Principal
    from medgate.server.http import Receive, Scope

PURPOSES = ("batch",)  # what a medgate file is for; batch outputs are written as "batch_output"
_FILE_ID = re.compile(r"^file-[0-9a-f]{24}$")
CHUNK = 64 * 1024


def may_see(viewer: Principal | None, owner: str | None) -> bool:
    """No keys (viewer None), an admin key, or the key that made it."""
    return viewer is None or viewer.role == "admin" or viewer.id == owner


def new_id(prefix: str) -> str:
    return f"{prefix}-{os.urandom(12).hex()}"


class Files:
    def __init__(self, store: Store, *, max_bytes: int) -> None:
        self.store = store
        self.max_bytes = max_bytes

    # -- reading ------------------------------------------------------------------------------
    def get(self, file_id: str, viewer: Principal | None = None) -> dict[str, Any]:
        """A file's description; a key other than an admin sees only the files it owns."""
        if not _FILE_ID.match(file_id) or not self.store.exists(f"files/{file_id}.json"):
            raise NotFound(f"no file {file_id!r}", param="file_id")
        meta: dict[str, Any] = orjson.loads(self.store.read_bytes(f"files/{file_id}.json"))
        if not may_see(viewer, meta.get("owner")):
            raise NotFound(f"no file {file_id!r}", param="file_id")
        return meta

    def open(self, file_id: str, viewer: Principal | None = None) -> IO[Any]:
        self.get(file_id, viewer)
        return self.store.open(f"files/{file_id}", "rb")

    async def content(self, file_id: str, viewer: Principal | None = None) -> AsyncIterator[bytes]:
        with self.open(file_id, viewer) as f:
            while chunk := f.read(CHUNK):
                yield chunk

    # -- writing ------------------------------------------------------------------------------
    def writer(self) -> tuple[str, IO[Any]]:
        """A new file medgate writes itself (a batch's output or error file), streamed: its id and
        an open handle to a temporary key; `adopt` it once written, or `discard` it."""
        file_id = new_id("file")
        return file_id, self.store.open(f"files/{file_id}.writing", "wb")

    def adopt(self, file_id: str, size: int, *, filename: str, purpose: str,
              owner: str | None) -> dict[str, Any]:
        self.store.move(f"files/{file_id}.writing", f"files/{file_id}")
        return self._describe(file_id, size, filename, purpose, owner)

    def discard(self, file_id: str) -> None:
        self.store.remove(f"files/{file_id}.writing")

    def _describe(self, file_id: str, size: int, filename: str, purpose: str,
                  owner: str | None) -> dict[str, Any]:
        meta = {"id": file_id, "object": "file", "bytes": size, "created_at": int(time.time()),
                "filename": filename, "purpose": purpose, "status": "processed", "expires_at": None,
                "status_details": None, "owner": owner}  # the API key id that made it
        self.store.write_bytes(f"files/{file_id}.json", orjson.dumps(meta))
        return meta

    async def upload(self, scope: Scope, receive: Receive, owner: str | None = None) -> dict[str, Any]:
        boundary = _boundary(scope)
        upload = _Upload(self.store, new_id("file"), self.max_bytes)
        parser = MultipartParser(boundary, upload.callbacks(), max_size=self.max_bytes + 64 * 1024)
        try:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    raise ConnectionAbortedError
                parser.write(message.get("body", b""))
                if not message.get("more_body", False):
                    break
            parser.finalize()
            purpose = upload.field("purpose")
            if upload.filename is None:
                raise InvalidRequest("the form needs a 'file' part (the JSONL of requests)", param="file")
            if purpose not in PURPOSES:
                raise InvalidRequest(f"'purpose' must be one of {', '.join(PURPOSES)}; got {purpose!r}",
                                     param="purpose")
            upload.finish()
        except FormParserError as exc:
            upload.abort()
            raise InvalidRequest(f"the multipart/form-data body could not be read: {exc}", param="file") from exc
        except BaseException:
            upload.abort()
            raise
        return self._describe(upload.file_id, upload.size, upload.filename, purpose, owner)


def _boundary(scope: Scope) -> bytes:
    value = next((v for k, v in scope.get("headers", ()) if k == b"content-type"), b"")
    kind, params = parse_options_header(value)
    if kind != b"multipart/form-data" or not params.get(b"boundary"):
        raise InvalidRequest("POST /v1/files takes multipart/form-data with 'file' and 'purpose' "
                             f"(got content-type {value.decode('latin-1')!r})", param="file")
    return params[b"boundary"]


class _Upload:
    """Parser callbacks: the `file` part streams into the store, small fields are kept."""

    def __init__(self, store: Store, file_id: str, max_bytes: int) -> None:
        self.store, self.file_id, self.max_bytes = store, file_id, max_bytes
        self.size = 0
        self.filename: str | None = None
        self._fields: dict[str, bytearray] = {}
        self._header = (bytearray(), bytearray())
        self._headers: dict[bytes, bytes] = {}
        self._name: str | None = None
        self._out: IO[Any] | None = None
        self._tmp = f"files/{file_id}.uploading"

    def callbacks(self) -> Any:
        return {"on_part_begin": self._part_begin, "on_header_field": self._header_field,
                "on_header_value": self._header_value, "on_header_end": self._header_end,
                "on_headers_finished": self._headers_finished, "on_part_data": self._part_data,
                "on_part_end": self._part_end}

    def field(self, name: str) -> str | None:
        raw = self._fields.get(name)
        return None if raw is None else raw.decode("utf-8", "replace")

    def _part_begin(self) -> None:
        self._headers, self._name = {}, None

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._header[0].extend(data[start:end])

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        self._header[1].extend(data[start:end])

    def _header_end(self) -> None:
        self._headers[bytes(self._header[0]).lower()] = bytes(self._header[1])
        self._header = (bytearray(), bytearray())

    def _headers_finished(self) -> None:
        _, params = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._name = params.get(b"name", b"").decode("utf-8", "replace")
        if self._name == "file":
            if self._out is not None:
                raise InvalidRequest("the form has more than one 'file' part", param="file")
            self.filename = params.get(b"filename", b"upload.jsonl").decode("utf-8", "replace")
            self._out = self.store.open(self._tmp, "wb")
        else:
            self._fields[self._name] = bytearray()

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._name == "file" and self._out is not None:
            self.size += end - start
            if self.size > self.max_bytes:
                raise PayloadTooLarge(f"the file is over the upload limit of {self.max_bytes} bytes")
            self._out.write(data[start:end])
        elif self._name is not None:
            buf = self._fields[self._name]
            if len(buf) + end - start > 4096:
                raise InvalidRequest(f"form field {self._name!r} is too long", param=self._name)
            buf.extend(data[start:end])

    def _part_end(self) -> None:
        self._name = None

    def finish(self) -> None:
        assert self._out is not None
        self._out.close()
        self.store.move(self._tmp, f"files/{self.file_id}")

    def abort(self) -> None:
        if self._out is not None:
            self._out.close()
        self.store.remove(self._tmp)
