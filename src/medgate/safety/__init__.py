"""Emergency red-flag screen run before every chat and task request (rules only, no model).

    from medgate.safety import screen, screen_request, emergency_reply_text
    esc = screen(["my dad's face is drooping and he can't talk right"])
    esc.to_dict()  # {"categories": ["stroke"], "evidence": [...], "advice": ..., "resources": [...]}
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
