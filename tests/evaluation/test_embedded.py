"""The embedded SmolLM2-135M sits the shipped sample end to end: every item answered through the
gateway, scored, stored, reported. What a 135M model gets right is not asserted (it is near
chance); that every item has a scored, stored answer and the report adds up, is."""

from __future__ import annotations

import re
from pathlib import Path

import orjson
import pytest

from medgate.cli import main

pytestmark = pytest.mark.slow


def test_the_embedded_model_on_the_shipped_sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("MEDGATE_CONFIG", raising=False)
    monkeypatch.setenv("MEDGATE_AUDIT_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert main(["eval", "run", "sample", "--models", "local", "--max-tokens", "8", "--temperature", "0",
                 "--concurrency", "2", "--no-progress"]) == 0
    out = capsys.readouterr()
    assert re.search(r"\| local \| 15 \| 0\.\d{3} \(", out.out), out.out
    assert "local: 15 answered now, 0 from before, 0 errors" in out.err
    assert main(["eval", "report", "latest", "--format", "json"]) == 0
    doc = orjson.loads(capsys.readouterr().out)
    (m,) = doc["models"]
    assert m["n"] == 15 and m["errors"] == 0 and m["cost_usd"] == 0.0
    assert m["correct"] + m["unparseable"] <= 15 and sum(m["rules"].values()) == 15
    assert m["completion_tokens_mean"] <= 8
