"""Document scope: nothing found in one document is carried to another (issue 11, item 3)."""

from __future__ import annotations

import json
import subprocess
import sys

from medgate.privacy import deidentify
from medgate.privacy.api import deid_http

CUED = "Patient: Marta Quell, seen for cough."
BARE = "quell the cough with honey, said the nurse."  # "quell" is a word here, not her name


def test_a_name_found_in_one_document_is_not_masked_in_another() -> None:
    first = deidentify(CUED, "mask")
    assert "Quell" not in first.text
    assert deidentify(BARE, "mask").text == BARE


def _cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "medgate.cli", "deid", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_cli_form_feed_documents_are_independent_and_order_is_kept() -> None:
    out = _cli("-", "--mode", "mask", stdin=f"{CUED}\f{BARE}")
    assert out.returncode == 0, out.stderr
    docs = out.stdout.split("\f")
    assert len(docs) == 2 and "[NAME]" in docs[0] and docs[1] == BARE


def test_cli_jsonl_reports_bad_lines_and_keeps_the_others() -> None:
    lines = [
        json.dumps({"id": "a", "text": CUED}),
        "{not json",
        json.dumps({"id": "b", "text": BARE}),
        json.dumps({"id": "c", "txt": "missing"}),
    ]
    out = _cli("-", "--jsonl", "--mode", "mask", stdin="\n".join(lines) + "\n")
    assert out.returncode == 1
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, "b", "c"]
    assert "[NAME]" in rows[0]["text"] and rows[2]["text"] == BARE
    assert "error" in rows[1] and rows[1]["line"] == 2 and "error" in rows[3]
    assert "line 2" in out.stderr and "line 4" in out.stderr


def test_http_documents_each_on_their_own() -> None:
    out = deid_http(
        {"mode": "mask", "documents": [{"id": 7, "text": CUED}, {"id": "x", "text": BARE}]}
    )
    assert [d["id"] for d in out["documents"]] == [7, "x"]
    assert "[NAME]" in out["documents"][0]["text"] and out["documents"][1]["text"] == BARE
    start, end = (
        out["documents"][0]["entities"][0]["start"],
        out["documents"][0]["entities"][0]["end"],
    )
    assert CUED[start:end] == "Marta Quell"


def test_server_accepts_documents_and_policy(fake_server: object) -> None:
    from tests import http_util

    url = f"{fake_server.base_url}/deid"  # type: ignore[attr-defined]
    resp = http_util.post(url, json_body={"documents": [{"id": "n1", "text": CUED}, {"text": BARE}],
                                         "mode": "mask", "policy": "standard"})
    assert resp.status == 200, resp.json()
    docs = resp.json()["documents"]
    assert [d["id"] for d in docs] == ["n1", 1] and docs[1]["text"] == BARE
    bad = http_util.post(url, json_body={"documents": [{"id": "x"}]})
    assert bad.status == 400
    neither = http_util.post(url, json_body={"mode": "mask"})
    assert neither.status == 400 and neither.json()["error"]["param"] == "text"
