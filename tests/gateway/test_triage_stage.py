"""Which model judges a request: auto (the catalogue's capable models), off, or a named alias."""

from __future__ import annotations

from typing import Any

import pytest

from medgate.audit import MemoryAudit
from medgate.catalog import load_catalog
from medgate.config import Config, ModelAlias, parse_config
from medgate.errors import ConfigError
from medgate.gateway.triage_stage import TriageStage


def _config(triage_model: str = "auto", **extra: Any) -> Config:
    models = [
        {"alias": "oss120", "family": "gpt-oss",
         "deployments": [{"provider": "siliconflow", "model": "openai/gpt-oss-120b"}]},
        {"alias": "glm", "family": "glm-4.5v", "deployments": [{"provider": "siliconflow", "model": "zai-org/GLM-4.5V"}]},
        {"alias": "oss20-vllm", "family": "gpt-oss",
         "deployments": [{"base_url": "http://127.0.0.1:9/v1", "model": "openai/gpt-oss-20b"}]},
        {"alias": "mystery", "family": "generic", "deployments": [{"base_url": "http://127.0.0.1:9/v1", "model": "x-7b"}]},
        {"alias": "local", "family": "generic", "deployments": [{"embedded": "smollm2-135m"}]},
    ]
    return parse_config({"models": models, "safety": {"triage_model": triage_model, **extra}})


def _judge(config: Config, alias: str) -> str | None:
    stage = TriageStage(config, {}, MemoryAudit(), load_catalog(), lambda _d, _u: None)
    found: ModelAlias | None = stage.judge_for(config.models[alias])
    return found.alias if found else None


@pytest.mark.parametrize(
    ("alias", "judge"),
    [("oss120", "oss120"), ("glm", None), ("oss20-vllm", "oss20-vllm"), ("mystery", None), ("local", None)],
)
def test_auto_asks_the_alias_itself_only_when_the_catalogue_rates_it_capable(alias: str, judge: str | None) -> None:
    assert _judge(_config(), alias) == judge


def test_a_named_judge_serves_every_alias_and_off_is_off() -> None:
    named = _config("oss120")
    assert {_judge(named, a) for a in ("glm", "mystery", "local")} == {"oss120"}
    off = _config("off")
    assert _judge(off, "oss120") is None


def test_without_a_catalogue_auto_asks_nobody() -> None:
    config = _config()
    stage = TriageStage(config, {}, MemoryAudit(), None, lambda _d, _u: None)
    assert stage.judge_for(config.models["oss120"]) is None


@pytest.mark.parametrize(
    ("safety", "message"),
    [({"triage_model": "local"}, "never used as a triage judge"),
     ({"triage_model": "nope"}, "auto, off or a configured alias"),
     ({"triage_timeout_s": 0}, "more than 0"),
     ({"triage_timeout_s": "soon"}, "number of seconds")],
)
def test_config_errors_name_the_key(safety: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        _config(**{"triage_model": "auto", **safety})


@pytest.mark.parametrize("value", ["no", 0, None])
def test_the_learned_layer_switch_takes_true_or_false(value: Any) -> None:
    with pytest.raises(ConfigError, match=r"safety\.learned_layer must be true or false"):
        _config(learned_layer=value)
    assert _config().learned_layer is True and _config(learned_layer=False).learned_layer is False
