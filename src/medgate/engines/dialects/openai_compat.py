"""vLLM, SGLang, llama.cpp server and any other OpenAI-compatible server.

Thinking switch: `chat_template_kwargs.enable_thinking`. Reasoning: `reasoning_content` (SGLang,
vLLM up to 0.10, llama.cpp with --reasoning-format) or `reasoning` (vLLM from 0.11).
"""

from __future__ import annotations

from typing import ClassVar

from medgate.engines.dialects.base import Dialect


class OpenAICompat(Dialect):
    names: ClassVar[tuple[str, ...]] = ("openai", "vllm", "sglang", "llama.cpp")
