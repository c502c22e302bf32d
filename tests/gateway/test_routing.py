"""Routing without a server: strategies, cooldown order, provider preferences (OpenRouter's
`provider` object) and `model: auto` from the catalogue and the request's content."""

from __future__ import annotations

from typing import Any

import pytest

from medgate.catalog import load_catalog
from medgate.config import parse_config
from medgate.errors import InvalidRequest, UnknownModel
from medgate.gateway.auto import choose
from medgate.gateway.cost import price_for
from medgate.gateway.routing import Router


def deployment(host: str, **extra: Any) -> dict[str, Any]:
    return {"base_url": f"http://{host}/v1", "model": "m", **extra}


CONFIG = parse_config({"models": [
    {"alias": "a", "routing": "priority", "fallback_alias": "b", "deployments": [
        deployment("sf.example", price={"input": 2, "output": 8}),
        deployment("baa.example", price={"input": 1, "output": 2}, data_collection="deny", zdr=True, allow_phi=True),
        deployment("127.0.0.1:8000", price={"input": 0, "output": 0}),
    ]},
    {"alias": "b", "deployments": [deployment("backup.example")]},
    {"alias": "cheap", "routing": "lowest-price", "deployments": [
        deployment("x.example", price={"input": 3, "output": 3}), deployment("y.example", price={"input": 1, "output": 1})]},
    {"alias": "busy", "routing": "least-busy", "deployments": [deployment("p.example"), deployment("q.example")]},
]}, source="test", env={})


def names(router: Router, alias: str, prefs: dict[str, Any] | None = None) -> list[str]:
    return [c.deployment.name.split(":")[0] for c in router.plan(CONFIG.models[alias], prefs).candidates]


@pytest.fixture
def router() -> Router:
    return Router(CONFIG, lambda dep: price_for(dep, None))


def test_strategies(router: Router) -> None:
    assert names(router, "a") == ["sf.example", "baa.example", "127.0.0.1", "backup.example"]
    assert names(router, "cheap") == ["y.example", "x.example"]
    router.state(CONFIG.models["busy"].deployments[0]).in_flight = 3
    assert names(router, "busy") == ["q.example", "p.example"]


def test_a_failed_deployment_goes_last_until_it_recovers(router: Router) -> None:
    first = CONFIG.models["a"].deployments[0]
    router.failed(first, cooldown_s=30, retry_after=None)
    assert names(router, "a")[:3] == ["baa.example", "127.0.0.1", "sf.example"]
    router.failed(first, cooldown_s=30, retry_after=12)
    assert 11 < router.wait_for(first) <= 12 and router.state(first).failures == 2
    router.succeeded(first)
    assert names(router, "a")[0] == "sf.example" and router.wait_for(first) == 0


@pytest.mark.parametrize(("prefs", "expected"), [
    ({"data_collection": "deny"}, ["baa.example", "127.0.0.1"]),  # local deployments collect nothing
    ({"zdr": True}, ["baa.example", "127.0.0.1"]),
    ({"max_price": {"completion": 2}}, ["baa.example", "127.0.0.1"]),
    ({"order": ["127.0.0.1:8000", "baa.example"]}, ["127.0.0.1", "baa.example", "sf.example", "backup.example"]),
    ({"only": ["sf.example"]}, ["sf.example"]),
    ({"ignore": ["sf.example"]}, ["baa.example", "127.0.0.1", "backup.example"]),
    ({"sort": "price"}, ["127.0.0.1", "baa.example", "sf.example", "backup.example"]),
    ({"allow_fallbacks": False}, ["sf.example"]),
    ({"allow_fallbacks": False, "order": ["baa.example", "sf.example"]}, ["baa.example", "sf.example"]),
])
def test_provider_preferences(router: Router, prefs: dict[str, Any], expected: list[str]) -> None:
    got = names(router, "a", prefs)
    assert got[:len(expected)] == expected and (len(got) == len(expected) or "order" in prefs
                                                 or "ignore" in prefs or "sort" in prefs)


def test_preferences_nothing_meets_is_a_400_that_says_why(router: Router) -> None:
    with pytest.raises(InvalidRequest) as err:
        router.plan(CONFIG.models["cheap"], {"max_price": {"prompt": 0.5}})
    assert err.value.param == "provider" and "dearer than provider.max_price" in err.value.message


AUTO = parse_config({"models": [
    {"alias": name, "deployments": [deployment(f"{name}.example")]}
    for name in ("smollm2-135m", "gpt-oss-120b", "glm-4.5v", "deepseek-r1")]}, source="test", env={})


def auto(content: Any, use_case: str | None = None, **extra: Any) -> tuple[str, str]:
    body = {"model": "auto", "messages": [{"role": "user", "content": content}], **extra}
    if use_case:
        body["medgate"] = {"use_case": use_case}
    return choose(AUTO, load_catalog(), body)


def test_auto_routes_by_use_case_and_content() -> None:
    alias, why = auto([{"type": "text", "text": "what is this?"},
                       {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}], "imaging")
    assert alias == "glm-4.5v" and "image input" in why
    # An image under any use case still needs a vision model.
    assert auto([{"type": "image_url", "image_url": {"url": "https://x/y.png"}}], "diagnostic-support")[0] == "glm-4.5v"
    short = auto("chest pain, what next?", "diagnostic-support")[0]
    long = auto("word " * 60_000, "diagnostic-support")[0]  # ~100K tokens: more than GLM's 64K
    assert short in AUTO.models and long in ("gpt-oss-120b", "deepseek-r1")
    with pytest.raises(UnknownModel):
        auto("word " * 900_000)  # no configured model takes 1.5M tokens
    # A key limited to some models gets the best of those.
    body = {"model": "auto", "messages": [{"role": "user", "content": "chest pain, what next?"}]}
    assert choose(AUTO, load_catalog(), body, frozenset({"smollm2-135m", "deepseek-r1"}))[0] == "deepseek-r1"


def test_every_routing_name_config_accepts_has_a_strategy() -> None:
    from medgate.config_routing import ROUTING_NAMES
    from medgate.gateway.routing import ROUTINGS

    assert set(ROUTING_NAMES) == set(ROUTINGS)
