"""`medgate models` and `medgate recommend`: output shapes and exit codes."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from medgate.catalog import Catalog, UseCase
from medgate.commands import models as models_cmd
from medgate.commands import recommend as recommend_cmd


def _call(mod: ModuleType, argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="medgate")
    mod.add_arguments(parser)
    code: int = mod.run(parser.parse_args(argv))
    return code


def test_commands_have_one_line_help() -> None:
    for mod in (models_cmd, recommend_cmd):
        assert mod.__doc__ and mod.__doc__.splitlines()[0].strip()


def test_models_table_is_aligned(catalog: Catalog, capsys: pytest.CaptureFixture[str]) -> None:
    assert _call(models_cmd, []) == 0
    lines = capsys.readouterr().out.splitlines()
    header, rule, rows = lines[0], lines[1], lines[2:]
    assert len(rows) == len(catalog.cards)
    for name in ("developer", "model", "context", "licence", "SiliconFlow", "core strength"):
        assert name in header
    col = header.index("model")
    ctx = header.index("context")
    assert rule.startswith("-") and set(rule) <= {"-", " "}
    for card, row in zip(catalog.cards, rows, strict=True):
        assert row[col:].startswith(card.id + " ")
        assert row[ctx:].split()[0].endswith("K")
    gpt = next(r for r in rows if " gpt-oss-120b " in r)
    assert "$0.09 / $0.45" in gpt and "117B / 5.1B" in gpt
    assert "local, free" in next(r for r in rows if " smollm2-135m " in r)


def test_models_markdown(catalog: Catalog, capsys: pytest.CaptureFixture[str]) -> None:
    assert _call(models_cmd, ["--format", "markdown"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == len(catalog.cards) + 2
    assert lines[1].startswith("|---")
    pipes = {line.count("|") for line in lines}
    assert pipes == {11}  # ten columns, no stray pipes from cell text


def test_models_json(catalog: Catalog, capsys: pytest.CaptureFixture[str]) -> None:
    assert _call(models_cmd, ["--format", "json"]) == 0
    cards = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in cards] == catalog.ids
    r1 = next(c for c in cards if c["id"] == "deepseek-r1")
    assert r1["providers"]["siliconflow"] == {
        "model": "deepseek-ai/DeepSeek-R1",
        "price_input": 0.5,
        "price_output": 2.18,
        "context_tokens": 163840,
        "source": "medgate protocols.md seed price",
    }


def test_models_bad_catalogue_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _call(models_cmd, ["--catalog", str(tmp_path / "nope.yaml")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("medgate: error:") and err.count("\n") == 1


def test_recommend_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert _call(recommend_cmd, ["--use-case", "imaging", "--needs-vision"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(" 1. glm-4.5v ")
    assert "0.75" in lines[0] and "$0.14/$0.86" in lines[0]
    assert all(line.startswith(" -  ") and "excluded: " in line for line in lines[1:])


def test_recommend_price_cap(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--use-case", "diagnostic-support", "--max-output-price", "0.5"]
    assert _call(recommend_cmd, argv) == 0
    lines = capsys.readouterr().out.splitlines()
    ranked = [ln.split()[1] for ln in lines if not ln.startswith(" - ")]
    assert ranked == ["gpt-oss-120b", "smollm2-135m"]
    assert any(ln.split()[1] == "deepseek-r1" and "$2.18/M > $0.50/M" in ln for ln in lines)


def test_recommend_json(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--use-case", "medical-research", "--gpu-memory-gb", "80", "--format", "json"]
    assert _call(recommend_cmd, argv) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["use_case"] == "medical-research"
    ranks = [r["rank"] for r in body["rankings"]]
    eligible = [r for r in body["rankings"] if r["eligible"]]
    assert ranks[: len(eligible)] == list(range(1, len(eligible) + 1))
    assert all(r["rank"] is None and r["excluded"] for r in body["rankings"][len(eligible) :])
    assert eligible[0]["model"] == "gpt-oss-120b"


@pytest.mark.parametrize(
    "argv",
    [
        ["--use-case", "radiology"],
        ["--use-case", "imaging", "--min-context", "-1"],
        ["--use-case", "imaging", "--max-output-price", "-0.1"],
    ],
)
def test_recommend_bad_input_is_one_line_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _call(recommend_cmd, argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("medgate: error: ") and captured.err.count("\n") == 1


def test_unknown_use_case_message_lists_valid(capsys: pytest.CaptureFixture[str]) -> None:
    _call(recommend_cmd, ["--use-case", "radiology"])
    err = capsys.readouterr().err
    assert "radiology" in err and all(u.value in err for u in UseCase)


@pytest.mark.skipif(
    shutil.which("medgate", path=str(Path(sys.executable).parent)) is None
    or not Path(__file__).parents[2].joinpath("src/medgate/cli.py").exists(),
    reason="the medgate console script (cli.py) is not installed yet",
)
def test_console_script_exit_codes() -> None:
    exe = shutil.which("medgate", path=str(Path(sys.executable).parent))
    assert exe is not None
    ok = subprocess.run([exe, "recommend", "--use-case", "imaging"], capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout.startswith(" 1. glm-4.5v")
    bad = subprocess.run([exe, "recommend", "--use-case", "x"], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.startswith("medgate: error:")
