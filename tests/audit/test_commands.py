"""Commands are audited like requests (medgate ask, deid), and `medgate audit` verifies, exports
and prunes the trail from the command line."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml

from medgate.cli import main
from medgate.store import open_store
from tests.fakes.upstream import FakeUpstream


@pytest.fixture
def config(upstream: FakeUpstream, tmp_path: Path) -> tuple[Path, str]:
    url = f"sqlite:///{tmp_path / 'audit.sqlite'}"
    path = tmp_path / "medgate.yaml"
    path.write_text(yaml.safe_dump({"models": [{"alias": "plain", "deployments": [
        {"base_url": upstream.base_url, "model": "plain", "price": {"input": 1, "output": 1}}]}],
        "audit": {"url": url}}))
    return path, url


def records(url: str) -> list[dict[str, object]]:
    engine = open_store(url)
    with engine.connect() as conn:
        rows = [json.loads(r[0]) for r in conn.execute(sa.text("SELECT data FROM audit_log ORDER BY seq"))]
    engine.dispose()
    return rows


def test_ask_and_deid_write_one_record_each(config: tuple[Path, str], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path, url = config
    assert main(["ask", "cough and fever?", "--model", "plain", "--config", str(path)]) == 0
    note = tmp_path / "note.txt"
    note.write_text("Patient John Smith seen on 03/04/2024, MRN 4482913.")
    assert main(["deid", str(note), "--mode", "mask", "--config", str(path)]) == 0
    capsys.readouterr()
    ask, deid = records(url)
    assert ask["kind"] == "chat" and ask["route"] == "cli:ask" and ask["status"] == "ok"
    assert ask["prompt_tokens"] == 1000 and ask["cost_usd"] == pytest.approx(0.003)
    assert deid["kind"] == "deid" and deid["route"] == "cli:deid"
    assert deid["phi"]["replaced"].get("NAME") == 1  # type: ignore[index]
    assert "John" not in json.dumps(deid) and "Smith" not in json.dumps(deid)
    assert main(["audit", "--config", str(path), "verify"]) == 0
    assert "2 record(s) verified" in capsys.readouterr().out


def test_audit_cli_export_prune_and_a_broken_chain(config: tuple[Path, str], tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path, url = config
    for _ in range(3):
        assert main(["ask", "cough?", "--model", "plain", "--config", str(path)]) == 0
    out = tmp_path / "audit.json"
    assert main(["audit", "--config", str(path), "export", "--format", "fhir", "--since", "2020-01-01",
                 "-o", str(out)]) == 0
    bundle = json.loads(out.read_text())
    assert bundle["resourceType"] == "Bundle" and len(bundle["entry"]) == 3
    event = bundle["entry"][0]["resource"]
    assert event["resourceType"] == "AuditEvent" and event["action"] == "E" and event["outcome"] == "0"
    capsys.readouterr()
    assert main(["audit", "--config", str(path), "export", "--format", "csv",
                 "--since", time.strftime("%Y-%m-%d", time.gmtime(time.time() + 86400 * 2))]) == 0
    assert capsys.readouterr().out.strip().count("\n") == 0  # the header only
    assert main(["audit", "--config", str(path), "prune", "--before", "2000-01-01"]) == 0
    assert "no audit record is past retention" in capsys.readouterr().out
    engine = open_store(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_log SET data = replace(data, '\"status\":\"ok\"', "
                             "'\"status\":\"error\"') WHERE seq = 2"))
    engine.dispose()
    assert main(["audit", "--config", str(path), "verify"]) == 1
    err = capsys.readouterr().err
    assert "BROKEN at record 2" in err and "edited" in err
    with pytest.raises(SystemExit):
        main(["audit", "--config", str(path), "export", "--format", "xml"])
    assert main(["audit", "--config", str(path), "export", "--since", "yesterday"]) == 2
