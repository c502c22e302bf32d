"""What a batch does to one line: one small class per kind of work, named in one table.

Every line goes through the same code as a live request: chat lines through
`Gateway.complete` (validation, red-flag screen, routing, PHI policy, cost, one audit row
carrying the batch id), clinical tasks through `tasks.arun`, de-identification through
`privacy.deidentify` (strict by default; each line is a document of its own). A line's failure
is its own outcome, never the batch's.

    kind        CLI (`medgate batch run --task`)     HTTP (`POST /v1/batches` endpoint)
    deid        {"id", "text"}                        /v1/deid  with body {"text", "mode"?, ...}
    chat        {"custom_id", "body": {...}} or a     /v1/chat/completions
                chat body with "messages"
    <task>      {"id", "text"}                        /v1/tasks/<task>  with body {"input", ...}
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from medgate.batch.lines import ID_FIELDS, Line, Outcome, failed, http_error, ok
from medgate.errors import InternalError, InvalidRequest, MedgateError, NotFound

if TYPE_CHECKING:
    from medgate.app import App
    from medgate.auth import Access, Principal

log = logging.getLogger("medgate.batch")
RETRY_STATUSES = frozenset({429, 502, 503, 504})


class Work(Protocol):
    uses_gateway: ClassVar[bool]  # needs a started App (model calls), or runs on its own
    access: ClassVar[Access]  # the route's access: a key must have it to batch these lines

    def settings(self) -> dict[str, Any]:
        """What changes the result: part of every line's resume key."""
        ...

    async def run(self, app: App | None, line: Line, batch: str | None,
                  principal: Principal | None = None) -> Outcome:
        """`principal`: the key the batch runs as (None: no keys, or the CLI's local operator)."""
        ...


def _text(line: Line) -> str:
    text = line.payload.get("text", line.payload.get("input"))
    if not isinstance(text, str):
        raise InvalidRequest('each line must be an object {"id", "text"} with a string text', param="text")
    return text


def _body(line: Line) -> dict[str, Any]:
    body = line.payload.get("body")
    if not isinstance(body, dict):
        raise InvalidRequest("each line needs a JSON object 'body'", param="body")
    return body


@dataclass(frozen=True)
class DeidNotes:
    """`--task deid`: one note per line, `privacy.deidentify(text, mode, policy=...)`."""

    mode: str = "surrogate"
    policy: str = "strict"
    uses_gateway: ClassVar[bool] = False
    access: ClassVar[Access] = "any"

    def settings(self) -> dict[str, Any]:
        return {"task": "deid", "mode": self.mode, "policy": self.policy}

    async def run(self, app: App | None, line: Line, batch: str | None,
                  principal: Principal | None = None) -> Outcome:
        from medgate.privacy.api import result_json
        from medgate.privacy.deidentify import deidentify

        return ok(result_json(deidentify(_text(line), self.mode, policy=self.policy)))  # type: ignore[arg-type]


@dataclass(frozen=True)
class DeidRequests:
    """Endpoint `/v1/deid`: each line's body is a `/v1/deid` request, run in the App's worker
    processes (the scanners hold the GIL; the server's event loop must stay free)."""

    uses_gateway: ClassVar[bool] = True
    access: ClassVar[Access] = "any"

    def settings(self) -> dict[str, Any]:
        return {"endpoint": "/v1/deid"}

    async def run(self, app: App | None, line: Line, batch: str | None,
                  principal: Principal | None = None) -> Outcome:
        import orjson

        from medgate.server.cpu_work import deid_response

        assert app is not None
        status, raw = await app.offload.run(deid_response, orjson.dumps(_body(line)), inline_max=0)
        body = orjson.loads(raw)
        return ok(body) if status == 200 else http_error(status, body["error"])


@dataclass(frozen=True)
class Chat:
    """Chat completions through the gateway. `model` (the CLI's --model) overrides the body's."""

    model: str | None = None
    deployments: tuple[str, ...] = ()  # the alias's deployments: a new route is new work
    uses_gateway: ClassVar[bool] = True
    access: ClassVar[Access] = "any"

    def settings(self) -> dict[str, Any]:
        return {"task": "chat", "model": self.model, "deployments": list(self.deployments)}

    async def run(self, app: App | None, line: Line, batch: str | None,
                  principal: Principal | None = None) -> Outcome:
        from medgate.gateway.options import request_options

        assert app is not None and app.gateway is not None
        gateway = app.gateway
        ticket = gateway.ticket(principal)
        ticket.batch = batch
        try:
            body = line.payload["body"] if "body" in line.payload else {
                k: v for k, v in line.payload.items() if k not in ID_FIELDS}
            if not isinstance(body, dict):
                raise InvalidRequest("'body' must be a chat completions request object", param="body")
            if body.get("stream") is True:
                raise InvalidRequest("stream is not supported in a batch; leave it out", param="stream")
            if self.model is not None:
                body = {**body, "model": self.model}
            resp = await gateway.complete(body, request_options(body), ticket)
        except MedgateError as exc:  # audited by the gateway (or refused before it): this line's error
            if not ticket.audited:
                gateway.fail(ticket, exc)
            return failed(exc, request_id=ticket.request_id)
        return ok(resp, cost=resp["medgate"].get("cost_usd"), request_id=ticket.request_id)


@dataclass(frozen=True)
class ClinicalTask:
    """A clinical task (soap-note, differential, ...) on each line's text, or each line's
    `/v1/tasks/<name>` body when `from_body`."""

    name: str
    model: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    from_body: bool = False
    deployments: tuple[str, ...] = ()
    uses_gateway: ClassVar[bool] = True
    access: ClassVar[Access] = "clinical"

    def settings(self) -> dict[str, Any]:
        return {"task": self.name, "model": self.model, "options": self.options,
                "deployments": list(self.deployments)}

    async def run(self, app: App | None, line: Line, batch: str | None,
                  principal: Principal | None = None) -> Outcome:
        from medgate.app import KeyedClient
        from medgate.tasks.api import task_http
        from medgate.tasks.runner import arun

        assert app is not None
        client, key_id = KeyedClient(app, principal), principal.id if principal is not None else None
        if self.from_body:
            out = await task_http(client, app.audit, self.name, _body(line), app.artefacts, key_id)
        else:
            result = await arun(client, self.name, _text(line), model=self.model, options=self.options,
                                audit=app.audit, artefacts=app.artefacts, key_id=key_id)
            out = result.to_dict()
        return ok(out, cost=out["medgate"].get("cost_usd"), request_id=out["id"])


def work_for(task: str, *, model: str | None = None, mode: str = "surrogate", policy: str = "strict",
             options: dict[str, Any] | None = None, deployments: tuple[str, ...] = ()) -> Work:
    """The CLI's `--task`: deid, chat, or a clinical task's name."""
    from medgate.tasks.registry import TASKS

    kinds: dict[str, Work] = {"deid": DeidNotes(mode, policy), "chat": Chat(model, deployments)}
    if task in kinds:
        return kinds[task]
    if task in TASKS:
        return ClinicalTask(task, model, dict(options or {}), deployments=deployments)
    raise NotFound(f"unknown task {task!r}; use deid, chat or one of {', '.join(sorted(TASKS))}",
                   param="task")


def work_for_endpoint(endpoint: str) -> Work:
    """The HTTP batch's `endpoint`: the routes a batch line may name."""
    from medgate.tasks.registry import TASKS

    kinds: dict[str, Work] = {"/v1/chat/completions": Chat(), "/v1/deid": DeidRequests()}
    if endpoint in kinds:
        return kinds[endpoint]
    prefix = "/v1/tasks/"
    if endpoint.startswith(prefix) and endpoint[len(prefix):] in TASKS:
        return ClinicalTask(endpoint[len(prefix):], from_body=True)
    raise InvalidRequest(f"endpoint must be one of {', '.join(kinds)} or /v1/tasks/<task>; got {endpoint!r}",
                         param="endpoint")


def warm(work: Work) -> None:
    """Load what every line needs, once per process, before the first line is timed: the PHI
    lexicon, tagger and filter, and (for model calls) the red-flag screen's compiled rules and its
    learned layer."""
    from medgate.privacy.detect import warm_up

    warm_up()
    if work.uses_gateway:
        from medgate.safety.screen import warm_up as warm_screen

        warm_screen()


async def run_line(work: Work, app: App | None, line: Line, batch: str | None = None,
                   *, attempts: int = 3, backoff_s: float = 0.5, principal: Principal | None = None) -> Outcome:
    """One line, start to end: its own error never escapes; rate limits and overloads are
    retried with backoff before they count as a failure."""
    if line.problem is not None:
        return failed(InvalidRequest(f"line {line.number}: {line.problem}", param="line"))
    for attempt in range(attempts):
        try:
            outcome = await work.run(app, line, batch, principal)
        except MedgateError as exc:
            outcome = failed(exc)
        except Exception as exc:  # a bug costs this line only; logged by type (the text may hold PHI)
            log.error("batch line %d failed with %s", line.number, type(exc).__name__)
            outcome = failed(InternalError(f"internal error in medgate on line {line.number}"))
        if outcome["status_code"] not in RETRY_STATUSES or attempt == attempts - 1:
            return outcome
        await asyncio.sleep(backoff_s * 2 ** attempt)
    raise AssertionError("unreachable")
