"""`medgate batch run` on the local engine: one output line per input line, in input order;
killed part-way it resumes without redoing finished lines; settings or input changes redo the
lines they touch; budgets stop the sending; Parquet and fsspec stores work the same way."""

from __future__ import annotations

import json
from pathlib import Path

import fsspec
import pyarrow.parquet as pq
import pytest

from medgate.batch.local import LocalEngine
from medgate.batch.run import run_batch
from medgate.batch.work import Chat, DeidNotes, work_for
from medgate.cli import main
from medgate.config import parse_config
from medgate.privacy.deidentify import deidentify
from tests.batch.helpers import kill_when, medgate, read_jsonl, write_corpus
from tests.conftest import fake_config
from tests.fakes.upstream import FakeUpstream

CONFIG = parse_config({"models": []}, source="test")


def expected(text: str, mode: str = "mask") -> str:
    return deidentify(text, mode).text  # type: ignore[arg-type]


@pytest.mark.slow  # two medgate processes, each loading the PHI detector
def test_killed_run_resumes_without_redoing_lines(tmp_path: Path) -> None:
    rows = write_corpus(tmp_path / "notes.jsonl", 150)
    out = tmp_path / "out.jsonl"
    args = ("batch", "run", str(tmp_path / "notes.jsonl"), "--task", "deid", "--mode", "mask",
            "--out", str(out), "--no-progress")
    held = kill_when(medgate(*args), out, 25, limit_s=120)
    assert not out.exists()  # killed before the end: only the journal
    proc = medgate(*args)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert f"{held} already done, {150 - held} ok, 0 failed" in err
    got = read_jsonl(out)
    assert [r["id"] for r in got] == [r["id"] for r in rows]  # exactly one per line, in order
    assert all(g["result"]["text"] == expected(r["text"]) for g, r in zip(got, rows, strict=True))
    assert not Path(f"{out}.parts").exists()


def test_rerun_skips_done_lines_and_redoes_changed_ones(tmp_path: Path) -> None:
    rows = write_corpus(tmp_path / "in.jsonl", 12)
    out = tmp_path / "out.jsonl"
    first = run_batch(str(tmp_path / "in.jsonl"), str(out), DeidNotes("mask"), LocalEngine(DeidNotes("mask"), CONFIG))
    assert (first.tally.ok, first.written) == (12, 12)
    again = run_batch(str(tmp_path / "in.jsonl"), str(out), DeidNotes("mask"), LocalEngine(DeidNotes("mask"), CONFIG))
    assert (again.tally.skipped, again.tally.ok, again.written) == (12, 0, 0)
    rows[3]["text"] = "Seen by Dr. Ada Quillfeather today."  # one line edited, one added
    rows.append({"id": "new", "text": "Call Bo Tranh at 555-201-3344."})
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    edited = run_batch(str(tmp_path / "in.jsonl"), str(out), DeidNotes("mask"), LocalEngine(DeidNotes("mask"), CONFIG))
    assert (edited.tally.skipped, edited.tally.ok) == (11, 2)
    got = read_jsonl(out)
    assert [g["id"] for g in got] == [r["id"] for r in rows]
    assert got[3]["result"]["text"] == "Seen by Dr. [NAME] today."
    redact = run_batch(str(tmp_path / "in.jsonl"), str(out), DeidNotes("redact"), LocalEngine(DeidNotes("redact"), CONFIG))
    assert (redact.tally.skipped, redact.tally.ok) == (0, 13)  # new settings: every line again


def test_parquet_output_resumes_too(tmp_path: Path) -> None:
    rows = write_corpus(tmp_path / "in.jsonl", 10)
    out = tmp_path / "out.parquet"
    run_batch(str(tmp_path / "in.jsonl"), str(out), DeidNotes("mask"), LocalEngine(DeidNotes("mask"), CONFIG))
    rows.append({"id": "extra", "text": "MRN 99812233, seen 4/2/2024."})
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    second = run_batch(str(tmp_path / "in.jsonl"), str(out), DeidNotes("mask"), LocalEngine(DeidNotes("mask"), CONFIG))
    assert (second.tally.skipped, second.tally.ok) == (10, 1)
    table = pq.read_table(out).to_pylist()
    assert [t["id"] for t in table] == [r["id"] for r in rows]
    assert json.loads(table[-1]["result"])["text"] == expected(rows[-1]["text"])


def test_fsspec_urls_for_input_and_output(tmp_path: Path) -> None:
    rows = write_corpus(tmp_path / "in.jsonl", 5)
    fs = fsspec.filesystem("memory")
    fs.pipe("/batch-test/in.jsonl", (tmp_path / "in.jsonl").read_bytes())
    summary = run_batch("memory://batch-test/in.jsonl", "memory://batch-test/out/res.jsonl", DeidNotes("mask"),
                        LocalEngine(DeidNotes("mask"), CONFIG))
    assert summary.written == 5
    got = [json.loads(x) for x in fs.cat("/batch-test/out/res.jsonl").splitlines()]
    assert [g["id"] for g in got] == [r["id"] for r in rows]
    assert not fs.exists("/batch-test/out/res.jsonl.parts")


def test_bad_lines_get_error_records_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "Dr. Ana Lind"}\nnot json\n\n{"id": 2}\n[1]\n')
    code = main(["batch", "run", str(tmp_path / "in.jsonl"), "--task", "deid", "--mode", "mask",
                 "--out", str(tmp_path / "o.jsonl"), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1 and "4 lines" in err and "3 failed" in err
    got = read_jsonl(tmp_path / "o.jsonl")
    assert [g["id"] for g in got] == [1, "line-2", 2, "line-5"]  # ids as given; blank lines are not lines
    assert got[0]["result"]["text"] == "Dr. [NAME]"
    assert [g["error"]["code"] for g in got[1:]] == ["invalid_request"] * 3


@pytest.mark.parametrize(("args", "message"), [
    (("--task", "chat"), "--task chat needs --model"),
    (("--task", "nope"), "unknown task 'nope'"),
    (("--task", "chat", "--model", "gpt-9"), "not a configured alias"),
    (("--task", "deid", "--address", "ray://x:1"), "--address needs --engine ray"),
    (("--task", "deid", "--workers", "0"), "--workers must be at least 1"),
])
def test_usage_errors_are_one_line_and_exit_2(tmp_path: Path, args: tuple[str, ...], message: str,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEDGATE_CONFIG", raising=False)
    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "x"}\n')
    code = main(["batch", "run", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "o.jsonl"), *args])
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "o.jsonl").exists()


def test_duplicate_ids_refuse_the_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n')
    code = main(["batch", "run", str(tmp_path / "in.jsonl"), "--task", "deid", "--out", str(tmp_path / "o.jsonl")])
    assert code == 2 and "line 2: id 'a' was already used on line 1" in capsys.readouterr().err


def test_chat_lines_go_through_the_gateway_with_a_budget(tmp_path: Path, upstream: FakeUpstream) -> None:
    config = fake_config(upstream, tmp_path)
    rows = [{"custom_id": f"q{i}", "body": {"messages": [{"role": "user", "content": f"q {i}"}]}}
            for i in range(20)]
    (tmp_path / "chat.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    price = (1000 * 0.5 + 2000 * 2.18) / 1e6
    work = Chat("plain", ("fake",))
    summary = run_batch(str(tmp_path / "chat.jsonl"), str(tmp_path / "o.jsonl"), work,
                        LocalEngine(work, config, concurrency=1), budget_usd=price * 4.5)
    assert (summary.tally.ok, summary.tally.failed) == (5, 15)
    assert summary.tally.cost_usd == pytest.approx(5 * price)
    got = read_jsonl(tmp_path / "o.jsonl")
    assert [g["id"] for g in got] == [r["custom_id"] for r in rows]
    assert all(g["result"]["medgate"]["alias"] == "plain" for g in got[:5])
    assert [g["error"]["code"] for g in got[5:]] == ["budget_exceeded"] * 15 and got[5]["retry"] is True
    resumed = run_batch(str(tmp_path / "chat.jsonl"), str(tmp_path / "o.jsonl"), work,
                        LocalEngine(work, config, concurrency=4))  # no budget now: the rest runs
    assert (resumed.tally.skipped, resumed.tally.ok) == (5, 15)
    assert all(g["status"] == "ok" for g in read_jsonl(tmp_path / "o.jsonl"))


def test_clinical_task_lines(tmp_path: Path, upstream: FakeUpstream) -> None:
    from tests.tasks.cases import INPUTS, OUTPUTS

    config = fake_config(upstream, tmp_path)
    rows = [{"id": f"t{i}", "text": INPUTS["soap-note"]} for i in range(3)] + [{"id": "empty", "text": "ok"}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    upstream.scripted[:] = [(json.dumps(OUTPUTS["soap-note"]), "stop")] * 3
    work = work_for("soap-note", model="scripted", deployments=("fake",))
    summary = run_batch(str(tmp_path / "in.jsonl"), str(tmp_path / "o.jsonl"), work,
                        LocalEngine(work, config, concurrency=1))
    assert not upstream.scripted and (summary.tally.ok, summary.tally.failed) == (3, 1)
    got = read_jsonl(tmp_path / "o.jsonl")
    assert [g["id"] for g in got] == ["t0", "t1", "t2", "empty"]
    assert all(g["result"]["task"] == "soap-note" and g["result"]["review_required"] for g in got[:3])
    assert got[0]["result"]["result"]["assessment"] == OUTPUTS["soap-note"]["assessment"]
    assert got[0]["cost_usd"] == pytest.approx((1000 * 0.5 + 2000 * 2.18) / 1e6)
    assert got[3]["status_code"] == 422  # near-empty input: refused before any model call
