"""An interrupted run resumes without repeating a completed call: in-process (the run task is
cancelled mid-flight) and through the CLI (SIGINT to `medgate eval run`, exit 130, rerun)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from medgate.evaluation import EvalStore, Runner, Settings, load_dataset
from medgate.evaluation.client import GatewayClient
from tests.evaluation.conftest import EXAM, PRICE
from tests.fakes.exam import ExamUpstream

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _until(predicate: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.01)


async def test_a_cancelled_run_resumes_without_repeating_calls(
        client: GatewayClient, store: EvalStore, exam_file: Path, exam: ExamUpstream) -> None:
    exam.hang_after = 5  # five answers, then calls hang as if the network went away
    dataset = load_dataset(exam_file)
    settings = Settings(concurrency=2, retry_delay_s=0.01)
    task = asyncio.create_task(Runner(client, store, dataset, settings).run(["exam-a"]))
    await _until(lambda: exam.total == 7)  # 5 answered + 2 hanging in flight
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    run_id = store.runs()[0].id
    done = store.completed(run_id, "exam-a")
    assert len(done) == 5  # written when the run stopped, though fewer than a batch
    first_calls = dict(exam.calls)

    exam.hang_after = None
    outcome = await Runner(client, store, dataset, settings).run(["exam-a"])
    assert outcome.run.id == run_id and outcome.models[0].resumed == 5 and outcome.models[0].answered == 7
    for item_id in done:
        tag = item_id.removeprefix("exam-")
        assert exam.calls[("exam-a", tag)] == first_calls[("exam-a", tag)] == 1, tag
    assert sum(exam.calls.values()) == 7 + 7  # the 2 hung calls never completed: asked again
    assert len(store.completed(run_id, "exam-a")) == len(EXAM)


def _default_sigint() -> None:
    # A child inherits an ignored SIGINT, and Python then installs no handler for it: a library earlier
    # in a full run can leave the test process ignoring SIGINT, so the CLI must start as a shell's would.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _cli(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "medgate.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, preexec_fn=_default_sigint)


async def test_sigint_to_the_cli_saves_answers_and_the_same_command_resumes(
        exam: ExamUpstream, exam_file: Path, tmp_path: Path) -> None:
    config = tmp_path / "medgate.yaml"
    config.write_text(yaml.safe_dump({
        "models": [{"alias": "exam-a", "deployments": [{"base_url": exam.base_url, "model": "exam-a", "price": PRICE}]}],
        "audit": {"url": f"sqlite:///{tmp_path / 'db.sqlite'}"}}))
    env = {**os.environ, "MEDGATE_CONFIG": str(config)}
    args = ["eval", "run", str(exam_file), "--models", "exam-a", "--concurrency", "1", "--no-progress"]
    exam.hang_after = 4
    proc = _cli(args, env)
    await _until(lambda: exam.total == 5, timeout=60)
    await asyncio.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    # a bound, not a speed figure: a fresh clone's full suite on 2 loaded cores once took over 30 s here
    out, err = await asyncio.to_thread(proc.communicate, timeout=90)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "rerun the same command" in err
    exam.hang_after = None
    before = dict(exam.calls)
    proc = _cli(args, env)
    out, err = await asyncio.to_thread(proc.communicate, timeout=90)
    assert proc.returncode == 0, err
    assert "| exam-a | 12 | 0.667" in out  # 8 of 12, as scripted
    assert "4 from before" in err
    hung = list(before)[-1]  # the fifth question asked, which never got its answer
    repeated = [k for k, n in before.items() if exam.calls[k] > n]
    assert repeated == [hung]  # only the call that hung is asked again
    assert sum(exam.calls.values()) == 5 + 8
