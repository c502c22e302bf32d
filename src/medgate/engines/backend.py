"""The one contract every model backend meets."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Protocol

Body = dict[str, Any]


class Backend(Protocol):
    """`complete` returns an OpenAI chat.completion dict; `stream` yields chat.completion.chunk dicts.

    Both raise medgate.errors.UpstreamError subclasses; the body they get is the upstream's own
    (model id already mapped, family quirks applied) and they must not mutate it.
    """

    async def start(self) -> None:
        """Get ready to serve (load weights, start a runner); called once at app start."""
        ...

    async def complete(self, body: Body) -> Body: ...

    def stream(self, body: Body) -> AsyncIterator[Body]: ...

    async def aclose(self) -> None: ...
