"""Emergency red-flag screen run before every chat and task request (rules only, no model).

`screen(texts, region="US")` and `screen_request(chat_body, region="US")` return an `Escalation`
(or None); `Escalation.to_dict()` is the `medgate.escalation` object of the protocol, and
`emergency_reply_text(esc)` is the answer sent instead of a model call (`on_emergency: respond`).
"""

from __future__ import annotations

from medgate.safety.escalation import REGIONS, Escalation, Resource
from medgate.safety.rules import CATEGORIES
from medgate.safety.screen import (
    Screener,
    default_screener,
    emergency_reply_text,
    screen,
    screen_request,
    user_texts,
)

CATEGORY_NAMES: tuple[str, ...] = tuple(c.name for c in CATEGORIES)

__all__ = [
    "CATEGORY_NAMES",
    "REGIONS",
    "Escalation",
    "Resource",
    "Screener",
    "default_screener",
    "emergency_reply_text",
    "screen",
    "screen_request",
    "user_texts",
]
