"""Output files: JSONL (one record a line) or Parquet (pyarrow, the `batch` extra), chosen by
the output's suffix. Each format writes the ordered records to a temporary key and moves it into
place, and reads a previous output back so that a rerun skips the lines it already holds.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Final, Protocol

import orjson

from medgate.batch.journal import Done, scan
from medgate.batch.store import Store
from medgate.errors import ConfigError

# Parquet columns: the record's fields; result and error as JSON text (their shape varies by task).
_JSON_COLUMNS = ("result", "error")
_COLUMNS = ("id", "key", "status", "status_code", "result", "error", "cost_usd", "request_id", "retry")


class OutputFormat(Protocol):
    suffix: ClassVar[str]

    def previous(self, store: Store, key: str) -> tuple[dict[str, Done], dict[str, bytes]]:
        """A previous output's records: where each is (JSONL), or the records themselves."""
        ...

    def write(self, store: Store, key: str, records: Iterable[bytes]) -> int: ...


class Jsonl:
    suffix: ClassVar[str] = ".jsonl"

    def previous(self, store: Store, key: str) -> tuple[dict[str, Done], dict[str, bytes]]:
        if not store.exists(key):
            return {}, {}
        return dict(scan(key, store.read_bytes(key))), {}

    def write(self, store: Store, key: str, records: Iterable[bytes]) -> int:
        tmp = f"{key}.writing"
        n = 0
        with store.open(tmp, "wb") as f:
            for rec in records:
                f.write(rec + b"\n")
                n += 1
        store.move(tmp, key)
        return n


class Parquet:
    suffix: ClassVar[str] = ".parquet"
    rows_per_group: ClassVar[int] = 2000

    def _pa(self) -> Any:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ConfigError("Parquet output needs pyarrow: pip install 'medgate[batch]'") from exc
        return pa, pq

    def previous(self, store: Store, key: str) -> tuple[dict[str, Done], dict[str, bytes]]:
        if not store.exists(key):
            return {}, {}
        _, pq = self._pa()
        table = pq.read_table(io.BytesIO(store.read_bytes(key)))
        index: dict[str, Done] = {}
        records: dict[str, bytes] = {}
        for row in table.to_pylist():
            for col in _JSON_COLUMNS:
                row[col] = orjson.loads(row[col]) if row[col] is not None else None
            source = f"memory:{row['id']}"
            records[source] = orjson.dumps(row)
            index[str(row["id"])] = Done(source, 0, 0, str(row["key"]), bool(row["retry"]))
        return index, records

    def write(self, store: Store, key: str, records: Iterable[bytes]) -> int:
        pa, pq = self._pa()
        schema = pa.schema([("id", pa.string()), ("key", pa.string()), ("status", pa.string()),
                            ("status_code", pa.int32()), ("result", pa.string()), ("error", pa.string()),
                            ("cost_usd", pa.float64()), ("request_id", pa.string()), ("retry", pa.bool_())])
        tmp = f"{key}.writing"
        n = 0
        with store.open(tmp, "wb") as f, pq.ParquetWriter(f, schema) as writer:
            for rows in _groups(records, self.rows_per_group):
                cols = {c: [r.get(c) for r in rows] for c in _COLUMNS}
                cols["id"] = [str(v) for v in cols["id"]]
                for c in _JSON_COLUMNS:
                    cols[c] = [None if v is None else orjson.dumps(v).decode() for v in cols[c]]
                writer.write_table(pa.table(cols, schema=schema))
                n += len(rows)
        store.move(tmp, key)
        return n


def _groups(records: Iterable[bytes], size: int) -> Iterator[list[dict[str, Any]]]:
    group: list[dict[str, Any]] = []
    for rec in records:
        group.append(orjson.loads(rec))
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


FORMATS: Final[Mapping[str, OutputFormat]] = MappingProxyType({f.suffix: f for f in (Jsonl(), Parquet())})


def format_for(key: str) -> OutputFormat:
    """By suffix: .parquet is Parquet; anything else is JSONL."""
    return next((f for suffix, f in FORMATS.items() if key.endswith(suffix)), FORMATS[".jsonl"])
