"""The hash chain: how a record is written down and linked, and how the chain is checked.

A record is stored as its canonical JSON (keys sorted, no spaces, its chain position `seq`
inside). Its hash is sha256 over the previous record's hash, a newline, and that JSON:

    hash[n] = sha256(hash[n-1] + "\\n" + canonical(record[n]))      hash[anchor] = audit_head.anchor_hash

so changing a byte of any record, deleting one, or swapping two breaks every hash after it, and
`verify` names the first record that no longer fits. The head row (audit_head) holds the last
seq and hash: deleting records from the end is caught there. Retention moves the anchor forward
and says so in a record of its own (audit/retention.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson
import sqlalchemy as sa

from medgate.store.tables import AUDIT_HEAD, AUDIT_LOG

GENESIS = "0" * 64
_BATCH = 5000


def canonical(record: dict[str, Any]) -> str:
    return orjson.dumps(record, option=orjson.OPT_SORT_KEYS, default=str).decode()


def link(prev_hash: str, data: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{data}".encode()).hexdigest()


@dataclass(frozen=True)
class Verdict:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    record_id: str | None = None
    problem: str | None = None

    def line(self) -> str:
        if self.ok:
            return f"audit chain intact: {self.checked} record(s) verified"
        where = f"record {self.first_bad_seq}" + (f" (id {self.record_id})" if self.record_id else "")
        return f"audit chain BROKEN at {where}: {self.problem}"


def _rows(conn: sa.Connection, after: int) -> Iterator[Any]:
    cols = (AUDIT_LOG.c.seq, AUDIT_LOG.c.id, AUDIT_LOG.c.data, AUDIT_LOG.c.prev_hash, AUDIT_LOG.c.hash)
    while True:
        batch = conn.execute(sa.select(*cols).where(AUDIT_LOG.c.seq > after)
                             .order_by(AUDIT_LOG.c.seq).limit(_BATCH)).all()
        yield from batch
        if len(batch) < _BATCH:
            return
        after = batch[-1].seq


def verify(engine: sa.Engine) -> Verdict:
    """Walk the chain from its anchor to its head; the first record that does not fit is named
    with what is wrong with it (edited, deleted before it, out of order, or missing at the end)."""
    with engine.connect() as conn:
        head = conn.execute(sa.select(AUDIT_HEAD).where(AUDIT_HEAD.c.id == 1)).one()
        expected_seq, prev = head.anchor_seq + 1, head.anchor_hash
        checked = 0
        anchored = head.anchor_seq == 0  # a moved anchor needs the prune record that moved it
        for row in _rows(conn, head.anchor_seq):
            try:
                record = orjson.loads(row.data)
            except orjson.JSONDecodeError:
                record = {}
            inner = record.get("seq")
            if (record.get("kind") == "audit_prune" and record.get("to_seq") == head.anchor_seq
                    and record.get("anchor_hash") == head.anchor_hash):
                anchored = True
            if row.seq != expected_seq:
                problem = (f"expected record {expected_seq} next, found {row.seq}: record(s) "
                           f"{expected_seq}..{row.seq - 1} were deleted")
                return Verdict(False, checked, expected_seq, row.id, problem)
            if inner != row.seq:
                return Verdict(False, checked, row.seq, row.id,
                               f"the record says it is number {inner}: records were reordered or renumbered")
            if row.prev_hash != prev:
                return Verdict(False, checked, row.seq, row.id,
                               "its link to the previous record does not match: the previous record was "
                               "edited, or records were reordered")
            if link(prev, row.data) != row.hash:
                return Verdict(False, checked, row.seq, row.id, "its content was edited after it was written")
            prev, expected_seq, checked = row.hash, expected_seq + 1, checked + 1
        if not anchored:
            return Verdict(False, checked, head.anchor_seq, None,
                           f"the chain starts after record {head.anchor_seq} but no audit_prune record says "
                           "so: the start of the chain was deleted by hand")
        if expected_seq - 1 != head.seq:
            return Verdict(False, checked, expected_seq, None,
                           f"the chain ends at record {expected_seq - 1} but its head says {head.seq}: "
                           "the last record(s) were deleted")
        if prev != head.hash:
            return Verdict(False, checked, head.seq, None,
                           "the last record does not match the head's hash: it was replaced")
    return Verdict(True, checked)
