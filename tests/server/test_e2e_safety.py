"""Emergency escalation on chat: annotate by default, or answer with the advice alone."""

from __future__ import annotations

import openai
import pytest
from tests.conftest import RunningServer
from tests.fakes.upstream import FakeUpstream

EMERGENCY = "My father has crushing chest pain spreading to his left arm and he is sweating a lot."


@pytest.fixture(scope="module")
def client(fake_server: RunningServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=fake_server.base_url, api_key="unused", max_retries=0, timeout=20)


def test_emergency_is_annotated_and_model_still_answers(client: openai.OpenAI) -> None:
    resp = client.chat.completions.create(model="plain", messages=[{"role": "user", "content": EMERGENCY}])
    esc = resp.model_extra["medgate"]["escalation"]  # type: ignore[index]
    assert "cardiac_chest_pain" in esc["categories"] and "911" in str(esc["resources"])
    assert resp.choices[0].message.content


def test_emergency_in_stream_first_chunk(client: openai.OpenAI) -> None:
    chunks = list(client.chat.completions.create(model="plain", stream=True,
                                                 messages=[{"role": "user", "content": EMERGENCY}]))
    first = next(c for c in chunks if "medgate" in (c.model_extra or {}))
    assert first.model_extra["medgate"]["escalation"]["categories"]  # type: ignore[index]


def test_negated_history_is_not_escalated(client: openai.OpenAI) -> None:
    resp = client.chat.completions.create(model="plain", messages=[
        {"role": "user", "content": "He denies chest pain. History of stroke in 2019, no new weakness."}])
    assert resp.model_extra["medgate"]["escalation"] is None  # type: ignore[index]


def test_respond_mode_answers_without_a_model_call(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    before = len(upstream.requests)
    resp = client.chat.completions.create(model="respond-emergency",
                                          messages=[{"role": "user", "content": "I want to kill myself tonight."}])
    assert len(upstream.requests) == before
    assert "988" in (resp.choices[0].message.content or "")
    assert resp.model_extra["medgate"]["answered_by"] == "safety-screen"  # type: ignore[index]
    stream = client.chat.completions.create(model="respond-emergency", stream=True,
                                            messages=[{"role": "user", "content": "I want to kill myself tonight."}])
    assert "988" in "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert len(upstream.requests) == before
