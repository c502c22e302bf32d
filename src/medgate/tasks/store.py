"""Where task artefacts and their sign-offs live: their own tables (not the audit log, which
only records that they happened). An artefact is its id, task, alias and the sha256 of its
result — never the result's text."""

from __future__ import annotations

import time
from typing import Any, Protocol

import sqlalchemy as sa

from medgate.store.tables import SIGNOFFS, TASK_ARTEFACTS


class ArtefactStore(Protocol):
    def add(self, artefact_id: str, task: str, alias: str | None, result_sha256: str,
            key_id: str | None = None) -> None: ...

    def get(self, artefact_id: str) -> dict[str, Any] | None: ...

    def sign(self, artefact_id: str, clinician: str, note: str | None, at: str,
             key_id: str | None = None) -> None: ...

    def signoffs(self, artefact_id: str) -> list[dict[str, Any]]: ...


class SqlArtefacts:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    def add(self, artefact_id: str, task: str, alias: str | None, result_sha256: str,
            key_id: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(sa.insert(TASK_ARTEFACTS).values(id=artefact_id, task=task, alias=alias, key_id=key_id,
                                                          result_sha256=result_sha256, created_at=time.time()))

    def get(self, artefact_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(TASK_ARTEFACTS).where(TASK_ARTEFACTS.c.id == artefact_id)).one_or_none()
        return row._asdict() if row is not None else None

    def sign(self, artefact_id: str, clinician: str, note: str | None, at: str,
             key_id: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(sa.insert(SIGNOFFS).values(artefact_id=artefact_id, clinician=clinician, note=note,
                                                    at=at, key_id=key_id))

    def signoffs(self, artefact_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(SIGNOFFS).where(SIGNOFFS.c.artefact_id == artefact_id)
                                .order_by(SIGNOFFS.c.id)).all()
        return [r._asdict() for r in rows]


class MemoryArtefacts:
    """For tests and the in-process client without a database."""

    def __init__(self) -> None:
        self.artefacts: dict[str, dict[str, Any]] = {}
        self.signed: list[dict[str, Any]] = []

    def add(self, artefact_id: str, task: str, alias: str | None, result_sha256: str,
            key_id: str | None = None) -> None:
        self.artefacts[artefact_id] = {"id": artefact_id, "task": task, "alias": alias,
                                       "result_sha256": result_sha256, "key_id": key_id}

    def get(self, artefact_id: str) -> dict[str, Any] | None:
        return self.artefacts.get(artefact_id)

    def sign(self, artefact_id: str, clinician: str, note: str | None, at: str,
             key_id: str | None = None) -> None:
        self.signed.append({"artefact_id": artefact_id, "clinician": clinician, "note": note, "at": at,
                            "key_id": key_id})

    def signoffs(self, artefact_id: str) -> list[dict[str, Any]]:
        return [s for s in self.signed if s["artefact_id"] == artefact_id]
