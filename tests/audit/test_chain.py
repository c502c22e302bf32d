"""The hash chain on a real database (SQLite, and PostgreSQL when .ci/run provides it): verify
passes on an untouched chain and names the first edited, deleted or reordered record; N
processes appending at once make one chain; retention keeps it verifiable and is audited."""

from __future__ import annotations

import csv
import io
import itertools
import json
import multiprocessing
import time
from typing import Any

import pytest
import sqlalchemy as sa

from medgate.audit import SqlAudit
from medgate.audit.chain import verify
from medgate.audit.export import to_text
from medgate.audit.retention import prune
from medgate.store import open_store


def fill(url: str, n: int, kind: str = "chat", ts: float | None = None) -> None:
    audit = SqlAudit(url)
    for i in range(n):
        record = {"kind": kind, "id": f"r{i}", "status": "ok", "prompt_tokens": i, "key_id": "key_a",
                  "alias": "m", "deployment": "d", "cost_usd": 0.001, "http_status": 200}
        if ts is not None:
            record["ts"] = ts
        audit.append(record)
    assert audit.flush()
    audit.close()


def execute(url: str, sql: str) -> None:
    engine = open_store(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(sql)
    engine.dispose()


def check(url: str):  # type: ignore[no-untyped-def]
    engine = open_store(url)
    try:
        return verify(engine)
    finally:
        engine.dispose()


def test_intact_chain_verifies_and_usage_rows_are_written(db_url: str) -> None:
    fill(db_url, 30)
    verdict = check(db_url)
    assert verdict.ok and verdict.checked == 30, verdict.line()
    engine = open_store(db_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM usage").scalar() == 30
    engine.dispose()


@pytest.mark.parametrize(("tamper", "bad_seq", "words"), [
    ("UPDATE audit_log SET data = replace(data, '\"prompt_tokens\":11', '\"prompt_tokens\":99') WHERE seq = 12",
     12, "edited"),
    ("DELETE FROM audit_log WHERE seq = 7", 7, "deleted"),
    ("DELETE FROM audit_log WHERE seq = 20", 20, "deleted"),
    ("DELETE FROM audit_log WHERE seq >= 19", 19, "last record"),
    # Reordering: records 5 and 6 swap places (their rows keep their seq, content moves).
    ("UPDATE audit_log SET seq = CASE seq WHEN 5 THEN 1005 ELSE 1006 END WHERE seq IN (5, 6); "
     "UPDATE audit_log SET seq = CASE seq WHEN 1005 THEN 6 ELSE 5 END WHERE seq IN (1005, 1006)", 5, "reordered"),
    # A forged hash (its first digit changed: to 'f', or from 'f' when it already was one; a
    # fixed 'f' left 1 hash in 16 unchanged and the test flaky).
    ("UPDATE audit_log SET hash = CASE WHEN substr(hash, 1, 1) = 'f' THEN 'e' ELSE 'f' END "
     "|| substr(hash, 2) WHERE seq = 9", 9, "edited"),
])
def test_tampering_is_named(db_url: str, tamper: str, bad_seq: int, words: str) -> None:
    fill(db_url, 20)
    for statement in tamper.split("; "):
        execute(db_url, statement)
    verdict = check(db_url)
    assert not verdict.ok
    assert verdict.first_bad_seq == bad_seq, verdict.line()
    assert words in verdict.line(), verdict.line()


def _writer(url: str, tag: str, n: int, barrier: Any) -> None:
    audit = SqlAudit(url)
    barrier.wait(30)  # all three start appending together
    for i in range(n):
        audit.append({"kind": "chat", "id": f"{tag}-{i}", "status": "ok"})
        if i % 7 == 0:
            time.sleep(0.001)  # let the other processes interleave
    assert audit.flush(30)
    audit.close()


def test_concurrent_processes_make_one_chain(db_url: str) -> None:
    open_store(db_url).dispose()  # migrated once, as `serve --workers N` does
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(3)
    procs = [ctx.Process(target=_writer, args=(db_url, f"p{k}", 150, barrier)) for k in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    verdict = check(db_url)
    assert verdict.ok and verdict.checked == 450, verdict.line()
    engine = open_store(db_url)
    with engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM audit_log ORDER BY seq")]
    engine.dispose()
    assert len(set(ids)) == 450
    switches = sum(a.split("-")[0] != b.split("-")[0] for a, b in itertools.pairwise(ids))
    assert switches >= 3, "the writers did not interleave"


def test_retention_deletes_a_prefix_audits_it_and_stays_verifiable(db_url: str) -> None:
    old = time.time() - 10 * 365 * 86400
    fill(db_url, 5, ts=old)
    fill(db_url, 4)
    engine = open_store(db_url)
    result = prune(engine, time.time() - 6 * 366 * 86400)
    assert result.deleted == 5 and result.anchor_seq == 5
    verdict = verify(engine)
    assert verdict.ok and verdict.checked == 5, verdict.line()  # 4 kept + the prune record
    records = [json.loads(line) for line in to_text(engine, "jsonl").splitlines()]
    assert records[-1]["kind"] == "audit_prune" and records[-1]["deleted"] == 5
    assert prune(engine, time.time() - 6 * 366 * 86400).deleted == 0
    engine.dispose()
    # Deleting the start of the chain by hand (and moving the anchor) is not a prune.
    execute(db_url, "DELETE FROM audit_log WHERE seq = 6")
    execute(db_url, "UPDATE audit_head SET anchor_seq = 6, anchor_hash = "
                    "(SELECT prev_hash FROM audit_log WHERE seq = 7)")
    verdict = check(db_url)
    assert not verdict.ok and "by hand" in verdict.line()


def test_export_formats(db_url: str) -> None:
    fill(db_url, 3)
    engine = open_store(db_url)
    lines = to_text(engine, "jsonl").splitlines()
    assert [json.loads(x)["seq"] for x in lines] == [1, 2, 3]
    assert all(len(json.loads(x)["hash"]) == 64 for x in lines)
    rows = list(csv.DictReader(io.StringIO(to_text(engine, "csv"))))
    assert [r["id"] for r in rows] == ["r0", "r1", "r2"] and rows[0]["key_id"] == "key_a"
    bundle = json.loads(to_text(engine, "fhir"))
    events = [e["resource"] for e in bundle["entry"]]
    assert len(events) == 3 and {e["resourceType"] for e in events} == {"AuditEvent"}
    assert events[0]["outcome"] == "0" and events[0]["agent"][0]["who"]["identifier"]["value"] == "key_a"
    assert to_text(engine, "jsonl", since=time.time() + 60) == ""
    with engine.connect() as conn:
        text = conn.execute(sa.text("SELECT data FROM audit_log WHERE seq = 1")).scalar_one()
    assert '"seq":1' in text
    engine.dispose()
