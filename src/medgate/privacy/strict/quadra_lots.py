"""A Brazilian planned city's address by its numbered street, block (quadra) and lot (lote), as a
family types it in a chat: "rua 9 qd 41 lt 12", "Rua 7, Qd. 40, Lt. 15", "av 3 quadra 12 lote 4",
"R. 12 Q. 5 L. 8". The quadra and lote after the street are the proof; "rua" alone, "qd" as a
daily dose ("metformina 500 qd") stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_QUADRA_LOT: Final = re.compile(
    r"(?<![\w.])(?i:rua|r\.|av\.?|avenida|alameda|al\.)[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+"
    r"(?i:qd|qda|quadra|q)\.?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+(?i:lt|lote|l)\.?[ \t]*\d{1,4}[A-Za-z]?(?![\w])"
)

_BLOCK_NUMBER: Final = re.compile(r"[qQ](?<=[ \t][qQ])(?:d|D|da|DA|uadra|UADRA)?\.?[ \t]*\d")


def quadra_lot_spans(text: str) -> list[Entity]:
    if _BLOCK_NUMBER.search(text) is None:  # (the block's number first: a scan led by its q)
        return []
    return [Entity.of(PhiType.ADDRESS, m) for m in _QUADRA_LOT.finditer(text)]
