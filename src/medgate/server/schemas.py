"""Types of medgate's own routes (/v1/models, /v1/deid, /health) for validation and /openapi.json.
The chat types live in medgate/types.py, the task types in medgate/tasks/api.py."""

from __future__ import annotations

from typing import Any, Literal, NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

OPEN = ConfigDict(extra="allow")


@with_config(ConfigDict(extra="forbid"))
class DeidRequest(TypedDict):
    text: str
    mode: NotRequired[Literal["surrogate", "mask", "redact"]]


class DeidEntity(TypedDict):
    type: str
    start: int
    end: int
    replacement: str


class DeidResponse(TypedDict):
    text: str
    entities: list[DeidEntity]


@with_config(OPEN)
class ModelCard(TypedDict):
    id: str
    object: Literal["model"]
    created: int
    owned_by: str
    family: str
    deployments: list[str]
    trust: str
    pricing: dict[str, float] | None


class ModelList(TypedDict):
    object: Literal["list"]
    data: list[ModelCard]


class Health(TypedDict):
    status: Literal["ok", "degraded"]
    models: list[str]
    audit: dict[str, Any]


class OpenApiDocument(TypedDict):
    openapi: str
    info: dict[str, Any]
    paths: dict[str, Any]
