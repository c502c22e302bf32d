"""Every task end to end through the real gateway on the embedded SmolLM2-135M (JSON grammar).

The 135M model writes poor clinical content; what is asserted is the contract: each output
validates against its model, the response is a labelled draft with model, deployment and cost,
and FHIR exports validate as R4B resources.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
from fhir.resources.R4B.bundle import Bundle

from medgate.tasks import TASKS, arun
from medgate.tasks.client import ChatClient
from tests.tasks.cases import INPUTS

pytestmark = pytest.mark.slow

EMERGENCY = (
    "58 yo man with crushing chest pain radiating to the left arm, sweating and "
    "shortness of breath for 30 minutes. BP 90/60."
)


async def _run(name: str, text: str, **kwargs: Any) -> dict[str, Any]:
    from medgate.app import default_chat_client

    client = default_chat_client()
    try:
        chat: ChatClient = client
        return (await arun(chat, name, text, model="local", **kwargs)).to_dict()
    finally:
        await client.aclose()


@pytest.mark.parametrize("name", [n for n, t in TASKS.items() if not t.takes_files])
async def test_task_validates_on_the_embedded_model(name: str) -> None:
    fmt = "fhir" if TASKS[name].supports_fhir() else "json"
    out = await _run(name, INPUTS[name], format=fmt, options={"subject": "Patient/1", "seed": 7})
    core = {k: out["result"][k] for k in TASKS[name].output.model_fields}
    TASKS[name].output.model_validate(core)
    assert out["review_required"] is True and out["status"] == "preliminary"
    meta = out["medgate"]
    assert meta["alias"] == "local" and "smollm2" in str(meta["deployment"])
    assert meta["cost_usd"] is not None and meta["calls"] >= 1
    if fmt == "fhir":
        Bundle.model_validate(out["fhir"])


async def test_emergency_input_carries_the_gateway_escalation() -> None:
    out = await _run("differential", EMERGENCY, options={"seed": 7})
    escalation = out["medgate"]["escalation"]
    assert escalation and escalation["categories"]


def test_cli_fhir_export_on_the_embedded_model(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(INPUTS["discharge-summary"])
    medgate = Path(sys.executable).with_name("medgate")
    proc = subprocess.run(
        [
            str(medgate),
            "task",
            "discharge-summary",
            str(note),
            "--model",
            "local",
            "--format",
            "fhir",
            "--option",
            "encounter=Encounter/5",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    bundle = orjson.loads(proc.stdout)
    Bundle.model_validate(bundle)
    composition = bundle["entry"][0]["resource"]
    assert composition["type"]["coding"][0]["code"] == "18842-5"
    assert composition["encounter"] == {"reference": "Encounter/5"}
    assert "must be reviewed by a clinician" in proc.stderr
