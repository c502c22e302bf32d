"""Append-only, hash-chained audit records, one per request or command, behind a small interface.

Records hold ids, counts, costs and codes — never message text or an original identifier.
`SqlAudit` (audit/sql.py) chains them (audit/chain.py) from a background thread through a bounded
queue, retries a failing store with backoff, and says whether it can take more (`accepting`),
so the gateway can refuse requests while the store is down instead of losing their rows.
`medgate audit verify|export|prune` (commands/audit.py) check, export and age them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from medgate.audit.records import matches, stamp
from medgate.audit.sql import Settlement, SqlAudit


class AuditStore(Protocol):
    def append(self, record: dict[str, Any], settle: Settlement | None = None,
               on_commit: Callable[[], None] | None = None) -> bool:
        """Queue one record; never blocks the event loop (a full queue drops and counts it)."""
        ...

    async def durable(self, record: dict[str, Any], settle: Settlement | None = None,
                      timeout: float = 5.0) -> bool:
        """Append and wait for the commit (a completed request's record survives a crash)."""
        ...

    def query(self, kind: str, **match: Any) -> list[dict[str, Any]]: ...

    def accepting(self) -> bool:
        """False while the store is failing or its queue is nearly full (back-pressure)."""
        ...

    def health(self) -> dict[str, Any]:
        """Counts for /health: healthy, queued, written, dropped, failures, last_error."""
        ...

    def flush(self, timeout: float = 5.0) -> bool: ...

    def close(self) -> None: ...


class MemoryAudit:
    """For unit tests: keeps records (and settlements) in lists."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []
        self.settlements: list[Settlement] = []

    def append(self, record: dict[str, Any], settle: Settlement | None = None,
               on_commit: Callable[[], None] | None = None) -> bool:
        self.records.append(stamp(record))
        if settle is not None:
            self.settlements.append(settle)
        if on_commit is not None:
            on_commit()
        return True

    async def durable(self, record: dict[str, Any], settle: Settlement | None = None,
                      timeout: float = 5.0) -> bool:
        return self.append(record, settle)

    def query(self, kind: str, **match: Any) -> list[dict[str, Any]]:
        return [r for r in self.records if r.get("kind") == kind and matches(r, match)]

    def accepting(self) -> bool:
        return True

    def health(self) -> dict[str, Any]:
        return {"healthy": True, "queued": 0, "written": len(self.records), "dropped": 0,
                "failures": 0, "last_error": None}

    def flush(self, timeout: float = 5.0) -> bool:
        return True

    def close(self) -> None:
        pass


def open_audit(url: str, *, max_queue: int = 10_000) -> AuditStore:
    if url == "memory":
        return MemoryAudit()
    return SqlAudit(url, max_queue=max_queue)


__all__ = ["AuditStore", "MemoryAudit", "Settlement", "SqlAudit", "matches", "open_audit", "stamp"]
