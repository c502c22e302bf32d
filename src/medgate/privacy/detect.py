"""`detect()`: the shared engine behind one function that fails closed."""

from __future__ import annotations

from typing import Final

from medgate.errors import PrivacyError
from medgate.privacy.engine import Engine
from medgate.privacy.types import Entity

ENGINE: Final = Engine()  # compiled once at import; read-only afterwards


def detect(text: str, *, engine: Engine = ENGINE) -> list[Entity]:
    """Non-overlapping identifier spans in `text`, sorted by start. Raises PrivacyError, never
    returns a partial answer."""
    if not isinstance(text, str):
        raise PrivacyError(f"de-identification expects text, got {type(text).__name__}")
    try:
        return engine.detect(text)
    except Exception as exc:  # fail closed: any recogniser failure must block egress, so re-raise
        raise PrivacyError("de-identification failed; the text was not sent") from exc
