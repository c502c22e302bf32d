"""From a model's reply to a Python dict, and from an output model to the schema engines get.

Replies are handled defensively even though the gateway already splits reasoning out: a leading
`<think>…</think>` (or a bare `…</think>`, DeepSeek-R1's quirk), Markdown ```json fences and
prose around a single JSON object are removed. Anything that does not parse is a ValueError.
"""

from __future__ import annotations

import re
from typing import Any

import orjson
from pydantic import BaseModel

_FENCE = re.compile(r"^```[a-zA-Z]*\s*\n?(.*?)\n?\s*```$", re.DOTALL)
_THINK_OPEN, _THINK_CLOSE = "<think>", "</think>"
# Keywords left out of the schema engines get: titles and defaults only add tokens.
_DROP = frozenset({"title", "default", "examples"})
# String `maxLength` is sent only for short fields: llama.cpp unrolls it into one rule per
# character and fails to build the grammar for long ones (1500 failed), and a grammar that closes
# a narrative string at its limit would cut a note silently. Short bounds stop small models from
# looping inside a string; every limit is still validated by the pydantic models.
ENGINE_MAX_LENGTH = 200


def split_reasoning(content: str) -> tuple[str, str | None]:
    """Return (answer, reasoning) for text that may start with a think block."""
    text = content.strip()
    if text.startswith(_THINK_OPEN):
        end = text.find(_THINK_CLOSE)
        if end < 0:  # reasoning never ended: there is no answer
            return "", text[len(_THINK_OPEN) :].strip()
        return text[end + len(_THINK_CLOSE) :].strip(), text[len(_THINK_OPEN) : end].strip()
    if _THINK_CLOSE in text and not text.lstrip().startswith("{"):
        head, _, tail = text.rpartition(_THINK_CLOSE)
        return tail.strip(), head.strip()
    return text, None


def parse_json_object(content: str) -> dict[str, Any]:
    """The single JSON object in `content` (fences and surrounding prose removed)."""
    text = content.strip()
    if match := _FENCE.match(text):
        text = match.group(1).strip()
    if not text:
        raise ValueError("the reply is empty")
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as first:
        start, end = text.find("{"), text.rfind("}")
        if start < 0 or end <= start:
            raise ValueError(f"the reply is not JSON: {first}") from first
        try:
            value = orjson.loads(text[start : end + 1])
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"the reply is not valid JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise ValueError(f"the reply is JSON but not an object (got {type(value).__name__})")
    return value


def engine_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema, self-contained (no $ref) and strict: every property required
    (optional ones are nullable), no additional properties, no titles or defaults."""
    raw = model.model_json_schema()
    defs: dict[str, Any] = raw.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return walk(defs[node["$ref"].rsplit("/", 1)[-1]])
        out = {k: walk(v) for k, v in node.items() if k not in _DROP}
        if out.get("maxLength", 0) > ENGINE_MAX_LENGTH:
            del out["maxLength"]
        if out.get("type") == "object" and "properties" in out:
            out["required"] = list(out["properties"])
            out["additionalProperties"] = False
        return out

    result: dict[str, Any] = walk(raw)
    return result
