"""HealthBench-style rubric grading: one judge call per rubric line, each answering
`{"explanation": str, "criteria_met": bool}`; an item's score is the points of the criteria met
over the sum of the positive points, clipped to [0, 1] (negative criteria met subtract).

The judge is any configured alias the user names (`--judge`), called through the gateway like the
models under test. A reply that is not the JSON asked for is asked again (up to `ATTEMPTS`);
after that the item is an error, retried when the run resumes, never a silent zero.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from typing import Any, Protocol

import orjson

from medgate.evaluation.extract import strip_reasoning
from medgate.evaluation.items import Criterion, Item
from medgate.gateway import RequestOptions

ATTEMPTS = 3
TEMPLATE = """You are grading one reply in a health conversation against one rubric item.

# Conversation
{conversation}

# Rubric item
[{points:g} points] {criterion}

# What to do
Decide whether the last assistant turn meets the rubric item. An item with negative points
describes something undesirable: then "criteria_met" is true when the reply does that undesirable
thing. An item listing several things is met only if all of them are present, unless it says
"such as", "for example" or "at least one".
Reply with one JSON object and nothing else:
{{"explanation": "<one or two sentences>", "criteria_met": true or false}}"""

_FENCE = re.compile(r"```(?:json)?\s*(\{.*?\})\s*```", re.DOTALL)


class ChatFn(Protocol):
    async def __call__(self, body: dict[str, Any], *, options: RequestOptions | None = None) -> dict[str, Any]: ...


class JudgeError(Exception):
    """The judge never returned the JSON verdict asked for."""


@dataclass(frozen=True, slots=True)
class Verdict:
    met: bool
    explanation: str


def parse_verdict(content: str | None) -> Verdict | None:
    text = strip_reasoning(content or "")
    candidates = [text, *(m.group(1) for m in _FENCE.finditer(text))]
    if "{" in text and "}" in text:
        candidates.append(text[text.index("{"):text.rindex("}") + 1])
    for c in candidates:
        try:
            doc = orjson.loads(c)
        except orjson.JSONDecodeError:
            continue
        if isinstance(doc, dict) and isinstance(doc.get("criteria_met"), bool):
            return Verdict(doc["criteria_met"], str(doc.get("explanation", "")))
    return None


def conversation_text(item: Item, reply: str) -> str:
    turns = [*item.messages, {"role": "assistant", "content": reply}]
    return "\n\n".join(f"{m['role']}: {m['content']}" for m in turns)


def rubric_score(rubric: tuple[Criterion, ...], met: list[bool]) -> float:
    positive = sum(c.points for c in rubric if c.points > 0)
    achieved = sum(c.points for c, m in zip(rubric, met, strict=True) if m)
    return min(1.0, max(0.0, achieved / positive))


async def _grade_one(chat: ChatFn, judge: str, conversation: str, criterion: Criterion,
                     generation: dict[str, Any]) -> tuple[Verdict, dict[str, Any]]:
    body = {"model": judge, "messages": [{"role": "user", "content": TEMPLATE.format(
        conversation=conversation, points=criterion.points, criterion=criterion.text)}], **generation}
    for _ in range(ATTEMPTS):
        resp = await chat(body)
        verdict = parse_verdict(((resp.get("choices") or [{}])[0].get("message") or {}).get("content"))
        if verdict is not None:
            return verdict, resp
    raise JudgeError(f"judge {judge!r} did not return {{explanation, criteria_met}} JSON in {ATTEMPTS} tries")


async def grade(chat: ChatFn, judge: str, item: Item, reply: str, *, limit: asyncio.Semaphore,
                generation: dict[str, Any]) -> tuple[float, list[dict[str, Any]], float | None]:
    """The item's score, one grade row per criterion, and what the judge calls cost (None if
    any cost is unknown)."""
    conversation = conversation_text(item, reply)

    async def bounded(c: Criterion) -> tuple[Verdict, dict[str, Any]]:
        async with limit:
            return await _grade_one(chat, judge, conversation, c, generation)

    graded = await asyncio.gather(*(bounded(c) for c in item.rubric))
    rows: list[dict[str, Any]] = []
    costs: list[float | None] = []
    for i, (c, (verdict, resp)) in enumerate(zip(item.rubric, graded, strict=True)):
        meta = resp.get("medgate") or {}
        costs.append(meta.get("cost_usd"))
        rows.append({"criterion": i, "points": c.points, "met": verdict.met, "explanation": verdict.explanation,
                     "judge": judge, "request_id": meta.get("request_id"), "cost_usd": meta.get("cost_usd")})
    known = [x for x in costs if x is not None]
    cost = float(sum(known)) if len(known) == len(costs) else None
    return rubric_score(item.rubric, [v.met for v, _ in graded]), rows, cost
