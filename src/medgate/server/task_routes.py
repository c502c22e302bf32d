"""Handlers of the clinical task routes: run a task, report on images, sign an artefact off.

Each runs as the caller's API key (`KeyedClient`) and writes its own audit record (`TaskAudit`)."""

from __future__ import annotations

import asyncio
from typing import Any

from medgate.app import App, KeyedClient
from medgate.auth import Principal
from medgate.errors import InvalidRequest
from medgate.server.http import (
    AUDITED,
    Receive,
    Scope,
    Send,
    header_map,
    parse_json,
    principal_of,
    read_body,
    route_name,
    send_json,
)


class TaskAudit:
    """The audit as the task layer sees it for one request: its record is this request's record."""

    def __init__(self, app: App, scope: Scope) -> None:
        self.app, self.scope = app, scope

    def append(self, record: dict[str, Any]) -> None:
        self.scope[AUDITED] = True
        self.app.audit.append(record | {"route": route_name(self.scope)})

    def query(self, kind: str, **match: Any) -> list[dict[str, Any]]:
        return self.app.audit.query(kind, **match)


async def task(app: App, scope: Scope, receive: Receive, send: Send, params: list[str]) -> None:
    from medgate.tasks.api import task_http

    body = parse_json(await read_body(scope, receive, app.config.max_body_bytes))
    principal = principal_of(scope)
    await send_json(send, 200, await task_http(KeyedClient(app, principal), TaskAudit(app, scope), params[0], body,
                                               app.artefacts, principal.id if principal else None))


async def image_report(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    """JSON with files as data URLs, or multipart/form-data with `file` parts."""
    from medgate.imaging import Attachment
    from medgate.server.multipart import is_multipart, parse_form
    from medgate.tasks.api import image_report_form, image_report_http

    raw = await read_body(scope, receive, app.config.max_body_bytes)
    content_type = header_map(scope).get("content-type")
    principal = principal_of(scope)
    client, audit = KeyedClient(app, principal), TaskAudit(app, scope)
    key_id = principal.id if principal else None
    if not is_multipart(content_type):
        await send_json(send, 200, await image_report_http(client, audit, parse_json(raw), app.artefacts, key_id))
        return
    assert content_type is not None
    form = parse_form(raw, content_type)
    if any(f.field != "file" for f in form.files):
        raise InvalidRequest("files go in form parts named file", param="file")
    files = [Attachment(f.data, f.content_type, f.filename) for f in form.files]
    await send_json(send, 200, await image_report_form(client, audit, form.fields, files, app.artefacts, key_id))


async def signoff(app: App, scope: Scope, receive: Receive, send: Send, params: list[str]) -> None:
    body = parse_json(await read_body(scope, receive, app.config.max_body_bytes))
    principal = principal_of(scope)
    out = await asyncio.to_thread(_signoff_sync, app, scope, params[0], body, principal)
    await send_json(send, 200, out)


def _signoff_sync(app: App, scope: Scope, artefact_id: str, body: Any, principal: Principal | None) -> Any:
    from medgate.tasks.api import signoff_sync

    return signoff_sync(TaskAudit(app, scope), app.artefacts, artefact_id, body,
                        principal.id if principal else None)
