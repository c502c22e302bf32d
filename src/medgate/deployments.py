"""Deployments: one place an alias can be served from (a provider preset, an HTTP engine, or the
embedded model), and how one entry of a config file's `deployments` list becomes one."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from medgate.catalog import Price
from medgate.config_routing import check_keys, data_terms
from medgate.engines.dialects import DIALECTS, HTTP_ENGINES
from medgate.errors import ConfigError

Trust = Literal["local", "remote"]


@dataclass(frozen=True)
class ProviderPreset:
    """A hosted provider medgate knows by name."""

    base_url: str
    api_key_env: str
    engine: str
    trust: Trust = "remote"


PROVIDERS: Mapping[str, ProviderPreset] = {
    "siliconflow": ProviderPreset(
        base_url="https://api.siliconflow.com/v1",
        api_key_env="SILICONFLOW_API_KEY",
        engine="siliconflow",
    ),
}

EMBEDDED_MODELS: Mapping[str, str] = {"smollm2-135m": "SmolLM2-135M-Instruct.Q4_1.gguf"}


@dataclass(frozen=True)
class Deployment:
    """One place an alias can be served from."""

    name: str  # human-readable, e.g. "siliconflow:deepseek-ai/DeepSeek-R1"
    engine: str  # a name in medgate.engines.dialects.DIALECTS
    model: str  # the upstream's model id (or the embedded model name / GGUF path)
    trust: Trust
    base_url: str | None = None
    api_key_env: str | None = None
    provider: str | None = None
    gguf: str | None = None
    allow_phi: bool = False
    price: Price | None = None
    timeout_s: float = 600.0
    # PHI detection for what is sent here: strict (mask what is not known safe) or standard
    # (the rules). None: strict for trust: remote; local deployments receive the text as is.
    phi_policy: str | None = None
    # Load limits: requests in flight at once (None: no limit) and waiting beyond that before
    # the next is refused with 503 + Retry-After. The embedded runner always runs one at a time.
    max_concurrency: int | None = None
    max_queue: int = 8
    # What the provider promises about prompts (OpenRouter's terms): does it keep or train on them
    # (data_collection), and does it retain nothing at all (zdr)? Local deployments: deny / true.
    data_collection: str = "allow"
    zdr: bool = False
    keep_alive_s: float | None = 300.0  # embedded only: unload after this long idle; None = never

    @property
    def detector(self) -> str:
        return self.phi_policy or ("strict" if self.trust == "remote" else "standard")

    @property
    def is_embedded(self) -> bool:
        return not DIALECTS[self.engine].http

    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) if self.api_key_env else None


def is_loopback_url(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _price(where: str, raw: Any) -> Price | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where}.price must be a mapping with input and output (USD per M tokens)")
    check_keys(f"{where}.price", raw, {"input", "output"})
    try:
        return Price(input_per_m=float(raw["input"]), output_per_m=float(raw["output"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{where}.price needs numeric input and output") from exc


def parse_deployment(where: str, raw: Any) -> Deployment:
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where} must be a mapping")
    check_keys(
        where,
        raw,
        {"provider", "base_url", "model", "api_key_env", "trust", "allow_phi", "engine",
         "embedded", "gguf", "price", "timeout_s", "phi_policy", "keep_alive", "max_queue",
         "max_concurrency", "data_collection", "zdr"},
    )
    deployment = _deployment_fields(where, raw)
    policy = raw.get("phi_policy")
    if policy is not None and policy not in ("strict", "standard"):
        raise ConfigError(f"{where}.phi_policy must be strict or standard, got {policy!r}")
    if policy:
        deployment = replace(deployment, phi_policy=policy)
    return replace(deployment, **data_terms(where, raw, local=deployment.trust == "local"))


def _deployment_fields(where: str, raw: Mapping[str, Any]) -> Deployment:
    price = _price(where, raw.get("price"))
    allow_phi = bool(raw.get("allow_phi", False))
    timeout = float(raw.get("timeout_s", 600.0))
    limits = _limits(where, raw)
    if "embedded" in raw or "gguf" in raw:
        name = str(raw.get("embedded") or "smollm2-135m")
        if "embedded" in raw and name not in EMBEDDED_MODELS:
            raise ConfigError(f"{where}.embedded: unknown model {name!r}; known: {sorted(EMBEDDED_MODELS)}")
        gguf = str(raw["gguf"]) if raw.get("gguf") else None
        if gguf and not Path(gguf).is_file():
            raise ConfigError(f"{where}.gguf: no such file {gguf!r}")
        model = Path(gguf).stem if gguf else name
        if limits.get("max_concurrency") is not None:
            raise ConfigError(f"{where}.max_concurrency: the embedded runner runs one request at a "
                              "time; bound its waiting line with max_queue")
        return Deployment(name=f"embedded:{model}", engine="embedded", model=model,
                          trust="local", gguf=gguf, price=price or Price(input_per_m=0.0, output_per_m=0.0),
                          keep_alive_s=_keep_alive(f"{where}.keep_alive", raw.get("keep_alive", "5m")),
                          **limits)
    if "keep_alive" in raw:
        raise ConfigError(f"{where}.keep_alive applies to embedded models only")
    if "model" not in raw:
        raise ConfigError(f"{where}: 'model' (the upstream's model id) is required")
    model = str(raw["model"])
    if "provider" in raw:
        preset = PROVIDERS.get(str(raw["provider"]))
        if preset is None:
            raise ConfigError(f"{where}.provider: unknown provider {raw['provider']!r}; known: {sorted(PROVIDERS)}")
        trust: Any = raw.get("trust", preset.trust)
        return Deployment(
            name=f"{raw['provider']}:{model}", engine=str(raw.get("engine", preset.engine)),
            model=model, trust=trust, base_url=str(raw.get("base_url", preset.base_url)),
            api_key_env=str(raw.get("api_key_env", preset.api_key_env)), provider=str(raw["provider"]),
            allow_phi=allow_phi, price=price, timeout_s=timeout, **limits,
        )
    if "base_url" not in raw:
        raise ConfigError(f"{where}: give one of provider, base_url, embedded or gguf")
    base_url = str(raw["base_url"]).rstrip("/")
    if urlsplit(base_url).scheme not in ("http", "https"):
        raise ConfigError(f"{where}.base_url must be an http(s) URL, got {base_url!r}")
    trust = raw.get("trust", "local" if is_loopback_url(base_url) else "remote")
    if trust not in ("local", "remote"):
        raise ConfigError(f"{where}.trust must be local or remote")
    engine = str(raw.get("engine", "openai"))
    if engine not in HTTP_ENGINES:
        raise ConfigError(f"{where}.engine must be one of {list(HTTP_ENGINES)}, got {engine!r}")
    return Deployment(
        name=f"{urlsplit(base_url).netloc}:{model}", engine=engine, model=model, trust=trust,
        base_url=base_url, api_key_env=raw.get("api_key_env"), allow_phi=allow_phi, price=price,
        timeout_s=timeout, **limits,
    )


_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0}


def _keep_alive(where: str, value: Any) -> float | None:
    """Ollama's forms: seconds as a number, or "30s" / "5m" / "1h"; 0 = unload after each request;
    any negative value = never unload."""
    text = str(value).strip().lower()
    try:
        seconds = float(text[:-1]) * _UNITS[text[-1]] if text and text[-1] in _UNITS else float(text)
    except ValueError:
        raise ConfigError(f"{where} must be seconds or a duration like 30s, 5m, 1h (negative: never); "
                          f"got {value!r}") from None
    return None if seconds < 0 else seconds


def _limits(where: str, raw: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, least in (("max_queue", 0), ("max_concurrency", 1)):
        if key not in raw:
            continue
        value = raw[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise ConfigError(f"{where}.{key} must be an integer >= {least}, got {value!r}")
        out[key] = value
    return out
