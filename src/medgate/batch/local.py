"""The local engine: every line in this process, up to `concurrency` in flight at once.

Model calls overlap on one event loop (they wait on the network); de-identification is CPU work
and runs one line after another on one core — for every core, use the Ray engine.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator

from medgate.batch.lines import Line, Outcome
from medgate.batch.work import Work, run_line
from medgate.config import Config


class LocalEngine:
    def __init__(self, work: Work, config: Config, *, concurrency: int = 8) -> None:
        self.work = work
        self.config = config
        self.concurrency = max(1, concurrency)

    def start(self) -> None:
        from medgate.privacy.detect import warm_up

        warm_up()  # the lexicon and tagger load once, before the first line is timed

    def results(self, lines: Iterable[Line]) -> Iterator[tuple[Line, Outcome]]:
        """Outcomes as lines finish. Lines are pulled from `lines` only when there is room, so a
        caller that stops yielding (budget spent) stops the dispatch."""
        from medgate.app import start_app

        self.start()
        with asyncio.Runner() as runner:
            loop = runner.get_loop()
            app = runner.run(start_app(self.config)) if self.work.uses_gateway else None
            source = iter(lines)
            pending: dict[asyncio.Task[Outcome], Line] = {}
            try:
                while True:
                    while len(pending) < self.concurrency and (line := next(source, None)) is not None:
                        pending[loop.create_task(run_line(self.work, app, line))] = line
                    if not pending:
                        return
                    done, _ = runner.run(asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED))
                    for task in done:
                        yield pending.pop(task), task.result()
            finally:
                for task in pending:
                    task.cancel()
                if pending:
                    runner.run(asyncio.wait(pending))
                if app is not None:
                    runner.run(app.aclose())

    def close(self) -> None:
        pass
