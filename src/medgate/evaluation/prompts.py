"""The chat body for one item. Only the question, context, options, conversation and images are
read: `meta` (explanations, long answers, answer texts) never reaches a prompt.

`PROMPT_VERSION` is part of every run's settings: changing a template makes a new run instead of
mixing answers to two different prompts.
"""

from __future__ import annotations

import base64
import mimetypes
from typing import Any

from medgate.evaluation.items import Item

PROMPT_VERSION = "medgate-eval-1"

_LETTERED = ("Answer the following multiple-choice question about medicine.\n\n{body}\n\n"
             "Think it through if you need to, then end with a line of the form \"Answer: X\", "
             "where X is the letter of the single best option.")
_WORDS = ("Answer the following research question using the abstract.\n\n{body}\n\n"
          "Think it through if you need to, then end with a line of the form \"Answer: X\", "
          "where X is one of: {choices}.")


def question_text(item: Item) -> str:
    parts = []
    if item.context:
        parts.append(f"Context:\n{item.context}")
    parts.append(f"Question: {item.question}")
    if item.lettered:
        parts.append("Options:\n" + "\n".join(f"{k}. {v}" for k, v in item.options.items()))
    template = _LETTERED if item.lettered else _WORDS
    return template.format(body="\n\n".join(parts), choices=", ".join(item.options))


def _image_part(path: Any) -> dict[str, Any]:
    mime = mimetypes.guess_type(str(path))[0] or "image/png"
    data = base64.b64encode(path.read_bytes()).decode()
    return {"type": "image_url", "image_url": {"url": f"data:{mime};base64,{data}"}}


def messages_for(item: Item) -> list[dict[str, Any]]:
    if item.kind == "rubric":
        return [dict(m) for m in item.messages]
    text = question_text(item)
    if not item.images:
        return [{"role": "user", "content": text}]
    return [{"role": "user", "content": [{"type": "text", "text": text}, *map(_image_part, item.images)]}]


def chat_body(item: Item, model: str, generation: dict[str, Any]) -> dict[str, Any]:
    """The OpenAI body: the model alias, the messages, and the run's generation settings
    (temperature, max_tokens, seed, thinking, phi: whatever the user set, nothing else)."""
    return {"model": model, "messages": messages_for(item), **generation}
