"""`run_batch`: one input file to one output file, resumable, in input order, through an engine.

    read lines ─► skip those done (previous output + journal, same key) ─► engine.results(...)
      ─► journal each outcome as it arrives (progress, cost) ─► budget spent? stop feeding
      ─► order: one record per input line, input order ─► output (JSONL or Parquet) ─► drop journal

A rerun after a crash, a kill or Ctrl-C finds the journal and does only what is missing; a
rerun after success finds every line in the output and does nothing. Errors worth retrying
(rate limits, overloads, a spent budget) are recorded but redone by the next run.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from medgate.batch.journal import Done, Journal
from medgate.batch.lines import Line, Outcome, not_run, read_lines, settings_hash
from medgate.batch.outputs import format_for
from medgate.batch.progress import BatchProgress, Tally
from medgate.batch.store import Store, open_url
from medgate.batch.work import Work
from medgate.errors import InternalError


class Engine(Protocol):
    def start(self) -> None:
        """Get ready (warm detectors, workers started), so that the timing measures the work."""
        ...

    def results(self, lines: Iterator[Line]) -> Iterator[tuple[Line, Outcome]]: ...

    def close(self) -> None: ...


@dataclass
class Summary:
    tally: Tally
    seconds: float  # the lines' work, from the first line sent to the last outcome
    written: int
    startup_s: float = 0.0

    @property
    def rate(self) -> float:
        done = self.tally.ok + self.tally.failed
        return done / self.seconds if self.seconds > 0 else 0.0


def split_url(url: str) -> tuple[str, str]:
    """An output path or URL → (its directory as a store URL, the file's name)."""
    head, _, name = url.rstrip("/").rpartition("/")
    return (head or "."), name


def is_done(done: Done | None, line: Line) -> bool:
    return done is not None and done.key == line.key and not done.retry


def run_batch(input_url: str, out_url: str, work: Work, engine: Engine, *,
              budget_usd: float | None = None, progress: BatchProgress | None = None) -> Summary:
    """Raises RequestError for an input it cannot use (duplicate ids), before any work."""
    with open_url(input_url) as f:
        lines = read_lines(f, settings_hash(work.settings()))
    store_url, out_key = split_url(out_url)
    store = Store(store_url)
    fmt = format_for(out_key)
    journal = Journal(store, f"{out_key}.parts")
    index, memory = fmt.previous(store, out_key)
    index.update(journal.load())
    todo = [line for line in lines if not is_done(index.get(line.id), line)]
    if not todo and not journal.segments():
        return Summary(Tally(total=len(lines), skipped=len(lines)), 0.0, 0)  # the output holds them all
    progress = progress or BatchProgress(enabled=False)
    progress.start(len(lines), len(lines) - len(todo))
    tally = progress.tally
    fed: set[int] = set()

    def feed() -> Iterator[Line]:
        for line in todo:
            if budget_usd is not None and tally.cost_usd >= budget_usd:
                return
            fed.add(line.index)
            yield line

    started = time.perf_counter()
    try:
        if todo:
            engine.start()
        startup_s = time.perf_counter() - started
        started = time.perf_counter()
        for line, outcome in engine.results(feed()):
            journal.append(line, outcome)
            progress.advance(dict(outcome))
        for line in todo:
            if line.index not in fed:  # the budget ran out before this line was sent
                outcome = not_run("budget_exceeded", f"the batch budget of ${budget_usd} was spent "
                                  "before this line ran; rerun with a larger --budget-usd to do it")
                journal.append(line, outcome)
                progress.advance(dict(outcome))
    finally:
        seconds = time.perf_counter() - started
        progress.stop()
        engine.close()
        journal.close()
    index, memory = fmt.previous(store, out_key)
    index.update(journal.load())
    written = fmt.write(store, out_key, _ordered(lines, index, memory, journal))
    journal.clear()
    return Summary(tally, seconds, written, startup_s)


def _ordered(lines: list[Line], index: dict[str, Done], memory: dict[str, bytes],
             journal: Journal) -> Iterator[bytes]:
    try:
        for line in lines:
            done = index.get(line.id)
            if done is None:
                raise InternalError(f"line {line.number} (id {line.id!r}) has no result after the run")
            yield memory[done.source] if done.source in memory else journal.read(done)
    finally:
        journal.close()
