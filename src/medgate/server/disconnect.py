"""Notice a client that leaves, and stop the work done for it.

uvicorn drops what is sent after a disconnect without telling the sender, so a generation for a
client that closed its connection would run to the end. Once a request's body is read, a watcher
waits on `receive()` (which then returns only `http.disconnect`) and cancels the request's task
if the response is not finished yet; the pipeline audits such a request as `cancelled`, and
closing the model stream stops the generation (the embedded runner within a token).
"""

from __future__ import annotations

import asyncio

from medgate.server.http import Message, Receive, Send


class RequestWatch:
    """Per request: wraps `receive` and `send`, and cancels the request's task on a disconnect."""

    def __init__(self, receive: Receive, send: Send) -> None:
        self._receive, self._send = receive, send
        self._task = asyncio.current_task()
        self._watcher: asyncio.Task[None] | None = None
        self.started = False  # the response's first message went out
        self.status = 0  # its HTTP status, once sent
        self.finished = False  # its last one did
        self.fired = False  # we cancelled the task because the client left

    async def receive(self) -> Message:
        message = await self._receive()
        if message["type"] == "http.disconnect":
            raise ConnectionAbortedError  # gone before its body was read
        if not message.get("more_body", False) and self._watcher is None:
            self._watcher = asyncio.get_running_loop().create_task(self._watch())
        return message

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
            self.status = int(message["status"])
        elif not message.get("more_body", False):
            self.finished = True
        await self._send(message)

    async def _watch(self) -> None:
        message = await self._receive()
        if message["type"] == "http.disconnect" and not self.finished and self._task is not None:
            self.fired = True
            self._task.cancel()

    def close(self) -> None:
        if self._watcher is not None and not self._watcher.done():
            self._watcher.cancel()

    def absorb_cancel(self) -> bool:
        """After catching CancelledError: True (and the task un-cancelled) if it was ours."""
        if not self.fired or self._task is None:
            return False
        self._task.uncancel()
        return True
