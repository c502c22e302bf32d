"""A scripted ChatClient and an in-memory AuditLog for the task tests."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson

from medgate.imaging import Limits


def completion(
    content: str | dict[str, Any],
    *,
    finish: str | None = "stop",
    reasoning: str | None = None,
    cost: float | None = 0.001,
    escalation: dict[str, Any] | None = None,
    alias: str = "test-model",
) -> dict[str, Any]:
    """An OpenAI chat.completion as the gateway returns it (with its `medgate` block)."""
    text = content if isinstance(content, str) else orjson.dumps(content).decode()
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if reasoning is not None:
        message["reasoning_content"] = reasoning
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "model": alias,
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 20, "total_tokens": 30},
        "medgate": {
            "alias": alias,
            "deployment": f"fake:{alias}",
            "family": "generic",
            "cost_usd": cost,
            "escalation": escalation,
            "phi": {"policy": "pseudonymise", "replaced": {}},
            "review_required": True,
        },
    }


class FakeChatClient:
    """Returns the scripted responses in order and records every request body."""

    def __init__(self, responses: Iterable[dict[str, Any]], *, default_alias: str = "picked"):
        self.responses = list(responses)
        self.bodies: list[dict[str, Any]] = []
        self.use_cases: list[str] = []
        self.default_alias = default_alias

    async def chat(self, body: dict[str, Any]) -> dict[str, Any]:
        self.bodies.append(body)
        if not self.responses:
            raise AssertionError("the task made more model calls than the test scripted")
        return self.responses.pop(0)

    def pick_model(self, use_case: str) -> str:
        self.use_cases.append(use_case)
        return self.default_alias

    def image_limits(self) -> Limits:
        return Limits()


class FakeAudit:
    """Append-only list with the AuditLog query shape."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    def append(self, record: dict[str, Any]) -> None:
        if "kind" not in record:
            raise AssertionError("audit records need a kind")
        self.records.append(dict(record))

    def query(self, kind: str, **match: Any) -> list[dict[str, Any]]:
        return [
            r
            for r in self.records
            if r.get("kind") == kind and all(r.get(k) == v for k, v in match.items())
        ]
