"""The screen's model layer end to end: a judge on a fake upstream (127.0.0.1), the official client.

The judge answers what the test scripts (delay, status, content). What must hold: an emergent
opinion escalates, a bad or slow opinion never breaks or delays the answer beyond the bound, the
first streamed chunk never waits for the opinion, and the judge sees pseudonymised text.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
import yaml
from tests.conftest import RunningServer
from tests.fakes.upstream import FakeUpstream

from medgate.config import parse_config

TIMEOUT_S = 1.5
QUIET = "my dad has been a bit off his food since yesterday and seems more tired, should I worry?"
EMERGENT = '{"level": "emergent", "reasons": ["{echo}"]}'


@pytest.fixture(scope="module")
def server(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    dep = {"base_url": upstream.base_url, "price": {"input": 0.5, "output": 2.0}}
    data = {
        "models": [
            {"alias": "plain", "family": "generic", "deployments": [dep | {"model": "plain"}]},
            {"alias": "respond", "family": "generic", "on_emergency": "respond",
             "deployments": [dep | {"model": "plain"}]},
            # a remote judge: what it is sent is pseudonymised
            {"alias": "judge", "family": "generic", "deployments": [dep | {"model": "judge", "trust": "remote"}]},
        ],
        "safety": {"triage_model": "judge", "triage_timeout_s": TIMEOUT_S},
        "audit": {"url": f"sqlite:///{tmp_path_factory.mktemp('triage') / 'audit.sqlite'}"},
    }
    config = parse_config(yaml.safe_load(yaml.safe_dump(data)), source="test")
    with RunningServer(config) as running:
        yield running


@pytest.fixture
def client(server: RunningServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key="unused", max_retries=0, timeout=30)


@pytest.fixture(autouse=True)
def _no_leftover_scripts(upstream: FakeUpstream) -> Iterator[None]:
    upstream.judge.clear()
    yield
    upstream.judge.clear()


def _meta(resp: Any) -> dict[str, Any]:
    return resp.model_extra["medgate"]  # type: ignore[no-any-return]


def _ask(client: openai.OpenAI, text: str, model: str = "plain") -> Any:
    return client.chat.completions.create(model=model, messages=[{"role": "user", "content": text}])


def test_an_emergent_opinion_escalates_a_message_the_rules_and_findings_pass(
        client: openai.OpenAI, upstream: FakeUpstream) -> None:
    upstream.judge.append((0.0, 200, '{"level": "emergent", "reasons": ["elderly, off food: possible sepsis"]}'))
    resp = _ask(client, QUIET)
    esc = _meta(resp)["escalation"]
    assert esc["level"] == "emergent" and esc["layers"] == ["model"]
    assert esc["evidence"] == ["elderly, off food: possible sepsis"]
    assert "911" in esc["advice"]
    assert _meta(resp)["second_opinion"] == {"judge": "judge", "status": "ok", "level": "emergent"}
    assert resp.choices[0].message.content  # the model still answers (annotate)


def test_an_urgent_opinion_gives_the_24_hour_advice(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    upstream.judge.append((0.0, 200, 'Sure! ```json\n{"level": "urgent", "reasons": ["needs review today"]}\n```'))
    esc = _meta(_ask(client, QUIET))["escalation"]
    assert esc["level"] == "urgent" and "24 hours" in esc["advice"]


def test_a_routine_opinion_lowers_nothing(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    upstream.judge.append((0.0, 200, '{"level": "routine", "reasons": ["dose question"]}'))
    resp = _ask(client, "my 6 week old has a temperature of 38.5")  # findings: emergent
    assert _meta(resp)["escalation"]["level"] == "emergent"
    assert "second_opinion" not in _meta(resp)  # already emergent: no judge is asked


def test_the_learned_layer_escalates_without_asking_the_judge(client: openai.OpenAI) -> None:
    """A lay account of a hip fracture after a long lie: no rule or finding reads it; the learned
    layer does, and an emergency already found needs no second opinion."""
    from tests.safety.test_learned import FOUND_ON_THE_FLOOR

    resp = _ask(client, FOUND_ON_THE_FLOOR)
    esc = _meta(resp)["escalation"]
    assert esc["level"] == "emergent" and esc["layers"] == ["learned"]
    assert esc["fired"][0]["layer"] == "learned" and esc["evidence"]
    assert "second_opinion" not in _meta(resp)
    assert resp.choices[0].message.content


def test_a_deployment_can_turn_the_learned_layer_off(upstream: FakeUpstream, tmp_path: Path) -> None:
    from tests.safety.test_learned import FOUND_ON_THE_FLOOR

    data = {
        "models": [{"alias": "plain", "family": "generic",
                    "deployments": [{"base_url": upstream.base_url, "model": "plain"}]}],
        "safety": {"learned_layer": False, "triage_model": "off"},
        "audit": {"url": f"sqlite:///{tmp_path / 'audit.sqlite'}"},
    }
    with RunningServer(parse_config(data, source="test")) as running:
        client = openai.OpenAI(base_url=running.base_url, api_key="unused", max_retries=0, timeout=30)
        assert _meta(_ask(client, FOUND_ON_THE_FLOOR))["escalation"] is None


@pytest.mark.parametrize(
    ("script", "status"),
    [((0.0, 200, "I think this is probably fine, see your GP."), "invalid"),
     ((0.0, 200, '{"level": "catastrophic"}'), "invalid"),
     ((0.0, 500, ""), "error")],
)
def test_a_bad_opinion_never_breaks_the_answer(client: openai.OpenAI, upstream: FakeUpstream,
                                               script: tuple[float, int, str], status: str) -> None:
    upstream.judge.append(script)
    resp = _ask(client, QUIET)
    assert resp.choices[0].message.content
    assert _meta(resp)["escalation"] is None
    assert _meta(resp)["second_opinion"]["status"] == status


def test_a_slow_opinion_delays_a_full_answer_by_the_bound_at_most(
        client: openai.OpenAI, upstream: FakeUpstream) -> None:
    upstream.judge.append((TIMEOUT_S + 3, 200, EMERGENT))
    started = time.monotonic()
    resp = _ask(client, QUIET)
    took = time.monotonic() - started
    assert _meta(resp)["second_opinion"]["status"] == "timeout"
    assert _meta(resp)["escalation"] is None
    assert took < TIMEOUT_S + 1.5, took


def test_the_first_streamed_chunk_does_not_wait_for_the_opinion(
        client: openai.OpenAI, upstream: FakeUpstream) -> None:
    delay = 1.0
    upstream.judge.append((delay, 200, EMERGENT))
    started = time.monotonic()
    stream = client.chat.completions.create(model="plain", stream=True,
                                            messages=[{"role": "user", "content": QUIET}])
    arrivals: list[tuple[float, Any]] = [(time.monotonic() - started, chunk) for chunk in stream]
    first_at = arrivals[0][0]
    assert first_at < delay / 2, f"first chunk after {first_at:.2f}s; the opinion takes {delay}s"
    assert _meta(arrivals[0][1])["escalation"] is None  # the head: no escalation yet
    final = arrivals[-1][1]
    assert arrivals[-1][0] >= delay * 0.9  # the final chunk waited for the opinion
    assert _meta(final)["escalation"]["level"] == "emergent"
    assert _meta(final)["second_opinion"]["status"] == "ok"
    text = "".join(c.choices[0].delta.content or "" for _, c in arrivals if c.choices)
    assert text == "Community-acquired pneumonia is most likely."


def test_an_opinion_that_arrives_mid_stream_rides_the_next_chunk(
        client: openai.OpenAI, upstream: FakeUpstream) -> None:
    upstream.judge.append((0.0, 200, EMERGENT))
    chunks = list(client.chat.completions.create(model="plain", stream=True,
                                                 messages=[{"role": "user", "content": QUIET}]))
    with_escalation = [c for c in chunks if (c.model_extra or {}).get("medgate", {}).get("escalation")]
    assert with_escalation and _meta(with_escalation[-1])["escalation"]["layers"] == ["model"]


def test_the_judge_sees_pseudonymised_text_and_its_reasons_are_restored(
        client: openai.OpenAI, upstream: FakeUpstream) -> None:
    upstream.judge.append((0.0, 200, EMERGENT))
    before = len(upstream.requests)
    text = "My neighbour Margaret Thornbury has been off her food since yesterday, should I call someone?"
    resp = _ask(client, text)
    judge_bodies = [b for b in upstream.requests[before:] if b.get("model") == "judge"]
    assert len(judge_bodies) == 1
    sent = judge_bodies[0]["messages"][-1]["content"]
    assert "Thornbury" not in sent and "off her food" in sent  # remote judge: de-identified
    (reason,) = _meta(resp)["escalation"]["evidence"]
    assert "Margaret Thornbury" in reason  # the judge quoted a surrogate; the client reads the name


def test_respond_mode_answers_only_emergent_and_urgent_gets_an_answer(
        client: openai.OpenAI, upstream: FakeUpstream) -> None:
    upstream.judge.append((0.0, 200, '{"level": "routine"}'))
    resp = _ask(client, "I have had a red, hot, swollen knee since this morning", model="respond")
    esc = _meta(resp)["escalation"]
    assert esc["level"] == "urgent" and esc["layers"] == ["findings"]
    assert _meta(resp).get("answered_by") is None  # the model answered: respond is for emergent
    before = len(upstream.requests)
    resp = _ask(client, "my 5 week old has a temperature of 38.3", model="respond")
    assert _meta(resp)["answered_by"] == "safety-screen" and len(upstream.requests) == before


def test_each_opinion_is_audited_without_text(server: RunningServer, client: openai.OpenAI,
                                              upstream: FakeUpstream) -> None:
    upstream.judge.append((0.0, 200, EMERGENT))
    _ask(client, QUIET)
    deadline = time.monotonic() + 5
    rows: list[dict[str, Any]] = []
    while time.monotonic() < deadline and not rows:
        rows = server.app.audit.query("triage", status="ok", level="emergent")
        time.sleep(0.05)
    assert rows
    row = rows[-1]
    assert row["judge"] == "judge" and row["cost_usd"] is not None
    assert "off his food" not in str(row)
    chat_rows = server.app.audit.query("chat", id=row["id"])
    assert chat_rows and chat_rows[-1]["escalation_level"] == "emergent"


def test_embedded_model_is_never_a_judge(tmp_path: Path) -> None:
    from medgate.errors import ConfigError

    with pytest.raises(ConfigError, match="never used as a triage judge"):
        parse_config({"safety": {"triage_model": "local"}})
