"""Rows from local files: JSONL, JSON (a list, or an object of objects), CSV and Parquet.

A row is a dict, or a list for a CSV without a header (MMLU's CSVs). Layouts (layouts/) turn rows
into items; this module only reads. Every failure is a DatasetError with the path in it.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import orjson

from medgate.errors import DatasetError

Row = dict[str, Any] | list[Any]


def _jsonl(data: bytes, path: Path) -> list[Row]:
    rows: list[Row] = []
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(orjson.loads(line))
        except orjson.JSONDecodeError as exc:
            raise DatasetError(f"{path}:{n}: not JSON ({exc})") from exc
    return rows


def _json(data: bytes, path: Path) -> list[Row]:
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise DatasetError(f"{path}: not JSON ({exc})") from exc
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict):  # {key: row} (PubMedQA's ori_pqal.json): the key travels as "_key"
        return [{"_key": k, **v} if isinstance(v, dict) else {"_key": k, "value": v} for k, v in doc.items()]
    raise DatasetError(f"{path}: expected a JSON list or object of rows")


_HEADER_WORDS = frozenset({"id", "question", "answer", "options", "prompt", "label", "a", "b"})


def _csv(data: bytes, path: Path) -> list[Row]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 text") from exc
    table = list(csv.reader(io.StringIO(text)))
    if not table:
        return []
    head = [h.strip().lower() for h in table[0]]
    if "question" in head and len(_HEADER_WORDS.intersection(head)) >= 2:
        return [dict(zip(head, r, strict=False)) for r in table[1:] if r]
    return [r for r in table if r]  # no header: lists (MMLU)


def _parquet(data: bytes, path: Path) -> list[Row]:
    try:
        import pyarrow.parquet as pq  # only Parquet users pay for pyarrow's import
    except ImportError as exc:  # pragma: no cover - pyarrow is a dependency
        raise DatasetError("reading Parquet needs pyarrow (pip install pyarrow)") from exc
    try:
        table = pq.read_table(io.BytesIO(data))
    except (OSError, ValueError) as exc:
        raise DatasetError(f"{path}: not a Parquet file ({exc})") from exc
    rows: list[Row] = table.to_pylist()
    return rows


READERS: Mapping[str, Callable[[bytes, Path], list[Row]]] = MappingProxyType({
    ".jsonl": _jsonl, ".ndjson": _jsonl, ".json": _json, ".csv": _csv, ".parquet": _parquet,
})


def read_rows(path: Path) -> tuple[list[Row], str]:
    """The file's rows and the sha256 of its bytes (part of a run's settings: a changed file is a
    new run, never silently mixed with old results)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DatasetError(f"{path}: unknown file type {path.suffix!r}; known: {', '.join(READERS)}")
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise DatasetError(f"dataset not found: {path}") from exc
    except OSError as exc:
        raise DatasetError(f"cannot read dataset {path}: {exc.strerror}") from exc
    return reader(data, path), hashlib.sha256(data).hexdigest()
