"""MedXpertQA's official layout: `id` ("Text-0"), `question` (with the choices written after
"Answer Choices:"), `options` {"A"…"J"}, `label`, `medical_task`, `body_system`, `question_type`.
The choices are cut from the stem, since the prompt lists the options itself."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar

from medgate.evaluation.files import Row
from medgate.evaluation.items import Item
from medgate.evaluation.layouts.base import Layout, keyed, letter_key, lettered_options, text

_CHOICES = re.compile(r"\s*Answer Choices:\s*\(A\).*\Z", re.DOTALL)


class MedXpertQA(Layout):
    name: ClassVar[str] = "medxpertqa"
    description: ClassVar[str] = "MedXpertQA JSONL: id, question (+ Answer Choices), options A-J, label"

    def matches(self, row: Row) -> bool:
        return isinstance(row, dict) and {"id", "question", "options", "label"} <= row.keys()

    def item(self, row: Row, n: int, path: Path) -> Item:
        r = keyed(row)
        options = lettered_options(r["options"])
        stem = _CHOICES.sub("", text(r["question"], "question"))
        meta: dict[str, Any] = {k: r[k] for k in ("medical_task", "body_system", "question_type") if k in r}
        return Item(id=f"medxpertqa-{r['id']}", kind="choice", question=stem, options=options,
                    answer=letter_key(options, r["label"]), source="medxpertqa", meta=meta)
