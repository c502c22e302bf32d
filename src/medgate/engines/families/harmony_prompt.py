"""An OpenAI chat body rendered as a GPT-OSS harmony prompt, for an engine that takes a raw prompt
and applies no chat template (`engine: completions`).

The layout is openai/harmony's docs/format.md ("Prompt format", "Function calling"), and the
choices vLLM makes when it renders a chat request (vllm/entrypoints/harmony_utils.py):

- system: the model identity, knowledge cutoff, current date, `Reasoning: {effort}`, the valid
  channels, and, when functions are offered, "Calls to these tools must go to the commentary
  channel: 'functions'.";
- developer: the request's system/developer text under `# Instructions`, the functions as
  TypeScript-like types in `namespace functions`, a json_schema response format under
  `# Response Formats`;
- the turns: an assistant answer on `final`; its reasoning (`reasoning_content`) on `analysis`,
  kept only after the last user turn (earlier chains of thought are dropped); each call as
  `commentary to=functions.NAME <|constrain|>json` ending in `<|call|>`; a tool result as
  `<|start|>functions.NAME to=assistant<|channel|>commentary<|message|>…<|end|>`;
- and `<|start|>assistant` for the model to continue.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

IDENTITY: Final = "You are ChatGPT, a large language model trained by OpenAI."
KNOWLEDGE_CUTOFF: Final = "2024-06"
EFFORTS: Final = MappingProxyType({"minimal": "low", "low": "low", "medium": "medium", "high": "high"})
STOP: Final = ("<|return|>", "<|call|>")  # harmony's stop tokens for an assistant turn


def _text(content: Any) -> str:
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
    return content if isinstance(content, str) else ""


def _ts_type(schema: Any, indent: str = "") -> str:
    """A JSON schema as the TypeScript-like type harmony uses (a subset of encoding.rs's rules)."""
    if not isinstance(schema, Mapping):
        return "any"
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return " | ".join(json.dumps(v) for v in schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join("number" if t == "integer" else str(t) for t in kind)
    if kind == "array":
        return f"{_ts_type(schema.get('items'), indent)}[]"
    if kind == "object" and isinstance(schema.get("properties"), Mapping):
        return "{\n" + _ts_fields(schema, indent) + f"{indent}}}"
    return {"string": "string", "integer": "number", "number": "number", "boolean": "boolean",
            "null": "null"}.get(str(kind), "any")


def _ts_fields(schema: Mapping[str, Any], indent: str) -> str:
    required = set(schema.get("required") or ())
    out = []
    for name, prop in schema["properties"].items():
        prop = prop if isinstance(prop, Mapping) else {}
        if isinstance(prop.get("description"), str):
            out.append(f"{indent}// {prop['description']}\n")
        line = f"{indent}{name}{'' if name in required else '?'}: {_ts_type(prop, indent)},"
        if "default" in prop:
            default = prop["default"]
            shown = default if isinstance(default, str) and prop.get("enum") else json.dumps(default)
            line += f" // default: {shown}"
        out.append(line + "\n")
    return "".join(out)


def _functions(tools: list[Any]) -> str:
    out = ["# Tools\n\n## functions\n\nnamespace functions {\n\n"]
    for tool in tools:
        func = tool.get("function") or {}
        if isinstance(func.get("description"), str):
            out.append(f"// {func['description']}\n")
        params = func.get("parameters")
        if isinstance(params, Mapping) and params.get("properties"):
            out.append(f"type {func['name']} = (_: {{\n{_ts_fields(params, '')}}}) => any;\n\n")
        else:
            out.append(f"type {func['name']} = () => any;\n\n")
    out.append("} // namespace functions")
    return "".join(out)


def _system(body: Mapping[str, Any], today: datetime.date, functions: bool) -> str:
    effort = EFFORTS.get(str(body.get("reasoning_effort") or "medium"), "medium")
    text = (f"{IDENTITY}\nKnowledge cutoff: {KNOWLEDGE_CUTOFF}\nCurrent date: {today.isoformat()}\n\n"
            f"Reasoning: {effort}\n\n# Valid channels: analysis, commentary, final. Channel must be included "
            "for every message.")
    if functions:
        text += "\nCalls to these tools must go to the commentary channel: 'functions'."
    return f"<|start|>system<|message|>{text}<|end|>"


def _developer(body: Mapping[str, Any], tools: list[Any]) -> str:
    parts = []
    instructions = "\n\n".join(_text(m.get("content")) for m in body.get("messages") or ()
                               if m.get("role") in ("system", "developer"))
    if instructions:
        parts.append(f"# Instructions\n\n{instructions}")
    if tools:
        parts.append(_functions(tools))
    fmt = body.get("response_format")
    if isinstance(fmt, Mapping) and fmt.get("type") == "json_schema":
        spec = fmt.get("json_schema") or {}
        parts.append(f"# Response Formats\n\n## {spec.get('name', 'response')}\n\n"
                     f"{json.dumps(spec.get('schema') or {}, separators=(',', ':'))}")
    if not parts:
        return ""
    text = "\n\n".join(parts)
    return f"<|start|>developer<|message|>{text}<|end|>"


def render(body: Mapping[str, Any], today: datetime.date | None = None) -> str:
    """The harmony prompt for `body`, ending where the assistant's next message begins."""
    messages = list(body.get("messages") or ())
    tools = [t for t in body.get("tools") or () if isinstance(t, Mapping) and t.get("function")]
    if body.get("tool_choice") == "none":
        tools = []
    out = [_system(body, today or datetime.date.today(), bool(tools)), _developer(body, tools)]
    last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=-1)
    names: dict[str, str] = {}
    for i, m in enumerate(messages):
        role = m.get("role")
        if role == "user":
            out.append(f"<|start|>user<|message|>{_text(m.get('content'))}<|end|>")
        elif role == "assistant":
            reasoning = m.get("reasoning_content") or m.get("reasoning")
            if i > last_user and isinstance(reasoning, str) and reasoning:
                out.append(f"<|start|>assistant<|channel|>analysis<|message|>{reasoning}<|end|>")
            if _text(m.get("content")):
                out.append(f"<|start|>assistant<|channel|>final<|message|>{_text(m.get('content'))}<|end|>")
            for call in m.get("tool_calls") or ():
                func = call.get("function") or {}
                names[str(call.get("id"))] = str(func.get("name"))
                out.append(f"<|start|>assistant<|channel|>commentary to=functions.{func.get('name')} "
                           f"<|constrain|>json<|message|>{func.get('arguments') or '{}'}<|call|>")
        elif role == "tool":
            name = m.get("name") or names.get(str(m.get("tool_call_id")), "tool")
            out.append(f"<|start|>functions.{name} to=assistant<|channel|>commentary<|message|>"
                       f"{_text(m.get('content'))}<|end|>")
    out.append("<|start|>assistant")
    return "".join(out)
