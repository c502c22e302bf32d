"""`medgate ask` and `medgate serve` argument handling, as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.fakes.upstream import ANSWER, R1_REASONING, FakeUpstream

MEDGATE = str(Path(sys.executable).parent / "medgate")


@pytest.fixture(scope="module")
def config_file(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "medgate.yaml"
    path.write_text(yaml.safe_dump({
        "models": [{"alias": "r1", "family": "deepseek-r1",
                    "deployments": [{"base_url": upstream.base_url, "model": "raw-think"}]}],
        "audit": {"url": "memory"},
    }))
    return str(path)


def medgate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([MEDGATE, *args], capture_output=True, text=True, timeout=60)


def test_ask_prints_answer_and_cost_footer(config_file: str) -> None:
    out = medgate("ask", "cough and fever?", "--model", "r1", "--config", config_file)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ANSWER
    assert "r1 via" in out.stderr and "clinician must review" in out.stderr


def test_ask_stream_with_reasoning(config_file: str) -> None:
    out = medgate("ask", "cough?", "--model", "r1", "--config", config_file, "--stream", "--show-reasoning")
    assert out.returncode == 0, out.stderr
    assert R1_REASONING in out.stdout and ANSWER in out.stdout
    assert out.stdout.index(R1_REASONING) < out.stdout.index(ANSWER)


@pytest.mark.parametrize(("args", "message"), [
    (("ask", "q", "--model", "deepseek-r1"), "has no deployment"),
    (("ask", "   "), "empty"),
    (("serve", "--config", "/nonexistent/medgate.yaml"), "cannot read config"),
])
def test_errors_are_one_line_and_exit_2(config_file: str, args: tuple[str, ...], message: str) -> None:
    out = medgate(*args, *(("--config", config_file) if args[0] == "ask" and "--model" in args else ()))
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("medgate: error:") and message in lines[0]
