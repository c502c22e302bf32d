"""medgate's database: one SQLAlchemy engine per URL (SQLite by default, PostgreSQL by URL) and
the Alembic migrations that create every table (store/migrations/, one revision per table group).

    open_engine(url)  an Engine with SQLite's pragmas and BEGIN IMMEDIATE transactions
    migrate(engine)   upgrade to the newest revision, once even when N processes start together

Every process that opens the database migrates it first; the migration itself holds a lock
(PostgreSQL: an advisory lock; SQLite: the database's write lock), so `serve --workers N` and
several hosts on one PostgreSQL never race to create a table.
"""

from medgate.store.engine import open_engine, sqlite_path
from medgate.store.migrate import migrate, open_store

__all__ = ["migrate", "open_engine", "open_store", "sqlite_path"]
