"""Clinical tasks: validated, exportable, always-draft outputs from medical LLMs.

    medgate.tasks.run("soap-note", text, model="local")          # sync, returns the result dict
    await medgate.tasks.arun(client, "differential", text, format="fhir")
    medgate.tasks.run("image-report", "Pneumonia?", files=[Attachment(Path("ct.dcm").read_bytes())])

Tasks: soap-note, discharge-summary, differential, patient-explain, quiz, pico, image-report (TASKS).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from medgate.imaging import Attachment
from medgate.tasks.client import AuditLog, ChatClient
from medgate.tasks.registry import TASKS, task_for
from medgate.tasks.runner import LABEL, TaskResult, arun
from medgate.tasks.signoff import sign_off

__all__ = [
    "LABEL",
    "TASKS",
    "AuditLog",
    "ChatClient",
    "TaskResult",
    "arun",
    "run",
    "sign_off",
    "task_for",
]


def run(
    name: str,
    text: str,
    *,
    model: str | None = None,
    format: str = "json",
    options: dict[str, Any] | None = None,
    client: ChatClient | None = None,
    files: Sequence[Attachment] | None = None,
) -> dict[str, Any]:
    """Run a task synchronously (not from inside a running event loop: use `arun` there).
    For image-report, `text` is the question and `files` the DICOM, PDF or image files."""
    owned = client is None
    if client is None:
        from medgate.app import default_chat_client  # the gateway, built lazily

        client = default_chat_client()
    chosen = client

    async def go() -> dict[str, Any]:
        try:
            result = await arun(chosen, name, text, model=model, format=format, options=options,
                                files=files)
        finally:
            if owned and callable(close := getattr(chosen, "aclose", None)):
                await close()
        return result.to_dict()

    return asyncio.run(go())
