"""OpenAI-shaped request and response types, as pydantic-validated TypedDicts.

The request types validate every chat request (gateway/validate.py) and, with the response types,
generate `GET /openapi.json` (server/openapi.py): one definition for both. Requests allow extra
fields, because engines take their own (`chat_template_kwargs`, `top_k`, `min_p`...).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired

from pydantic import ConfigDict, Discriminator, Field, Tag, with_config
from typing_extensions import TypedDict

OPEN = ConfigDict(extra="allow")
Role = Literal["system", "developer", "user", "assistant", "tool", "function"]


@with_config(OPEN)
class TextPart(TypedDict):
    type: Literal["text"]
    text: str


@with_config(OPEN)
class ImageUrl(TypedDict):
    url: Annotated[str, Field(description="https://… or data:image/…;base64,…; also data:application/dicom "
                                          "and data:application/pdf, converted by medgate")]
    detail: NotRequired[str]
    frames: NotRequired[Annotated[str | list[int], Field(description="DICOM frames to send, 1-based: \"1,3-5\"")]]
    pages: NotRequired[Annotated[str | list[int], Field(description="PDF pages to use, 1-based: \"1-2\"")]]


@with_config(OPEN)
class ImagePart(TypedDict):
    type: Literal["image_url"]
    image_url: ImageUrl


@with_config(OPEN)
class OtherPart(TypedDict):
    """Audio, video and file parts pass through to engines that take them."""

    type: Literal["input_audio", "video_url", "file"]


def _part_kind(value: Any) -> str | None:
    kind = value.get("type") if isinstance(value, dict) else None
    return {"text": "as:text", "image_url": "as:image"}.get(kind, "as:other") if isinstance(kind, str) else None


def _content_kind(value: Any) -> str | None:
    if isinstance(value, str):
        return "as:string"
    return "as:parts" if isinstance(value, list) else None


Part = Annotated[
    Annotated[TextPart, Tag("as:text")] | Annotated[ImagePart, Tag("as:image")] | Annotated[OtherPart, Tag("as:other")],
    Discriminator(_part_kind, custom_error_type="part_type",
                  custom_error_message="must be a part object with a type (text, image_url...)"),
]
Content = Annotated[
    Annotated[str, Tag("as:string")] | Annotated[list[Part], Tag("as:parts")],
    Discriminator(_content_kind, custom_error_type="content_type",
                  custom_error_message="must be a string or an array of parts"),
]


@with_config(OPEN)
class Message(TypedDict):
    role: Role
    content: NotRequired[Content | None]
    name: NotRequired[str]
    tool_calls: NotRequired[list[dict[str, Any]] | None]
    tool_call_id: NotRequired[str]


@with_config(OPEN)
class StreamOptions(TypedDict):
    include_usage: NotRequired[bool]


@with_config(OPEN)
class JsonSchemaSpec(TypedDict):
    name: NotRequired[str]
    schema: NotRequired[dict[str, Any]]
    strict: NotRequired[bool | None]


@with_config(OPEN)
class FormatText(TypedDict):
    type: Literal["text"]


@with_config(OPEN)
class FormatJsonObject(TypedDict):
    type: Literal["json_object"]


@with_config(OPEN)
class FormatJsonSchema(TypedDict):
    type: Literal["json_schema"]
    json_schema: JsonSchemaSpec


ResponseFormat = Annotated[FormatText | FormatJsonObject | FormatJsonSchema, Field(discriminator="type")]
Number = float | None
PositiveInt = Annotated[int, Field(ge=1)] | None


@with_config(ConfigDict(extra="forbid"))
class MaxPrice(TypedDict):
    prompt: NotRequired[Annotated[float, Field(ge=0, description="USD per million input tokens")]]
    completion: NotRequired[Annotated[float, Field(ge=0, description="USD per million output tokens")]]


@with_config(ConfigDict(extra="forbid"))
class ProviderPreferences(TypedDict):
    """OpenRouter's `provider` object, over an alias's deployments (names, provider presets or
    hosts). A deployment's trust and allow_phi still decide what PHI may reach it."""

    order: NotRequired[list[str]]
    only: NotRequired[list[str]]
    ignore: NotRequired[list[str]]
    allow_fallbacks: NotRequired[bool]
    data_collection: NotRequired[Literal["allow", "deny"]]
    zdr: NotRequired[bool]
    max_price: NotRequired[MaxPrice]
    sort: NotRequired[Literal["price", "priority", "least-busy"]]


@with_config(ConfigDict(extra="forbid"))
class MedgateRequest(TypedDict):
    use_case: NotRequired[Annotated[str, Field(description="with model auto: a catalogue use case")]]


@with_config(OPEN)
class ChatCompletionRequest(TypedDict):
    """OpenAI Chat Completions, plus medgate's own `phi` and `thinking` (protocols.md)."""

    model: Annotated[str, Field(min_length=1, description="a configured alias (GET /v1/models)")]
    messages: Annotated[list[Message], Field(min_length=1)]
    stream: NotRequired[bool]
    stream_options: NotRequired[StreamOptions | None]
    temperature: NotRequired[Number]
    top_p: NotRequired[Number]
    presence_penalty: NotRequired[Number]
    frequency_penalty: NotRequired[Number]
    top_k: NotRequired[Number]
    min_p: NotRequired[Number]
    max_tokens: NotRequired[PositiveInt]
    max_completion_tokens: NotRequired[PositiveInt]
    n: NotRequired[Annotated[int, Field(ge=1, le=1, description="only 1: send separate requests for more")] | None]
    seed: NotRequired[int | None]
    stop: NotRequired[str | list[str] | None]
    tools: NotRequired[list[dict[str, Any]] | None]
    tool_choice: NotRequired[Any]
    response_format: NotRequired[ResponseFormat | None]
    reasoning_effort: NotRequired[Literal["minimal", "low", "medium", "high"] | None]
    phi: NotRequired[Annotated[str, Field(description="block | pseudonymise | allow (header X-Medgate-PHI)")]]
    thinking: NotRequired[Annotated[bool | str, Field(description="true | false (header X-Medgate-Thinking)")]]
    burned_in: NotRequired[Annotated[str, Field(
        description="refuse | allow: may images with text on their pixels go to a remote deployment "
                    "(header X-Medgate-Burned-In)")]]
    provider: NotRequired[ProviderPreferences | None]
    medgate: NotRequired[MedgateRequest | None]


# -- responses (documented; built by the pipeline) ---------------------------------------------
@with_config(OPEN)
class ErrorDetail(TypedDict):
    message: str
    type: str
    param: str | None
    code: str | None


class ErrorResponse(TypedDict):
    error: ErrorDetail


@with_config(OPEN)
class Usage(TypedDict):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


@with_config(OPEN)
class ResponseMessage(TypedDict):
    role: Literal["assistant"]
    content: str | None
    reasoning_content: NotRequired[str]
    tool_calls: NotRequired[list[dict[str, Any]]]


@with_config(OPEN)
class Choice(TypedDict):
    index: int
    message: ResponseMessage
    finish_reason: str | None


@with_config(OPEN)
class MedgateInfo(TypedDict):
    """medgate's own object: deployment, escalation, PHI counts, cost (protocols.md)."""

    request_id: str
    alias: str | None
    deployment: str | None
    family: str | None
    cost_usd: NotRequired[float | None]
    escalation: dict[str, Any] | None
    phi: dict[str, Any] | None
    defaults_applied: dict[str, Any]
    review_required: bool
    documents: NotRequired[list[dict[str, Any]]]  # files converted for the model: kinds, sizes, allowed tags
    attempts: NotRequired[int]
    route: NotRequired[dict[str, Any]]


@with_config(OPEN)
class ChatCompletion(TypedDict):
    id: Annotated[str, Field(description="the same as X-Request-Id and the audit record's id")]
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[Choice]
    usage: NotRequired[Usage | None]
    medgate: MedgateInfo


@with_config(OPEN)
class ChunkChoice(TypedDict):
    index: int
    delta: dict[str, Any]
    finish_reason: str | None


@with_config(OPEN)
class ChatCompletionChunk(TypedDict):
    """One `data:` event of a stream; the stream ends with `data: [DONE]`, after an error event
    (an ErrorResponse) if it failed midway."""

    id: str
    object: Literal["chat.completion.chunk"]
    created: int
    model: str
    choices: list[ChunkChoice]
    usage: NotRequired[Usage | None]
    medgate: NotRequired[dict[str, Any]]
