"""medgate's configuration: model aliases, their deployments, and the defaults when there is no file.

One YAML file (``--config`` or ``MEDGATE_CONFIG``); secrets only by environment-variable name.
Unknown keys are an error that names them, so a typo never silently changes routing or privacy.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from medgate.config_routing import (
    Routing,
    check_keys,
    positive,
    positive_int,
    routing_fields,
    usd_amount,
)
from medgate.deployments import EMBEDDED_MODELS, PROVIDERS, Deployment, Trust, parse_deployment
from medgate.engines.dialects import DIALECTS
from medgate.engines.families import FAMILIES
from medgate.errors import ConfigError
from medgate.imaging.types import Limits
from medgate.yamlfile import parse_yaml

__all__ = ["EMBEDDED_MODELS", "PROVIDERS", "Config", "Deployment", "ModelAlias", "Trust", "check_secrets",
           "load_config", "parse_config"]

OnEmergency = Literal["annotate", "respond"]
# While the audit store is down: refuse new requests (503), or serve them and count lost rows.
AuditOnFailure = Literal["refuse", "serve"]


# The seed models on the SiliconFlow preset when SILICONFLOW_API_KEY is set and there is no config.
SEED_ALIASES: tuple[tuple[str, str, str], ...] = (
    ("gpt-oss-120b", "gpt-oss", "openai/gpt-oss-120b"),
    ("glm-4.5v", "glm-4.5v", "zai-org/GLM-4.5V"),
    ("deepseek-r1", "deepseek-r1", "deepseek-ai/DeepSeek-R1"),
)

def default_embedded_threads() -> int:
    """One core fewer than the machine has (at least 1, at most 4). The gateway relays every token
    on a core of its own: on the 2-core VM, 2 model threads through the gateway made 32 tokens/s
    against 37 with 1 (benchmarks/embedded/run.py), the relay stalling a thread at each step."""
    return max(1, min(4, (os.cpu_count() or 2) - 1))


@dataclass(frozen=True)
class ModelAlias:
    alias: str
    family: str
    deployments: tuple[Deployment, ...]
    on_emergency: OnEmergency | None = None  # None: the global setting
    routing: Routing = "priority"
    fallback_alias: str | None = None  # tried after this alias's deployments all failed
    max_attempts: int = 3  # upstream calls per request, retries and fallbacks together
    deadline_s: float = 600.0  # the whole request, every attempt and wait included
    cooldown_s: float = 5.0  # a failed deployment is demoted this long (doubling, at most 5 min)


@dataclass(frozen=True)
class Config:
    models: Mapping[str, ModelAlias]
    on_emergency: OnEmergency = "annotate"
    emergency_region: str = "US"
    # The model asked for a triage second opinion beside each request: "auto" (the request's own
    # alias when the catalogue rates it capable), "off", or an alias (never an embedded model).
    triage_model: str = "auto"
    triage_timeout_s: float = 5.0  # how long an answer waits, once complete, for that opinion
    learned_layer: bool = True  # the screen's classifier (safety/learned) beside its rules and findings
    max_body_bytes: int = 16 * 1024 * 1024
    keys_refresh_s: float = 5.0  # how soon a new or revoked API key takes effect on a running server
    audit_url: str = "sqlite:///.medgate/audit.sqlite"
    audit_on_failure: AuditOnFailure = "refuse"
    audit_max_queue: int = 10_000
    audit_retention_days: int = 6 * 366  # HIPAA: six years (45 CFR 164.316(b)(2))
    embedded_threads: int = field(default_factory=lambda: default_embedded_threads())
    embedded_ctx: int = 4096
    image_limits: Limits = field(default_factory=Limits)  # files in requests (medgate.imaging)
    # Batch jobs (medgate/batch): where files and results live (a directory or an fsspec URL),
    # model calls in flight per batch, a default budget per batch (None: none), upload limit.
    batch_store: str = ".medgate/batch"
    batch_max_concurrency: int = 8
    batch_budget_usd: float | None = None
    batch_max_file_bytes: int = 200 * 1024 * 1024
    source: str = "defaults"

    def alias(self, name: str) -> ModelAlias | None:
        return self.models.get(name)


def _on_emergency(where: str, value: Any) -> OnEmergency:
    if value not in ("annotate", "respond"):
        raise ConfigError(f"{where} must be 'annotate' or 'respond', got {value!r}")
    return value  # type: ignore[no-any-return]


def _region(code: str) -> str:
    from medgate.safety.escalation import REGIONS  # the safety screen owns the region table

    if code.upper() not in REGIONS:
        raise ConfigError(f"safety.region must be one of {sorted(REGIONS)}, got {code!r}")
    return code.upper()


def _triage_model(value: Any, models: Mapping[str, ModelAlias]) -> str:
    if value in ("auto", "off"):
        return str(value)
    alias = models.get(value) if isinstance(value, str) else None
    if alias is None:
        raise ConfigError(f"safety.triage_model must be auto, off or a configured alias; got {value!r} "
                          f"(aliases: {sorted(models)})")
    if alias.deployments[0].is_embedded:
        raise ConfigError(f"safety.triage_model: {value!r} is the embedded model, which is never used as "
                          "a triage judge; name a capable hosted or self-hosted model, or auto/off")
    return str(value)


def _flag(where: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where} must be true or false, got {value!r}")
    return value


def parse_config(data: Any, *, source: str = "<config>", env: Mapping[str, str] | None = None) -> Config:
    """Build a Config from parsed YAML; raises ConfigError naming the bad key."""
    env = os.environ if env is None else env
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise ConfigError(f"{source}: the top level must be a mapping")
    check_keys(source, data, {"models", "safety", "server", "audit", "embedded", "images", "batch"})
    safety = data.get("safety") or {}
    check_keys("safety", safety, {"on_emergency", "region", "triage_model", "triage_timeout_s", "learned_layer"})
    server = data.get("server") or {}
    check_keys("server", server, {"max_body_bytes", "keys_refresh_s"})
    audit = data.get("audit") or {}
    check_keys("audit", audit, {"url", "on_failure", "max_queue", "retention_days"})
    if audit.get("on_failure", "refuse") not in ("refuse", "serve"):
        raise ConfigError(f"audit.on_failure must be 'refuse' or 'serve', got {audit['on_failure']!r}")
    embedded = data.get("embedded") or {}
    check_keys("embedded", embedded, {"threads", "n_ctx"})
    images = data.get("images") or {}
    check_keys("images", images, {"max_side", "max_images", "max_pixels", "max_pdf_pages", "max_text_chars",
                                       "render_dpi"})
    batch = data.get("batch") or {}
    check_keys("batch", batch, {"store", "max_concurrency", "budget_usd", "max_file_bytes"})

    models: dict[str, ModelAlias] = {}
    raw_models = data.get("models")
    if raw_models is None:
        models = dict(default_models(env))
    else:
        if not isinstance(raw_models, list):
            raise ConfigError("models must be a list")
        for i, raw in enumerate(raw_models):
            where = f"models[{i}]"
            if not isinstance(raw, Mapping):
                raise ConfigError(f"{where} must be a mapping")
            check_keys(where, raw, {"alias", "family", "deployments", "on_emergency", "routing", "fallback_alias",
                                     "max_attempts", "deadline_s", "cooldown_s"})
            alias = raw.get("alias")
            if not isinstance(alias, str) or not alias:
                raise ConfigError(f"{where}.alias must be a non-empty string")
            family = str(raw.get("family", "generic"))
            if family not in FAMILIES:
                raise ConfigError(f"{where}.family must be one of {sorted(FAMILIES)}, got {family!r}")
            deps = raw.get("deployments")
            if not isinstance(deps, list) or not deps:
                raise ConfigError(f"{where}.deployments must be a non-empty list")
            if alias in models:
                raise ConfigError(f"{where}: alias {alias!r} is defined twice")
            deployments = tuple(parse_deployment(f"{where}.deployments[{j}]", d) for j, d in enumerate(deps))
            for dep in deployments:
                if DIALECTS[dep.engine].needs_prompt_format and not FAMILIES[family].renders_prompt:
                    able = sorted(n for n, f in FAMILIES.items() if f.renders_prompt)
                    raise ConfigError(f"{where}: engine {dep.engine} needs a family that renders its own "
                                      f"prompt ({', '.join(able)}), not {family!r}")
            models[alias] = ModelAlias(
                alias=alias, family=family,
                deployments=deployments,
                on_emergency=_on_emergency(f"{where}.on_emergency", raw["on_emergency"])
                if "on_emergency" in raw else None,
                **routing_fields(where, raw),
            )
        for name, alias_ in models.items():
            if alias_.fallback_alias is not None and alias_.fallback_alias not in models:
                raise ConfigError(f"alias {name!r}: fallback_alias {alias_.fallback_alias!r} is not a configured "
                                  f"alias (aliases: {sorted(models)})")
    cfg = Config(
        models=models,
        on_emergency=_on_emergency("safety.on_emergency", safety.get("on_emergency", "annotate")),
        emergency_region=_region(str(safety.get("region", "US"))),
        triage_model=_triage_model(safety.get("triage_model", "auto"), models),
        triage_timeout_s=positive("safety.triage_timeout_s", safety.get("triage_timeout_s", 5.0)),
        learned_layer=_flag("safety.learned_layer", safety.get("learned_layer", True)),
        max_body_bytes=int(server.get("max_body_bytes", 16 * 1024 * 1024)),
        keys_refresh_s=positive("server.keys_refresh_s", server.get("keys_refresh_s", 5.0)),
        audit_url=str(audit.get("url", env.get("MEDGATE_AUDIT_URL", "sqlite:///.medgate/audit.sqlite"))),
        audit_on_failure=audit.get("on_failure", "refuse"),
        audit_max_queue=positive_int("audit.max_queue", audit.get("max_queue", 10_000)),
        audit_retention_days=positive_int("audit.retention_days", audit.get("retention_days", 6 * 366)),
        embedded_threads=int(embedded.get("threads", default_embedded_threads())),
        embedded_ctx=int(embedded.get("n_ctx", 4096)),
        image_limits=Limits(**{k: positive_int(f"images.{k}", v) for k, v in images.items()}),
        batch_store=str(batch.get("store", env.get("MEDGATE_BATCH_STORE", ".medgate/batch"))),
        batch_max_concurrency=positive_int("batch.max_concurrency", batch.get("max_concurrency", 8)),
        batch_budget_usd=usd_amount("batch.budget_usd", batch.get("budget_usd")),
        batch_max_file_bytes=positive_int("batch.max_file_bytes", batch.get("max_file_bytes", 200 * 1024 * 1024)),
        source=source,
    )
    return cfg


def check_secrets(config: Config, env: Mapping[str, str] | None = None) -> None:
    """At start-up: every `api_key_env` a deployment names must be set, so a missing key is one
    clear line now rather than an upstream 401 on the first request."""
    env = os.environ if env is None else env
    missing = sorted({f"{d.api_key_env} (for {d.name})" for a in config.models.values()
                      for d in a.deployments if d.api_key_env and not env.get(d.api_key_env)})
    if missing:
        raise ConfigError(f"api_key_env names unset environment variable(s): {'; '.join(missing)}; "
                          "export them or remove api_key_env from those deployments")


def default_models(env: Mapping[str, str]) -> dict[str, ModelAlias]:
    """With no config: the embedded model as `local` (and `smollm2-135m`), plus the seed models on
    SiliconFlow when its key is set."""
    embedded = parse_deployment("embedded", {"embedded": "smollm2-135m"})
    models = {
        "local": ModelAlias("local", "generic", (embedded,)),
        "smollm2-135m": ModelAlias("smollm2-135m", "generic", (embedded,)),
    }
    if env.get("SILICONFLOW_API_KEY"):
        for alias, family, model in SEED_ALIASES:
            dep = parse_deployment(alias, {"provider": "siliconflow", "model": model})
            models[alias] = ModelAlias(alias, family, (dep,))
    return models


def load_config(path: str | os.PathLike[str] | None = None, *,
                env: Mapping[str, str] | None = None) -> Config:
    """Load the YAML config at `path` (or $MEDGATE_CONFIG); no file at all means the defaults."""
    env = os.environ if env is None else env
    path = path or env.get("MEDGATE_CONFIG")
    if not path:
        return parse_config({}, source="defaults", env=env)
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config {str(p)!r}: {exc.strerror}") from exc
    return parse_config(parse_yaml(text, str(p)), source=str(p), env=env)
