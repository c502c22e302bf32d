"""`medgate doctor`, run as a user runs it: what answers, what does not, and why."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

from tests.fakes.upstream import FakeUpstream

MEDGATE = str(Path(sys.executable).parent / "medgate")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens there once the socket closes


def doctor(config: Path, *extra: str) -> tuple[int, list[dict[str, Any]]]:
    out = subprocess.run([MEDGATE, "doctor", "--config", str(config), "--format", "json", *extra],
                         capture_output=True, text=True, timeout=180, check=False)
    return out.returncode, orjson.loads(out.stdout)


def _find(findings: list[dict[str, Any]], section: str, subject: str) -> dict[str, Any]:
    return next(f for f in findings if f["section"] == section and subject in f["subject"])


def test_doctor_reports_each_deployment_and_config_problem(upstream: FakeUpstream, tmp_path: Path) -> None:
    config = tmp_path / "medgate.yaml"
    config.write_text(yaml.safe_dump({"models": [
        {"alias": "up", "deployments": [{"base_url": upstream.base_url, "model": "plain"}]},
        {"alias": "down", "deployments": [{"base_url": f"http://127.0.0.1:{_closed_port()}/v1", "model": "m"}]},
        {"alias": "keyless", "deployments": [{"base_url": upstream.base_url, "model": "echo",
                                              "api_key_env": "MEDGATE_TEST_UNSET_KEY"}]},
    ]}))
    code, findings = doctor(config, "--timeout", "2")
    assert code == 1
    assert _find(findings, "deployments", ":plain")["status"] == "ok"
    down = _find(findings, "deployments", ":m")
    assert down["status"] == "fail" and "Cannot connect" in down["detail"]
    key = _find(findings, "config", ":echo")
    assert key["status"] == "fail" and "MEDGATE_TEST_UNSET_KEY" in key["detail"]
    assert _find(findings, "versions", "medgate")["detail"]
    assert _find(findings, "cpu", "build uses")["status"] == "info"  # no embedded model configured


def test_doctor_on_a_bad_config_names_the_key(tmp_path: Path) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text("models:\n  - alias: a\n    deployments: [{embedded: smollm2-135m, keep_alive: soon}]\n")
    code, findings = doctor(config)
    assert code == 1
    assert any(f["status"] == "fail" and "keep_alive" in f["detail"] for f in findings)


@pytest.mark.slow
def test_doctor_runs_the_embedded_model_in_a_child_and_checks_the_build(tmp_path: Path) -> None:
    config = tmp_path / "medgate.yaml"
    config.write_text(yaml.safe_dump({"models": [{"alias": "local", "deployments": [{"embedded": "smollm2-135m"}]}],
                                      "embedded": {"threads": 1}}))
    code, findings = doctor(config)
    assert code == 0, findings
    assert "one token" in _find(findings, "deployments", "embedded:")["detail"]
    assert _find(findings, "models", "embedded:")["detail"].endswith("MiB)")
    assert _find(findings, "cpu", "build vs CPU")["status"] == "ok"
    assert "AVX2" in _find(findings, "cpu", "build uses")["detail"] or "NEON" in _find(findings, "cpu", "build uses")["detail"]
