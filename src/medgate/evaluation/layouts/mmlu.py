"""MMLU's original CSVs (hendrycks/test `data/test/<subject>_test.csv`): no header; question,
four options, answer letter. The subject comes from the file name."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from medgate.evaluation.files import Row
from medgate.evaluation.items import Item
from medgate.evaluation.layouts.base import Layout, letter_key, text


class Mmlu(Layout):
    name: ClassVar[str] = "mmlu"
    description: ClassVar[str] = "MMLU CSV without a header: question, A, B, C, D, answer"

    def matches(self, row: Row) -> bool:
        return isinstance(row, list) and len(row) == 6 and str(row[5]).strip().upper() in ("A", "B", "C", "D")

    def item(self, row: Row, n: int, path: Path) -> Item:
        if not isinstance(row, list) or len(row) != 6:
            raise ValueError("expected 6 columns")
        subject = path.stem.removesuffix("_test").removesuffix("_dev").removesuffix("_val")
        options = {letter: str(row[i + 1]) for i, letter in enumerate("ABCD")}
        return Item(id=f"mmlu-{subject}-{n:03d}", kind="choice", question=text(row[0], "question"),
                    options=options, answer=letter_key(options, row[5]), source="mmlu", meta={"subject": subject})
