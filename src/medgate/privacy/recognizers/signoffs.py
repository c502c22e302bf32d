"""Greetings and sign-offs around a name: "Hi Yusra,", "Yours sincerely,\nJane Roe", "Best
wishes,\nTom", "... Cheers, Tom" closing a one-line message; never a team signing off ("The Booking
Team", "Physio Department"). Scans of the name recogniser (literal first words, see Recognizer.scans)."""

from __future__ import annotations

from typing import Final

from medgate.privacy.recognizers.base import Pattern
from medgate.privacy.recognizers.common import NAME_INITIAL, NAME_SEQ, TITLE

# A sign-off line that is a team, not a person: "The Booking Team", "Physio Department".
_NOT_A_TEAM: Final = (
    r"(?!(?:The|THE)\b)(?![^\n]{0,40}?\b(?:Team|TEAM|Department|Dept|Office|Desk|Services?|Support|Unit"
    r"|Centre|Center|Group|Helpdesk|Clinic|Hospital|Pharmacy|Practice)\b)"
)

SIGN_OFF_SCANS: Final[tuple[Pattern, ...]] = (
    # greetings and sign-offs: "Hi Yusra,", "Yours sincerely,\nJane Roe"
    Pattern(
        "greeting",
        rf"(?:Hi|Hello|Dear|Thanks|Thank[ \t]+you),?[ \t]+(?P<v>{NAME_SEQ})(?=[ \t]*[,!:\n])",
        cues=("Hi", "Hello", "Dear", "Thank"),
    ),
    Pattern(
        "signoff",
        r"(?:[Ss]incerely|[Rr]egards|[Ff]aithfully|[Tt]ruly|[Bb]est|[Tt]hanks|[Tt]hank[ \t]+you|"
        r"[Rr]espectfully|SINCERELY|REGARDS|[Ww]ishes|[Tt]hanking[ \t]+you|[Cc]heers|"
        r"[Nn]g[āa][ \t]+mihi|[Ss]alamat|[Ss]aludos|[Cc]ordialement|[Aa]tenciosamente),?"
        rf"[ \t]*\n[ \t]*{_NOT_A_TEAM}(?P<v>(?:{TITLE}[ \t]+)?(?:{NAME_INITIAL}[ \t]+)?{NAME_SEQ})",
        cues=(
            "sincerely",
            "regards",
            "faithfully",
            "truly",
            "best,",
            "best\n",
            "thank",
            "respectfully",
            "wishes",
            "thanking",
            "cheers",
            "mihi",
            "salamat",
            "saludos",
            "cordialement",
            "atenciosamente",
        ),
        heads=(
            "sincerely", "regards", "faithfully", "truly", "best", "thank", "respectfully", "wishes", "cheers",
            "nga", "ngā", "salamat", "saludos", "cordialement", "atenciosamente",
        ),
    ),
    # a note signed with a dash, a first name, an initial and the writer's role: "- jess t. (EN)",
    # "-- Mel K, RN", "– tomas b. rpn" (the role after it makes the words before it a person)
    Pattern(
        "dash_signature",
        r"(?<![\w\-])[-–—]{1,2}[ \t]*(?P<v>[A-Za-z][a-z'’]{1,15}[ \t]+[A-Za-z]\.?)(?:(?<=\.)[ \t]*|[ \t]*[,(][ \t]*|[ \t]+)"
        r"(?i:rn|en|rpn|lpn|rgn|rm|np|pa|cna|hca|rrt|ccn|sn|md|do|pt|ot|slp|rd)\)?(?![\w\-])",
        cues=("-", "–", "—"),
        heads=("-", "–", "—"),
    ),
    # a sign-off and a name closing a one-line message: "under MRN RX4421789. Cheers, Tom"
    Pattern(
        "signoff_inline",
        rf"(?:Cheers|Thanks|Thx|Regards|Best|Ta|Love),[ \t]+{_NOT_A_TEAM}(?P<v>{NAME_SEQ})[ \t]*[.!]?[ \t]*(?=\n|$)",
        cues=("cheers,", "thanks,", "thx,", "regards,", "best,", "ta,", "love,"),
    ),
)
