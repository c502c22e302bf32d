"""`medgate doctor`'s checks: what a user needs to know before (or instead of) reading a traceback.
The cached learned artefacts have their own module (diagnostics_learned.py).

Each check is a `Finding` (section, subject, status, detail). Nothing here imports llama_cpp: the
embedded engine is tried in a child process (engines/runner/probe.py), so a build that crashes on
this CPU is reported, not suffered. Every network check has a timeout.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import platform
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import aiohttp

import medgate
from medgate.config import Config, Deployment, load_config
from medgate.cpu import NOTABLE, build_features, cpu_flags, machine, unsupported
from medgate.errors import ConfigError

Status = Literal["ok", "info", "warn", "fail"]
PACKAGES = ("llama-cpp-python", "uvicorn", "aiohttp", "pydantic", "sqlalchemy")
EMBEDDED_PROBE_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Finding:
    section: str
    subject: str
    status: Status
    detail: str


def versions() -> list[Finding]:
    out = [Finding("versions", "medgate", "info", medgate.__version__),
           Finding("versions", "python", "info", f"{platform.python_version()} on {machine()}")]
    for name in PACKAGES:
        try:
            out.append(Finding("versions", name, "info", importlib.metadata.version(name)))
        except importlib.metadata.PackageNotFoundError:
            status: Status = "warn" if name == "llama-cpp-python" else "fail"
            out.append(Finding("versions", name, status, "not installed (run ./install.sh)"))
    return out


def cpu(system_info: str | None, *, embedded: bool = True) -> list[Finding]:
    flags = cpu_flags()
    has = [f for f in NOTABLE if f in flags]
    out = [Finding("cpu", "this CPU lists", "info", " ".join(has) if flags else "unknown (no /proc/cpuinfo)")]
    if system_info is None:
        out.append(Finding("cpu", "llama.cpp build uses", "warn" if embedded else "info",
                           "unknown: the embedded engine did not run" if embedded
                           else "not checked: no embedded model is configured"))
        return out
    used = build_features(system_info)
    out.append(Finding("cpu", "llama.cpp build uses", "info", " ".join(sorted(used)) or system_info))
    lacking = unsupported(used, flags)
    if lacking:
        out.append(Finding("cpu", "build vs CPU", "fail",
                           f"the build uses {', '.join(lacking)}, which this CPU does not list: rerun "
                           "./install.sh to rebuild llama-cpp-python with portable flags"))
    elif "amx_tile" in flags and "AMX_INT8" not in used:
        out.append(Finding("cpu", "build vs CPU", "ok",
                           "portable: AMX is listed by the CPU but not used (VMs often list AMX they do not grant)"))
    else:
        out.append(Finding("cpu", "build vs CPU", "ok", "every feature the build uses is listed by the CPU"))
    return out


def configuration(path: str | None) -> tuple[Config | None, list[Finding]]:
    try:
        config = load_config(path)
    except ConfigError as exc:
        return None, [Finding("config", path or "defaults", "fail", exc.message)]
    out = [Finding("config", "source", "ok", f"{config.source}: aliases {', '.join(sorted(config.models))}")]
    for dep in _deployments(config):
        if dep.api_key_env and not dep.api_key():
            out.append(Finding("config", dep.name, "fail",
                               f"api_key_env {dep.api_key_env} is not set: the upstream will refuse requests"))
    return config, out


def model_files(config: Config) -> list[Finding]:
    from medgate.engines.embedded import packaged_gguf

    out = []
    for dep in _deployments(config):
        if not dep.is_embedded:
            continue
        try:
            path = Path(dep.gguf) if dep.gguf else packaged_gguf(dep.model)
        except ConfigError as exc:
            out.append(Finding("models", dep.name, "fail", exc.message))
            continue
        if path.is_file():
            out.append(Finding("models", dep.name, "ok", f"{path} ({path.stat().st_size / 2**20:.0f} MiB)"))
        else:
            out.append(Finding("models", dep.name, "fail", f"{path}: no such file"))
    return out


async def answers(config: Config, *, timeout_s: float) -> tuple[list[Finding], str | None]:
    """Does each deployment answer? HTTP ones: GET <base_url>/models; embedded ones: one token in a
    child process. Returns the findings and the llama.cpp build's system-info line (if it ran)."""
    deps = _deployments(config)
    http = [d for d in deps if not d.is_embedded]
    embedded = [d for d in deps if d.is_embedded]
    out: list[Finding] = []
    timeout = aiohttp.ClientTimeout(total=timeout_s)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        out += await asyncio.gather(*(_http_answers(session, d) for d in http))
    system_info = None
    for dep in embedded:
        finding, info = await asyncio.to_thread(_embedded_answers, dep, config)
        out.append(finding)
        system_info = system_info or info
    return out, system_info


async def _http_answers(session: aiohttp.ClientSession, dep: Deployment) -> Finding:
    assert dep.base_url is not None
    url = dep.base_url.rstrip("/") + "/models"
    key = dep.api_key()
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    try:
        async with session.get(url, headers=headers) as resp:
            status = resp.status
    except (TimeoutError, aiohttp.ClientError) as exc:
        return Finding("deployments", dep.name, "fail", f"{url}: {type(exc).__name__} {exc}".strip())
    if status in (401, 403):
        return Finding("deployments", dep.name, "fail", f"{url} answers {status}: the API key is refused")
    if status >= 500:
        return Finding("deployments", dep.name, "fail", f"{url} answers {status}")
    return Finding("deployments", dep.name, "ok", f"{url} answers {status}")


def _embedded_answers(dep: Deployment, config: Config) -> tuple[Finding, str | None]:
    from medgate.engines.embedded import packaged_gguf
    from medgate.engines.runner.probe import probe_in_child

    try:
        path = Path(dep.gguf) if dep.gguf else packaged_gguf(dep.model)
    except ConfigError as exc:
        return Finding("deployments", dep.name, "fail", exc.message), None
    result = probe_in_child(str(path), timeout_s=EMBEDDED_PROBE_TIMEOUT_S, threads=config.embedded_threads)
    if not result.ok:
        return Finding("deployments", dep.name, "fail", f"one-token generation failed: {result.error}"), None
    info = result.info
    detail = (f"one token in {info.get('generate_s')} s after loading in {info.get('load_s')} s "
              f"(llama-cpp-python {info.get('version')}, runs in its own process)")
    return Finding("deployments", dep.name, "ok", detail), str(info.get("system_info", ""))


def _deployments(config: Config) -> list[Deployment]:
    seen: dict[str, Deployment] = {}
    for alias in config.models.values():
        for dep in alias.deployments:
            seen.setdefault(dep.name, dep)
    return list(seen.values())


async def run_all(config_path: str | None, *, timeout_s: float) -> list[Finding]:
    from medgate.diagnostics_learned import learned

    found = versions()
    config, config_findings = configuration(config_path)
    system_info = None
    deployments: list[Finding] = []
    files: list[Finding] = []
    embedded = True
    # The cached artefacts are checked in a thread while the deployments are waited on: their keys
    # import the PHI and triage code, which takes a few seconds of its own.
    learned_findings = asyncio.create_task(asyncio.to_thread(learned, config))
    if config is not None:
        files = model_files(config)
        deployments, system_info = await answers(config, timeout_s=timeout_s)
        embedded = any(d.is_embedded for d in _deployments(config))
    return (found + cpu(system_info, embedded=embedded) + config_findings + files + await learned_findings
            + deployments)
