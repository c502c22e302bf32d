"""The batch progress bar (Rich, on stderr when it is a terminal): done of total, failed, rate,
ETA and cost so far; and the one summary line printed in every case."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.speed
        return Text("-- lines/s" if speed is None else f"{speed:,.1f} lines/s")


@dataclass
class Tally:
    total: int = 0
    skipped: int = 0  # done on an earlier run
    ok: int = 0
    failed: int = 0
    cost_usd: float = 0.0
    unpriced: int = 0  # lines that called a model with no price on record
    codes: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: dict[str, Any]) -> None:
        if outcome["status"] == "ok":
            self.ok += 1
        else:
            self.failed += 1
            code = str((outcome.get("error") or {}).get("code"))
            self.codes[code] = self.codes.get(code, 0) + 1
        cost = outcome.get("cost_usd")
        if isinstance(cost, (int, float)):
            self.cost_usd += cost
        elif outcome.get("request_id") and outcome["status"] == "ok":
            self.unpriced += 1


class BatchProgress:
    def __init__(self, console: Console | None = None, *, enabled: bool | None = None) -> None:
        self.console = console or Console(stderr=True)
        show = self.console.is_terminal if enabled is None else enabled
        self.progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("[red]{task.fields[failed]} failed"), RateColumn(), TimeRemainingColumn(),
            TextColumn("${task.fields[cost]:.4f}"), console=self.console, disable=not show,
        )
        self.tally = Tally()
        self._task: Any = None

    def start(self, total: int, skipped: int) -> None:
        self.tally.total, self.tally.skipped = total, skipped
        self._task = self.progress.add_task("batch", total=total, completed=skipped, failed=0, cost=0.0)
        self.progress.start()

    def advance(self, outcome: dict[str, Any]) -> None:
        self.tally.add(outcome)
        self.progress.update(self._task, advance=1, failed=self.tally.failed, cost=self.tally.cost_usd)

    def stop(self) -> None:
        self.progress.stop()
