"""`medgate eval run|report|compare|publish` and `medgate recommend` with evidence, through the
CLI entry point, against the exam fake upstream: figures in every format, the plot, the
comparison table, evidence written to a catalogue copy and ranked by; one-line errors."""

from __future__ import annotations

import base64
import re
import shutil
from importlib import resources
from pathlib import Path

import orjson
import pytest
import yaml

from medgate.catalog import UseCase, load_catalog, parse_use_case, recommend
from medgate.catalog.recommend import Constraints
from medgate.cli import main
from medgate.errors import ConfigError
from tests.evaluation.conftest import PRICE
from tests.fakes.exam import ExamUpstream


@pytest.fixture
def env(exam: ExamUpstream, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path / "medgate.yaml"
    config.write_text(yaml.safe_dump({
        "models": [{"alias": a, "deployments": [{"base_url": exam.base_url, "model": a, "price": PRICE}]}
                   for a in ("exam-a", "exam-b")],
        "audit": {"url": f"sqlite:///{tmp_path / 'db.sqlite'}"}}))
    monkeypatch.setenv("MEDGATE_CONFIG", str(config))
    return tmp_path


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    path = tmp_path / "catalog" / "models.yaml"
    path.parent.mkdir()
    shutil.copyfile(str(resources.files("medgate.catalog").joinpath("models.yaml")), path)
    return path


def _run_exam(exam_file: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["eval", "run", str(exam_file), "--models", "exam-a,exam-b", "--no-progress"]) == 0
    out = capsys.readouterr()
    run_id = re.search(r"run `([^`]+)`", out.out)
    assert run_id, out
    return run_id.group(1)


def test_run_then_report_in_every_format(env: Path, exam_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_id = _run_exam(exam_file, capsys)
    assert main(["eval", "report", run_id[:10]]) == 0  # a unique prefix is enough
    md = capsys.readouterr().out
    assert "| exam-a | 12 | 0.667 (" in md and "| 3 (25.0%) | 0 | $0.0070 |" in md
    assert "| exam-a vs exam-b | 12 | 0.167 (" in md and "(5 vs 3)" in md

    assert main(["eval", "report", "latest", "--format", "json"]) == 0
    doc = orjson.loads(capsys.readouterr().out)
    a = doc["models"][0]
    assert (a["model"], a["n"], a["correct"], a["unparseable"]) == ("exam-a", 12, 8, 3)
    assert a["score"]["low"] < 8 / 12 < a["score"]["high"]

    page, plot = env / "r.html", env / "plot.png"
    assert main(["eval", "report", run_id, "--format", "html", "--output", str(page), "--plot", str(plot)]) == 0
    html = page.read_text()
    png = base64.b64decode(re.search(r"data:image/png;base64,([A-Za-z0-9+/=]+)", html).group(1))  # type: ignore[union-attr]
    assert png.startswith(b"\x89PNG") and plot.read_bytes().startswith(b"\x89PNG")
    assert "exam-a" in html and "0.667" in html


def test_publish_writes_evidence_that_recommend_ranks_by(
        env: Path, exam_file: Path, catalog_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_id = _run_exam(exam_file, capsys)
    # Measured the other way round from the editorial order (gpt-oss-120b 0.85 > deepseek-r1 0.80)
    assert main(["eval", "publish", run_id, "--catalog", str(catalog_copy), "--use-case", "diagnostic-support",
                 "--card", "exam-a=deepseek-r1", "--card", "exam-b=gpt-oss-120b"]) == 0
    assert "deepseek-r1: exam accuracy 0.667" in capsys.readouterr().out
    evidence = yaml.safe_load((catalog_copy.parent / "evidence.yaml").read_text())["evidence"]
    assert {(e["model"], e["benchmark"], e["n"], e["run"]) for e in evidence} == {
        ("deepseek-r1", "exam", 12, run_id), ("gpt-oss-120b", "exam", 12, run_id)}

    catalog = load_catalog(catalog_copy)
    before = [r.card.id for r in recommend(load_catalog(), UseCase.DIAGNOSTIC_SUPPORT, Constraints())]
    after = recommend(catalog, parse_use_case("diagnostic-support"), Constraints())
    assert before[:2] == ["gpt-oss-120b", "deepseek-r1"]
    assert [r.card.id for r in after][:2] == ["deepseek-r1", "gpt-oss-120b"]
    assert [r.card.id for r in after][2:] == before[2:]  # unmeasured models keep their places
    assert after[0].reasons[0].startswith("measured: exam accuracy 0.667") and "among 2 measured" in after[0].reasons[0]
    assert after[0].measured is not None and after[0].measured.run == run_id
    assert not any("measured" in reason for r in after[2:] for reason in r.reasons)
    other = recommend(catalog, UseCase.MEDICAL_EDUCATION, Constraints())  # evidence is per use case
    assert [r.card.id for r in other] == [r.card.id for r in recommend(load_catalog(), UseCase.MEDICAL_EDUCATION, Constraints())]

    assert main(["recommend", "--use-case", "diagnostic-support", "--catalog", str(catalog_copy)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "deepseek-r1" in first and "measured: exam accuracy" in first

    # compare: published evidence (no RUN) and a run's measured columns beside the catalogue's
    assert main(["eval", "compare", "--catalog", str(catalog_copy)]) == 0
    table = capsys.readouterr().out
    assert "measured: exam accuracy (95% CI)" in table.splitlines()[0]
    assert re.search(r"\| deepseek-r1 \|.*\| 0\.667 \(0\.\d+–0\.\d+\), n=12, \$0\.007/100 \|", table)
    assert main(["eval", "compare", run_id]) == 0
    table = capsys.readouterr().out
    assert f"[{run_id}]" in table and "exam-a (not in the catalogue)" in table and "| HealthBench" not in table


def test_publish_without_a_card_publishes_nothing(env: Path, exam_file: Path, catalog_copy: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    run_id = _run_exam(exam_file, capsys)
    assert main(["eval", "publish", run_id, "--catalog", str(catalog_copy), "--use-case", "medical-education"]) == 2
    err = capsys.readouterr().err
    assert "skipped exam-a: no catalogue card" in err and "nothing to publish" in err
    assert not (catalog_copy.parent / "evidence.yaml").exists()


def test_evidence_for_an_unknown_model_is_a_config_error(catalog_copy: Path) -> None:
    (catalog_copy.parent / "evidence.yaml").write_text(
        "evidence:\n  - {model: gpt-9, benchmark: x, metric: accuracy, value: 0.5}\n")
    with pytest.raises(ConfigError, match="gpt-9"):
        load_catalog(catalog_copy)


@pytest.mark.parametrize(("args", "message"), [
    (["eval", "run", "missing.jsonl", "--models", "exam-a"], "dataset not found: missing.jsonl"),
    (["eval", "run", "sample", "--models", "exam-a,gpt-9", "--no-progress"], "'gpt-9' has no deployment"),
    (["eval", "run", "sample", "--models", "exam-a,exam-a"], "names a model twice"),
    (["eval", "run", "sample-open", "--models", "exam-a", "--no-progress"], "--judge"),
    (["eval", "run", "sample", "--models", "exam-a", "--layout", "medqa"], "not a valid medqa row"),
    (["eval", "report", "nope"], "no evaluation run 'nope'"),
    (["eval", "publish", "nope", "--card", "x"], "not ALIAS=CARD_ID"),
])
def test_cli_errors_are_one_line_and_exit_2(env: Path, args: list[str], message: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("medgate: error:") and message in err and "\n" not in err


def test_bad_numbers_are_refused_by_the_parser(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["eval", "run", "sample", "--models", "exam-a", "--concurrency", "0"])
    assert exit_info.value.code == 2 and "positive integer" in capsys.readouterr().err
