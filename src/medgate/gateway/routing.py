"""Stage 3: an alias (and the request's `provider` preferences) → the deployments to try, in order.

`Router` is built once per process and keeps each deployment's health: consecutive failures, a
cooldown after every failed attempt (doubling, at most five minutes), a Retry-After window the
upstream asked for, and requests in flight (for least-busy). Ordering is one table of sort keys
(`ROUTINGS`); preferences filter first (OpenRouter's `provider` object: only/ignore,
data_collection, zdr, max_price), then `order` puts named deployments first. Deployments still
cooling down go after healthy ones; the alias's `fallback_alias` follows its own deployments.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from medgate.catalog import Price
from medgate.config import Config, Deployment, ModelAlias
from medgate.errors import InvalidRequest

MAX_COOLDOWN_S = 300.0


@dataclass
class Health:
    failures: int = 0  # in a row
    cooling_until: float = 0.0  # monotonic
    retry_after_until: float = 0.0  # the upstream said not before then
    in_flight: int = 0


@dataclass(frozen=True)
class Candidate:
    alias: ModelAlias  # the alias whose family and name serve the answer (a fallback alias's own)
    deployment: Deployment


@dataclass(frozen=True)
class Plan:
    """The deployments to try for one request and why they are in this order."""

    candidates: tuple[Candidate, ...]
    reason: str
    skipped: Mapping[str, str] = field(default_factory=dict)  # deployment -> why it was left out


def _total_price(price: Price | None) -> float:
    return price.input_per_m + price.output_per_m if price is not None else float("inf")


def _matches(dep: Deployment, names: list[str]) -> int | None:
    """The position of the first name that means this deployment (its name, provider or host)."""
    host = (dep.base_url or "").split("://")[-1].split("/")[0]
    for i, name in enumerate(names):
        if name in (dep.name, dep.provider, dep.model, host):
            return i
    return None


class Router:
    def __init__(self, config: Config, price_for: Callable[[Deployment], Price | None]) -> None:
        self.config = config
        self.price_for = price_for
        self.health: dict[str, Health] = {}
        self._plans: dict[str, Plan] = {}  # per alias, while every deployment is healthy

    def state(self, dep: Deployment) -> Health:
        health = self.health.get(dep.name)
        if health is None:
            health = self.health[dep.name] = Health()
        return health

    # -- health -------------------------------------------------------------------------------------
    def failed(self, dep: Deployment, cooldown_s: float, retry_after: float | None) -> None:
        health = self.state(dep)
        health.failures += 1
        now = time.monotonic()
        health.cooling_until = now + min(cooldown_s * 2 ** (health.failures - 1), MAX_COOLDOWN_S)
        if retry_after is not None and retry_after > 0:
            health.retry_after_until = max(health.retry_after_until, now + retry_after)

    def succeeded(self, dep: Deployment) -> None:
        health = self.state(dep)
        health.failures = 0
        health.cooling_until = health.retry_after_until = 0.0

    def wait_for(self, dep: Deployment) -> float:
        """Seconds until the upstream's Retry-After allows another request (0: now)."""
        return max(0.0, self.state(dep).retry_after_until - time.monotonic())

    # -- ordering -----------------------------------------------------------------------------------
    def plan(self, alias: ModelAlias, prefs: Mapping[str, Any] | None = None) -> Plan:
        if not prefs and alias.routing != "least-busy" and self._all_healthy(alias):
            # The common case: no preferences, nothing cooling: the order depends on config only.
            plan = self._plans.get(alias.alias)
            if plan is None:
                plan = self._plans[alias.alias] = self._plan(alias, {})
            return plan
        return self._plan(alias, prefs or {})

    def _all_healthy(self, alias: ModelAlias) -> bool:
        now = time.monotonic()
        current: ModelAlias | None = alias
        for _ in range(8):  # an alias and its fallback chain (config rejects self-reference)
            if current is None:
                return True
            for dep in current.deployments:
                health = self.health.get(dep.name)
                if health is not None and (health.cooling_until > now or health.retry_after_until > now):
                    return False
            current = self.config.alias(current.fallback_alias) if current.fallback_alias else None
        return False

    def _plan(self, alias: ModelAlias, prefs: Mapping[str, Any]) -> Plan:
        skipped: dict[str, str] = {}
        candidates: list[Candidate] = []
        seen: set[str] = set()
        current: ModelAlias | None = alias
        while current is not None and current.alias not in seen:
            seen.add(current.alias)
            kept = [d for d in current.deployments if self._allowed(d, prefs, skipped)]
            candidates += [Candidate(current, d) for d in self._order(current, kept, prefs)]
            current = self.config.alias(current.fallback_alias) if current.fallback_alias else None
        if prefs.get("allow_fallbacks") is False:
            named = prefs.get("order") or prefs.get("only")
            candidates = ([c for c in candidates if _matches(c.deployment, named) is not None] if named
                          else candidates[:1])
        strategy = prefs.get("sort") or alias.routing
        reason = f"routing {strategy}" + (", provider preferences" if prefs else "")
        if not candidates:
            why = "; ".join(f"{name}: {text}" for name, text in skipped.items()) or "none configured"
            raise InvalidRequest(f"no deployment of {alias.alias!r} meets the request's provider preferences "
                                 f"({why})", param="provider")
        return Plan(tuple(candidates), reason, skipped)

    def _allowed(self, dep: Deployment, prefs: Mapping[str, Any], skipped: dict[str, str]) -> bool:
        def out(why: str) -> bool:
            skipped[dep.name] = why
            return False

        if (only := prefs.get("only")) and _matches(dep, only) is None:
            return out("not in provider.only")
        if (ignore := prefs.get("ignore")) and _matches(dep, ignore) is not None:
            return out("in provider.ignore")
        if prefs.get("data_collection") == "deny" and dep.data_collection != "deny":
            return out("may collect data (provider.data_collection: deny)")
        if prefs.get("zdr") and not dep.zdr:
            return out("no zero data retention (provider.zdr)")
        if (most := prefs.get("max_price")) is not None:
            price = self.price_for(dep)
            if price is None:
                return out("no known price (provider.max_price)")
            if price.input_per_m > most.get("prompt", float("inf")) or \
                    price.output_per_m > most.get("completion", float("inf")):
                return out("dearer than provider.max_price")
        return True

    def _order(self, alias: ModelAlias, deps: list[Deployment], prefs: Mapping[str, Any]) -> list[Deployment]:
        strategy = {"price": "lowest-price"}.get(prefs.get("sort", ""), prefs.get("sort") or alias.routing)
        key = ROUTINGS[strategy]
        now = time.monotonic()
        order = prefs.get("order") or []
        position = {d.name: i for i, d in enumerate(deps)}

        def rank(dep: Deployment) -> tuple[Any, ...]:
            health = self.state(dep)
            named = _matches(dep, order)
            cooling = health.cooling_until > now or health.retry_after_until > now
            return (named is None, named or 0, cooling, health.cooling_until if cooling else 0.0,
                    key(self, dep), position[dep.name])

        return sorted(deps, key=rank)


# How each routing strategy ranks the healthy deployments of an alias (lower first).
ROUTINGS: Mapping[str, Callable[[Router, Deployment], float]] = {
    "priority": lambda router, dep: 0.0,  # config order
    "lowest-price": lambda router, dep: _total_price(router.price_for(dep)),
    "least-busy": lambda router, dep: float(router.state(dep).in_flight),
}
