"""The embedded llama.cpp engine: no thinking switch, reasoning (if any) inline in `content`; tools
through llama-cpp-python's chatml function-calling handler, which has no "required" mode."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from medgate.engines.dialects.base import Body, Dialect

if TYPE_CHECKING:
    import aiohttp

    from medgate.config import Config, Deployment
    from medgate.engines.backend import Backend


class Embedded(Dialect):
    names: ClassVar[tuple[str, ...]] = ("embedded",)
    reasoning_fields: ClassVar[tuple[str, ...]] = ()
    http: ClassVar[bool] = False
    tool_choices: ClassVar[frozenset[str]] = frozenset({"none", "auto", "function"})

    def thinking_switch(self, body: Body, on: bool) -> None:
        return  # the embedded model has no thinking mode

    def open_backend(self, deployment: Deployment, *, session: aiohttp.ClientSession,
                     config: Config, runner_group: str = "") -> Backend:
        """A client of the model's runner process (engines/runner); processes that share a
        `runner_group` (the workers of one `serve --workers N`) share one runner."""
        import os

        from medgate.engines.embedded import EmbeddedBackend

        return EmbeddedBackend(deployment, n_ctx=config.embedded_ctx, n_threads=config.embedded_threads,
                               group=runner_group or f"app-{os.getpid()}")
