"""The config keys of routing and of a provider's data terms (README, "Routing and fallbacks"), and
the value checks every config section shares (known keys, positive numbers, USD amounts)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from medgate.errors import ConfigError

Routing = Literal["priority", "lowest-price", "least-busy"]
# The names config accepts; gateway/routing.py ROUTINGS holds what each does (a test keeps them equal).
ROUTING_NAMES: tuple[str, ...] = ("priority", "lowest-price", "least-busy")


def routing_fields(where: str, raw: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "routing" in raw:
        if raw["routing"] not in ROUTING_NAMES:
            raise ConfigError(f"{where}.routing must be one of {', '.join(ROUTING_NAMES)}, got {raw['routing']!r}")
        out["routing"] = raw["routing"]
    if "fallback_alias" in raw:
        if not isinstance(raw["fallback_alias"], str) or raw["fallback_alias"] == raw.get("alias"):
            raise ConfigError(f"{where}.fallback_alias must name another alias")
        out["fallback_alias"] = raw["fallback_alias"]
    if "max_attempts" in raw:
        out["max_attempts"] = positive_int(f"{where}.max_attempts", raw["max_attempts"])
    for key in ("deadline_s", "cooldown_s"):
        if key in raw:
            out[key] = positive(f"{where}.{key}", raw[key])
    return out


def data_terms(where: str, raw: Mapping[str, Any], *, local: bool) -> dict[str, Any]:
    """`data_collection` (allow | deny) and `zdr` (bool); a local deployment keeps nothing."""
    collection = raw.get("data_collection", "deny" if local else "allow")
    if collection not in ("allow", "deny"):
        raise ConfigError(f"{where}.data_collection must be allow or deny, got {collection!r}")
    zdr = raw.get("zdr", local)
    if not isinstance(zdr, bool):
        raise ConfigError(f"{where}.zdr must be true or false, got {zdr!r}")
    return {"data_collection": collection, "zdr": zdr}


def positive(where: str, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where} must be a number of seconds, got {value!r}") from exc
    if not number > 0:
        raise ConfigError(f"{where} must be more than 0, got {value!r}")
    return number


def positive_int(where: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{where} must be a positive integer, got {value!r}")
    return value


def usd_amount(where: str, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ConfigError(f"{where} must be an amount in USD (0 or more), got {value!r}")
    return float(value)


def check_keys(where: str, data: Mapping[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {sorted(allowed)}")
