"""A raw-prompt upstream: the family renders the prompt, the engine's `/completions` continues it.

For a server that applies no chat template (a model served without one, a plain completion
endpoint): medgate renders the conversation, tools and tool results in the family's own format
(harmony for GPT-OSS, harmony_prompt.py), after PHI pseudonymisation like any other body, and
reads the text back as a chat answer whose raw content the family's splitter takes apart. The
special tokens must come back as text: `skip_special_tokens: false` asks vLLM for that.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Final

import aiohttp

from medgate.config import Deployment
from medgate.engines.backend import Body
from medgate.engines.families import Family
from medgate.engines.http import HttpBackend

# Sampling fields a completion endpoint takes as a chat endpoint does.
_PASSED: Final = ("temperature", "top_p", "top_k", "min_p", "seed", "presence_penalty", "frequency_penalty",
                  "repetition_penalty", "logit_bias", "stream_options")


def _choice(c: Any, part: str) -> Any:
    if not isinstance(c, dict) or not isinstance(c.get("text"), str):
        return c  # the shape check downstream names what is wrong
    inner = {"role": "assistant", "content": c["text"]} if part == "message" else {"content": c["text"]}
    return {"index": c.get("index", 0), part: inner, "finish_reason": c.get("finish_reason")}


class CompletionsBackend(HttpBackend):
    def __init__(self, session: aiohttp.ClientSession, deployment: Deployment, family: Family) -> None:
        super().__init__(session, deployment)
        assert deployment.base_url is not None
        self.url = deployment.base_url.rstrip("/") + "/completions"
        self.family = family

    def prompt_body(self, body: Body) -> Body:
        out: Body = {k: body[k] for k in _PASSED if body.get(k) is not None}
        out["model"] = body["model"]
        out["prompt"] = self.family.render_prompt(body)
        stop = body.get("stop") or []
        out["stop"] = [*([stop] if isinstance(stop, str) else stop), *self.family.prompt_stop]
        if (limit := body.get("max_completion_tokens") or body.get("max_tokens")) is not None:
            out["max_tokens"] = limit
        out["skip_special_tokens"] = False
        if body.get("stream"):
            out["stream"] = True
        return out

    async def complete(self, body: Body) -> Body:
        data = await super().complete(self.prompt_body(body))
        data["object"] = "chat.completion"
        data["choices"] = [_choice(c, "message") for c in data["choices"]]
        return data

    async def stream(self, body: Body) -> AsyncIterator[Body]:
        async for chunk in super().stream(self.prompt_body(body)):
            if isinstance(chunk, dict) and isinstance(chunk.get("choices"), list):
                chunk["object"] = "chat.completion.chunk"
                chunk["choices"] = [_choice(c, "delta") for c in chunk["choices"]]
            yield chunk
