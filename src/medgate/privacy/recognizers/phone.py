"""Telephone numbers: NANP shapes anywhere, 7-digit and international numbers after a label.

International candidates are checked with `phonenumbers`. A number followed by "(fax)" is a FAX.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import ClassVar, Final

import phonenumbers

from medgate.privacy.recognizers.base import Pattern, Recognizer, Span
from medgate.privacy.types import PhiType

EXT = r"(?:[ \t]*(?i:x|ext\.?|extension)[ \t]*\d{1,5})?"
NANP = rf"(?:\+?1[ \t.\-]?)?(?:\([2-9]\d\d\)|[2-9]\d\d)[ \t.\-]?[2-9]\d\d[ \t.\-]\d{{4}}{EXT}"
INTL = r"\+(?:[1-9]\d{0,2})[ \t.\-]?(?:\(?\d{1,4}\)?[ \t.\-]?){2,5}\d{2,4}"
LOCAL = rf"[2-9]\d\d[\-.]\d{{4}}{EXT}"
BARE10 = r"[2-9]\d\d[2-9]\d{6}"
# National numbers with a trunk 0 (UK "07700 900461", "029 2018 4420", "01531 630 218"; Irish,
# Australian): a grouped shape here, then validated per region by `phonenumbers`.
NATIONAL = r"0[1-9]\d{1,4}(?:[ \t]?\d{3,4}){1,2}(?:[ \t]?\d{3})?"
_REGIONS = ("GB", "IE", "AU", "NZ")
_NATIONAL: Final = re.compile(rf"{NATIONAL}(?![\w/:\-]|[.,]\d)")  # boundary before: in post
PHONE_LABEL = (
    r"(?i:\b(?:phone|ph|tel|telephone|cell|cellphone|mobile|home|work|pager|beeper|callback|"
    r"call[ \t]+back|reached[ \t]+at|contact)\b\.?(?:[ \t]*(?:#|no\.?|number))?)[ \t]*[:\-]?[ \t]*"
)


# Brazil: a two-digit area code in brackets, then 8 or 9 digits split by a dash ("(11) 98765-4321")
BR_AFTER = r"[1-9]\d\)[ \t]?9?\d{4}-\d{4}"  # (after the opening bracket)
# Singapore and Hong Kong: eight digits, no trunk prefix, after a phone word ("hp 9123 4567",
# "phone 2345 6789", "daughter's no. 8123 4567")
EIGHT = r"[2-9]\d{3}[ \t]?\d{4}"
EIGHT_LABEL = (
    r"(?i:\b(?:hp|h/p|phone|tel|mobile|mob|cell|whatsapp|no\.))[ \t]*[:\-]?[ \t]*"
)


class PhoneRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.PHONE
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("nanp", rf"(?<![\w+/.\-])(?P<v>{NANP})(?![\w/]|\.\d)"),
        Pattern("intl", rf"(?<![\w+])(?P<v>{INTL})(?!\w)"),
        Pattern("labelled", rf"{PHONE_LABEL}(?P<v>{LOCAL}|{BARE10})(?![\w/])"),
        Pattern("br", rf"(?P<v>\({BR_AFTER})(?![\w\-])"),
        Pattern(
            "eight",
            rf"{EIGHT_LABEL}(?P<v>{EIGHT})(?![\w/]|[.,]\d|[ \t]*(?i:mg|mcg|ml|units|iu|mmol|cells))",
        ),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        if value.startswith("0"):
            return _national_ok(value)
        if not value.startswith("+") or value.startswith("+1"):
            return True
        try:
            return phonenumbers.is_possible_number(phonenumbers.parse(value, None))
        except phonenumbers.NumberParseException:
            return False

    def post(self, text: str, found: Sequence[Span]) -> Iterable[Span]:
        """Trunk-0 national numbers: a separate scan (its leading 0 lets the regex engine skip
        most of the text, which the combined pass cannot)."""
        out: list[Span] = []
        for m in _NATIONAL.finditer(text):
            before = text[m.start() - 1] if m.start() else " "
            if not (before.isalnum() or before in "_+/.-:") and _national_ok(m.group()):
                out.append((self.entity_for(m.group(), text, m.start(), m.end()), *m.span()))
        return out

    def entity_for(self, value: str, text: str, start: int, end: int) -> PhiType:
        after = text[end : end + 8].lower().lstrip(" \t(")
        return PhiType.FAX if after.startswith("fax") else PhiType.PHONE


def _national_ok(value: str) -> bool:
    """A trunk-0 number valid in one of the regions (UK: any possible 11-digit number, since
    Ofcom's reserved drama ranges are real-looking but not "valid")."""
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) < 10:
        return False
    for region in _REGIONS:
        try:
            num = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return True
        if region == "GB" and len(digits) == 11 and phonenumbers.is_possible_number(num):
            return True
    return False
