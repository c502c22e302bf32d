"""POST /v1/deid handler and the `medgate deid` command."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from medgate.commands import deid
from medgate.errors import InvalidRequest
from medgate.privacy.api import deid_http

TEXT = "Pt: John Smith seen 3/14/2024"


def test_http_ok_and_offsets_into_input() -> None:
    out = deid_http({"text": TEXT, "mode": "mask"})
    assert out["text"] == "Pt: [NAME] seen [DATE]"
    for e in out["entities"]:
        assert TEXT[e["start"] : e["end"]] in ("John Smith", "3/14/2024")


@pytest.mark.parametrize(
    ("body", "param"), [({}, "text"), ({"text": 3}, "text"), ({"text": "x", "mode": "zap"}, "mode")]
)
def test_http_bad_input(body: dict[str, object], param: str) -> None:
    with pytest.raises(InvalidRequest) as exc:
        deid_http(body)
    assert exc.value.param == param


def _args(file: str, mode: str = "surrogate", fmt: str = "text") -> argparse.Namespace:
    p = argparse.ArgumentParser()
    deid.add_arguments(p)
    return p.parse_args([file, "--mode", mode, "--format", fmt])


def test_cli_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "note.txt"
    f.write_text(TEXT)
    assert deid.run(_args(str(f), "redact")) == 0
    assert capsys.readouterr().out == "Pt: [REDACTED] seen [REDACTED]"
    assert deid.run(_args(str(f), "mask", "json")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["text"] == "Pt: [NAME] seen [DATE]" and len(data["entities"]) == 2


def test_cli_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert deid.run(_args(str(tmp_path / "nope.txt"))) == 2
    err = capsys.readouterr().err
    assert err.startswith("medgate: error:") and err.count("\n") == 1
