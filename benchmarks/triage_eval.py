"""Emergency screen: accuracy on every vignette set, and what it adds to a chat request.

.venv/bin/python benchmarks/triage_eval.py [--rounds N] [--errors]

Accuracy: the category sets (vignettes*.yaml) as recall / precision per red-flag category; the
level sets (triage_*.yaml) as emergent recall and false alarms per group, for the rules layer
alone and for rules + findings (no model: the second opinion is not part of this figure).

Cost: each chat-style message of the level sets, as the body of a chat request with a system
prompt, is screened as `screen_request` does before every request (by a screener without the
memo of scans, so every message is read), in three arms measured in the same run, round-robin
so that machine load falls on all of them alike: no screen (only reading the user texts), the
rules layer, and rules + findings. CPU time per request is the figure to quote on a shared
machine; wall time is printed beside it. First for the typical request (the 335 chat messages
of the sets written before the screen grew its findings layer: triage_dev, triage_blind and
triage_blind2, about 100 characters each), then for all chat messages (some deliberately long).
Then all of them as six-turn conversations, each request carrying the earlier user turns as chat
clients send them, without and with the memo.

    taskset -c 1 .venv/bin/python benchmarks/triage_eval.py   # one core, as the README quotes
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from medgate.safety import CATEGORY_NAMES, default_screener, learned, user_texts
from medgate.safety.escalation import Layer
from medgate.safety.evaluate import (
    TRIAGE_DATA,
    LevelVignette,
    Vignette,
    level_of,
    load_level_vignettes,
    load_vignettes,
    score,
    score_levels,
)
from medgate.safety.learned import LearnedLayer
from medgate.safety.screen import Screener

ROOT = Path(__file__).resolve().parent.parent
SAFETY = ROOT / "tests" / "safety"
CATEGORY_SETS = ("vignettes.yaml", "vignettes_heldout.yaml", "vignettes_blind.yaml",
                 "vignettes_blind2.yaml", "vignettes_blind4.yaml")
LEVEL_SETS = tuple(sorted(p.name for p in TRIAGE_DATA.glob("triage_*.yaml")))
TYPICAL_SETS = ("triage_dev_chat.yaml", "triage_blind_chat.yaml", "triage_blind2_chat.yaml")
LAYERS: dict[str, tuple[Layer, ...]] = {"rules": ("rules",), "rules+findings": ("rules", "findings"),
                                        "+learned": ("rules", "findings", "learned")}
SYSTEM = "You are a careful clinical assistant. Answer plainly and say when to seek care."


class _Layers:
    """A screener restricted to some layers, for `score`."""

    def __init__(self, layers: tuple[Layer, ...]) -> None:
        self.layers = layers

    def screen(self, texts: Sequence[str]) -> Any:
        return default_screener().screen(texts, "US", self.layers)


def print_categories(name: str, vignettes: list[Vignette], show_errors: bool) -> None:
    print(f"\n{name}: {len(vignettes)} vignettes, {sum(bool(v.expect) for v in vignettes)} emergencies")
    for label, layers in LAYERS.items():
        report = score(vignettes, _Layers(layers))  # type: ignore[arg-type]
        o = report.overall
        print(f"  {label:<15} recall {o.recall:.3f} precision {o.precision:.3f} "
              f"(tp {o.tp}, fp {o.fp}, fn {o.fn})")
    report = score(vignettes)
    print(f"  {'category':<22} {'recall':>7} {'precision':>9} {'tp':>4} {'fp':>4} {'fn':>4}")
    for cat in (*CATEGORY_NAMES, "(findings)"):
        c = report.per_category.get(cat)
        if c is not None:
            print(f"  {cat:<22} {c.recall:7.3f} {c.precision:9.3f} {c.tp:4} {c.fp:4} {c.fn:4}")
    if show_errors:
        for line in report.errors:
            print("   ", line)


def print_levels(name: str, vignettes: list[LevelVignette], show_errors: bool) -> None:
    groups = sorted({v.group for v in vignettes}, key=lambda g: (g != "emergent", g))
    print(f"\n{name}: {len(vignettes)} vignettes ({', '.join(groups)})"
          + ("; +learned is trained on this set: see --folds for unseen writers" if name.startswith("triage_") else ""))
    for label, layers in LAYERS.items():
        r = score_levels(vignettes, level_of(layers))
        parts = []
        for g in groups:
            n = r.total[g]
            what = "recall" if g == "emergent" else "called emergent"
            parts.append(f"{g} {what} {r.emergent[g]}/{n} = {r.rate(g):.2f}")
            if g == "urgent":
                parts.append(f"urgent at least urgent {r.urgent_or_more[g]}/{n}")
        if r.quiet_total:
            parts.append(f"quiet emergencies {r.quiet_emergent}/{r.quiet_total}")
        print(f"  {label:<15} " + "; ".join(parts))
        if show_errors and layers == LAYERS["rules+findings"]:
            for line in r.errors:
                print("   ", line)


def _body(text: str) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": "system", "content": SYSTEM},
                                       {"role": "user", "content": text}]}


def _conversations(texts: list[str], turns: int = 6) -> list[dict[str, Any]]:
    """Each group of `turns` messages as one conversation's requests: request k carries the user's
    first k messages (with short assistant replies between), as a chat client resends history."""
    bodies = []
    for i in range(0, len(texts) - turns + 1, turns):
        history: list[dict[str, str]] = [{"role": "system", "content": SYSTEM}]
        for text in texts[i : i + turns]:
            history = [*history, {"role": "user", "content": text}]
            bodies.append({"model": "m", "messages": history})
            history = [*history, {"role": "assistant", "content": "Thank you, noted."}]
    return bodies


def _unmemoised() -> Screener:
    return Screener(cache_size=0, learned_layer=LearnedLayer(learned.layer().model, memo_size=0))


def cost(bodies: list[dict[str, Any]], rounds: int,
         screener: Screener | None = None) -> dict[str, tuple[float, float]]:
    """Per arm: (CPU microseconds per request, wall microseconds per request), best round.

    `screener` (default: one without a memo) screens; its memo of scans is emptied before each
    round, so a warm memo only helps within a round (a conversation's earlier turns)."""
    s = screener or _unmemoised()
    arms: dict[str, Callable[[dict[str, Any]], object]] = {
        "no screen": user_texts,
        "rules": lambda b: s.screen(user_texts(b), "US", ("rules",)),
        "rules+findings": lambda b: s.screen(user_texts(b), "US", ("rules", "findings")),
        "+learned": lambda b: s.screen(user_texts(b), "US", ("rules", "findings", "learned")),
    }
    for fn in arms.values():  # warm up: compiles the screener on first use
        for b in bodies:
            fn(b)
    best = {name: (float("inf"), float("inf")) for name in arms}
    for _ in range(rounds):
        for name, fn in arms.items():
            s.forget()
            c0, w0 = time.process_time(), time.perf_counter()
            for b in bodies:
                fn(b)
            c1, w1 = time.process_time(), time.perf_counter()
            n = len(bodies)
            cpu, wall = (c1 - c0) / n * 1e6, (w1 - w0) / n * 1e6
            best[name] = (min(best[name][0], cpu), min(best[name][1], wall))
    return best


def print_cost(label: str, chat: list[str], rounds: int) -> None:
    bodies = [_body(t) for t in chat]
    lengths = sorted(len(t) for t in chat)
    best = cost(bodies, rounds)
    base_cpu = best["no screen"][0]
    print(f"\ncost per chat request, {label} ({len(bodies)} chat-style messages, median "
          f"{lengths[len(lengths) // 2]} chars, mean {statistics.mean(lengths):.0f}; best of {rounds} "
          f"interleaved rounds; Python {sys.version.split()[0]}):")
    for name, (cpu, wall) in best.items():
        added = "" if name == "no screen" else f"   adds {(cpu - base_cpu) / 1000:.3f} ms CPU"
        print(f"  {name:<15} {cpu:8.1f} us CPU {wall:8.1f} us wall{added}")
    r_cpu, f_cpu = best["rules"][0] - base_cpu, best["rules+findings"][0] - base_cpu
    print(f"  findings on top of rules: +{f_cpu - r_cpu:.1f} us CPU ({f_cpu / r_cpu:.2f}x the rules layer)")
    print(f"  learned on top of both: +{best['+learned'][0] - best['rules+findings'][0]:.1f} us CPU")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--errors", action="store_true", help="print every wrong vignette")
    args = parser.parse_args()
    for name in CATEGORY_SETS:
        print_categories(name, load_vignettes(SAFETY / name), args.errors)
    chat: list[str] = []
    typical: list[str] = []
    for name in LEVEL_SETS:
        vignettes = load_level_vignettes(TRIAGE_DATA / name)
        print_levels(name, vignettes, args.errors)
        if "chat" in name:
            chat += [v.text for v in vignettes]
        if name in TYPICAL_SETS:
            typical += [v.text for v in vignettes]
    print_cost("typical (" + ", ".join(n.removesuffix(".yaml") for n in TYPICAL_SETS) + ")",
               typical, args.rounds)
    print_cost("all chat sets", chat, args.rounds)
    conversations = _conversations(chat)
    print(f"\nconversations: {len(conversations)} requests, each carrying the user's earlier turns (1 to 6):")
    for label, screener in (("no memo", _unmemoised()), ("scan memo", Screener())):
        arms = cost(conversations, max(3, args.rounds // 3), screener)
        print(f"  {label:<15} {arms['rules+findings'][0]:8.1f} us CPU per request (rules+findings), "
              f"{arms['+learned'][0]:8.1f} with the learned layer")
    long_text = " ".join(chat[:40])
    cold = _unmemoised()
    cold.screen(user_texts(_body(long_text)))  # compiles the buckets it needs before the clock
    t0 = time.process_time()
    for _ in range(max(1, args.rounds // 3)):
        cold.screen(user_texts(_body(long_text)))
    per = (time.process_time() - t0) / max(1, args.rounds // 3) * 1e6
    print(f"  long message: {len(long_text)} chars, {per:.0f} us CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
