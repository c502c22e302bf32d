"""API keys: created once (the secret is printed, only its sha256 is stored), listed, revoked.

A key is 32 random bytes, so a plain sha256 is the right hash (nothing to brute-force; bcrypt
and friends exist for low-entropy passwords) and lets every request be checked with one dict
lookup. Its public id (`key_…`) is what audit records, usage rows and `keys list` show.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from medgate.errors import ConfigError
from medgate.store.tables import API_KEYS

ROLES = ("clinician", "researcher", "admin")
PHI_ORDER = {"allow": 0, "pseudonymise": 1, "block": 2}  # a key's policy is the weakest it allows
PREFIX = "mg-"


@dataclass(frozen=True)
class Principal:
    """Who a request acts for: a key's id, role and limits (never its secret)."""

    id: str
    name: str
    role: str
    budget_usd: float | None = None
    rpm: int | None = None
    models: frozenset[str] | None = None
    phi: str | None = None

    def may_use(self, alias: str) -> bool:
        return self.models is None or alias in self.models


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _principal(row: Any) -> Principal:
    models = frozenset(m for m in row.models.split(",") if m) if row.models else None
    return Principal(id=row.id, name=row.name, role=row.role, budget_usd=row.budget_usd, rpm=row.rpm,
                     models=models, phi=row.phi)


def create_key(engine: sa.Engine, name: str, role: str, *, budget_usd: float | None = None,
               rpm: int | None = None, models: list[str] | None = None,
               phi: str | None = None) -> tuple[str, Principal]:
    """Store a new key; returns (the secret, shown once; its principal)."""
    if role not in ROLES:
        raise ConfigError(f"--role must be one of {', '.join(ROLES)}, got {role!r}")
    if not name.strip():
        raise ConfigError("--name must not be empty")
    if budget_usd is not None and budget_usd < 0:
        raise ConfigError("--budget-usd must be 0 or more")
    if rpm is not None and rpm < 1:
        raise ConfigError("--rpm must be at least 1")
    if phi is not None and phi not in PHI_ORDER:
        raise ConfigError(f"--phi must be one of {', '.join(PHI_ORDER)}, got {phi!r}")
    secret = PREFIX + secrets.token_urlsafe(32)
    key_id = "key_" + secrets.token_hex(6)
    row = {"id": key_id, "name": name.strip(), "key_hash": hash_secret(secret), "role": role,
           "budget_usd": budget_usd, "spent_usd": 0.0, "rpm": rpm,
           "models": ",".join(models) if models else None, "phi": phi, "created_at": time.time()}
    with engine.begin() as conn:
        conn.execute(sa.insert(API_KEYS).values(**row))
    return secret, _principal(_Obj(row))


class _Obj:
    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


def list_keys(engine: sa.Engine) -> list[dict[str, Any]]:
    cols = [c for c in API_KEYS.c if c.name != "key_hash"]
    with engine.connect() as conn:
        rows = conn.execute(sa.select(*cols).order_by(API_KEYS.c.created_at)).all()
    return [{str(k): v for k, v in r._asdict().items()} for r in rows]  # names are str subclasses


def revoke_key(engine: sa.Engine, key_id: str) -> bool:
    with engine.begin() as conn:
        done = conn.execute(sa.update(API_KEYS).where(API_KEYS.c.id == key_id, API_KEYS.c.revoked_at.is_(None))
                            .values(revoked_at=time.time())).rowcount
    return bool(done)


@dataclass(frozen=True)
class KeyTable:
    """The keys as the server sees them: active ones by hash, and whether any key was ever made
    (then every route but /health needs one — revoking the last key never opens the server)."""

    by_hash: dict[str, Principal]
    any_keys: bool


def load_keys(engine: sa.Engine) -> KeyTable:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(API_KEYS)).all()
    return KeyTable({r.key_hash: _principal(r) for r in rows if r.revoked_at is None}, bool(rows))
