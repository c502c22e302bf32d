"""E-mail addresses."""

from __future__ import annotations

from typing import ClassVar, Final

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.types import PhiType

# number words voice typing writes after a name in the local part ("wei dot lin seventy seven at ...")
_NUMBER_WORDS: Final = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)
_EMAIL: Final = (
    r"(?<![\w.+\-])[^\W_](?:[\w.%+\-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9\-]*"
    r"[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b"
)


class EmailRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.EMAIL
    patterns: ClassVar[tuple[Pattern, ...]] = (Pattern("email", _EMAIL, line_needs="@"),)
    # An address read out by voice typing: "bill hartnett at comcast dot net", "jo dot lee at
    # gmail dot com" (one or two words before "at", a domain ending in a spoken top-level one)
    scans: ClassVar[tuple[Pattern, ...]] = (
        # Again over the whole text: the one pass resumes after a name a label found, and that name
        # may be the address's first part ("To: Ruby.Jamieson64@btinternet.com"); the longer wins.
        Pattern("email_anywhere", _EMAIL, cues=("@",)),
        Pattern(
            "spoken_email",
            r"(?i)(?<![\w@])(?!(?:is|me|to|email|mail|was|its|address|on|my|her|his|at)[ \t])(?P<v>[a-z0-9][\w\-]*(?:[ \t](?:dot|underscore|dash)[ \t][\w\-]+)*"
            rf"(?:[ \t]{_NUMBER_WORDS}){{0,3}}(?:[ \t][a-z0-9][\w\-]*)?[ \t]+at[ \t]+"
            r"[a-z0-9][\w\-]*(?:[ \t]+dot[ \t]+[a-z0-9\-]+)*"
            r"[ \t]+dot[ \t]+(?:com|net|org|edu|gov|co|uk|ie|au|ca|in|ng|za|nz|io|info|me|us|ph|my|ke|gh)\b)",
            cues=(" dot ",),
        ),
    )
