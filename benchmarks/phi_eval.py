"""De-identification quality per identifier type on labelled notes, for every policy.

    .venv/bin/python benchmarks/phi_eval.py                       # dev split + blind sets + corpus
    .venv/bin/python benchmarks/phi_eval.py --set dev --misses 40 # show what leaks
    .venv/bin/python benchmarks/phi_eval.py --set blind8 --lost 20 # show must-keep spans masked
    .venv/bin/python benchmarks/phi_eval.py --data notes.jsonl    # any file in the dev split's layout
    .venv/bin/python benchmarks/phi_eval.py --tagger x.crfsuite --set blind43  # a tagger trained
        # without set 43 (python -m medgate.privacy.learned.train --leave-out 43 --out x.crfsuite)

Scoring (the issue's definitions): an identifier is *leak-free* when every letter and digit of it
is masked; *character precision* is the share of masked letters and digits that belong to a
labelled identifier; a must-keep span *survives* when none of its characters is masked. Each
document is scored on its own (no finding carries across documents).

The dev split lives beside the project (`../shared/data/phi/physionet-deid-dev.jsonl`); it is
read by path, never copied in, and never used to build what medgate ships.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from medgate.privacy import POLICIES, detect  # noqa: E402
from medgate.privacy.learned.written import WRITTEN  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "phi" / "physionet-deid-dev.jsonl"


@dataclass(frozen=True)
class Doc:
    id: str
    text: str
    phi: tuple[tuple[str, int, int], ...]
    keep: tuple[tuple[str, int, int], ...] = ()


@dataclass
class Result:
    total: Counter[str] = field(default_factory=Counter)
    leak_free: Counter[str] = field(default_factory=Counter)
    keep_total: Counter[str] = field(default_factory=Counter)
    keep_ok: Counter[str] = field(default_factory=Counter)
    masked_chars: int = 0
    phi_chars_masked: int = 0
    docs: int = 0
    clean_docs: int = 0
    bytes: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    false_hits: Counter[str] = field(default_factory=Counter)

    def rate(self, kind: str | None = None) -> float:
        if kind is None:
            return sum(self.leak_free.values()) / max(1, sum(self.total.values()))
        return self.leak_free[kind] / max(1, self.total[kind])

    @property
    def precision(self) -> float:
        return self.phi_chars_masked / max(1, self.masked_chars)

    @property
    def keep_rate(self) -> float:
        return sum(self.keep_ok.values()) / max(1, sum(self.keep_total.values()))


def score(docs: Iterable[Doc], spans_of: Callable[[str], Sequence[tuple[int, int]]]) -> Result:
    out = Result()
    for doc in docs:
        text = doc.text
        t0 = time.perf_counter()
        spans = spans_of(text)
        out.seconds += time.perf_counter() - t0
        out.bytes += len(text.encode())
        masked = bytearray(len(text))
        for s, e in spans:
            masked[s:e] = b"\x01" * (e - s)
        gold = bytearray(len(text))
        clean = True
        for kind, s, e in doc.phi:
            gold[s:e] = b"\x01" * (e - s)
            out.total[kind] += 1
            if all(masked[i] or not text[i].isalnum() for i in range(s, e)):
                out.leak_free[kind] += 1
            else:
                clean = False
                ctx = text[max(0, s - 30) : e + 30].replace("\n", " ")
                out.misses.append(f"{doc.id} {kind} {text[s:e]!r}  …{ctx}…")
        for kind, s, e in doc.keep:
            out.keep_total[kind] += 1
            if any(masked[s:e]):
                out.lost.append(f"{doc.id} {kind} {text[s:e]!r}")
            else:
                out.keep_ok[kind] += 1
        for s, e in spans:
            alnum = [i for i in range(s, e) if text[i].isalnum()]
            hit = sum(gold[i] for i in alnum)
            out.masked_chars += len(alnum)
            out.phi_chars_masked += hit
            if hit == 0 and alnum:
                out.false_hits[text[s:e]] += 1
        out.docs += 1
        out.clean_docs += clean
    return out


# -- labelled sets -------------------------------------------------------------------------
def load_jsonl(path: Path) -> list[Doc]:
    docs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            docs.append(Doc(
                d["id"], d["text"],
                tuple((p["type"], p["start"], p["end"]) for p in d.get("phi", ())),
                tuple((k.get("category", "KEEP"), k["start"], k["end"]) for k in d.get("keep", ())),
            ))  # fmt: skip
    return docs


def load_blind(which: str) -> list[Doc]:
    from tests.privacy import blind_notes
    from tests.privacy.blind_scoring import occurrences

    notes = blind_notes.CHAT if which == "chat" else blind_notes.load(f"blind_notes_{which}.yaml")
    docs = []
    for i, n in enumerate(notes):
        phi = tuple((t.value, s, e) for sub, t in n.phi for s, e in occurrences(n.text, sub))
        keep = tuple(("KEEP", s, e) for sub in n.keep for s, e in occurrences(n.text, sub))
        docs.append(Doc(f"blind{which}-{i:02d} {n.kind}", n.text, phi, keep))
    return docs


def load_corpus(n: int = 200) -> list[Doc]:
    from tests.privacy.corpus import generate

    return [
        Doc(f"corpus-{i:03d}", c.text, tuple((t.value, s, e) for t, s, e in c.phi), tuple(c.keep))
        for i, c in enumerate(generate(n, 20261125))
    ]


def _blind_sets() -> dict[str, Callable[[], list[Doc]]]:
    """Every hand-written blind set (privacy/data/written), in the order they were written."""
    found = sorted(
        int(p.stem.rsplit("_", 1)[1]) for p in WRITTEN.glob("blind_notes_*.yaml")
    )
    sets: dict[str, Callable[[], list[Doc]]] = {}
    for n in found:
        sets[f"blind{n}"] = lambda n=n: load_blind(str(n))  # type: ignore[misc]
        if n == 3:  # the chat set was written between sets 3 and 4
            sets["chat"] = lambda: load_blind("chat")
    return sets


SETS: dict[str, Callable[[], list[Doc]]] = {
    "dev": lambda: load_jsonl(DEV),
    **_blind_sets(),
    "corpus": load_corpus,
}


def detector(policy: str) -> Callable[[str], list[tuple[int, int]]]:
    return lambda text: [(e.start, e.end) for e in detect(text, policy)]  # type: ignore[arg-type]


def table(rows: list[tuple[str, str, Result]]) -> str:
    kinds = sorted({k for _s, _p, r in rows for k in r.total})
    head = ["set", "policy", "ids", "leak-free", "notes clean", "char prec", "kept", "MB/s", *kinds]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, policy, r in rows:
        cells = [
            name, policy, str(sum(r.total.values())), f"{r.rate():.3f}",
            f"{r.clean_docs / max(1, r.docs):.3f}", f"{r.precision:.3f}", f"{r.keep_rate:.3f}",
            f"{r.bytes / 1e6 / max(r.seconds, 1e-9):.2f}",
        ] + [f"{r.rate(k):.2f} ({r.total[k]})" if r.total[k] else "–" for k in kinds]  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", choices=sorted(SETS), help="default: all")
    ap.add_argument("--data", type=Path, help="a JSONL file in the dev split's layout")
    ap.add_argument("--policy", action="append", choices=POLICIES, help="default: all")
    ap.add_argument("--misses", type=int, default=0, help="print this many leaks per set")
    ap.add_argument("--false", type=int, default=0, help="print the most frequent false hits")
    ap.add_argument("--lost", type=int, default=0, help="print this many must-keep spans masked per set")
    ap.add_argument("--tagger", type=Path, help="a tagger model file (e.g. trained with --leave-out)")
    args = ap.parse_args()
    if args.tagger is not None:
        from medgate.privacy.learned import use_model

        try:
            use_model(str(args.tagger))
        except (OSError, ValueError) as exc:
            print(f"error: cannot load tagger {args.tagger}: {exc}", file=sys.stderr)
            return 2
    sets: list[tuple[str, list[Doc]]] = []
    if args.data:
        sets.append((args.data.stem, load_jsonl(args.data)))
    for name in args.set or ([] if args.data else list(SETS)):
        if name == "dev" and not DEV.exists():
            print(f"skipping dev: {DEV} not found")
            continue
        sets.append((name, SETS[name]()))
    rows = []
    for name, docs in sets:
        for policy in args.policy or POLICIES:
            r = score(docs, detector(policy))
            rows.append((name, policy, r))
            for m in r.misses[: args.misses]:
                print(f"LEAK [{policy}] {m}")
            for m in r.lost[: args.lost]:
                print(f"LOST [{policy}] {m}")
            for text, n in r.false_hits.most_common(args.false):
                print(f"FALSE [{policy}] {n}x {text!r}")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
