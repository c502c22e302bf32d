"""Usage reports: tokens and cost by key, alias, deployment and day, from the usage table the
audit writer fills (one row per chat request, committed with its audit record)."""

from medgate.accounting.usage import GROUPS, usage_report

__all__ = ["GROUPS", "usage_report"]
