"""Run a clinical task end to end: checks, model choice, generation, post-processing, export,
audit. The result is always a draft: review_required, FHIR status preliminary, labelled."""

from __future__ import annotations

import functools
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from pydantic import ValidationError

from medgate.errors import InvalidRequest, MedgateError
from medgate.imaging import Attachment
from medgate.tasks.base import FhirContext, Output, Task, TaskOptions
from medgate.tasks.checks import InputCheck
from medgate.tasks.client import AuditLog, ChatClient
from medgate.tasks.generate import Answer, Session
from medgate.tasks.image_report import ImageReportOptions
from medgate.tasks.image_run import generate_report, with_pixels
from medgate.tasks.parsing import engine_schema
from medgate.tasks.registry import task_for
from medgate.tasks.store import ArtefactStore

LABEL = "AI-assisted draft — must be reviewed by a clinician"
FORMATS = ("json", "fhir")


@functools.cache
def input_check() -> InputCheck:
    """Built once per process (compiled patterns; immutable)."""
    return InputCheck.build()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class TaskResult:
    task: str
    id: str
    result: dict[str, Any]
    medgate: dict[str, Any]
    reasoning_content: str | None = None
    fhir: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"task": self.task, "id": self.id, "result": self.result}
        if self.reasoning_content:
            out["reasoning_content"] = self.reasoning_content
        if self.fhir is not None:
            out["fhir"] = self.fhir
        out |= {
            "review_required": True,
            "status": "preliminary",
            "label": LABEL,
            "medgate": self.medgate,
        }
        return out


def task_options(task: Task, options: Any) -> TaskOptions:
    """The task's options model, or InvalidRequest naming the bad option."""
    if options is None:
        options = {}
    if not isinstance(options, dict):
        raise InvalidRequest("options must be an object", param="options")
    try:
        return task.options_model.model_validate(options)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        param = f"options.{where}" if where else "options"
        raise InvalidRequest(f"{task.name}: {param}: {err['msg']}", param=param) from exc


def system_message(task: Task) -> str:
    schema = orjson.dumps(engine_schema(task.output)).decode()
    return f"{task.system_prompt}\nJSON schema:\n{schema}"


def merge_medgate(task: Task, alias: str, responses: list[dict[str, Any]]) -> dict[str, Any]:
    """The last response's `medgate` block, with cost summed over every call and the first
    escalation any call carried."""
    blocks = [r.get("medgate") or {} for r in responses]
    costs = [b["cost_usd"] for b in blocks if isinstance(b.get("cost_usd"), (int, float))]
    escalation = next((b["escalation"] for b in blocks if b.get("escalation")), None)
    merged = dict(blocks[-1]) if blocks else {}
    merged.setdefault("alias", alias)
    merged |= {
        "cost_usd": round(sum(costs), 8) if costs else None,
        "escalation": escalation,
        "review_required": True,
        "task": task.name,
        "calls": len(responses),
    }
    return merged


def audit_record(
    artefact_id: str, task: Task, fmt: str, result: dict[str, Any], meta: dict[str, Any]
) -> dict[str, Any]:
    """What is audited for a task: who/what/when and a hash of the output; no text, no PHI."""
    escalation = meta.get("escalation") or {}
    return {
        "kind": "task",
        "artefact_id": artefact_id,
        "task": task.name,
        "alias": meta.get("alias"),
        "deployment": meta.get("deployment"),
        "cost_usd": meta.get("cost_usd"),
        "calls": meta.get("calls"),
        "format": fmt,
        "escalation_categories": list(escalation.get("categories") or []),
        "result_sha256": hashlib.sha256(
            orjson.dumps(result, option=orjson.OPT_SORT_KEYS)
        ).hexdigest(),
        "files": [f["kind"] for f in result.get("files") or ()],
        "at": now_iso(),
    }


async def arun(
    client: ChatClient,
    name: str,
    text: str,
    *,
    model: str | None = None,
    format: str = "json",
    options: dict[str, Any] | None = None,
    audit: AuditLog | None = None,
    files: Sequence[Attachment] | None = None,
    artefacts: ArtefactStore | None = None,
    key_id: str | None = None,
) -> TaskResult:
    """Run task `name` on `text` (for a task that takes files, `text` is the question about
    `files`). Raises NotFound (unknown task), InvalidRequest (bad format, options or files),
    UnprocessableInput (near-empty or non-clinical input), TaskError (no valid output within the
    retry limits) or the gateway's MedgateError subclasses."""
    task = task_for(name)
    if format not in FORMATS:
        raise InvalidRequest(f"format must be one of {', '.join(FORMATS)}", param="format")
    if format == "fhir" and not task.supports_fhir():
        raise InvalidRequest(f"{task.name} has no FHIR export; use format json", param="format")
    opts = task_options(task, options)
    if not isinstance(text, str):
        raise InvalidRequest("input must be a string", param="input")
    artefact_id = str(uuid.uuid4())
    extras: dict[str, Any] = {}
    if task.takes_files:
        assert isinstance(opts, ImageReportOptions)
        alias = model or client.pick_model(task.use_case)
        session, last, extras = await generate_report(client, task, text, files or (), alias=alias, options=opts,
                                                      artefact_id=artefact_id, audit=audit, key_id=key_id)
        output = last.output
        result = with_pixels(output.model_dump(mode="json"), extras["images"]) | extras
    else:
        if files:
            raise InvalidRequest(f"{task.name} takes text, not files", param="files")
        source = input_check().check(text)
        alias = model or client.pick_model(task.use_case)
        session, last, output, extra = await _generate_text(client, task, alias, source, opts, artefact_id, audit,
                                                            key_id)
        result = output.model_dump(mode="json") | extra
    meta = merge_medgate(task, alias, session.responses)
    bundle = None
    if format == "fhir":
        ctx = FhirContext(artefact_id, str(meta.get("alias") or alias), opts.subject, opts.encounter, now_iso(),
                          extras)
        bundle = task.fhir(output, ctx)
    record = audit_record(artefact_id, task, format, result, meta) | {"key_id": key_id}
    if artefacts is not None:
        artefacts.add(artefact_id, task.name, record["alias"], record["result_sha256"], key_id)
    if audit is not None:
        audit.append(record)
    return TaskResult(task.name, artefact_id, result, meta, last.reasoning, bundle)


async def _generate_text(client: ChatClient, task: Task, alias: str, source: str, opts: TaskOptions,
                         artefact_id: str, audit: AuditLog | None,
                         key_id: str | None) -> tuple[Session, Answer, Output, dict[str, Any]]:
    """The first answer and any post-processing redo for a text task."""
    session = Session(client, task, alias, task.max_tokens, opts.seed)
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": system_message(task)},
        {"role": "user", "content": task.user_message(source, opts)},
    ]
    try:
        first = await session.generate(messages)
        last = first

        async def redo(instruction: str) -> Output:
            nonlocal last
            follow_up = [
                {"role": "assistant", "content": first.content},
                {"role": "user", "content": instruction},
            ]
            last = await session.generate([*messages, *follow_up])
            return last.output

        output, extras = await task.postprocess(first.output, source, opts, redo)
    except MedgateError as exc:
        if audit is not None and session.responses:
            audit.append(
                {
                    "kind": "task_error",
                    "artefact_id": artefact_id,
                    "task": task.name,
                    "alias": alias,
                    "error": exc.code,
                    "calls": len(session.responses),
                    "at": now_iso(),
                    "key_id": key_id,
                }
            )
        raise
    return session, last, output, extras
