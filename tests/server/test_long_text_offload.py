"""A long text's de-identification runs beside the event loop, not on it: a 60 KB note for a
`trust: remote` model costs the strict detector about a second of CPU, and on the loop every other
client (a stream's next chunk, /health) would wait that long. A short message stays on the loop (the
thread hop would cost more than the detection: privacy_stage.OFFLOAD_CHARS)."""

from __future__ import annotations

import threading
import urllib.request
from typing import Any

import openai
import pytest
from tests.conftest import RunningServer

from medgate.gateway.privacy_stage import OFFLOAD_CHARS, PrivacyStage

NOTE = (
    "Pt Marguerite Okonkwo-Lind, 71F, seen 3/14 by Dr. Henrik Salvesen at Riverbend Medical Center. "
    "Lives at 41 Tamarack Lane, Duluth MN 55803, daughter Inga (218) 555-0183. Metoprolol 25 mg BID, "
    "BP 138/82, HR 76, afebrile. Foley removed, ambulating with walker, Parkinson disease stable. "
)


@pytest.fixture
def watched(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Which thread ran each outbound pass, and events for the long one's start and end."""
    seen: dict[str, Any] = {"threads": [], "started": threading.Event(), "finished": threading.Event()}
    real = PrivacyStage.outbound

    def outbound(self: PrivacyStage, body: dict[str, Any]) -> dict[str, Any]:
        long = len(str(body.get("messages"))) > OFFLOAD_CHARS
        seen["threads"].append((long, threading.current_thread()))
        if long:
            seen["started"].set()
        try:
            return real(self, body)
        finally:
            if long:
                seen["finished"].set()

    monkeypatch.setattr(PrivacyStage, "outbound", outbound)
    return seen


def test_health_answers_while_a_long_note_is_being_deidentified(
    fake_server: RunningServer, watched: dict[str, Any]
) -> None:
    client = openai.OpenAI(base_url=fake_server.base_url, api_key="unused", max_retries=0, timeout=120)
    note = NOTE * (60_000 // len(NOTE))
    answers: list[str | None] = []
    worker = threading.Thread(target=lambda: answers.append(client.chat.completions.create(
        model="remote-echo", messages=[{"role": "user", "content": note}]).choices[0].message.content))
    worker.start()
    assert watched["started"].wait(60), "the long request never reached de-identification"
    with urllib.request.urlopen(fake_server.base_url.removesuffix("/v1") + "/health", timeout=30) as resp:
        assert resp.status == 200
    answered_during = not watched["finished"].is_set()
    worker.join(120)
    assert answers and answers[0] is not None and "Okonkwo" in answers[0]  # restored for the client
    assert answered_during, "/health waited for the long note's de-identification"
    long_threads = [t for long, t in watched["threads"] if long]
    assert long_threads and all(t is not fake_server.thread for t in long_threads)


def test_a_short_message_is_deidentified_on_the_event_loop(
    fake_server: RunningServer, watched: dict[str, Any]
) -> None:
    client = openai.OpenAI(base_url=fake_server.base_url, api_key="unused", max_retries=0, timeout=30)
    client.chat.completions.create(model="remote-echo", messages=[{"role": "user", "content": NOTE}])
    assert watched["threads"] == [(False, fake_server.thread)]
