"""Bring a database to the newest migration, under a lock, and say which revision it is at."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from medgate.store.engine import open_engine

if TYPE_CHECKING:  # alembic loads only when a database is opened, not with every import
    from alembic.config import Config as AlembicConfig

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_PG_LOCK = 0x6D656467  # "medg": the advisory lock every migrating medgate process takes


def alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(conn: sa.Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: sa.Engine) -> None:
    """Upgrade to head. One transaction holds the lock, so processes starting together take
    turns and the later ones find nothing to do."""
    head = head_revision()
    with engine.connect() as conn:
        if current_revision(conn) == head:
            return
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")
        # SQLite: BEGIN IMMEDIATE (store/engine.py) already holds the database's write lock.
        if current_revision(conn) == head:
            return
        from alembic import command

        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_store(url: str) -> sa.Engine:
    """An engine on a migrated database."""
    engine = open_engine(url)
    migrate(engine)
    return engine
