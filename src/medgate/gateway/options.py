"""medgate's own per-request options, read from extra body fields or headers (protocols.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from medgate.errors import InvalidRequest
from medgate.gateway.slots import UpstreamSlot

PHI_POLICIES = {"block": "block", "pseudonymise": "pseudonymise", "pseudonymize": "pseudonymise",
                "allow": "allow"}
_TRUE = {"true": True, "1": True, "yes": True, "on": True,
         "false": False, "0": False, "no": False, "off": False}
BURNED_IN = ("refuse", "allow")
MEDGATE_FIELDS = ("phi", "thinking", "burned_in", "medgate", "provider")


@dataclass(frozen=True)
class RequestOptions:
    phi: str | None = None  # block | pseudonymise | allow; None = the deployment's default
    thinking: bool | None = None
    # refuse | allow: may an image with text on its pixels go to a remote deployment? None: refuse
    burned_in: str | None = None
    # In-process callers only (never from a body or header): the place this request's upstream
    # attempts wait for (slots.py). Honoured by full responses (`Gateway.complete`).
    slot: UpstreamSlot | None = None


def request_options(body: Mapping[str, Any], headers: Mapping[str, str] | None = None) -> RequestOptions:
    """Body fields win over headers. Raises InvalidRequest for values we don't know."""
    headers = headers or {}
    phi_raw = body.get("phi", headers.get("x-medgate-phi"))
    phi = None
    if phi_raw is not None:
        phi = PHI_POLICIES.get(str(phi_raw).strip().lower())
        if phi is None:
            raise InvalidRequest(f"phi must be one of block, pseudonymise, allow; got {phi_raw!r}", param="phi")
    thinking_raw = body.get("thinking", headers.get("x-medgate-thinking"))
    thinking = None
    if thinking_raw is not None:
        if isinstance(thinking_raw, bool):
            thinking = thinking_raw
        else:
            thinking = _TRUE.get(str(thinking_raw).strip().lower())
            if thinking is None:
                raise InvalidRequest(f"thinking must be true or false; got {thinking_raw!r}", param="thinking")
    burned_raw = body.get("burned_in", headers.get("x-medgate-burned-in"))
    burned_in = None
    if burned_raw is not None:
        burned_in = str(burned_raw).strip().lower()
        if burned_in not in BURNED_IN:
            raise InvalidRequest(f"burned_in must be refuse or allow; got {burned_raw!r}", param="burned_in")
    return RequestOptions(phi=phi, thinking=thinking, burned_in=burned_in)


def strip_medgate_fields(body: dict[str, Any]) -> dict[str, Any]:
    """Our own fields never travel upstream."""
    if any(k in body for k in MEDGATE_FIELDS):
        return {k: v for k, v in body.items() if k not in MEDGATE_FIELDS}
    return body
