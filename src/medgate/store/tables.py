"""The tables, as SQLAlchemy Core objects for queries. Migrations (store/migrations/versions/)
create them; a change here needs a new revision there (README, "Database")."""

from __future__ import annotations

import sqlalchemy as sa

METADATA = sa.MetaData()

# -- audit (0001) ----------------------------------------------------------------------------------
# One row per request or command. `data` is the record's canonical JSON (sorted keys, its `seq`
# inside), `hash` = sha256(prev_hash + data): an edit, a deletion or a reordering breaks the chain.
AUDIT_LOG = sa.Table(
    "audit_log", METADATA,
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("id", sa.String(64), nullable=False, index=True),
    sa.Column("ts", sa.Float, nullable=False, index=True),
    sa.Column("kind", sa.String(32), nullable=False, index=True),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)
# The chain's head, one row (id 1): every append locks it, so N writers make one chain. The
# anchor is where the chain starts after retention removed older records.
AUDIT_HEAD = sa.Table(
    "audit_head", METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Column("anchor_seq", sa.BigInteger, nullable=False),
    sa.Column("anchor_hash", sa.String(64), nullable=False),
)

# -- keys (0002) -----------------------------------------------------------------------------------
API_KEYS = sa.Table(
    "api_keys", METADATA,
    sa.Column("id", sa.String(32), primary_key=True),  # public: "key_" + 12 hex, in audit records
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("key_hash", sa.String(64), nullable=False, unique=True),  # sha256 of the secret
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("budget_usd", sa.Float, nullable=True),
    sa.Column("spent_usd", sa.Float, nullable=False, server_default="0"),
    sa.Column("rpm", sa.Integer, nullable=True),
    sa.Column("models", sa.Text, nullable=True),  # comma-separated aliases; NULL = all
    sa.Column("phi", sa.String(16), nullable=True),  # the strictest PHI policy allowed; NULL = any
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("revoked_at", sa.Float, nullable=True),
)
# Budget a gateway process holds for a key: requests reserve from it in memory, and the audit
# writer moves each request's cost from the lease to spent_usd (README, "Keys and budgets").
BUDGET_LEASES = sa.Table(
    "budget_leases", METADATA,
    sa.Column("key_id", sa.String(32), primary_key=True),
    sa.Column("holder", sa.String(64), primary_key=True),
    sa.Column("amount_usd", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
)

# -- usage (0003) ----------------------------------------------------------------------------------
USAGE = sa.Table(
    "usage", METADATA,
    sa.Column("request_id", sa.String(64), primary_key=True),
    sa.Column("ts", sa.Float, nullable=False),
    sa.Column("day", sa.String(10), nullable=False, index=True),
    sa.Column("key_id", sa.String(32), nullable=True, index=True),
    sa.Column("route", sa.String(64), nullable=True),
    sa.Column("alias", sa.String(200), nullable=True),
    sa.Column("deployment", sa.String(300), nullable=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("prompt_tokens", sa.Integer, nullable=True),
    sa.Column("completion_tokens", sa.Integer, nullable=True),
    sa.Column("cost_usd", sa.Float, nullable=True),
)

# -- task artefacts (0004) -------------------------------------------------------------------------
TASK_ARTEFACTS = sa.Table(
    "task_artefacts", METADATA,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("task", sa.String(64), nullable=False),
    sa.Column("alias", sa.String(200), nullable=True),
    sa.Column("result_sha256", sa.String(64), nullable=False),
    sa.Column("key_id", sa.String(32), nullable=True),
    sa.Column("created_at", sa.Float, nullable=False),
)
SIGNOFFS = sa.Table(
    "task_signoffs", METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("artefact_id", sa.String(64), sa.ForeignKey("task_artefacts.id"), nullable=False, index=True),
    sa.Column("clinician", sa.String(200), nullable=False),
    sa.Column("note", sa.Text, nullable=True),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Column("key_id", sa.String(32), nullable=True),
)
