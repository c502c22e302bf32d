"""The three things the benchmark sends load to: the upstream itself, medgate, and LiteLLM's proxy.

Each target knows how to start (pinned to CPU 1), how to tell it is ready, and what to send
(model name, auth). `direct` starts nothing.
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from procs import Proc, StartError, free_port, http_request, rss_mib

CPU_PROXY = "1"
LITELLM_KEY = "sk-medgate-bench"
# From shared/research/litellm-overhead.md: keeps LiteLLM from fetching anything at start-up.
LITELLM_OFFLINE_ENV = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS": "True",
    "LITELLM_LOCAL_POLICY_TEMPLATES": "True",
    "LITELLM_LOCAL_BLOG_POSTS": "True",
    "LITELLM_LOCAL_AUTOROUTER_PRESETS": "True",
    "LITELLM_TELEMETRY_DISABLED": "true",
    "DO_NOT_TRACK": "1",
    "HF_HUB_OFFLINE": "1",
    "NO_PROXY": "127.0.0.1,localhost",
}
PROBE = orjson.dumps(
    {"model": "bench", "messages": [{"role": "user", "content": "ping"}], "max_tokens": 8}
)


@dataclass
class Running:
    """A started target: where to send load and what it cost to start."""

    name: str
    port: int
    model: str
    auth: str | None = None
    proc: Proc | None = None
    startup: dict[str, float] = field(default_factory=dict)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.stop()


def _first_completion(proc: Proc, port: int, auth: str | None, timeout: float) -> float:
    headers = {"Content-Type": "application/json"}
    if auth:
        headers["Authorization"] = f"Bearer {auth}"
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        if not proc.alive():
            raise StartError(f"{proc.name} exited with {proc.popen.returncode}:\n{proc.log_tail()}")
        try:
            status, body = http_request(
                port, "POST", "/v1/chat/completions", PROBE, headers, timeout=30.0
            )
        except OSError as exc:
            status, body = 0, f"{type(exc).__name__}: {exc}".encode()
        if status == 200:
            return time.monotonic() - proc.started
        last = f"HTTP {status} {body[:300]!r}"
        time.sleep(0.2)
    raise StartError(
        f"{proc.name}: no 200 from POST /v1/chat/completions in {timeout:.0f} s ({last})\n"
        f"{proc.log_tail()}"
    )


def _ready(
    name: str, proc: Proc, port: int, health: str, auth: str | None, timeout: float, model: str
) -> Running:
    try:
        to_health = proc.wait_http(port, health, timeout)
        to_first = _first_completion(proc, port, auth, timeout)
    except StartError:
        proc.stop()
        raise
    time.sleep(1.0)
    startup = {
        "to_health_s": to_health,
        "to_first_completion_s": to_first,
        "rss_idle_mib": rss_mib(proc.pid),
    }
    return Running(name, port, model, auth, proc, startup)


def start_medgate(
    medgate_bin: str,
    workdir: Path,
    upstream_port: int,
    variant: str = "medgate",
    baseline_src: Path | None = None,
) -> Running:
    """`medgate`: one deployment, no keys. `medgate-gov`: the same with governance on — an API key
    with a budget and a rate limit, two deployments under lowest-price routing, the chained
    audit (as every variant of this code). `medgate-base`: `medgate` run from `baseline_src`
    (an older checkout's src/, e.g. main before governance) with this interpreter."""
    port = free_port()
    config = workdir / f"{variant}.yaml"
    db = f"sqlite:///{workdir}/{variant}.sqlite"
    deployments = f"      - base_url: http://127.0.0.1:{upstream_port}/v1\n        model: fake-model\n"
    routing = ""
    if variant == "medgate-gov":
        routing = "    routing: lowest-price\n"
        deployments = (
            f"      - base_url: http://127.0.0.1:{upstream_port}/v1\n        model: fake-model\n"
            "        price: {input: 0.5, output: 2.0}\n"
            f"      - base_url: http://localhost:{upstream_port}/v1\n        model: fake-model\n"
            "        price: {input: 0.6, output: 2.5}\n"
        )
    config.write_text(
        "models:\n  - alias: bench\n    family: generic\n" + routing + "    deployments:\n" + deployments
        + f"audit:\n  url: {db}\n"
    )
    auth = None
    env: dict[str, str] = {}
    command = [medgate_bin]
    if variant == "medgate-gov":
        made = subprocess.run(
            [medgate_bin, "keys", "--db", db, "create", "--name", "bench", "--role", "clinician",
             "--budget-usd", "1000000", "--rpm", "100000000", "--models", "bench"],
            capture_output=True, text=True, check=True, timeout=120,
        )
        auth = made.stdout.strip()
    if variant == "medgate-base":
        assert baseline_src is not None
        command = [str(Path(medgate_bin).parent / "python"), "-m", "medgate.cli"]
        env["PYTHONPATH"] = str(baseline_src)
    argv = [
        "taskset",
        "-c",
        CPU_PROXY,
        *command,
        "serve",
        "--config",
        str(config),
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    proc = Proc(variant, argv, workdir / f"{variant}.log", env=env, cwd=workdir)
    return _ready(variant, proc, port, "/health", auth, 90.0, "bench")


def start_litellm(venv: Path, workdir: Path, upstream_port: int) -> Running:
    port = free_port()
    config = workdir / "litellm.yaml"
    config.write_text(
        "model_list:\n"
        "  - model_name: bench\n"
        "    litellm_params:\n"
        "      model: openai/fake-model\n"
        f"      api_base: http://127.0.0.1:{upstream_port}/v1\n"
        "      api_key: sk-fake-upstream\n"
        "general_settings:\n"
        f"  master_key: {LITELLM_KEY}\n"
    )
    argv = [
        "taskset",
        "-c",
        CPU_PROXY,
        str(venv / "bin" / "litellm"),
        "--config",
        str(config),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    proc = Proc("litellm", argv, workdir / "litellm.log", env=LITELLM_OFFLINE_ENV, cwd=workdir)
    return _ready("litellm", proc, port, "/health/liveliness", LITELLM_KEY, 240.0, "bench")


def start_upstream(python: str, workdir: Path) -> tuple[Proc, int]:
    port = free_port()
    argv = [
        "taskset",
        "-c",
        "0",
        python,
        "-m",
        "uvicorn",
        "fake_upstream:app",
        "--app-dir",
        str(Path(__file__).resolve().parent),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        "1",
        "--loop",
        "uvloop",
        "--http",
        "httptools",
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    proc = Proc("upstream", argv, workdir / "upstream.log", cwd=workdir)
    proc.wait_http(port, "/health", 30.0)
    return proc, port
