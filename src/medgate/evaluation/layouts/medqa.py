"""MedQA's original layout (jind11/MedQA `questions/US/*.jsonl`): `question`, `options`
{"A": …}, `answer` (the key's text), `answer_idx` (the key's letter), `meta_info`. No ids in the
file: items are numbered in line order, as the shared set's `medqa-us4-test-NNNN` ids are."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from medgate.evaluation.files import Row
from medgate.evaluation.items import Item
from medgate.evaluation.layouts.base import Layout, keyed, letter_key, lettered_options, text


class MedQA(Layout):
    name: ClassVar[str] = "medqa"
    description: ClassVar[str] = "jind11/MedQA JSONL: question, options, answer, answer_idx, meta_info"

    def matches(self, row: Row) -> bool:
        return isinstance(row, dict) and {"question", "options", "answer_idx"} <= row.keys()

    def item(self, row: Row, n: int, path: Path) -> Item:
        r = keyed(row)
        options = lettered_options(r["options"])
        meta: dict[str, Any] = {k: r[k] for k in ("answer", "meta_info") if k in r}  # answer = the key's text: never prompted
        return Item(id=f"medqa-{n:04d}", kind="choice", question=text(r["question"], "question"),
                    options=options, answer=letter_key(options, r["answer_idx"]), source="medqa", meta=meta)
