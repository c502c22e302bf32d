"""medgate's normalised layout (the shared eval sets' schema), one object a line:

`id`, `question`, `options` ({"A": …} or null for yes/no/maybe), `answer`, and optionally
`context`, `source`, `split`, `meta`, and `image` / `images` (paths relative to the file) for
vision models. `meta` is kept for reports and never put into a prompt.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from medgate.evaluation.files import Row
from medgate.evaluation.items import WORD_ANSWERS, Item, word_options
from medgate.evaluation.layouts.base import Layout, keyed, letter_key, lettered_options, text


class Normalised(Layout):
    name: ClassVar[str] = "normalised"
    description: ClassVar[str] = "id, question, options|null, answer, context?, image(s)?, meta (never prompted)"

    def matches(self, row: Row) -> bool:
        return isinstance(row, dict) and {"id", "question", "answer"} <= row.keys()

    def item(self, row: Row, n: int, path: Path) -> Item:
        r = keyed(row)
        raw_options = r.get("options")
        if raw_options:
            options = lettered_options(raw_options)
            answer = letter_key(options, r["answer"])
        else:
            answer = str(r["answer"]).strip().lower()
            if answer not in WORD_ANSWERS:
                raise ValueError(f"answer {r['answer']!r} needs options (or is one of {', '.join(WORD_ANSWERS)})")
            options = word_options()
        images = r.get("images") or ([r["image"]] if r.get("image") else [])
        if not isinstance(images, list):
            raise ValueError("images must be a list of paths")
        paths = tuple((path.parent / str(p)) for p in images)
        for p in paths:
            if not p.is_file():
                raise ValueError(f"image not found: {p}")
        context = r.get("context")
        return Item(
            id=str(r["id"]), kind="choice", question=text(r["question"], "question"), options=options,
            answer=answer, context=context if isinstance(context, str) and context.strip() else None,
            images=paths, split=r.get("split"), source=r.get("source"), meta=dict(r.get("meta") or {}),
        )
