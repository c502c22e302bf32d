"""Fake upstream behaviour for tool calls: each family's raw format, as an engine without a tool
parser returns it in `content`, and the parsed form, as an engine with one sends `tool_calls`.

Model ids (the fake upstream dispatches on them):
- `toolfmt-{family}-raw` / `toolfmt-{family}-parsed`: one fixed turn (reasoning, a short content,
  two calls) for family r1, glm or harmony.
- `toolecho-{family}-raw` / `toolecho-{family}-parsed`: one call `record_summary` whose `text` argument is
  the `text` field of the request's last tool result, echoed back (what left medgate comes back).
A body field `fake_piece` (passed through by medgate like any unknown field) sets the size of the
streamed pieces; 1 makes every character boundary a chunk boundary.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

REASONING = "Need the weather and the time."
CONTENT = "Let me check."
CALLS: list[tuple[str, dict[str, Any]]] = [("get_weather", {"city": "Boston", "days": 3}),
                                          ("get_time", {"tz": "EST"})]
TOOLS = [
    {"type": "function", "function": {"name": "get_weather", "description": "Weather for a city.",
                                      "parameters": {"type": "object", "properties": {
                                          "city": {"type": "string", "description": "City name"},
                                          "days": {"type": "integer"}}, "required": ["city"]}}},
    {"type": "function", "function": {"name": "get_time", "parameters": {
        "type": "object", "properties": {"tz": {"type": "string", "enum": ["EST", "UTC"]}}}}},
    {"type": "function", "function": {"name": "record_summary", "parameters": {
        "type": "object", "properties": {"text": {"type": "string"}}}}},
]

Call = tuple[str, dict[str, Any]]


def args_text(family: str, args: dict[str, Any]) -> str:
    """The arguments string a client gets for this family (the parsed form sends the same)."""
    if family == "harmony":
        return json.dumps(args, separators=(",", ":"), ensure_ascii=False)  # as gpt-oss writes it
    return json.dumps(args, ensure_ascii=False)


def r1_raw(reasoning: str, content: str, calls: list[Call]) -> str:
    block = "\n".join(
        f"<｜tool▁call▁begin｜>function<｜tool▁sep｜>{name}\n```json\n{args_text('r1', args)}\n```<｜tool▁call▁end｜>"
        for name, args in calls)
    return f"<think>\n{reasoning}\n</think>\n\n{content}<｜tool▁calls▁begin｜>{block}<｜tool▁calls▁end｜>"


def glm_raw(reasoning: str, content: str, calls: list[Call]) -> str:
    out = f"<think>{reasoning}</think>{content}"
    for name, args in calls:
        pairs = "".join(f"<arg_key>{k}</arg_key>\n<arg_value>{v if isinstance(v, str) else json.dumps(v)}"
                        f"</arg_value>\n" for k, v in args.items())
        out += f"\n<tool_call>{name}\n{pairs}</tool_call>"
    return out


def harmony_raw(reasoning: str, content: str, calls: list[Call]) -> str:
    out = f"<|channel|>analysis<|message|>{reasoning}<|end|>"
    if content:
        out += f"<|start|>assistant<|channel|>commentary<|message|>{content}<|end|>"
    for name, args in calls:
        out += (f"<|start|>assistant<|channel|>commentary to=functions.{name} <|constrain|>json<|message|>"
                f"{args_text('harmony', args)}<|call|>")
    return out


RAW: dict[str, Callable[[str, str, list[Call]], str]] = {"r1": r1_raw, "glm": glm_raw, "harmony": harmony_raw}
FAMILY: dict[str, str] = {"r1": "deepseek-r1", "glm": "glm-4.5v", "harmony": "gpt-oss"}


def _pieces(text: str, size: int) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


def _echo_text(body: dict[str, Any]) -> str:
    for m in reversed(body.get("messages", [])):
        if m.get("role") == "tool":
            return str(json.loads(m["content"])["text"])
    return ""


async def respond(request: web.Request, body: dict[str, Any], model: str) -> web.StreamResponse:
    kind, family, form = model.split("-")
    if kind == "toolecho":
        reasoning, content, calls = "Summarising.", "", [("record_summary", {"text": _echo_text(body)})]
    else:
        reasoning, content, calls = REASONING, CONTENT, CALLS
    piece = int(body.get("fake_piece") or 3)
    if form == "raw":
        message: dict[str, Any] = {"role": "assistant", "content": RAW[family](reasoning, content, calls)}
        finish = "stop"  # an engine without a tool parser sees only text
    else:
        message = {"role": "assistant", "content": content or None, "reasoning_content": reasoning,
                   "tool_calls": [{"id": f"call_up{i}", "type": "function",
                                   "function": {"name": n, "arguments": args_text(family, a)}}
                                  for i, (n, a) in enumerate(calls)]}
        finish = "tool_calls"
    if not body.get("stream"):
        return web.json_response({"id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                                  "model": model, "choices": [{"index": 0, "message": message,
                                                               "finish_reason": finish}],
                                  "usage": {"prompt_tokens": 10, "completion_tokens": 20, "total_tokens": 30}})
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await resp.prepare(request)

    async def send(delta: dict[str, Any], finish_reason: str | None = None) -> None:
        chunk = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1, "model": model,
                 "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}]}
        await resp.write(f"data: {json.dumps(chunk)}\n\n".encode())

    await send({"role": "assistant", "content": ""})
    if form == "raw":
        for p in _pieces(message["content"], piece):
            await send({"content": p})
    else:
        for p in _pieces(reasoning, piece):
            await send({"reasoning_content": p})
        for p in _pieces(content, piece):
            await send({"content": p})
        for i, call in enumerate(message["tool_calls"]):
            await send({"tool_calls": [{"index": i, "id": call["id"], "type": "function",
                                        "function": {"name": call["function"]["name"], "arguments": ""}}]})
            for p in _pieces(call["function"]["arguments"], piece):
                await send({"tool_calls": [{"index": i, "function": {"arguments": p}}]})
    await send({}, finish)
    await resp.write(b"data: [DONE]\n\n")
    return resp


def harmony_continuation(prompt: str) -> str:
    """What a GPT-OSS model served raw continues a harmony prompt with (up to its stop token)."""
    if "<|start|>functions." in prompt:  # a tool result came back: answer from it
        result = prompt.rsplit("<|channel|>commentary<|message|>", 1)[1].split("<|end|>", 1)[0]
        return (f"<|channel|>analysis<|message|>The tool answered.<|end|><|start|>assistant<|channel|>final"
                f"<|message|>Result: {result}<|return|>")
    if "namespace functions {" in prompt and "type get_weather" not in prompt:  # any other tools:
        name = re.findall(r"^type (\w+) = ", prompt, re.M)[0]  # call the first, every field "x"
        block = prompt.split(f"type {name} = ", 1)[1].split("}) => any;", 1)[0]
        args = {field: "x" for field in re.findall(r"^(\w+)\??: ", block, re.M)}
        return (f"<|channel|>analysis<|message|>Use {name}.<|end|><|start|>assistant<|channel|>commentary "
                f"to=functions.{name} <|constrain|>json<|message|>{json.dumps(args)}<|call|>")
    if "namespace functions {" in prompt:
        return ("<|channel|>analysis<|message|>Need the weather.<|end|><|start|>assistant<|channel|>commentary"
                "<|message|>Let me check.<|end|><|start|>assistant<|channel|>commentary to=functions.get_weather "
                '<|constrain|>json<|message|>{"city":"Boston","days":3}<|call|>')
    return "<|channel|>analysis<|message|>Simple.<|end|><|start|>assistant<|channel|>final<|message|>Hello.<|return|>"


async def respond_completion(request: web.Request, body: dict[str, Any]) -> web.StreamResponse:
    """`POST /v1/completions` as vLLM serves it: `choices[].text`, cut at the first stop string."""
    text = harmony_continuation(str(body.get("prompt", "")))
    for stop in body.get("stop") or ():
        text = text.split(stop, 1)[0]
    if not body.get("stream"):
        return web.json_response({"id": "cmpl-fake", "object": "text_completion", "created": int(time.time()),
                                  "model": body.get("model"), "choices": [{"index": 0, "text": text,
                                                                           "finish_reason": "stop"}],
                                  "usage": {"prompt_tokens": 50, "completion_tokens": 20, "total_tokens": 70}})
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await resp.prepare(request)
    pieces = [*_pieces(text, int(body.get("fake_piece") or 3)), ""]
    for i, p in enumerate(pieces):
        chunk = {"id": "cmpl-fake", "object": "text_completion", "created": 1, "model": body.get("model"),
                 "choices": [{"index": 0, "text": p, "finish_reason": "stop" if i == len(pieces) - 1 else None}]}
        await resp.write(f"data: {json.dumps(chunk)}\n\n".encode())
    await resp.write(b"data: [DONE]\n\n")
    return resp
