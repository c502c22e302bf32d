"""Start-up problems are one clear line and a non-zero exit, before anything is served."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from medgate.config import check_secrets, parse_config
from medgate.errors import ConfigError


def config_file(tmp_path: Path, extra: str = "") -> Path:
    f = tmp_path / "medgate.yaml"
    f.write_text("models:\n  - alias: x\n    deployments:\n      - base_url: http://127.0.0.1:9/v1\n"
                 f"        model: m\n{extra}audit:\n  url: sqlite:///{tmp_path / 'a.sqlite'}\n")
    return f


def serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "medgate.cli", "serve", *args], capture_output=True,
                          text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})


def test_unset_api_key_env_is_named() -> None:
    config = parse_config({"models": [{"alias": "a", "deployments": [
        {"base_url": "http://gpu:8000/v1", "model": "m", "api_key_env": "MEDGATE_TEST_UNSET_KEY"}]}]}, env={})
    with pytest.raises(ConfigError, match=r"MEDGATE_TEST_UNSET_KEY.*gpu:8000:m"):
        check_secrets(config, env={})
    check_secrets(config, env={"MEDGATE_TEST_UNSET_KEY": "sk-1"})


def test_serve_with_unset_key_exits_with_one_line(tmp_path: Path) -> None:
    out = serve("--config", str(config_file(tmp_path, "        api_key_env: MEDGATE_TEST_UNSET_KEY\n")))
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("medgate: error:") and "MEDGATE_TEST_UNSET_KEY" in lines[0]


def test_port_in_use_exits_with_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = serve("--config", str(config_file(tmp_path)), "--port", str(port))
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert lines == [f"medgate: error: port {port} on 127.0.0.1 is already in use (another medgate?); "
                     "stop it or pick another with --port"]
