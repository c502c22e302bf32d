"""A user name on a messaging or social app, in brackets after the app: "via Messenger
(rhea.santos.88)", "FB (marites_dc)", "IG (@kuya.ben)", "on Viber (joelmdz)". The app's name before
the bracket makes the word in it the person's account. "Messenger (see chat)" (words with spaces)
and "FB (x2)"-like counts stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_APPS: Final = ("Messenger", "FB", "Facebook", "IG", "Instagram", "Viber", "Telegram", "TikTok", "Snapchat",
                "WhatsApp", "Twitter", "Signal", "WeChat", "Line", "Kakao")  # fmt: skip
_RX: Final = re.compile(
    r"\b(?:Messenger|FB|Facebook|IG|Instagram|Viber|Telegram|TikTok|Snapchat|WhatsApp|Twitter|Signal|WeChat"
    r"|Line|Kakao)[ ]?\((?P<v>@?(?=[\w.]*[a-z])[A-Za-z][\w.\-]{2,40})\)"
)
# (a user name holds a dot, an underscore, a digit or an "@": a plain word in the bracket is a note)
_HANDLE: Final = re.compile(r"[._@\d]")


def app_handle_spans(text: str) -> list[Entity]:
    if "(" not in text or not any(a in text for a in _APPS):
        return []
    return [Entity.of(PhiType.OTHER_ID, m, "v") for m in _RX.finditer(text) if _HANDLE.search(m.group("v"))]
