"""Configuration: presets, trust defaults, unknown keys named, defaults with and without a key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from medgate.config import load_config, parse_config
from medgate.errors import ConfigError


def one(dep: dict[str, Any], **alias: Any) -> dict[str, Any]:
    return {"models": [{"alias": "a", "family": "generic", "deployments": [dep], **alias}]}


def test_defaults_without_key_serve_only_the_embedded_model() -> None:
    cfg = parse_config({}, env={})
    assert set(cfg.models) == {"local", "smollm2-135m"}
    assert cfg.models["local"].deployments[0].is_embedded
    assert cfg.models["local"].deployments[0].trust == "local"


def test_defaults_with_siliconflow_key_add_the_seed_models() -> None:
    cfg = parse_config({}, env={"SILICONFLOW_API_KEY": "sk-x"})
    assert {"gpt-oss-120b", "glm-4.5v", "deepseek-r1"} <= set(cfg.models)
    r1 = cfg.models["deepseek-r1"]
    assert r1.family == "deepseek-r1"
    dep = r1.deployments[0]
    assert (dep.model, dep.trust, dep.engine) == ("deepseek-ai/DeepSeek-R1", "remote", "siliconflow")
    assert dep.base_url == "https://api.siliconflow.com/v1" and dep.api_key_env == "SILICONFLOW_API_KEY"


@pytest.mark.parametrize(("url", "trust"), [
    ("http://127.0.0.1:8000/v1", "local"), ("http://localhost:11434/v1", "local"),
    ("http://[::1]:8000/v1", "local"), ("http://gpu-node:8000/v1", "remote"),
    ("https://api.example.com/some/prefix/v1", "remote"),
])
def test_trust_defaults_by_address(url: str, trust: str) -> None:
    cfg = parse_config(one({"base_url": url, "model": "m"}), env={})
    assert cfg.models["a"].deployments[0].trust == trust


def test_explicit_trust_and_price() -> None:
    cfg = parse_config(one({"base_url": "http://10.0.0.5:8000/v1", "model": "m", "trust": "local",
                            "price": {"input": 1, "output": 2}}), env={})
    dep = cfg.models["a"].deployments[0]
    assert dep.trust == "local" and dep.price is not None and dep.price.cost(1_000_000, 0) == 1.0


@pytest.mark.parametrize(("data", "message"), [
    ({"modles": []}, "unknown key.*modles"),
    (one({"base_url": "http://x/v1", "model": "m", "api_key": "sk-secret"}), "unknown key.*api_key"),
    (one({"provider": "nowhere", "model": "m"}), "unknown provider"),
    (one({"base_url": "ftp://x", "model": "m"}), "http"),
    (one({"base_url": "http://x/v1"}), "'model'"),
    (one({"embedded": "gpt-5"}), "unknown model"),
    (one({"base_url": "http://x/v1", "model": "m"}, family="llama"), "family"),
    (one({"base_url": "http://x/v1", "model": "m"}, on_emergency="panic"), "annotate"),
    (one({"base_url": "http://x/v1", "model": "m", "price": {"input": -1, "output": 1}}), "price"),
    ({"models": [{"alias": "a", "deployments": []}]}, "non-empty"),
    ({"safety": {"on_emergency": "shout"}}, "annotate"),
    ({"safety": {"region": "Atlantis"}}, "region"),
])
def test_bad_config_names_the_problem(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(data, env={})


def test_load_config_file_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "missing.yaml", env={})
    bad = tmp_path / "bad.yaml"
    bad.write_text("models: [\n")
    with pytest.raises(ConfigError, match="YAML"):
        load_config(bad, env={})


def test_load_config_from_env_var(tmp_path: Path) -> None:
    f = tmp_path / "c.yaml"
    f.write_text("models:\n  - alias: x\n    deployments:\n      - base_url: http://127.0.0.1:9/v1\n        model: m\n")
    cfg = load_config(None, env={"MEDGATE_CONFIG": str(f)})
    assert set(cfg.models) == {"x"} and cfg.source == str(f)


@pytest.mark.parametrize(("value", "seconds"), [
    ("5m", 300.0), ("30s", 30.0), ("1h", 3600.0), (0, 0.0), ("90", 90.0), (-1, None), ("-1", None)])
def test_keep_alive_takes_ollamas_forms(value: Any, seconds: float | None) -> None:
    dep = parse_config(one({"embedded": "smollm2-135m", "keep_alive": value})).models["a"].deployments[0]
    assert dep.keep_alive_s == seconds


def test_load_limits_are_checked_and_belong_where_they_apply() -> None:
    dep = parse_config(one({"embedded": "smollm2-135m"})).models["a"].deployments[0]
    assert (dep.keep_alive_s, dep.max_queue, dep.max_concurrency) == (300.0, 8, None)
    http = parse_config(one({"base_url": "http://127.0.0.1:9/v1", "model": "m", "max_concurrency": 4,
                             "max_queue": 0})).models["a"].deployments[0]
    assert (http.max_concurrency, http.max_queue) == (4, 0)
    for bad, match in [
        ({"embedded": "smollm2-135m", "keep_alive": "soon"}, "keep_alive"),
        ({"embedded": "smollm2-135m", "max_queue": -1}, "max_queue"),
        ({"embedded": "smollm2-135m", "max_queue": True}, "max_queue"),
        ({"embedded": "smollm2-135m", "max_concurrency": 2}, "one request at a time"),
        ({"base_url": "http://127.0.0.1:9/v1", "model": "m", "keep_alive": "5m"}, "embedded models only"),
        ({"base_url": "http://127.0.0.1:9/v1", "model": "m", "max_concurrency": 0}, "max_concurrency"),
    ]:
        with pytest.raises(ConfigError, match=match):
            parse_config(one(bad))
