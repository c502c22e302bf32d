"""PHI de-identification: detect identifiers, replace them, and put them back.

    detect(text, policy) -> list[Entity]               standard (rules) | strict (+ mask the unknown)
    deidentify(text, mode, seed=) -> DeidResult        surrogate | mask | redact
    Pseudonymiser().pseudonymise / restore / stream_restorer / counts   per request, in memory
    messages.pseudonymise_request / restore_response / ChunkRestorer / request_has_phi
Any detection failure raises medgate.errors.PrivacyError (fail closed).
"""

from __future__ import annotations

from medgate.privacy.deidentify import deidentify
from medgate.privacy.detect import POLICIES, Policy, detect
from medgate.privacy.pseudonymiser import Pseudonymiser, StreamRestorer
from medgate.privacy.recognizers import RECOGNIZERS
from medgate.privacy.types import DeidResult, Entity, PhiType, Replacement

__all__ = [
    "POLICIES",
    "RECOGNIZERS",
    "DeidResult",
    "Entity",
    "PhiType",
    "Policy",
    "Pseudonymiser",
    "Replacement",
    "StreamRestorer",
    "deidentify",
    "detect",
]
