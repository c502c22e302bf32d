"""The Ray engine: a private Ray on 127.0.0.1 (no dashboard), actors in their own processes with
the pipeline warm inside, the same results as the local path; `medgate batch run --engine ray`
killed part-way resumes to exactly one output line per input line, in order; Ray is shut down."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import ray

from medgate.audit import open_audit
from medgate.batch.journal import Journal
from medgate.batch.lines import read_lines, settings_hash
from medgate.batch.progress import BatchProgress
from medgate.batch.ray_engine import RayEngine, init_local
from medgate.batch.run import run_batch
from medgate.batch.store import Store
from medgate.batch.work import Chat, DeidNotes
from medgate.config import parse_config
from medgate.errors import MedgateError
from medgate.privacy.deidentify import deidentify
from tests.batch.helpers import kill_when, medgate, read_jsonl, write_corpus
from tests.conftest import fake_config
from tests.fakes.upstream import FakeUpstream

pytestmark = pytest.mark.slow  # Ray start-up and actor processes: seconds per test


def _ray_processes() -> set[int]:
    out = subprocess.run(["pgrep", "-f", "gcs_server|raylet"], capture_output=True, text=True).stdout
    return {int(p) for p in out.split()}


@pytest.fixture(scope="module")
def ray_local() -> Iterator[None]:
    before = _ray_processes()
    init_local(2)  # what the engine does without --address: 127.0.0.1, no dashboard
    yield
    ray.shutdown()
    assert not ray.is_initialized()
    assert _ray_processes() <= before  # nothing of ours left running


def test_actors_match_the_direct_pipeline(ray_local: None, tmp_path: Path) -> None:
    rows = write_corpus(tmp_path / "in.jsonl", 40)
    work = DeidNotes("mask")
    engine = RayEngine(work, parse_config({"models": []}, source="test"), workers=2)
    engine.start()
    pids = set(ray.get([a.pid.remote() for a in engine._actors]))
    assert len(pids) == 2 and os.getpid() not in pids  # two warm workers, not this process
    summary = run_batch(str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"), work, engine)
    assert summary.tally.ok == 40 and engine._actors == []  # closed by the run
    got = read_jsonl(tmp_path / "out.jsonl")
    assert [g["id"] for g in got] == [r["id"] for r in rows]
    assert [g["result"]["text"] for g in got] == [deidentify(r["text"], "mask").text for r in rows]
    assert ray.is_initialized()  # it joined the fixture's Ray, so it left it running


def test_chat_lines_run_the_gateway_inside_each_actor(ray_local: None, tmp_path: Path,
                                                      upstream: FakeUpstream) -> None:
    config = fake_config(upstream, tmp_path)
    rows = [{"custom_id": f"r{i}", "body": {"model": "remote-echo", "messages": [
        {"role": "user", "content": f"Patient Tobias Quenneville, visit {i}"}]}} for i in range(16)]
    (tmp_path / "chat.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    work = Chat()
    sent_before = len(upstream.requests)
    summary = run_batch(str(tmp_path / "chat.jsonl"), str(tmp_path / "out.jsonl"), work,
                        RayEngine(work, config, workers=2, concurrency=4))
    assert summary.tally.ok == 16
    got = read_jsonl(tmp_path / "out.jsonl")
    assert [g["id"] for g in got] == [r["custom_id"] for r in rows]
    assert all("Quenneville" in g["result"]["choices"][0]["message"]["content"] for g in got)
    assert "Quenneville" not in json.dumps(upstream.requests[sent_before:])  # pseudonymised in the actors
    audit = open_audit(config.audit_url)
    try:  # each actor's App wrote its rows to the shared store before it closed
        audited = {r["id"] for r in audit.query("chat")}
    finally:
        audit.close()
    assert {g["request_id"] for g in got} <= audited


def test_cli_on_ray_killed_then_resumed(ray_local: None, tmp_path: Path) -> None:
    """On the running Ray by its address (as on a cluster; a private Ray per run is the default and
    is what the benchmark script does), killed with SIGKILL, then run again."""
    rows = write_corpus(tmp_path / "notes.jsonl", 160, seed=5)
    out = tmp_path / "out.jsonl"
    address = ray.get_runtime_context().gcs_address
    args = ("batch", "run", str(tmp_path / "notes.jsonl"), "--task", "deid", "--mode", "mask",
            "--engine", "ray", "--address", address, "--workers", "2", "--out", str(out), "--no-progress")
    held = kill_when(medgate(*args), out, 30, limit_s=180)
    # what the killed run finished is on disk, and no more was lost than the lines in flight
    lines = read_lines((tmp_path / "notes.jsonl").read_bytes().splitlines(),
                       settings_hash(DeidNotes("mask").settings()))
    done = Journal(Store(str(tmp_path)), "out.jsonl.parts").load()
    assert len(done) == held and all(done[line.id].key == line.key for line in lines if line.id in done)
    proc = medgate(*args)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert f"{held} already done, {160 - held} ok, 0 failed" in err
    got = read_jsonl(out)
    assert [g["id"] for g in got] == [r["id"] for r in rows]
    assert len({g["id"] for g in got}) == 160
    sample = range(0, 160, 23)
    assert all(got[i]["result"]["text"] == deidentify(rows[i]["text"], "mask").text for i in sample)


def test_a_worker_that_dies_costs_only_its_lines_in_flight(ray_local: None, tmp_path: Path) -> None:
    rows = write_corpus(tmp_path / "in.jsonl", 80, seed=3)
    work = DeidNotes("mask")
    engine = RayEngine(work, parse_config({"models": []}, source="test"), workers=2, chunk=4)

    class KillAfter(BatchProgress):  # kills one actor once 12 lines are done
        def advance(self, outcome: dict[str, object]) -> None:
            super().advance(outcome)
            if self.tally.ok == 12:
                ray.kill(engine._actors[0])

    with pytest.raises(MedgateError, match="Ray worker failed"):
        run_batch(str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"), work, engine,
                  progress=KillAfter(enabled=False))
    kept = len(Journal(Store(str(tmp_path)), "out.jsonl.parts").load())
    assert kept >= 12 and not (tmp_path / "out.jsonl").exists()
    again = run_batch(str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"), work,
                      RayEngine(work, parse_config({"models": []}, source="test"), workers=2))
    assert (again.tally.skipped, again.tally.ok) == (kept, 80 - kept)
    assert [g["id"] for g in read_jsonl(tmp_path / "out.jsonl")] == [r["id"] for r in rows]
