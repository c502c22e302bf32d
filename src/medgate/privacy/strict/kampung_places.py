"""A Malaysian village told as where someone is from or lives: "dari Kg. Sri Menanti", "alamat kami
lot 8 kg. tanjung aru", "tinggal di kampung Bukit Tiga". "Kg." is also a kilogram: only after a
Malay word of place ("dari", "di", "ke", "alamat", "tinggal") or a lot's number is it a kampung,
never after a weight ("70 kg. Lok"), and the village's words run to the clause's end (three at most)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_KAMPUNG: Final = re.compile(
    r"(?<![\w])(?i:dari|di|ke|alamat(?:[ ][^\W\d_]+)?|tinggal(?:[ ]di)?|lot[ ]\d{1,4}[a-z]?)[ ]"
    r"(?P<v>(?i:kg\.?|kampung|kampong)[ ][^\W\d_][\w'’\-]*(?:[ ][^\W\d_][\w'’\-]*){0,2}?)"
    r"(?=[.,;:!?)\n]|[ ](?i:datang|jgn|dan|untuk|dengan|near|lives|with)\b|\Z)"
)


def kampung_spans(text: str) -> list[Entity]:
    low = lowered(text)
    if "kg" not in low and "kamp" not in low:
        return []
    return [Entity.of(PhiType.ADDRESS, m, "v") for m in _KAMPUNG.finditer(text)]
