"""Evaluation runs and results in SQL, in the same database as the audit (`audit.url`).

Four tables of their own, defined with SQLAlchemy Core on a MetaData with a naming convention, so
every constraint and index has a fixed name and portable types (String, Text, Integer, Float,
Boolean): the first Alembic revision can create exactly these tables, and an existing database
can be `alembic stamp`ed as that revision and adopted unchanged.

    eval_runs        one row per (dataset file, settings): the settings hash is the run's identity
    eval_run_models  the models a run has measured, with the deployment and catalogue card
    eval_results     one row per (run, model, item): response, extracted answer, score, tokens,
                     cost, latency, the gateway request id (the audit row's id)
    eval_grades      rubric items: one row per criterion, the judge's verdict and explanation

Unlike audit rows, results hold the model's responses (that is what an evaluation measures):
evaluate private data only into a database kept like the data itself.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import sqlalchemy as sa

from medgate.errors import ConfigError, InvalidRequest

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
METADATA = sa.MetaData(naming_convention=NAMING)

RUNS = sa.Table(
    "eval_runs", METADATA,
    sa.Column("id", sa.String(120), primary_key=True),
    sa.Column("created_ts", sa.Float, nullable=False),
    sa.Column("dataset", sa.String(1024), nullable=False),  # the path (or sample name) as given
    sa.Column("dataset_name", sa.String(200), nullable=False),  # the benchmark, e.g. medqa_usmle_4opt
    sa.Column("layout", sa.String(40), nullable=False),
    sa.Column("dataset_sha256", sa.String(64), nullable=False),
    sa.Column("settings_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("settings", sa.Text, nullable=False),  # JSON
    sa.Column("use_case", sa.String(60), nullable=True),
    sa.Column("medgate_version", sa.String(32), nullable=False),
)
RUN_MODELS = sa.Table(
    "eval_run_models", METADATA,
    sa.Column("run_id", sa.String(120), sa.ForeignKey("eval_runs.id"), primary_key=True),
    sa.Column("model", sa.String(200), primary_key=True),
    sa.Column("deployment", sa.String(400), nullable=True),
    sa.Column("card_id", sa.String(100), nullable=True),
    sa.Column("family", sa.String(40), nullable=True),
    sa.Column("created_ts", sa.Float, nullable=False),
)
RESULTS = sa.Table(
    "eval_results", METADATA,
    sa.Column("run_id", sa.String(120), sa.ForeignKey("eval_runs.id"), primary_key=True),
    sa.Column("model", sa.String(200), primary_key=True),
    sa.Column("item_id", sa.String(400), primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),  # the item's place in the seeded order
    sa.Column("status", sa.String(16), nullable=False),  # ok | error (errors are retried on resume)
    sa.Column("expected", sa.String(64), nullable=True),
    sa.Column("extracted", sa.String(64), nullable=True),
    sa.Column("parse_rule", sa.String(16), nullable=True),  # None with status ok: unparseable
    sa.Column("invalid", sa.String(64), nullable=True),  # a letter named that is no option
    sa.Column("correct", sa.Boolean, nullable=True),
    sa.Column("score", sa.Float, nullable=True),  # 0/1 for choices, the rubric fraction otherwise
    sa.Column("content", sa.Text, nullable=True),
    sa.Column("reasoning", sa.Text, nullable=True),
    sa.Column("finish_reason", sa.String(32), nullable=True),
    sa.Column("error", sa.Text, nullable=True),
    sa.Column("prompt_tokens", sa.Integer, nullable=True),
    sa.Column("completion_tokens", sa.Integer, nullable=True),
    sa.Column("reasoning_tokens", sa.Integer, nullable=True),
    sa.Column("cost_usd", sa.Float, nullable=True),
    sa.Column("judge_cost_usd", sa.Float, nullable=True),
    sa.Column("latency_ms", sa.Float, nullable=True),
    sa.Column("request_id", sa.String(64), nullable=True),
    sa.Column("gateway", sa.Text, nullable=True),  # JSON: deployment, escalation, phi counts
    sa.Column("created_ts", sa.Float, nullable=False),
    sa.Index(None, "run_id", "model", "status"),
)
GRADES = sa.Table(
    "eval_grades", METADATA,
    sa.Column("run_id", sa.String(120), primary_key=True),
    sa.Column("model", sa.String(200), primary_key=True),
    sa.Column("item_id", sa.String(400), primary_key=True),
    sa.Column("criterion", sa.Integer, primary_key=True),  # index into the item's rubric
    sa.Column("points", sa.Float, nullable=False),
    sa.Column("met", sa.Boolean, nullable=False),
    sa.Column("explanation", sa.Text, nullable=False),
    sa.Column("judge", sa.String(200), nullable=False),
    sa.Column("request_id", sa.String(64), nullable=True),
    sa.Column("cost_usd", sa.Float, nullable=True),
    sa.ForeignKeyConstraint(["run_id", "model", "item_id"],
                            ["eval_results.run_id", "eval_results.model", "eval_results.item_id"]),
)


@dataclass(frozen=True)
class RunInfo:
    id: str
    created_ts: float
    dataset: str
    dataset_name: str
    layout: str
    dataset_sha256: str
    settings_hash: str
    settings: dict[str, Any]
    use_case: str | None
    medgate_version: str


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute("PRAGMA journal_mode=WAL")
    dbapi_conn.execute("PRAGMA synchronous=NORMAL")
    dbapi_conn.execute("PRAGMA busy_timeout=10000")  # the audit writer shares the file


class EvalStore:
    def __init__(self, url: str) -> None:
        if url == "memory":
            raise ConfigError("evaluation results need a database: audit.url is 'memory'; "
                              "set audit.url (or MEDGATE_AUDIT_URL) to a SQLAlchemy URL")
        if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
            Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        self.engine = sa.create_engine(url)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        METADATA.create_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- runs -----------------------------------------------------------------------------------
    def open_run(self, info: RunInfo) -> RunInfo:
        """The run with these settings (resumed), or this new one. A name already used for other
        settings is an error rather than a silent mix."""
        with self.engine.begin() as conn:
            row = conn.execute(sa.select(RUNS).where(RUNS.c.settings_hash == info.settings_hash)).first()
            if row is not None:
                return _run(row)
            if conn.execute(sa.select(RUNS.c.id).where(RUNS.c.id == info.id)).first() is not None:
                raise InvalidRequest(f"run {info.id!r} exists with other settings or another dataset file; "
                                     "choose another --run name")
            conn.execute(RUNS.insert().values(
                id=info.id, created_ts=info.created_ts, dataset=info.dataset, dataset_name=info.dataset_name,
                layout=info.layout, dataset_sha256=info.dataset_sha256, settings_hash=info.settings_hash,
                settings=orjson.dumps(info.settings, option=orjson.OPT_SORT_KEYS).decode(),
                use_case=info.use_case, medgate_version=info.medgate_version))
        return info

    def run(self, ref: str) -> RunInfo:
        """A run by id, unique id prefix, or `latest`."""
        with self.engine.connect() as conn:
            if ref == "latest":
                row = conn.execute(sa.select(RUNS).order_by(RUNS.c.created_ts.desc()).limit(1)).first()
                rows = [row] if row is not None else []
            else:
                rows = list(conn.execute(sa.select(RUNS).where(RUNS.c.id.startswith(ref, autoescape=True))))
                rows = [r for r in rows if r.id == ref] or rows
        if len(rows) == 1:
            return _run(rows[0])
        known = ", ".join(r.id for r in self.runs()[:10]) or "none yet"
        if not rows:
            raise InvalidRequest(f"no evaluation run {ref!r} in this database; runs: {known}")
        raise InvalidRequest(f"{ref!r} matches {len(rows)} runs; give more of the id ({known})")

    def runs(self) -> list[RunInfo]:
        with self.engine.connect() as conn:
            return [_run(r) for r in conn.execute(sa.select(RUNS).order_by(RUNS.c.created_ts.desc()))]

    def add_model(self, run_id: str, model: str, *, deployment: str | None, card_id: str | None,
                  family: str | None) -> None:
        with self.engine.begin() as conn:
            conn.execute(RUN_MODELS.delete().where(RUN_MODELS.c.run_id == run_id, RUN_MODELS.c.model == model))
            conn.execute(RUN_MODELS.insert().values(run_id=run_id, model=model, deployment=deployment,
                                                    card_id=card_id, family=family, created_ts=time.time()))

    def models(self, run_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(RUN_MODELS).where(RUN_MODELS.c.run_id == run_id)
                                .order_by(RUN_MODELS.c.created_ts, RUN_MODELS.c.model))
            return [dict(r._mapping) for r in rows]

    # -- results --------------------------------------------------------------------------------
    def completed(self, run_id: str, model: str) -> set[str]:
        """Items this model has answered in this run (errors are not complete: resume retries them)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(RESULTS.c.item_id).where(
                RESULTS.c.run_id == run_id, RESULTS.c.model == model, RESULTS.c.status == "ok"))
            return {r[0] for r in rows}

    def write(self, results: Sequence[dict[str, Any]], grades: Iterable[dict[str, Any]] = ()) -> None:
        """Insert results (replacing an earlier row for the same key, e.g. a retried error) and
        their rubric grades, in one transaction."""
        if not results:
            return
        grades = list(grades)
        keys: dict[tuple[str, str], list[str]] = {}
        for r in results:
            keys.setdefault((r["run_id"], r["model"]), []).append(r["item_id"])
        with self.engine.begin() as conn:
            for (run_id, model), items in keys.items():  # one statement per model, not per row
                for table in (GRADES, RESULTS):
                    conn.execute(table.delete().where(table.c.run_id == run_id, table.c.model == model,
                                                      table.c.item_id.in_(items)))
            conn.execute(RESULTS.insert(), list(results))
            if grades:
                conn.execute(GRADES.insert(), grades)

    def results(self, run_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(RESULTS).where(RESULTS.c.run_id == run_id)
                                .order_by(RESULTS.c.model, RESULTS.c.position))
            return [dict(r._mapping) for r in rows]

    def grades(self, run_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(GRADES).where(GRADES.c.run_id == run_id)
                                .order_by(GRADES.c.model, GRADES.c.item_id, GRADES.c.criterion))
            return [dict(r._mapping) for r in rows]


def _run(row: Any) -> RunInfo:
    m = row._mapping
    return RunInfo(id=m["id"], created_ts=m["created_ts"], dataset=m["dataset"], dataset_name=m["dataset_name"],
                   layout=m["layout"], dataset_sha256=m["dataset_sha256"], settings_hash=m["settings_hash"],
                   settings=orjson.loads(m["settings"]), use_case=m["use_case"],
                   medgate_version=m["medgate_version"])
