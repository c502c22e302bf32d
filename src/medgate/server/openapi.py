"""`GET /openapi.json`: an OpenAPI 3.1 document generated from the route table and the same
pydantic types that validate requests — never written by hand, built once at start-up."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter

import medgate
from medgate.server.console import NAME_PATTERN
from medgate.types import ChatCompletionChunk, ErrorResponse

REF = "#/components/schemas/{model}"
_PARAM_NAMES = {"name": "a task name (soap-note, discharge-summary, differential, ...)",
                "id": "an artefact id from a task response",
                "file_id": "a file id from POST /v1/files (or a batch's output_file_id)",
                "batch_id": "a batch id from POST /v1/batches",
                "asset": "a console file name (main.js, console.css, ...)"}
_PARAM_PATTERNS = {"file_id": "^file-[0-9a-f]{24}$", "batch_id": "^batch-[0-9a-f]{24}$",
                   "asset": NAME_PATTERN}


@dataclass(frozen=True)
class Op:
    """What a route takes and answers, for the document."""

    summary: str
    response: Any  # a type, or "module:Name" imported only when the document is built
    request: Any = None
    stream: bool = False  # also answers text/event-stream (chat with stream: true)
    form: Any = None  # the same request as multipart/form-data (file uploads), if the route takes it
    headers: tuple[tuple[str, str], ...] = ()  # optional request headers: (name, description)
    statuses: tuple[int, ...] = field(default=(400,))
    request_type: str = "application/json"  # multipart/form-data for uploads
    response_type: str = "application/json"  # application/octet-stream for file content
    query: tuple[tuple[str, str, str], ...] = ()  # optional query parameters: (name, type, description)


class _Components:
    def __init__(self) -> None:
        self.schemas: dict[str, Any] = {}

    def ref(self, tp: Any) -> dict[str, Any]:
        if isinstance(tp, str):  # "module:Name", for types whose module is heavy to import
            module, _, name = tp.partition(":")
            tp = getattr(importlib.import_module(module), name)
        schema = TypeAdapter(tp).json_schema(ref_template=REF)
        self.schemas.update(schema.pop("$defs", {}))
        name = getattr(tp, "__name__", str(tp))
        self.schemas[name] = schema
        return {"$ref": REF.format(model=name)}


def _path(pattern: tuple[str, ...]) -> tuple[str, list[dict[str, Any]]]:
    params = []
    for part in pattern:
        if part.startswith("{"):
            name = part[1:-1]
            schema = {"type": "string"} | ({"pattern": _PARAM_PATTERNS[name]} if name in _PARAM_PATTERNS else {})
            params.append({"name": name, "in": "path", "required": True,
                           "description": _PARAM_NAMES.get(name, name), "schema": schema})
    return "/" + "/".join(pattern), params


def build_document(routes: Iterable[tuple[str, tuple[str, ...], Op]]) -> dict[str, Any]:
    components = _Components()
    error = components.ref(ErrorResponse)
    chunk = components.ref(ChatCompletionChunk)
    paths: dict[str, dict[str, Any]] = {}
    for method, pattern, op in routes:
        path, params = _path(pattern)
        params += [{"name": name, "in": "header", "required": False, "description": text,
                    "schema": {"type": "string"}} for name, text in op.headers]
        params += [{"name": name, "in": "query", "required": False, "description": text,
                    "schema": {"type": kind}} for name, kind, text in op.query]
        content: dict[str, Any] = ({op.response_type: {"schema": components.ref(op.response)}}
                                   if op.response is not str
                                   else {op.response_type: {"schema": {"type": "string"}}})
        if op.stream:
            content["text/event-stream"] = {"schema": {
                "type": "string", "description": f"`data: <{chunk['$ref'].rsplit('/', 1)[1]}>` events, then "
                "`data: [DONE]`; a stream that fails midway sends an ErrorResponse event before [DONE]"}}
        responses: dict[str, Any] = {"200": {"description": "OK", "content": content, "headers": {
            "X-Request-Id": {"description": "the response id, also the audit record's id",
                             "schema": {"type": "string"}},
            "X-Medgate-Escalation": {"description": "present when the red-flag screen found an emergency: "
                                     "`emergent; categories=stroke,cardiac`", "schema": {"type": "string"}},
        } if op.stream else {}}}
        for status in op.statuses:
            responses[str(status)] = {"description": "error", "content": {"application/json": {"schema": error}}}
        responses["default"] = {"description": "error (OpenAI shape)",
                                "content": {"application/json": {"schema": error}}}
        operation: dict[str, Any] = {"summary": op.summary, "operationId": _operation_id(method, pattern),
                                     "responses": responses}
        if 401 in op.statuses:
            operation["security"] = [{"apiKey": []}]
        if params:
            operation["parameters"] = params
        if op.request is not None:
            bodies = {op.request_type: {"schema": components.ref(op.request)}}
            if op.form is not None:
                bodies["multipart/form-data"] = {"schema": components.ref(op.form)}
            operation["requestBody"] = {"required": True, "content": bodies}
        paths.setdefault(path, {})[method.lower()] = operation
    return {
        "openapi": "3.1.0",
        "info": {"title": "medgate", "version": medgate.__version__,
                 "description": "OpenAI-compatible gateway for open-weight medical LLMs."},
        "paths": paths,
        "components": {"schemas": components.schemas, "securitySchemes": {"apiKey": {
            "type": "http", "scheme": "bearer",
            "description": "a medgate API key (medgate keys create); needed on every route but /health once "
                           "any key exists"}}},
    }


def _operation_id(method: str, pattern: tuple[str, ...]) -> str:
    words = [p.strip("{}").replace("-", "_").replace(".", "_") for p in pattern]
    return "_".join([method.lower(), *words])
