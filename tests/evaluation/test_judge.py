"""Rubric grading: one judge call per criterion, the verdict JSON parsed, the score exact
(met points over positive points, clipped to [0, 1]); a judge that never answers in JSON makes
the item an error that a rerun retries."""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.evaluation import EvalStore, Runner, Settings, load_dataset, summarise
from medgate.evaluation.client import GatewayClient
from medgate.evaluation.items import Criterion
from medgate.evaluation.judge import parse_verdict, rubric_score
from tests.evaluation.conftest import write_jsonl
from tests.fakes.exam import ExamUpstream, Reply

SESSION_LOOP = pytest.mark.asyncio(loop_scope="session")  # the App fixture lives in the session loop


@pytest.mark.parametrize(("content", "met"), [
    ('{"explanation": "names metformin", "criteria_met": true}', True),
    ('```json\n{"explanation": "no", "criteria_met": false}\n```', False),
    ('<think>weigh it</think>Here: {"explanation": "ok", "criteria_met": true} done', True),
    ('{"explanation": "missing the flag"}', None),
    ('{"explanation": "a string", "criteria_met": "yes"}', None),
    ("The reply meets it.", None),
])
def test_verdicts(content: str, met: bool | None) -> None:
    v = parse_verdict(content)
    assert (v.met if v else None) is met


@pytest.mark.parametrize(("points", "met", "score"), [
    ((5, 4, -6, 2), (True, False, False, True), 7 / 11),
    ((5, 4, -6, 2), (True, True, False, True), 1.0),
    ((5, 4, -6, 2), (False, False, True, False), 0.0),  # clipped, not -6/11
    ((5, 4, -6, 2), (True, False, True, False), 0.0),  # -1/11 clipped
    ((10, 3, -8, -5), (True, False, True, False), 2 / 13),
])
def test_rubric_score(points: tuple[float, ...], met: tuple[bool, ...], score: float) -> None:
    rubric = tuple(Criterion(f"c{i}", p) for i, p in enumerate(points))
    assert rubric_score(rubric, list(met)) == pytest.approx(score)


def _rubric_file(tmp_path: Path) -> Path:
    rows = [{"prompt_id": f"open-{n}", "prompt": [{"role": "user", "content": f"[q{n}] How should a sore throat be managed?"}],
             "rubrics": [{"criterion": "ALPHA suggests fluids", "points": 5},
                         {"criterion": "BRAVO says when to see a clinician", "points": 4},
                         {"criterion": "CHARLIE recommends antibiotics", "points": -6},
                         {"criterion": "DELTA uses plain language", "points": 2}]} for n in (1, 2)]
    return write_jsonl(tmp_path / "open.jsonl", rows)


@SESSION_LOOP
async def test_a_rubric_run_scores_each_item_from_the_judges_verdicts(
        client: GatewayClient, store: EvalStore, exam: ExamUpstream, tmp_path: Path) -> None:
    exam.scripts["exam-a"]["q1"] = Reply("Drink fluids. See a doctor if it lasts a week.")
    exam.judge_rules.update({"ALPHA": True, "BRAVO": False, "CHARLIE": True, "DELTA": True})
    outcome = await Runner(client, store, load_dataset(_rubric_file(tmp_path)),
                           Settings(judge="judge", retry_delay_s=0.01)).run(["exam-a"])
    assert sum(n for (model, _), n in exam.calls.items() if model == "judge") == 8  # 4 criteria x 2 items
    rows = store.results(outcome.run.id)
    assert [r["score"] for r in rows] == [pytest.approx(1 / 11)] * 2  # 5 - 6 + 2 over 11
    grades = store.grades(outcome.run.id)
    assert len(grades) == 8 and [g["met"] for g in grades[:4]] == [True, False, True, True]
    judged = [b for b in exam.bodies if b["model"] == "judge"]
    assert "Drink fluids. See a doctor" in judged[0]["messages"][0]["content"]
    report = summarise(store, outcome.run.id)
    m = report.models[0]
    assert m.metric == "rubric score" and m.score is not None and m.score.estimate == pytest.approx(1 / 11)
    assert m.unparseable_rate is None and m.judge_cost_usd is not None and m.judge_cost_usd > 0


@SESSION_LOOP
async def test_a_judge_without_json_is_an_error_and_a_rerun_retries_it(
        client: GatewayClient, store: EvalStore, exam: ExamUpstream, tmp_path: Path) -> None:
    dataset = load_dataset(_rubric_file(tmp_path))
    outcome = await Runner(client, store, dataset, Settings(judge="bad-judge", run_name="bad", limit=1)).run(["exam-a"])
    (row,) = store.results(outcome.run.id)
    assert row["status"] == "error" and "did not return" in row["error"] and row["score"] is None
    assert store.grades(outcome.run.id) == []
    asked = exam.calls[("exam-a", "q1")]
    again = await Runner(client, store, dataset, Settings(judge="bad-judge", run_name="bad", limit=1)).run(["exam-a"])
    assert again.models[0].resumed == 0 and exam.calls[("exam-a", "q1")] == asked + 1
