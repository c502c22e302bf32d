"""The dialect contract: everything that differs per *engine* (not per model family).

A dialect says which backend class talks to the engine, which field switches a hybrid model's
thinking on or off, where the engine puts reasoning text, and which tool choices it honours. Families never ask which engine they
run on; they call the dialect (Envoy AI Gateway's translator shape, STYLE.md section 3). Dialects hold
no per-request state, so one instance serves every request; per-stream state lives in the
gateway's stream stages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:  # only for hints: config imports this package for the engine names
    import aiohttp

    from medgate.config import Config, Deployment
    from medgate.engines.backend import Backend

Body = dict[str, Any]


class Dialect:
    """An OpenAI-compatible HTTP engine with a chat-template thinking switch (vLLM, SGLang...)."""

    names: ClassVar[tuple[str, ...]] = ()
    # Fields an engine may put reasoning in, on a message or a delta, first match wins.
    reasoning_fields: ClassVar[tuple[str, ...]] = ("reasoning_content", "reasoning")
    # False: served in-process from a model file, no base_url.
    http: ClassVar[bool] = True
    # True: the engine takes a raw prompt the family must render (the alias's family is checked).
    needs_prompt_format: ClassVar[bool] = False
    # The tool_choice modes the engine honours ("function": a named function); others are refused.
    tool_choices: ClassVar[frozenset[str]] = frozenset({"none", "auto", "required", "function"})

    def thinking_switch(self, body: Body, on: bool) -> None:
        """In place, on the upstream body (already a copy): the engine's own switch."""
        kwargs = dict(body.get("chat_template_kwargs") or {})
        kwargs["enable_thinking"] = on
        body["chat_template_kwargs"] = kwargs

    def shape_tools(self, body: Body) -> None:
        """In place, on the upstream body: `tools`, `tool_choice` and the tool messages as the
        engine takes them. OpenAI-compatible servers take the OpenAI shape as it is."""
        return

    def open_backend(self, deployment: Deployment, *, session: aiohttp.ClientSession,
                     config: Config, runner_group: str = "") -> Backend:
        from medgate.engines.http import HttpBackend  # imported here: config imports this module

        return HttpBackend(session, deployment)
