"""Retention: audit records older than the retention period (six years by default, HIPAA's
45 CFR 164.316(b)(2)) are deleted from the start of the chain, and the deletion is itself a record.

The chain keeps verifying: the head's anchor moves to the last deleted record's hash, and the
`audit_prune` record appended in the same transaction names that anchor, so a moved anchor
without its record (someone deleting the start of the chain by hand) is caught by `verify`.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from medgate.audit.chain import canonical, link
from medgate.store.tables import AUDIT_HEAD, AUDIT_LOG

DEFAULT_RETENTION_DAYS = 6 * 366  # six years, leap days included


@dataclass(frozen=True)
class Pruned:
    deleted: int
    anchor_seq: int
    record_id: str | None

    def line(self) -> str:
        if not self.deleted:
            return "no audit record is past retention"
        return (f"deleted {self.deleted} audit record(s) up to number {self.anchor_seq}; "
                f"the deletion is audit record {self.record_id}")


def prune(engine: sa.Engine, before: float, *, actor: str = "cli") -> Pruned:
    """Delete the records written before `before` (epoch seconds), oldest first, in one transaction
    with the head locked: only a prefix of the chain is ever removed."""
    with engine.begin() as conn:
        head = conn.execute(sa.select(AUDIT_HEAD).where(AUDIT_HEAD.c.id == 1).with_for_update()).one()
        first_kept = conn.execute(sa.select(sa.func.min(AUDIT_LOG.c.seq))
                                  .where(AUDIT_LOG.c.seq > head.anchor_seq, AUDIT_LOG.c.ts >= before)).scalar()
        last = first_kept - 1 if first_kept is not None else head.seq
        if last <= head.anchor_seq:
            return Pruned(0, head.anchor_seq, None)
        anchor_hash = conn.execute(sa.select(AUDIT_LOG.c.hash).where(AUDIT_LOG.c.seq == last)).scalar_one()
        deleted = conn.execute(sa.delete(AUDIT_LOG).where(AUDIT_LOG.c.seq > head.anchor_seq,
                                                          AUDIT_LOG.c.seq <= last)).rowcount
        record_id = uuid.uuid4().hex
        now = time.time()
        seq = head.seq + 1
        data = canonical({"kind": "audit_prune", "id": record_id, "ts": now, "seq": seq, "actor": actor,
                          "deleted": deleted, "from_seq": head.anchor_seq + 1, "to_seq": last,
                          "anchor_hash": anchor_hash, "before": before})
        digest = link(head.hash, data)
        conn.execute(sa.insert(AUDIT_LOG).values(seq=seq, id=record_id, ts=now, kind="audit_prune",
                                                 data=data, prev_hash=head.hash, hash=digest))
        conn.execute(sa.update(AUDIT_HEAD).where(AUDIT_HEAD.c.id == 1).values(
            seq=seq, hash=digest, anchor_seq=last, anchor_hash=anchor_hash))
    return Pruned(deleted, last, record_id)
