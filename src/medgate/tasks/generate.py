"""One structured generation: ask, strip reasoning, parse, validate; retry within fixed limits.

Rules (per generation): a `finish_reason == "length"` answer is never parsed; the call is
repeated once with double the token budget, and a second truncation is a TaskError. An answer
that does not parse or validate gets ONE repair call that quotes the validation errors; a second
failure is a TaskError. Whatever comes back is either a validated model or an error: never a
half-parsed object. Every response is kept so the runner can sum cost over all calls.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson
from pydantic import ValidationError

from medgate.errors import TaskError
from medgate.tasks.base import Output, Task
from medgate.tasks.client import ChatClient
from medgate.tasks.parsing import engine_schema, parse_json_object, split_reasoning

MAX_ECHO = 6000  # characters of a bad answer echoed back in the repair call
_OK_FINISH = frozenset({"stop", "eos", None})


def format_errors(exc: ValidationError | ValueError) -> str:
    """Validation errors as short lines a model (and a person) can act on."""
    if not isinstance(exc, ValidationError):
        return f"- {exc}"
    lines = []
    for err in exc.errors()[:12]:
        where = ".".join(str(p) for p in err["loc"]) or "(root)"
        lines.append(f"- {where}: {err['msg']}")
    return "\n".join(lines)


@dataclass
class Answer:
    output: Output
    content: str  # the JSON text that validated (for a follow-up turn)
    reasoning: str | None


@dataclass
class Session:
    """The calls made for one task run (shared by its first answer and any rewrite)."""

    client: ChatClient
    task: Task
    alias: str
    max_tokens: int
    seed: int | None = None
    responses: list[dict[str, Any]] = field(default_factory=list)
    context: dict[str, Any] | None = None  # pydantic validation context (e.g. how many images)
    extra: dict[str, Any] = field(default_factory=dict)  # request options (e.g. burned_in)

    def body(self, messages: list[dict[str, Any]]) -> dict[str, Any]:
        extra = dict(self.extra) if self.seed is None else self.extra | {"seed": self.seed}
        return extra | {
            "model": self.alias,
            "messages": messages,
            "max_tokens": self.max_tokens,
            "temperature": self.task.temperature,
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": self.task.name.replace("-", "_"),
                    "schema": engine_schema(self.task.output),
                    "strict": True,
                },
            },
        }

    async def _call(self, messages: list[dict[str, Any]]) -> tuple[str, str | None, Any]:
        response = await self.client.chat(self.body(messages))
        self.responses.append(response)
        choices = response.get("choices") or []
        if not choices or not isinstance(choices[0], dict):
            raise TaskError(f"{self.task.name}: the model response has no choices")
        message = choices[0].get("message") or {}
        content = message.get("content") or ""
        if not isinstance(content, str):
            raise TaskError(f"{self.task.name}: the model answered with non-text content")
        answer, inline_reasoning = split_reasoning(content)
        reasoning = message.get("reasoning_content") or inline_reasoning
        return answer, reasoning, choices[0].get("finish_reason")

    async def generate(self, messages: list[dict[str, Any]]) -> Answer:
        convo = list(messages)
        length_retried = repaired = False
        while True:
            answer, reasoning, finish = await self._call(convo)
            if finish == "length":
                if length_retried:
                    raise TaskError(
                        f"{self.task.name}: the output was cut off at {self.max_tokens} tokens "
                        "twice; no partial result is returned (shorten the input or use a model "
                        "with a larger output limit)"
                    )
                length_retried = True
                self.max_tokens *= 2
                continue
            if finish not in _OK_FINISH:
                raise TaskError(f"{self.task.name}: generation stopped with {finish!r}")
            try:
                output = self.task.output.model_validate(parse_json_object(answer), context=self.context)
            except (ValidationError, ValueError) as exc:
                if repaired:
                    raise TaskError(
                        f"{self.task.name}: the model's output did not validate after one "
                        f"repair:\n{format_errors(exc)}"
                    ) from exc
                repaired = True
                convo = [*messages, *repair_turns(answer, exc)]
                continue
            return Answer(output, orjson.dumps(output.model_dump(mode="json")).decode(), reasoning)


def repair_turns(answer: str, exc: ValidationError | ValueError) -> list[dict[str, str]]:
    """The bad answer and a request to fix exactly the errors found."""
    return [
        {"role": "assistant", "content": answer[:MAX_ECHO]},
        {
            "role": "user",
            "content": "That reply could not be used:\n"
            f"{format_errors(exc)}\n"
            "Reply again with only one JSON object that follows the schema and fixes these "
            "errors. Use only facts from the original text.",
        },
    ]
