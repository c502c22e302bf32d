"""Detection policies.

- `standard`: the rules (recognisers with label cues, shapes, dictionaries): fast, precise.
- `strict`: the rules plus the strict egress filter (mask what is not known to be safe) — the
  default for `trust: remote` deployments and for `medgate deid`.
"""

from __future__ import annotations

import functools
from typing import Literal, get_args

from medgate.errors import PrivacyError
from medgate.privacy.detect import detect
from medgate.privacy.types import Entity

Policy = Literal["standard", "strict"]
POLICIES: tuple[str, ...] = get_args(Policy)


@functools.cache
def _strict_filter() -> object:
    from medgate.privacy.lexicon import lexicon
    from medgate.privacy.strict import StrictFilter

    return StrictFilter(lexicon())


def union(text: str, primary: list[Entity], extra: list[Entity]) -> list[Entity]:
    """`primary` unchanged, plus the parts of `extra` that no primary entity covers."""
    taken = bytearray(len(text))
    for e in primary:
        taken[e.start : e.end] = b"\x01" * (e.end - e.start)
    out = list(primary)
    for e in sorted(extra, key=lambda x: (x.start, -x.end)):
        s = e.start
        while s < e.end:
            while s < e.end and (taken[s] or text[s].isspace()):
                s += 1
            t = s
            while t < e.end and not taken[t]:
                t += 1
            while t > s and text[t - 1].isspace():
                t -= 1
            if t > s:
                out.append(Entity(e.type, s, t, text[s:t]))
                taken[s:t] = b"\x01" * (t - s)
            s = t + 1
    out.sort(key=lambda x: x.start)
    return out


def detect_policy(text: str, policy: Policy = "standard") -> list[Entity]:
    found = detect(text)
    if policy == "standard":
        return found
    try:
        extra = _strict_filter().spans(text)  # type: ignore[attr-defined]
    except Exception as exc:  # fail closed: a strict-filter fault must block egress
        raise PrivacyError("de-identification failed; the text was not sent") from exc
    return union(text, found, extra)
