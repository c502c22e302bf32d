"""What the task layer needs from the gateway: a chat client and an append-only audit sink.

The gateway implements both; tests use fakes (tests/tasks/fakes.py). Nothing here imports the
gateway, so the task layer can be tested and used without a server.
"""

from __future__ import annotations

from typing import Any, Protocol

from medgate.imaging.types import Limits


class ChatClient(Protocol):
    """One chat completion through the gateway pipeline (privacy, red-flag screen, cost)."""

    async def chat(self, body: dict[str, Any]) -> dict[str, Any]:
        """Send an OpenAI chat-completions body; return an OpenAI `chat.completion` dict with a
        top-level `medgate` block. Raises medgate.errors.MedgateError subclasses."""
        ...

    def pick_model(self, use_case: str) -> str:
        """The best configured alias for a catalogue use case (e.g. "diagnostic-support")."""
        ...

    def image_limits(self) -> Limits:
        """The limits the gateway converts attached files under (images per request, PDF
        rendering), so a task numbers and sizes images exactly as the gateway will."""
        ...


class AuditLog(Protocol):
    """Append-only audit records; each has a "kind" (str)."""

    def append(self, record: dict[str, Any]) -> object: ...

    def query(self, kind: str, **match: Any) -> list[dict[str, Any]]: ...
