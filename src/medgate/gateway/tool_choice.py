"""`tools` and `tool_choice`: checked on the way in, honoured or refused, checked on the way out.

On the way in (OpenAI's rules): every tool is a function with a name; `tool_choice` is "none",
"auto", "required" or `{"type": "function", "function": {"name": N}}` with N among the tools, and
only allowed with tools. A choice the deployment's engine cannot honour (its dialect's
`tool_choices`: Ollama takes none of them, the embedded model no "required") is refused with a
400 that names the engine, never sent and silently ignored.

On the way out: "required" means at least one call, a named function means calls to that function
only. An answer that breaks this ends in an `UpstreamProtocolError` (502; in a stream, the final
error event), whether the engine parsed the calls or medgate read them from raw text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from medgate.engines.dialects import Dialect, dialect_for
from medgate.engines.families.toolcalls import ToolSpec
from medgate.errors import InvalidRequest, UpstreamProtocolError
from medgate.gateway.routing import Plan

Body = Mapping[str, Any]


def tool_mode(body: Body) -> tuple[str, str | None]:
    """(mode, function name): mode is none, auto, required or function; InvalidRequest if the
    request's tools or tool_choice are malformed."""
    tools = body.get("tools") or []
    names = []
    for i, tool in enumerate(tools):
        func = tool.get("function") if isinstance(tool, dict) else None
        if not (isinstance(tool, dict) and tool.get("type", "function") == "function"
                and isinstance(func, dict) and isinstance(func.get("name"), str) and func["name"]):
            raise InvalidRequest(f"tools[{i}] must be {{\"type\": \"function\", \"function\": {{\"name\": ...}}}}",
                                 param=f"tools[{i}]")
        names.append(func["name"])
    choice = body.get("tool_choice")
    if choice is None:
        return ("auto" if tools else "none"), None
    if not tools:
        raise InvalidRequest("tool_choice is only allowed when tools are given", param="tool_choice")
    if choice in ("none", "auto", "required"):
        return choice, None
    func = choice.get("function") if isinstance(choice, dict) else None
    name = func.get("name") if isinstance(func, dict) else None
    if not (isinstance(choice, dict) and choice.get("type") == "function" and isinstance(name, str)):
        raise InvalidRequest('tool_choice must be "none", "auto", "required" or '
                             '{"type": "function", "function": {"name": ...}}', param="tool_choice")
    if name not in names:
        raise InvalidRequest(f"tool_choice names function {name!r}, which is not among the tools",
                             param="tool_choice")
    return "function", name


def check_engine(body: Body, dialect: Dialect, deployment: str, engine: str) -> None:
    """Refuse a tool_choice the deployment's engine cannot honour."""
    mode, _ = tool_mode(body)
    if body.get("tools") and mode not in dialect.tool_choices:
        shown = "a named function" if mode == "function" else repr(mode)
        accepted = ", ".join(sorted(dialect.tool_choices)) or "none"
        raise InvalidRequest(f"tool_choice {shown} cannot be honoured by deployment {deployment} "
                             f"(engine {engine} takes: {accepted})", param="tool_choice")


def honouring_plan(body: Body, plan: Plan) -> Plan:
    """The plan without the deployments whose engine cannot honour the request's tool_choice;
    when none can, the first one's refusal (a 400 that names its engine)."""
    mode = tool_mode(body)[0]  # a malformed tools/tool_choice is a 400 whatever the deployment
    if not body.get("tools"):
        return plan
    able = tuple(c for c in plan.candidates if mode in dialect_for(c.deployment.engine).tool_choices)
    if len(able) == len(plan.candidates):
        return plan
    if not able:
        first = plan.candidates[0].deployment
        check_engine(body, dialect_for(first.engine), first.name, first.engine)
    skipped = {c.deployment.name: f"its engine cannot honour tool_choice {mode!r}"
               for c in plan.candidates if c not in able}
    return dataclasses.replace(plan, candidates=able, skipped={**plan.skipped, **skipped})


def tool_spec(body: Body) -> ToolSpec | None:
    """What medgate reads raw calls against, or None when it must not read any (no tools, or
    tool_choice "none": markup then stays text, as the engines leave it)."""
    if not body.get("tools") or tool_mode(body)[0] == "none":
        return None
    return ToolSpec.from_tools(body["tools"])


def check_calls(body: Body, names: Iterable[str | None]) -> None:
    """Raise if the calls made (their function names) break a required or named tool_choice."""
    mode, wanted = tool_mode(body)
    called = list(names)
    if mode == "required" and not called:
        raise UpstreamProtocolError('the model answered without calling a tool, but tool_choice was '
                                    '"required"')
    if mode == "function" and (not called or any(n != wanted for n in called)):
        raise UpstreamProtocolError(f"the model did not call {wanted!r} alone, as tool_choice required "
                                    f"(it called: {', '.join(str(n) for n in called) or 'nothing'})")


def called_names(resp: Mapping[str, Any]) -> list[str | None]:
    """The function names choice 0 of a full response called."""
    choices = resp.get("choices") or []
    msg = choices[0].get("message") if choices and isinstance(choices[0], dict) else None
    calls = msg.get("tool_calls") if isinstance(msg, dict) else None
    return [(c.get("function") or {}).get("name") for c in calls or () if isinstance(c, dict)]


class ToolChoiceCheck:
    """Stream stage: note the calls choice 0 makes; at the end, the same check as full answers."""

    def __init__(self, body: Body) -> None:
        self.body = body
        self.names: dict[int, str | None] = {}

    def chunk(self, chunk: dict[str, Any]) -> dict[str, Any] | None:
        for choice in chunk.get("choices") or ():
            if choice.get("index", 0) != 0:
                continue
            for call in (choice.get("delta") or {}).get("tool_calls") or ():
                if isinstance(call, dict):
                    name = (call.get("function") or {}).get("name")
                    index = call.get("index", 0)
                    if name is not None or index not in self.names:
                        self.names[index] = name
        return chunk

    def end(self) -> dict[str, Any] | None:
        check_calls(self.body, self.names.values())
        return None
