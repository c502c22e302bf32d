"""One Rich progress bar per model (on standard error): items done, running score, rate, ETA."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:.1f} items/s")


class RichProgress:
    def __init__(self, console: Console | None = None) -> None:
        self.bars = Progress(
            TextColumn("{task.description:<24}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("score {task.fields[score]}"), RateColumn(),
            TimeElapsedColumn(), TimeRemainingColumn(),
            console=console or Console(stderr=True), refresh_per_second=4)
        self.tasks: dict[str, TaskID] = {}
        self.sums: dict[str, tuple[float, int]] = {}

    def __enter__(self) -> RichProgress:
        self.bars.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.bars.stop()

    def start(self, model: str, total: int, done: int) -> None:
        self.sums[model] = (0.0, 0)
        self.tasks[model] = self.bars.add_task(model, total=total, completed=done, score="—")

    def advance(self, model: str, score: float | None) -> None:
        task = self.tasks[model]
        total, n = self.sums[model]
        if score is not None:
            total, n = total + score, n + 1
            self.sums[model] = (total, n)
        self.bars.update(task, advance=1, score=f"{total / n:.3f}" if n else "—")
