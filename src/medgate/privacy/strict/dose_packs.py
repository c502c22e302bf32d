"""A pharmacy's dose-administration pack by its brand, "Webster pack" (Australia, NZ: a weekly
blister pack of a person's tablets, as a dosette box or a blister pack elsewhere): a medication
aid, no one's name. Only before "pack", "packs", "pak" or "blister"; "Mr Webster" stays a name."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

_PACK: Final = re.compile(
    r"(?i)(?<![\w.])(?<!(?i:mr|dr|ms)[ ])(?<!(?i:mrs)[ ])(?<!(?i:mr|dr|ms)\.[ ])"
    r"webster(?=[ -]?(?:packs?|paks?|blisters?|box|boxes|tray)\b)"
)


def mark_dose_packs(toks: list[Tok], text: str) -> None:
    if "ebster" not in text and "EBSTER" not in text:
        return
    for m in _PACK.finditer(text):
        keep_span(toks, m.start(), m.end())
