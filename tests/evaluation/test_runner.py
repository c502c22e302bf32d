"""The runner through the real gateway pipeline (in-process App, fake upstream on 127.0.0.1):
exact scores for a model whose every answer is known, cost, audit, concurrency, retries, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.app import App
from medgate.errors import InvalidRequest, UnknownModel
from medgate.evaluation import EvalStore, Runner, Settings, load_dataset, summarise
from medgate.evaluation.client import GatewayClient
from medgate.evaluation.runner import ABORT_AFTER, ordered
from tests.evaluation.conftest import COST_PER_CALL, EXAM, exam_rows, write_jsonl
from tests.fakes.exam import ExamUpstream

pytestmark = pytest.mark.asyncio(loop_scope="session")

FAST = {"retry_delay_s": 0.01}


async def test_every_item_is_scored_exactly(client: GatewayClient, store: EvalStore, exam_file: Path,
                                            exam: ExamUpstream, app: App) -> None:
    runner = Runner(client, store, load_dataset(exam_file), Settings(concurrency=4, **FAST))
    outcome = await runner.run(["exam-a", "exam-b"])
    rows = {(r["model"], r["item_id"]): r for r in store.results(outcome.run.id)}
    assert len(rows) == 24 and all(r["status"] == "ok" for r in rows.values())
    for tag, (key, _reply, right, unparseable) in EXAM.items():
        r = rows[("exam-a", f"exam-{tag}")]
        assert r["expected"] == key
        assert r["correct"] is right, tag
        assert (r["parse_rule"] is None) is unparseable, tag
    assert rows[("exam-a", "exam-q06")]["invalid"] == "F"
    assert rows[("exam-a", "exam-q02")]["reasoning"] == "The answer is A. Answer: A"  # stored, never scored

    report = summarise(store, outcome.run.id)
    a, b = report.models
    assert (a.model, a.n, a.correct, a.unparseable, a.invalid) == ("exam-a", 12, 8, 3, 1)
    assert a.score is not None and a.score.estimate == pytest.approx(8 / 12)
    assert (b.correct, b.unparseable) == (6, 6)  # unscripted items: "I do not know."
    assert a.cost_usd == pytest.approx(12 * COST_PER_CALL)
    assert a.cost_per_100_usd == pytest.approx(100 * COST_PER_CALL)
    assert a.prompt_tokens_mean == 100 and a.completion_tokens_mean == 10
    (pair,) = report.pairs
    assert pair.mcnemar is not None and (pair.mcnemar.only_a, pair.mcnemar.only_b) == (5, 3)
    assert pair.difference.estimate == pytest.approx(2 / 12)

    # every call went through the pipeline: one audit row each, ids shared with the results
    audited = {r["id"] for r in app.audit.query("chat", status="ok")}
    assert {r["request_id"] for r in rows.values()} <= audited and len(audited) == 24
    # meta (explanations) never reached a model
    assert exam.bodies and not any("SECRET" in str(b) for b in exam.bodies)


async def test_same_seed_same_order_and_a_larger_limit_extends(exam_file: Path) -> None:
    items = load_dataset(exam_file).items
    first = [i.id for i in ordered(items, 7, 5)]
    assert first == [i.id for i in ordered(items, 7, 5)]
    assert [i.id for i in ordered(items, 7, 9)][:5] == first
    assert [i.id for i in ordered(items, 8, None)] != [i.id for i in ordered(items, 7, None)]
    assert sorted(i.id for i in ordered(items, 7, None)) == sorted(i.id for i in items)


async def test_concurrency_is_bounded_and_reached(client: GatewayClient, store: EvalStore, exam_file: Path,
                                                  exam: ExamUpstream) -> None:
    exam.latency_s = 0.05
    await Runner(client, store, load_dataset(exam_file), Settings(concurrency=3, **FAST)).run(["exam-a"])
    assert exam.max_in_flight["exam-a"] == 3


async def test_extra_workers_never_exceed_the_places_and_latency_is_the_models(
        client: GatewayClient, store: EvalStore, exam_file: Path, exam: ExamUpstream, app: App) -> None:
    # concurrency 8: ten workers prepare requests, but only eight calls are ever at the model, and
    # the two that waited for a place do not count that wait as the model's latency
    exam.latency_s = 0.2
    outcome = await Runner(client, store, load_dataset(exam_file), Settings(concurrency=8, **FAST)).run(["exam-a"])
    assert exam.max_in_flight["exam-a"] == 8
    rows = store.results(outcome.run.id)
    assert len(rows) == 12 and all(r["status"] == "ok" for r in rows)
    assert all(r["latency_ms"] >= 200 for r in rows), sorted(r["latency_ms"] for r in rows)
    # The gateway's own record of a call begins when its request did, so it includes the wait for a
    # place; the result's latency never does. Compared per call rather than against a wall-clock
    # bound, a slow machine (a call taking a second) slows both figures alike and cannot fail this.
    # The result's clock also holds the client's own work after the gateway's record ends (reading the
    # body), a few ms on a loaded machine: a twentieth of the call is allowed for it, far under the
    # ~200 ms a queued call would add if its wait were counted.
    audited = {r["id"]: r["latency_ms"] for r in app.audit.query("chat", status="ok")}
    waits = sorted(audited[r["request_id"]] - r["latency_ms"] for r in rows)
    slack = max(5.0, 0.05 * max(r["latency_ms"] for r in rows))
    assert waits[0] > -slack, (waits, slack)  # never more than the gateway's own record, client work aside
    assert waits[-1] >= 100, waits  # the calls that queued behind the eight waited about 200 ms


async def test_a_retryable_error_is_retried_and_a_broken_model_is_stopped(
        client: GatewayClient, store: EvalStore, exam_file: Path, exam: ExamUpstream) -> None:
    exam.fail_once.add("q01")
    exam.fail_always.add("broken")
    outcome = await Runner(client, store, load_dataset(exam_file), Settings(concurrency=1, **FAST)).run(
        ["exam-a", "broken"])
    assert exam.calls[("exam-a", "q01")] == 2
    a, broken = outcome.models
    assert a.answered == 12 and a.errors == 0
    assert broken.aborted is not None and broken.answered == 0
    assert broken.errors == ABORT_AFTER  # stopped, not all 12 tried
    report = summarise(store, outcome.run.id)
    assert report.models[1].errors == ABORT_AFTER and report.models[1].score is None
    assert any("rerun" in n for n in report.notes)


async def test_unknown_model_and_missing_judge_fail_before_any_call(
        client: GatewayClient, store: EvalStore, exam_file: Path, exam: ExamUpstream, tmp_path: Path) -> None:
    runner = Runner(client, store, load_dataset(exam_file), Settings())
    with pytest.raises(UnknownModel, match="no deployment"):
        await runner.run(["exam-a", "gpt-9"])
    rubric = load_dataset("sample-open")
    with pytest.raises(InvalidRequest, match="--judge"):
        await Runner(client, store, rubric, Settings()).run(["exam-a"])
    with pytest.raises(UnknownModel):
        await Runner(client, store, rubric, Settings(judge="nope")).run(["exam-a"])
    assert exam.total == 0


async def test_a_changed_file_is_a_new_run_and_a_name_cannot_be_reused(
        client: GatewayClient, store: EvalStore, exam_file: Path, tmp_path: Path) -> None:
    first = await Runner(client, store, load_dataset(exam_file), Settings(limit=2, run_name="mine")).run(["exam-a"])
    again = await Runner(client, store, load_dataset(exam_file), Settings(limit=4, run_name="mine")).run(["exam-a"])
    assert again.run.id == first.run.id == "mine" and again.models[0].resumed == 2
    changed = write_jsonl(tmp_path / "exam.jsonl", exam_rows()[:-1])
    with pytest.raises(InvalidRequest, match="other settings"):
        await Runner(client, store, load_dataset(changed), Settings(run_name="mine")).run(["exam-a"])
    other = await Runner(client, store, load_dataset(changed), Settings(limit=1)).run(["exam-a"])
    assert other.run.id != first.run.id


async def test_generation_settings_and_medgate_options_reach_the_pipeline(
        client: GatewayClient, store: EvalStore, exam_file: Path, exam: ExamUpstream) -> None:
    settings = Settings(limit=2, seed=5, temperature=0.0, max_tokens=64, thinking=False, **FAST)
    await Runner(client, store, load_dataset(exam_file), settings).run(["exam-glm"])
    for body in exam.bodies:
        assert (body["seed"], body["temperature"], body["max_tokens"]) == (5, 0.0, 64)
        assert body["chat_template_kwargs"] == {"enable_thinking": False}  # vLLM's switch, from `thinking`
        assert "thinking" not in body
