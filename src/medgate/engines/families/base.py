"""The family contract: how a model family's requests are prepared and its raw output split.

A family is data first (markers, sampling defaults, thinking switch) and overrides a method only for
a real quirk. Families never mutate the caller's request: `prepare` returns a new body.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, ClassVar

from medgate.engines.dialects.base import Dialect
from medgate.engines.families.splitters import Splitter, ThinkTagSplitter
from medgate.engines.families.toolcalls import ToolScanner, ToolSpec

Body = dict[str, Any]


class Family:
    name: ClassVar[str] = "generic"
    sampling_defaults: ClassVar[Mapping[str, float]] = {}
    has_thinking_switch: ClassVar[bool] = False
    # Tokens the model writes into its answer that clients must not see (GLM-4.5V's box markers):
    # taken out of full and streamed content alike.
    strip_tokens: ClassVar[tuple[str, ...]] = ()
    # Whether the family renders its own prompt for an engine with no chat template
    # (`engine: completions`), and the stop strings that end an assistant turn there.
    renders_prompt: ClassVar[bool] = False
    prompt_stop: ClassVar[tuple[str, ...]] = ()

    def prepare(self, body: Body, *, thinking: bool | None, dialect: Dialect) -> tuple[Body, dict[str, Any]]:
        """Return (new body, defaults applied). `thinking` is the caller's switch, if any; the
        engine's dialect knows which field carries it."""
        out = copy.copy(body)
        applied: dict[str, Any] = {}
        for key, value in self.sampling_defaults.items():
            if key not in out:
                out[key] = value
                applied[key] = value
        if thinking is not None and self.has_thinking_switch:
            dialect.thinking_switch(out, thinking)
        dialect.shape_tools(out)
        return out, applied

    def splitter(self, tools: ToolSpec | None = None) -> Splitter:
        """A fresh per-response splitter for reasoning inline in `content`. `tools`: what the
        request offered, for a format whose reasoning and calls are one structure (harmony)."""
        return ThinkTagSplitter()

    def tool_scanner(self, tools: ToolSpec) -> ToolScanner | None:
        """A fresh per-response scanner for the family's raw tool-call markup in `content`, or
        None when the family has none (its engine parses calls, or it writes them as harmony)."""
        return None

    def render_prompt(self, body: Body) -> str:
        """The raw prompt for `body` (messages, tools, tool results) in the family's own format."""
        raise NotImplementedError(f"family {self.name} does not render raw prompts")

    def annotate(self, content: str, body: Body, image_size: tuple[int, int] | None = None) -> dict[str, Any]:
        """Extra structured data drawn from the final answer (e.g. GLM grounding boxes).
        `image_size`: the first image's (width, height) as the client submitted it, when medgate
        converted the request's files; otherwise the family reads it from `body`."""
        return {}


def fold_system_into_first_user(body: Body) -> Body:
    """DeepSeek-R1's model card: avoid a system prompt; put its text at the head of the first user turn."""
    messages = body.get("messages") or []
    system = [m for m in messages if m.get("role") in ("system", "developer")]
    if not system:
        return body
    texts = [_text_of(m.get("content")) for m in system]
    rest = [m for m in messages if m.get("role") not in ("system", "developer")]
    prefix = "\n\n".join(t for t in texts if t)
    for i, m in enumerate(rest):
        if m.get("role") == "user":
            content = m.get("content")
            if isinstance(content, list):
                new_content: Any = [{"type": "text", "text": prefix}, *content]
            else:
                new_content = f"{prefix}\n\n{content or ''}"
            rest[i] = {**m, "content": new_content}
            break
    else:
        rest.insert(0, {"role": "user", "content": prefix})
    return {**body, "messages": rest}


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
    return ""
