"""PubMedQA, in its original `ori_pqal.json` (an object keyed by PMID: `QUESTION`, `CONTEXTS`,
`LONG_ANSWER`, `final_decision`) or the Hugging Face layout (`pubid`, `question`,
`context.contexts`, `long_answer`, `final_decision`). The long answer states the conclusion, so
it goes to `meta` and never into a prompt."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from medgate.evaluation.files import Row
from medgate.evaluation.items import WORD_ANSWERS, Item, word_options
from medgate.evaluation.layouts.base import Layout, keyed, text


class PubMedQA(Layout):
    name: ClassVar[str] = "pubmedqa"
    description: ClassVar[str] = "PubMedQA ori_pqal.json (QUESTION, CONTEXTS, final_decision) or HF (pubid, context)"

    def matches(self, row: Row) -> bool:
        if not isinstance(row, dict) or "final_decision" not in row:
            return False
        return "QUESTION" in row or {"pubid", "question", "context"} <= row.keys()

    def item(self, row: Row, n: int, path: Path) -> Item:
        r = keyed(row)
        if "QUESTION" in r:
            pmid, question, contexts = r.get("_key", n), r["QUESTION"], r["CONTEXTS"]
            meta: dict[str, Any] = {"long_answer": r.get("LONG_ANSWER"), "meshes": r.get("MESHES")}
        else:
            ctx = r["context"]
            pmid, question = r["pubid"], r["question"]
            contexts = ctx.get("contexts") if isinstance(ctx, dict) else ctx
            meta = {"long_answer": r.get("long_answer")}
        if isinstance(contexts, str):
            contexts = [contexts]
        answer = str(r["final_decision"]).strip().lower()
        if answer not in WORD_ANSWERS:
            raise ValueError(f"final_decision {r['final_decision']!r} is not yes, no or maybe")
        return Item(id=f"pubmedqa-{pmid}", kind="choice", question=text(question, "question"),
                    options=word_options(), answer=answer, context="\n".join(map(str, contexts)),
                    source="pubmedqa", meta=meta)
