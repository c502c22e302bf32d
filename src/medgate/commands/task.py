"""Run a clinical task (soap-note, discharge-summary, differential, patient-explain, quiz, pico,
image-report).

medgate task NAME FILE|- [--model ALIAS] [--format text|json|fhir] [--option key=value ...]
medgate task image-report FILE... [--question "..."] [--option frames=1-3] [--option burned_in=allow]

Every result is an AI-assisted draft that a clinician must review; `--format fhir` prints a FHIR
R4 Bundle (built with fhir.resources' R4B models) for soap-note, discharge-summary, differential.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

import orjson

from medgate.errors import ConfigError, MedgateError, PolicyError, RequestError
from medgate.imaging import Attachment
from medgate.tasks.registry import TASKS, task_for
from medgate.tasks.runner import arun, input_check, task_options

FORMATS = ("text", "json", "fhir")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help=f"task: {', '.join(TASKS)}")
    parser.add_argument("files", metavar="FILE", nargs="+",
                        help="input text file, or - for standard input; image-report takes one or more "
                             "DICOM, PDF, PNG or JPEG files")
    parser.add_argument("--question", help="image-report: the clinical question (default: describe the findings)")
    parser.add_argument("--model", help="model alias (default: the best configured for the task)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format")
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="task option, e.g. target_grade=6-8, language=Spanish, count=3, "
        "subject=Patient/123, encounter=Encounter/9 (repeatable)",
    )
    parser.add_argument("--config", help="YAML config (default: $MEDGATE_CONFIG)")


def _fail(message: str, code: int) -> int:
    print(f"medgate: error: {' '.join(message.split())}", file=sys.stderr)
    return code


def option_pairs(pairs: list[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"--option {pair!r} is not KEY=VALUE")
        options[key.strip()] = value.strip()
    return options


def _escalation_line(meta: dict[str, Any]) -> str | None:
    esc = meta.get("escalation")
    if not esc:
        return None
    contacts = ", ".join(f"{r.get('name')}: {r.get('contact')}" for r in esc.get("resources") or ())
    label = "URGENT" if esc.get("level") == "urgent" else "EMERGENCY"
    line = f"!! {label} ({', '.join(esc.get('categories') or ())}): {esc.get('advice', '')}"
    return f"{line} [{contacts}]" if contacts else line


def render_text(out: dict[str, Any]) -> str:
    """Readable result, then model, cost, the draft notice and any escalation."""
    meta = out["medgate"]
    cost = meta.get("cost_usd")
    lines = []
    if esc := _escalation_line(meta):
        lines += [esc, ""]
    lines += [f"{out['task']} — {out['label']}", "", task_for(out["task"]).render(out["result"])]
    lines += [
        "",
        f"Artefact: {out['id']} (status {out['status']}; sign-off: "
        f"POST /v1/tasks/artefacts/{out['id']}/signoff)",
        f"Model: {meta.get('alias')} via {meta.get('deployment')} · cost "
        f"{'unknown' if cost is None else f'${cost:.6f}'} · {meta.get('calls')} call(s)",
    ]
    return "\n".join(lines)


async def _run(args: argparse.Namespace, text: str, options: dict[str, str],
               files: list[Attachment] | None) -> dict[str, Any]:
    from medgate.app import start_app  # the gateway is only built once the input is known good
    from medgate.config import load_config

    app = await start_app(load_config(args.config))
    try:
        fmt = "fhir" if args.format == "fhir" else "json"
        result = await arun(
            app, args.name, text, model=args.model, format=fmt, options=options, audit=app.audit,
            files=files,
        )
        return result.to_dict()
    finally:
        await app.aclose()


def _read_files(paths: list[str]) -> list[Attachment]:
    if paths.count("-") > 1:
        raise ValueError("standard input (-) can be given once")
    return [Attachment(sys.stdin.buffer.read() if p == "-" else Path(p).read_bytes(), None,
                       "stdin" if p == "-" else Path(p).name) for p in paths]


def run(args: argparse.Namespace) -> int:
    try:
        task = task_for(args.name)
        options = option_pairs(args.option)
        task_options(task, options)
        if args.format == "fhir" and not task.supports_fhir():
            return _fail(f"{task.name} has no FHIR export; use --format text or json", 2)
        files: list[Attachment] | None = None
        if task.takes_files:
            files, text = _read_files(args.files), args.question or ""
        elif len(args.files) > 1 or args.question:
            return _fail(f"{task.name} takes one text file and no --question", 2)
        else:
            path = args.files[0]
            text = sys.stdin.read() if path == "-" else Path(path).read_text("utf-8")
            input_check().check(text)  # refuse before the gateway (and any model) is started
    except (ValueError, OSError) as exc:
        return _fail(str(exc), 2)
    except RequestError as exc:
        return _fail(exc.message, 2)
    try:
        out = asyncio.run(_run(args, text, options, files))
    except (RequestError, PolicyError, ConfigError) as exc:
        return _fail(exc.message, 2)
    except MedgateError as exc:
        return _fail(exc.message, 1)
    if args.format == "text":
        print(render_text(out))
        return 0
    if esc := _escalation_line(out["medgate"]):
        print(esc, file=sys.stderr)
    print(out["label"], file=sys.stderr)
    payload = out["fhir"] if args.format == "fhir" else out
    sys.stdout.write(orjson.dumps(payload, option=orjson.OPT_INDENT_2).decode() + "\n")
    return 0
