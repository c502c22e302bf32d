"""Fixtures: the exam fake upstream, a config whose aliases point at it, the in-process gateway,
and the 12-item exam whose every answer (and so every score) is known in advance."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

from medgate.app import App, start_app
from medgate.config import Config, parse_config
from medgate.evaluation.client import GatewayClient
from medgate.evaluation.store import EvalStore
from tests.fakes.exam import ExamUpstream, Reply

PRICE = {"input": 0.5, "output": 2.0}  # 100 prompt + 10 completion tokens: $0.00007 a call
COST_PER_CALL = (100 * 0.5 + 10 * 2.0) / 1e6
OPTIONS4 = {"A": "Furosemide", "B": "Spironolactone", "C": "Hydrochlorothiazide", "D": "Acetazolamide"}

# tag -> (key, exam-a's reply, exam-a right?, exam-a unparseable?)
EXAM: dict[str, tuple[str, Reply, bool, bool]] = {
    "q01": ("C", Reply("Answer: C"), True, False),
    "q02": ("B", Reply("B", reasoning="The answer is A. Answer: A"), True, False),  # reasoning never read
    "q03": ("A", Reply("<think>I think it is D.\nAnswer: D</think>\nThe answer is (a)"), True, False),
    "q04": ("D", Reply("the answer is (c)"), False, False),
    "q05": ("B", Reply("I am not sure."), False, True),
    "q06": ("C", Reply("Answer: F"), False, True),  # a letter that is no option
    "q07": ("A", Reply("It is furosemide."), True, False),
    "q08": ("B", Reply("Reasoning with no opening tag, maybe A.</think>\n\n**Final answer: B**"), True, False),
    "q09": ("C", Reply("<think>Answer: C, but the thought never closes"), False, True),
    "q10": ("D", Reply("\\boxed{D}"), True, False),
    "q11": ("no", Reply("No, it does not."), True, False),
    "q12": ("E", Reply("Answer: E"), True, False),
}


def exam_rows() -> list[dict[str, Any]]:
    rows = []
    for tag, (key, *_rest) in EXAM.items():
        row: dict[str, Any] = {"id": f"exam-{tag}", "question": f"[{tag}] Which drug fits best?",
                               "answer": key, "source": "exam", "split": "test",
                               "meta": {"explanation": f"SECRET-EXPLANATION-{tag}"}}
        if key in ("yes", "no", "maybe"):
            row.update(options=None, context="A small study of 40 adults found no difference.")
        else:
            row["options"] = dict(OPTIONS4, E="Mannitol") if tag == "q12" else OPTIONS4
        rows.append(row)
    return rows


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    return path


@pytest.fixture(scope="session")
def exam() -> Iterator[ExamUpstream]:
    with ExamUpstream() as up:
        up.scripts["exam-a"] = {tag: reply for tag, (_k, reply, *_r) in EXAM.items()}
        up.scripts["exam-b"] = {tag: Reply(f"Answer: {EXAM[tag][0]}") for tag in
                                ("q01", "q02", "q03", "q04", "q05", "q06")}
        yield up


@pytest.fixture(autouse=True)
def _fresh(exam: ExamUpstream) -> None:
    exam.reset()
    exam.latency_s = 0.0


def exam_config(exam: ExamUpstream, tmp: Path, **extra: Any) -> Config:
    models = [{"alias": alias, "family": "generic", "deployments": [
        {"base_url": exam.base_url, "model": alias, "price": PRICE}]}
        for alias in ("exam-a", "exam-b", "judge", "bad-judge", "broken")]
    models.append({"alias": "exam-glm", "family": "glm-4.5v", "deployments": [  # has a thinking switch
        {"base_url": exam.base_url, "model": "exam-glm", "engine": "vllm"}]})
    data = {"models": models, "audit": {"url": f"sqlite:///{tmp / 'medgate.sqlite'}"}, **extra}
    return parse_config(yaml.safe_load(yaml.safe_dump(data)), source="test")


@pytest.fixture
async def app(exam: ExamUpstream, tmp_path: Path) -> AsyncIterator[App]:
    running = await start_app(exam_config(exam, tmp_path))
    try:
        yield running
    finally:
        await running.aclose()


@pytest.fixture
def client(app: App) -> GatewayClient:
    return GatewayClient(app)


@pytest.fixture
def store(app: App) -> Iterator[EvalStore]:
    s = EvalStore(app.config.audit_url)
    yield s
    s.close()


@pytest.fixture
def exam_file(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "exam.jsonl", exam_rows())
