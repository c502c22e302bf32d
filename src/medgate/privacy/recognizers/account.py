"""Account, encounter, billing and claim numbers after a label cue; and, without one, numbers
whose own check digits say what they are: payment cards (Luhn), IBANs (ISO 13616 mod 97),
cryptocurrency addresses (Bitcoin Base58Check, bech32 shape; Ethereum hex)."""

from __future__ import annotations

import hashlib
from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer, id_like, luhn_valid
from medgate.privacy.recognizers.common import labelled
from medgate.privacy.types import PhiType

LABELS = (
    r"acct|account|fin|encounter|enc|csn|visit|billing|claim|invoice|har|guarantor[ \t]*(?:#|id)|"
    r"financial[ \t]*(?:#|no|number)|bank[ \t]*account|routing|credit[ \t]*card|card|"
    r"(?:card|account|mastercard|visa|amex|maestro|debit|credit|checking|chequing|savings)[ \t]+(?:ending|ends)(?:[ \t]+(?:in|with))?"
)
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def iban_valid(value: str) -> bool:
    compact = value.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    digits = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


def base58check_valid(value: str) -> bool:
    number = 0
    for c in value:
        number = number * 58 + _B58.index(c)
    raw = number.to_bytes(25, "big") if number.bit_length() <= 200 else b""
    return len(raw) == 25 and hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


class AccountRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.ACCOUNT
    patterns: ClassVar[tuple[Pattern, ...]] = (Pattern("labelled", labelled(LABELS)),)
    scans: ClassVar[tuple[Pattern, ...]] = (
        # the last digits a masked card or account number shows: "xxxx xxxx xxxx 4410", "**** 2096"
        # ("**** 0315 HR dropping": one starred group before a time is a note's separator)
        Pattern(
            "masked",
            r"(?:(?:[*xX•]{4}[ \-]?){2,3}|[*xX•]{4,12})(?P<v>\d{4})(?![\w\-])",
            cues=("xxxx", "****", "••••"),
        ),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        return id_like(value)


class CheckedAccountRecognizer(Recognizer):
    """Account numbers with no label, taken only when their check digits hold."""

    entity: ClassVar[PhiType] = PhiType.ACCOUNT
    patterns: ClassVar[tuple[Pattern, ...]] = (
        # 13-19 digits in groups of four (the last may be longer or shorter)
        Pattern("card", r"(?<![\w\-])(?P<v>[3-6]\d{3}(?:[ \-]?\d{4}){2}[ \-]?\d{1,7}"
                        r"|3[47]\d\d[ \-]?\d{6}[ \-]?\d{5})(?![\w\-])"),  # (and American Express's 4-6-5)
        Pattern("iban", r"(?<![\w\-])(?P<v>[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)(?![\w\-])"),
        Pattern("eth", r"(?<![\w\-])(?P<v>0x[0-9a-fA-F]{40})(?![\w\-])"),
        Pattern("btc", r"(?<![\w\-])(?P<v>[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{25,59})(?![\w\-])"),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        if value.startswith("0x"):
            return True
        if value.startswith("bc1"):  # bech32's own checksum is not checked: the shape is distinctive
            rest = value[3:]
            return any(c.isdigit() for c in rest) and any(c.isalpha() for c in rest)
        if value[:2].isalpha():
            return iban_valid(value)
        compact = value.replace(" ", "").replace("-", "")
        if compact.isdigit():
            return 13 <= len(compact) <= 19 and luhn_valid(compact)
        return base58check_valid(value)
