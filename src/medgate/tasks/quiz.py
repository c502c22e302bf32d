"""quiz: topic or source text -> USMLE-style single-best-answer questions.

Each question has a vignette stem, exactly five options labelled A-E by position, one answer key
and an explanation per option (NBME item-writing rules: no duplicate options, no "all/none of
the above"). The rules are validators here because grammars and some backends ignore list limits.
"""

from __future__ import annotations

import re
from typing import Annotated, ClassVar, Literal

from pydantic import Field, field_validator

from medgate.tasks.base import Output, Short, Task, TaskOptions, Text

KEYS = ("A", "B", "C", "D", "E")
_BANNED = re.compile(r"\b(all|none|both) of the (above|options)\b", re.IGNORECASE)


class Option(Output):
    text: Short
    explanation: Short = Field(description="why this option is right or wrong")

    @field_validator("text")
    @classmethod
    def _no_catch_all(cls, value: str) -> str:
        if _BANNED.search(value):
            raise ValueError("'all/none of the above' options are not allowed")
        return value


class Question(Output):
    stem: Text = Field(description="clinical vignette ending in a question")
    options: Annotated[list[Option], Field(min_length=5, max_length=5)] = Field(
        description="exactly five options, read as A, B, C, D, E in order"
    )
    answer: Literal["A", "B", "C", "D", "E"] = Field(description="the one correct option")

    @field_validator("options")
    @classmethod
    def _distinct(cls, options: list[Option]) -> list[Option]:
        seen = [" ".join(o.text.lower().split()) for o in options]
        if len(set(seen)) != len(seen):
            raise ValueError("options must be distinct")
        return options


class Quiz(Output):
    questions: Annotated[list[Question], Field(min_length=1, max_length=5)]


class QuizOptions(TaskOptions):
    count: int = Field(1, ge=1, le=5, description="number of questions")


class QuizTask(Task):
    name: ClassVar[str] = "quiz"
    use_case: ClassVar[str] = "medical-education"
    output: ClassVar[type[Output]] = Quiz
    options_model: ClassVar[type[TaskOptions]] = QuizOptions
    input_label: ClassVar[str] = "Topic or source text"
    max_tokens: ClassVar[int] = 1200
    temperature: ClassVar[float] = 0.4
    system_prompt: ClassVar[str] = (
        "You are a medical educator writing USMLE-style single-best-answer questions. Each "
        "question has a clinical vignette stem ending in a question, exactly five distinct "
        "options (read as A to E in order), one correct answer key, and a short explanation for "
        "every option. Do not use 'all of the above' or 'none of the above'. Base the questions "
        "on the topic or text given. Answer with one JSON object that follows the schema."
    )

    def user_message(self, text: str, options: TaskOptions) -> str:
        count = options.count if isinstance(options, QuizOptions) else 1
        return f"{super().user_message(text, options)}\nWrite {count} question(s)."

    def render(self, result: dict[str, object]) -> str:
        lines: list[str] = []
        questions = result.get("questions")
        for n, q in enumerate(questions if isinstance(questions, list) else [], 1):
            lines.append(f"Question {n}. {q['stem']}")
            for key, option in zip(KEYS, q["options"], strict=True):
                lines.append(f"  {key}. {option['text']}")
            lines.append(f"  Answer: {q['answer']}")
            for key, option in zip(KEYS, q["options"], strict=True):
                lines.append(f"    {key}: {option['explanation']}")
        return "\n".join(lines)
