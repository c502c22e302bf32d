"""How a message is signed: the last word after a dash or a closing word ("- sammy", "cheers, TW"),
a rare word with its initial at a line's end ("Hemi W., ED CCN"), initials after "taken by:".
Read by `context.name_context` for the word it is deciding."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.strict.words import Tok
from medgate.privacy.text import char_before, end_before, word_before

# After a signature: punctuation, kisses, or the signer's phone number ("— Lindiwe 072 555 8830").
_SIGNATURE_TAIL: Final = " \t\n.!x0123456789+()-"
# ... or the signer's grade or credential: "-Chioma (FY2)", "-CB/RN", "- anil PG", "- bec RPN"
_ROLE_AFTER: Final = re.compile(
    r"[ \t]*(?:\([^()\n]{1,20}\)|/[A-Za-z]{2,5}\b)"
    r"|[ \t]+(?:PG|JR|SR|RN|RPN|RGN|EN|LPN|LVN|NP|PA|HCA|CNA|MO|RMO|JMO|HO|SHO|FY[12]|CT[1-3]|ST[1-8])\b"
)
# a capital initial and its dot after a word, then the line's end or a role in capitals: how a
# name is signed ("Hemi W., ED CCN", "Tui K.\n"; not "Strep A., swab sent"), where a signature
# starts (not "BUN 8 Creat P.")
_INITIAL_SIGNED: Final = re.compile(r" [A-Z]\.(?:[ \t]*$|[ \t]*[,/][ \t]*[A-Z]{2,5}\b)", re.M)
_SIGNATURE_BEFORE: Final = frozenset({"", "\n", ".", ",", "-", "–", "—", "/", "!", "?"})


def signed_off(t: Tok, text: str) -> bool:
    """The message's last word after a dash or a closing word: a signature ("- sammy", "– Ade",
    "cheers, TW", "thanks, bec")."""
    if len(text) - t.end > 40:
        return False
    tail = _ROLE_AFTER.sub("", text[t.end : t.end + 40], count=1)
    if tail.strip(_SIGNATURE_TAIL):
        return False  # (a bounded look: no copy of the rest of a long document per word)
    return dash_before(t, text) or word_before(text, t.start, ",\n") in cues.SIGN_OFFS


def dash_before(t: Tok, text: str) -> bool:
    return text[max(0, t.start - 4) : t.start].rstrip(" \t")[-1:] in ("-", "–", "—")


def signed_with_initial(t: Tok, text: str) -> bool:
    """The word, then its initial, at a line's end or before a role, where a signature starts."""
    return _INITIAL_SIGNED.match(text, t.end) is not None and char_before(text, t.start, " \t") in _SIGNATURE_BEFORE


def initials_by(t: Tok, text: str) -> bool:
    """Two or three letters after a "taken by:" style label: "taken by: dl", "Seen by - KM"."""
    i = end_before(text, t.start, " \t")
    if i == 0 or text[i - 1] not in ":-–":
        return False
    return word_before(text, i - 1, "") == "by"
