"""Alembic's environment: medgate passes the connection in (store/migrate.py); the `alembic`
command line (alembic.ini at the repository root) connects to $MEDGATE_DB_URL instead."""

from __future__ import annotations

import os

from alembic import context

from medgate.store.engine import open_engine
from medgate.store.tables import METADATA

config = context.config


def _run(connection: object) -> None:
    context.configure(connection=connection, target_metadata=METADATA,  # type: ignore[arg-type]
                      render_as_batch=True)  # SQLite alters tables by copying them
    with context.begin_transaction():
        context.run_migrations()


if (given := config.attributes.get("connection")) is not None:
    _run(given)
else:
    url = os.environ.get("MEDGATE_DB_URL", "sqlite:///.medgate/audit.sqlite")
    with open_engine(url).connect() as conn:
        _run(conn)
