"""Append-only audit records, one per request, behind a small interface.

Records hold ids, counts, costs and codes — never message text or an original identifier.
`SqlAudit` (audit/sql.py) writes from a background thread in small batches through a bounded
queue, retries a failing store with backoff, and says whether it can take more (`accepting`),
so the gateway can refuse requests while the store is down instead of losing their rows.
A hash-chained table comes with governance; this interface is its seam.
"""

from __future__ import annotations

from typing import Any, Protocol

from medgate.audit.records import matches, stamp
from medgate.audit.sql import SqlAudit


class AuditStore(Protocol):
    def append(self, record: dict[str, Any]) -> None:
        """Queue one record; never blocks the event loop (a full queue drops and counts it)."""
        ...

    def query(self, kind: str, **match: Any) -> list[dict[str, Any]]: ...

    def accepting(self) -> bool:
        """False while the store is failing or its queue is nearly full (back-pressure)."""
        ...

    def health(self) -> dict[str, Any]:
        """Counts for /health: healthy, queued, written, dropped, failures, last_error."""
        ...

    def close(self) -> None: ...


class MemoryAudit:
    """For tests and `medgate ask`: keeps records in a list."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    def append(self, record: dict[str, Any]) -> None:
        self.records.append(stamp(record))

    def query(self, kind: str, **match: Any) -> list[dict[str, Any]]:
        return [r for r in self.records if r.get("kind") == kind and matches(r, match)]

    def accepting(self) -> bool:
        return True

    def health(self) -> dict[str, Any]:
        return {"healthy": True, "queued": 0, "written": len(self.records), "dropped": 0,
                "failures": 0, "last_error": None}

    def close(self) -> None:
        pass


def open_audit(url: str, *, max_queue: int = 10_000) -> AuditStore:
    if url == "memory":
        return MemoryAudit()
    return SqlAudit(url, max_queue=max_queue)


__all__ = ["AuditStore", "MemoryAudit", "SqlAudit", "matches", "open_audit", "stamp"]
