"""Ask a configured model one question and print the answer (no server needed)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

import orjson

from medgate.app import start_app
from medgate.config import load_config
from medgate.errors import InvalidRequest


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("question", help="the question (use - to read it from standard input)")
    parser.add_argument("--model", default="local", help="alias (default: local)")
    parser.add_argument("--config", help="YAML config (default: $MEDGATE_CONFIG)")
    parser.add_argument("--system", help="a system prompt")
    parser.add_argument("--stream", action="store_true", help="print the answer as it is generated")
    parser.add_argument("--show-reasoning", action="store_true", help="also print the model's reasoning")
    parser.add_argument("--max-tokens", type=int, default=512)
    parser.add_argument("--phi", choices=["block", "pseudonymise", "pseudonymize", "allow"])
    parser.add_argument("--json", action="store_true", help="print the full response JSON")


def _body(args: argparse.Namespace, question: str) -> dict[str, Any]:
    messages = [{"role": "system", "content": args.system}] if args.system else []
    messages.append({"role": "user", "content": question})
    body: dict[str, Any] = {"model": args.model, "messages": messages, "max_tokens": args.max_tokens}
    if args.phi:
        body["phi"] = args.phi
    return body


def _footer(meta: dict[str, Any]) -> str:
    cost = meta.get("cost_usd")
    cost_text = "unknown" if cost is None else f"${cost:.6f}"
    return f"[{meta.get('alias')} via {meta.get('deployment')} · cost {cost_text} · {meta.get('notice', '')}]"


def _escalation(meta: dict[str, Any], shown: str | None = None) -> str | None:
    """Print the escalation unless its level was already shown; returns the level shown."""
    esc = meta.get("escalation")
    if not esc or esc.get("level") == shown:
        return shown
    label = "URGENT" if esc.get("level") == "urgent" else "EMERGENCY"
    print(f"!! {label} ({', '.join(esc['categories'])}): {esc['advice']}", file=sys.stderr)
    return str(esc.get("level", "emergent"))


async def _ask(args: argparse.Namespace, question: str) -> int:
    app = await start_app(load_config(args.config))  # audited like any request (route cli:ask)
    assert app.gateway is not None
    try:
        body = _body(args, question)
        if not args.stream:
            resp = await app.gateway.complete(body, ticket=app.gateway.ticket(source="cli:ask"))
            if args.json:
                print(orjson.dumps(resp, option=orjson.OPT_INDENT_2).decode())
                return 0
            _escalation(resp["medgate"])
            msg = resp["choices"][0]["message"]
            if args.show_reasoning and msg.get("reasoning_content"):
                print(f"--- reasoning ---\n{msg['reasoning_content']}\n--- answer ---")
            print(msg.get("content") or "")
            print(_footer(resp["medgate"]), file=sys.stderr)
            return 0
        body["stream"] = True
        meta: dict[str, Any] = {}
        shown: str | None = None
        in_reasoning = False
        async for chunk in await app.gateway.stream(body, ticket=app.gateway.ticket(source="cli:ask")):
            if "error" in chunk:
                print(f"\nmedgate: error: {chunk['error']['message']}", file=sys.stderr)
                return 1
            if "medgate" in chunk:  # an escalation can rise later in the stream (the model layer)
                shown = _escalation(chunk["medgate"], shown)
                meta.update(chunk["medgate"])
            for choice in chunk.get("choices") or ():
                delta = choice.get("delta") or {}
                if args.show_reasoning and delta.get("reasoning_content"):
                    if not in_reasoning:
                        print("--- reasoning ---", flush=True)
                        in_reasoning = True
                    print(delta["reasoning_content"], end="", flush=True)
                if delta.get("content"):
                    if in_reasoning:
                        print("\n--- answer ---", flush=True)
                        in_reasoning = False
                    print(delta["content"], end="", flush=True)
        print()
        print(_footer(meta), file=sys.stderr)
        return 0
    finally:
        await app.aclose()


def run(args: argparse.Namespace) -> int:
    question = sys.stdin.read() if args.question == "-" else args.question
    if not question.strip():
        raise InvalidRequest("the question is empty")
    return asyncio.run(_ask(args, question))
