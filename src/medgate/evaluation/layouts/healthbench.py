"""HealthBench's layout: `prompt` (the conversation, OpenAI messages), `rubrics` ([{criterion,
points, tags}]), `prompt_id`, `example_tags`. Open answers, graded per rubric line by a judge
model (judge.py); `ideal_completions_data` is kept out of the prompt."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from medgate.evaluation.files import Row
from medgate.evaluation.items import Criterion, Item
from medgate.evaluation.layouts.base import Layout, keyed, text

_ROLES = frozenset({"system", "developer", "user", "assistant"})


class HealthBench(Layout):
    name: ClassVar[str] = "healthbench"
    description: ClassVar[str] = "HealthBench JSONL: prompt (messages), rubrics [{criterion, points}], prompt_id"

    def matches(self, row: Row) -> bool:
        return isinstance(row, dict) and {"prompt", "rubrics"} <= row.keys()

    def item(self, row: Row, n: int, path: Path) -> Item:
        r = keyed(row)
        messages = r["prompt"]
        if not isinstance(messages, list) or not messages:
            raise ValueError("prompt must be a non-empty list of messages")
        for m in messages:
            if not isinstance(m, dict) or m.get("role") not in _ROLES or not isinstance(m.get("content"), str):
                raise ValueError("each prompt message needs a role and string content")
        rubric = tuple(Criterion(text=text(c["criterion"], "criterion"), points=float(c["points"]))
                       for c in r["rubrics"])
        if not any(c.points > 0 for c in rubric):
            raise ValueError("a rubric needs at least one criterion with positive points")
        return Item(id=str(r.get("prompt_id") or f"healthbench-{n:04d}"), kind="rubric",
                    messages=tuple({"role": m["role"], "content": m["content"]} for m in messages),
                    rubric=rubric, source="healthbench", meta={"tags": r.get("example_tags") or []})
