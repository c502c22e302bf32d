"""Web addresses: scheme or www. forms, and bare host names with a common top-level domain."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.types import PhiType

TLD = r"(?:com|org|net|edu|gov|io|us|info|health|care|clinic|co|me|app|ly|biz)"


class UrlRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.URL
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "scheme",
            r"(?i:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'`]+?(?=[.,;:!?)\]]*(?:\s|$|[<>\"'`]))",
        ),
        Pattern(
            "bare",
            # (the lookahead: the first label's end is a dot and a letter or digit, which most words
            # are not: it fails them at once, before the host's backtracking)
            rf"(?<![@\w.\-])(?=[\w\-]*+\.(?i:[a-z0-9]))(?i:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*"
            rf"[a-z0-9])?)*\.{TLD})(?![\w@])(?:/[^\s<>\"'`]*?(?=[.,;:!?)\]]*(?:\s|$)))?",
            line_needs=rf"\.(?i:{TLD})",
        ),
    )
