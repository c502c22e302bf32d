"""The audit record of a CLI command (ask, task and deid write one each, as a request would)."""

from __future__ import annotations

from typing import Any

from medgate.audit import SqlAudit
from medgate.config import Config


def audit_command(config: Config, record: dict[str, Any]) -> None:
    """Append and wait for the commit; `audit.url: memory` keeps no trail."""
    if config.audit_url == "memory":
        return
    audit = SqlAudit(config.audit_url)
    try:
        audit.append(record)
        audit.flush()
    finally:
        audit.close()
