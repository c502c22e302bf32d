"""Types of medgate's own routes (/v1/models, /v1/deid, /health) for validation and /openapi.json.
The chat types live in medgate/types.py, the task types in medgate/tasks/api.py."""

from __future__ import annotations

from typing import Any, Literal, NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

OPEN = ConfigDict(extra="allow")


@with_config(ConfigDict(extra="forbid"))
class DeidDocument(TypedDict):
    id: NotRequired[str | int]
    text: str


@with_config(ConfigDict(extra="forbid"))
class DeidRequest(TypedDict):
    """One document (`text`) or many (`documents`), each de-identified on its own."""

    text: NotRequired[str]
    documents: NotRequired[list[DeidDocument]]
    mode: NotRequired[Literal["surrogate", "mask", "redact"]]
    policy: NotRequired[Literal["strict", "standard"]]


class DeidEntity(TypedDict):
    type: str
    start: int
    end: int
    replacement: str


class DeidDocumentResult(TypedDict):
    id: str | int
    text: str
    entities: list[DeidEntity]


class DeidResponse(TypedDict):
    text: NotRequired[str]
    entities: NotRequired[list[DeidEntity]]
    documents: NotRequired[list[DeidDocumentResult]]


@with_config(OPEN)
class ModelCard(TypedDict):
    id: str
    object: Literal["model"]
    created: int
    owned_by: str
    family: str
    deployments: list[str]
    trust: str
    phi_policy: NotRequired[str]  # the PHI detector for what is sent there: strict | standard
    pricing: dict[str, float] | None


class ModelList(TypedDict):
    object: Literal["list"]
    data: list[ModelCard]


class Health(TypedDict):
    status: Literal["ok", "degraded"]
    models: list[str]
    audit: dict[str, Any]


class UsageRow(TypedDict):
    key: NotRequired[str | None]
    alias: NotRequired[str | None]
    deployment: NotRequired[str | None]
    day: NotRequired[str]
    requests: int
    errors: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float


class UsageReport(TypedDict):
    object: Literal["usage"]
    group_by: list[str]
    data: list[UsageRow]


class OpenApiDocument(TypedDict):
    openapi: str
    info: dict[str, Any]
    paths: dict[str, Any]
