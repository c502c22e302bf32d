"""The local engine: every line in this process, up to `concurrency` in flight at once.

Model calls overlap on one event loop (they wait on the network); de-identification is CPU work
and runs one line after another on one core — for every core, use the Ray engine.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from medgate.batch.lines import Line, Outcome
from medgate.batch.work import Work, run_line, warm
from medgate.config import Config

if TYPE_CHECKING:
    from medgate.app import App


class LocalEngine:
    def __init__(self, work: Work, config: Config, *, concurrency: int = 8) -> None:
        self.work = work
        self.config = config
        self.concurrency = max(1, concurrency)
        self._runner: asyncio.Runner | None = None
        self._app: App | None = None

    def start(self) -> None:
        """The pipeline warm before the first line: detector, red-flag screen, the App."""
        if self._runner is not None:
            return
        from medgate.app import start_app

        warm(self.work)
        self._runner = asyncio.Runner()
        if self.work.uses_gateway:
            self._app = self._runner.run(start_app(self.config))

    def results(self, lines: Iterable[Line]) -> Iterator[tuple[Line, Outcome]]:
        """Outcomes as lines finish. Lines are pulled from `lines` only when there is room, so a
        caller that stops yielding (budget spent) stops the dispatch."""
        self.start()
        runner = self._runner
        assert runner is not None
        loop = runner.get_loop()
        source = iter(lines)
        pending: dict[asyncio.Task[Outcome], Line] = {}
        try:
            while True:
                while len(pending) < self.concurrency and (line := next(source, None)) is not None:
                    pending[loop.create_task(run_line(self.work, self._app, line))] = line
                if not pending:
                    return
                # the loop itself, not runner.run: that installs a SIGINT handler on every call
                done, _ = loop.run_until_complete(asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED))
                for task in done:
                    yield pending.pop(task), task.result()
        finally:
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.wait(pending))

    def close(self) -> None:
        if self._runner is None:
            return
        if self._app is not None:
            self._runner.run(self._app.aclose())  # its audit rows are written before it goes
            self._app = None
        self._runner.close()
        self._runner = None
