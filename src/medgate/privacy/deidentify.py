"""`deidentify()`: one call that detects and replaces, in surrogate, mask or redact mode.

Each call is one document: nothing found in one document is carried to another (a name found
in one note is not masked in the next), and each document gets its own surrogates and date shift.
"""

from __future__ import annotations

from typing import Literal, get_args

from medgate.errors import InvalidRequest
from medgate.privacy.detect import POLICIES, Policy, detect
from medgate.privacy.pseudonymiser import Pseudonymiser
from medgate.privacy.types import DeidResult, Replacement

Mode = Literal["surrogate", "mask", "redact"]
MODES: tuple[str, ...] = get_args(Mode)
DOCUMENT_SEPARATOR = "\f"  # form feed: the page break of plain-text note dumps


def deidentify(
    text: str, mode: Mode = "surrogate", *, policy: Policy = "strict", seed: int | None = None
) -> DeidResult:
    """Replace every detected identifier; offsets in the result refer to the input text."""
    if mode not in MODES:
        raise InvalidRequest(f"mode must be one of {', '.join(MODES)}", param="mode")
    if policy not in POLICIES:
        raise InvalidRequest(f"policy must be one of {', '.join(POLICIES)}", param="policy")
    entities = detect(text, policy)
    if mode == "surrogate":
        out, reps = Pseudonymiser(seed=seed, policy=policy).apply(text, entities)
        return DeidResult(out, reps)
    pieces: list[str] = []
    reps = []
    last = 0
    for e in entities:
        token = f"[{e.type.value}]" if mode == "mask" else "[REDACTED]"
        pieces += [text[last : e.start], token]
        reps.append(Replacement(e.type, e.start, e.end, token))
        last = e.end
    pieces.append(text[last:])
    return DeidResult("".join(pieces), reps)
