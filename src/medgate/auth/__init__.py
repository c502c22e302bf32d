"""Who may use the gateway: API keys (hashes only), roles, per-minute limits and budgets."""

from medgate.auth.budget import BudgetLedger, Reservation
from medgate.auth.guard import ROLE_ACCESS, Access, Guard
from medgate.auth.keys import ROLES, Principal, create_key, list_keys, load_keys, revoke_key

__all__ = ["ROLES", "ROLE_ACCESS", "Access", "BudgetLedger", "Guard", "Principal", "Reservation",
           "create_key", "list_keys", "load_keys", "revoke_key"]
