"""MedMCQA's layout: `question`, `opa`…`opd`, `cop`, `id`, `exp`, `subject_name`, `topic_name`.

`cop` is 1–4 in the official JSON release and 0–3 in the Hugging Face copy. The whole file
decides: a 0 anywhere means 0-based, a 4 anywhere 1-based; a file with neither (a few rows) is
taken as 0-based when it is Parquet (the Hugging Face copy) and 1-based otherwise.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from medgate.errors import DatasetError
from medgate.evaluation.files import Row
from medgate.evaluation.items import Item
from medgate.evaluation.layouts.base import Layout, keyed, text

_FIELDS = ("opa", "opb", "opc", "opd")


class MedMCQA(Layout):
    name: ClassVar[str] = "medmcqa"
    description: ClassVar[str] = "MedMCQA JSON/Parquet: question, opa..opd, cop (1-4 official, 0-3 HF), exp"

    def matches(self, row: Row) -> bool:
        return isinstance(row, dict) and {"question", "cop", *_FIELDS} <= row.keys()

    def items(self, rows: list[Row], path: Path) -> list[Item]:
        cops = {r.get("cop") for r in rows if isinstance(r, dict)}
        if 0 in cops and 4 in cops:
            raise DatasetError(f"{path}: cop holds both 0 and 4; cannot tell 0-based from 1-based")
        self._base = 0 if 0 in cops else 1 if 4 in cops else (0 if path.suffix.lower() == ".parquet" else 1)
        return super().items(rows, path)

    def item(self, row: Row, n: int, path: Path) -> Item:
        r = keyed(row)
        options = {chr(ord("A") + i): str(r[f]) for i, f in enumerate(_FIELDS)}
        index = int(r["cop"]) - self._base
        if not 0 <= index < len(_FIELDS):
            raise ValueError(f"cop {r['cop']!r} is out of range")
        meta: dict[str, Any] = {k: r[k] for k in ("exp", "subject_name", "topic_name", "choice_type") if k in r}
        return Item(id=f"medmcqa-{r.get('id') or n}", kind="choice", question=text(r["question"], "question"),
                    options=options, answer=chr(ord("A") + index), source="medmcqa", meta=meta)
