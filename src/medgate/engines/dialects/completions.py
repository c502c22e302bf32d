"""Any server's `/v1/completions` with a prompt medgate renders in the family's format (harmony for
GPT-OSS): for an engine or model with no chat template. Tools are rendered into the prompt and read
back from the text, so only "auto" and "none" can be honoured; reasoning comes back inline."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from medgate.engines.dialects.base import Body, Dialect

if TYPE_CHECKING:
    import aiohttp

    from medgate.config import Config, Deployment
    from medgate.engines.backend import Backend


class Completions(Dialect):
    names: ClassVar[tuple[str, ...]] = ("completions",)
    reasoning_fields: ClassVar[tuple[str, ...]] = ()
    tool_choices: ClassVar[frozenset[str]] = frozenset({"none", "auto"})
    needs_prompt_format: ClassVar[bool] = True

    def thinking_switch(self, body: Body, on: bool) -> None:
        return  # the rendered prompt carries the family's own controls (harmony: reasoning effort)

    def open_backend(self, deployment: Deployment, *, session: aiohttp.ClientSession,
                     config: Config, runner_group: str = "") -> Backend:
        from medgate.engines.completions import CompletionsBackend
        from medgate.engines.families import family_for

        family = next(a.family for a in config.models.values() if deployment in a.deployments)
        return CompletionsBackend(session, deployment, family_for(family))
