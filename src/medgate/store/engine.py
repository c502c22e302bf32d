"""One SQLAlchemy engine per database URL, with the settings every medgate table relies on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

# PostgreSQL through psycopg 3: `postgresql://` alone would ask SQLAlchemy for psycopg2.
_DRIVERS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}


def sqlite_path(url: str) -> Path | None:
    """The file of a `sqlite:///path` URL (None for other databases and in-memory SQLite)."""
    if not url.startswith("sqlite:///") or url in ("sqlite:///", "sqlite:///:memory:"):
        return None
    return Path(url[len("sqlite:///"):])


def normalise_url(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    return f"{_DRIVERS.get(scheme, scheme)}{sep}{rest}"


def open_engine(url: str) -> sa.Engine:
    """SQLite: WAL, a busy timeout and BEGIN IMMEDIATE (a transaction that will write takes the
    write lock at its start, so two processes never deadlock upgrading a read lock). PostgreSQL:
    a small pre-pinged pool."""
    url = normalise_url(url)
    if (path := sqlite_path(url)) is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    if url.startswith("sqlite"):
        engine = sa.create_engine(url)
        sa.event.listen(engine, "connect", _sqlite_connect)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    return sa.create_engine(url, pool_size=4, max_overflow=4, pool_pre_ping=True)


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # The driver's own transaction handling off: SQLAlchemy's "begin" event below opens each one.
    dbapi_conn.isolation_level = None
    # WAL + NORMAL: durable against a process crash (kill -9 loses nothing committed); a power cut
    # may lose the last transaction. The busy timeout lets `serve --workers N` take turns.
    dbapi_conn.execute("PRAGMA busy_timeout=10000")
    dbapi_conn.execute("PRAGMA journal_mode=WAL")
    dbapi_conn.execute("PRAGMA synchronous=NORMAL")
    dbapi_conn.execute("PRAGMA foreign_keys=ON")


def _sqlite_begin(conn: sa.Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")
