"""Street addresses: number + street name + suffix (+ unit), and PO boxes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import ClassVar, Final

from medgate.privacy.recognizers.base import Pattern, Recognizer, Span
from medgate.privacy.recognizers.city import after_address
from medgate.privacy.text import lowered
from medgate.privacy.types import PhiType

SUFFIX = (
    r"(?i:street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|"
    r"terrace|terr|ter|parkway|pkwy|highway|hwy|circle|cir|trail|trl|loop|square|sq|row|run|path|pike|"
    r"crossing|xing|alley|aly|plaza|plz|ridge|heights|hts|route|rte|cove|cv|bend|point|pt|"
    r"freeway|fwy|expressway|expy|turnpike|tpke|walk|commons|close|crescent|cres|mews|grove|"
    r"estates|hollow|glen|knoll|manor|meadows?|oval|park|pass|plains?|springs?|view|vista|"
    r"villas?|woods?|tce|pde|parade|esplanade|rise|crt|(?-i:Lawns?))\b\.?"  # (an Irish estate's "Lawn", capitalised: "an acre lawn" is grass)
)
DIRECTION = r"(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)"
# (names in other scripts' letters too: "Tōtara Grove", "Kiepersol Ave", "Acácias")
STREET_WORD = (
    r"(?:[A-Z0-9À-ÖØ-ÞĀ-ſ][A-Za-z0-9À-ÖØ-öø-ÿĀ-ſ'’\-]*|[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'\-]+)"
)
UNIT = (
    r"(?:,?[ \t]*(?i:apt|apartment|unit|suite|ste|rm|room|fl|floor|bldg|building|lot|spc|space|"
    r"flat|app|appt|appartement|piso|dept|depto|bureau)"
    r"(?:\.?[ \t]*#[ \t]*|\.?[ \t]+)(?=[A-Za-z]?[\-]?\d|[A-Za-z]\b)[A-Za-z0-9\-]{1,6}\b"
    r"|,?[ \t]*\n?[ \t]*#[ \t]*[A-Za-z0-9\-]{1,6}\b)"
)
# Between the house number and the street, and between street words: one line break allowed.
GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# Before the suffix the same, except that a line opening with "pt" or "dr" is a note's patient or
# doctor, not the street's point or drive ("bay 3 bed 4\npt alert", "ward 7 bed 2\nDr Okafor").
SUFFIX_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?!(?i:pt|dr)\b))"
# Street type first (French, Spanish, Welsh...): "31 rue Saint-Denis", "2 Ffordd y Parc".
TYPE_FIRST = (
    r"(?i:rue|avenue|av\.|boulevard|boul\.|bd|chemin|ch\.|allée|impasse|quai|calle|avenida|avda\.|"
    r"paseo|carrer|rua|travessa|ffordd|heol|stryd|ulica|ul\.)"
)
PARTICLE = r"(?:(?:de|du|des|la|le|l'|d'|y|del|da|dos|di|dei|degli|delle|della|do)[ \t]+)"
PLACE_WORD = r"[A-ZÀ-Ý][\w'’\-]*"
# Number after the street: "Hauptstraße 112a", "Kerkstraat 5", "Via Roma 12", "Calle Mayor 5".
_ENDINGS = [
    "straße",
    "strasse",
    "weg",
    "gasse",
    "platz",
    "allee",
    "damm",
    "ufer",
    "gracht",
    "laan",
    "straat",
    "plein",
    "vej",
    "gade",
    "väg",
    "vägen",
    "gatan",
    "veien",
    "gata",
]
# one capitalised word, then a check of its ending (linear, no backtracking over the word)
COMPOUND = r"[A-ZÄÖÜ][a-zäöüß]+(?:(?<=str)\.|" + "|".join(f"(?<={e})" for e in _ENDINGS) + ")"
# German streets named with a preposition: "Am Mühlbach 14a", "An der Linde 3", "Zur Post 2".
DE_PREP = r"(?:Am|Im|Zum|Zur|An[ \t]+der|An[ \t]+den|Auf[ \t]+der|Auf[ \t]+dem|In[ \t]+der|Unter[ \t]+den)"
# "Am Montag 5 Uhr", "Am Ende 2 Tabletten": a day or time, not a street
_NOT_TIME = (
    r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Morgen|Abend|"
    r"Mittag|Anfang|Ende|Tag|Vortag|Nachmittag|Vormittag)\b)"
)
NUMBER_AFTER = (
    # ("via" in lower case only before an Italian particle: "sent via Fedex 2 days ago" is no street)
    rf"(?:{COMPOUND}|(?:(?i:viale|piazza|corso|calle|avenida|rua|carrer|plaza)|Via|via(?=[ \t]+d[ei]))[ \t]+{PARTICLE}?"
    rf"{PLACE_WORD}(?:[ \t]+{PLACE_WORD})?,?)"
    # the house number, with a Dutch floor or letter ("22-II", "14-3", "7 hs") or German "14a"
    r"[ \t]+\d{1,4}[a-z]?(?:-(?:[IVX]{1,4}|\d{1,3}|[A-Za-z])(?![\w\-])|[ \t]+(?:hs|bis)\b)?\b"
)
DE_PREP_STREET = (
    rf"\b{DE_PREP}[ \t]+{_NOT_TIME}[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?[ \t]+\d{{1,4}}[a-z]?\b"
)
NUM_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|oh)"
)


def _suffixes() -> str:
    """USPS street suffixes (faker's en_US list when present) plus the built-in ones."""
    try:
        from faker.providers.address.en_US import Provider
    except ImportError:  # faker absent: the built-in list above still covers common suffixes
        return SUFFIX
    # ("Via", a viaduct's, capitalised only: "on 2L O2 via NC", "ADMITTED VIA ED" are no streets)
    extra = sorted(
        {s.lower() for s in Provider.street_suffixes if s.isalpha()} - {"via"}, key=len, reverse=True
    )
    return rf"(?:{SUFFIX}|(?i:{'|'.join(extra)})\b\.?|Via\b)"


ALL_SUFFIX = _suffixes()
STREET = (
    # a unit before a slash first: "3/41 Tōtara Grove" (Australia, New Zealand)
    rf"(?:\d{{1,4}}[A-Za-z]?/)?\d{{1,6}}[A-Za-z]?(?:[ \t]*-[ \t]*\d{{1,5}})?{GAP}{DIRECTION}?"
    rf"(?:{STREET_WORD}[ \t]+){{0,3}}{STREET_WORD}{SUFFIX_GAP}{ALL_SUFFIX}"
    rf"(?:[ \t]+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?{UNIT}?"
)
# "55 Route 9 Lot 12", "120 County Road 4", "8 Highway 12 N"
NUMBERED_ROAD = (
    r"\d{1,6}[ \t]+(?:(?:State|County|US|U\.S\.)[ \t]+)?(?:Route|Rte\.?|Highway|Hwy\.?|Road|Rd\.?|"
    r"Interstate|FM|SR|CR)[ \t]+\d{1,4}[A-Z]?\b(?:[ \t]+[NSEW]\b)?" + UNIT + "?"
)
STREET_TYPE_FIRST = (
    rf"\d{{1,5}}[a-z]?,?[ \t]+{TYPE_FIRST}[ \t]+{PARTICLE}?{PLACE_WORD}"
    rf"(?:[ \t]+{PARTICLE}?{PLACE_WORD}){{0,2}}{UNIT}?"
)
# Transcribed speech: "twenty two hill street apartment six", "thirty-two forty Hillcrest Drive", a
# Queens house number with its dash said ("forty one dash twenty five ... boulevard"), a flat's letter
# after its number ("apartment five c"; not "a" or "i", words of their own)
SPOKEN = (
    rf"(?i:{NUM_WORD}(?:[ \t\-]+(?:(?:dash|hyphen)[ \t]+)?{NUM_WORD}){{0,4}})[ \t]+(?:{STREET_WORD}[ \t]+){{1,3}}{ALL_SUFFIX}"
    rf"(?:,?[ \t]+(?i:apartment|apt|unit|suite|flat)[ \t]+(?i:\d{{1,5}}[A-Za-z]?|{NUM_WORD}(?:[ \t\-]+{NUM_WORD}){{0,2}}"
    r"(?:[ \t]+[b-hj-zB-HJ-Z](?!\w))?))?"
)


# A flat or unit before the street number: "Unit 3/27 Grevillea St", "Flat 12, 5 Cotton Mill Lane",
# a Glasgow tenement's floor/position "Flat 2/1, 58 Dumbarton Road"; Nigerian "No. 23 Zik Avenue".
UNIT_FIRST = (
    r"(?:(?i:unit|flat|apt|apartment|suite|villa|shop)\.?[ \t]*\d{1,4}[A-Za-z]?(?:/|(?:/\d{1,2})?,[ \t]*)"
    r"|(?i:no)\.[ \t]*)(?=\d)"
)
# Localities of Indian and Filipino addresses, each one element of a comma-separated address:
# "12th cross", "4th main road", "sector 14", "Karve Nagar", "indiranagar", "BTM layout", "Blk 7 Lot 12",
# "Brgy. San Isidro", a flat or house number before a comma ("flat 4B,"); a named estate or
# society right after a flat or house number ("7, Shivneri Society", "Blk 7 Lot 12, Sampaguita
# Homes"). Each is a separate scan that runs only where its cue word occurs.
_END = r"(?![\w])"
_ORDINAL_CUES = ("cross", " main")
LOCALITIES: Final = (
    (r"\b[1-9]\d?(?:st|nd|rd|th)[ \t]+(?i:cross|main)(?:[ \t]+(?i:road|rd))?", _ORDINAL_CUES, False),
    (r"(?i:\bsector)[ \t]+\d{1,3}[A-Za-z]?", ("sector",), True),
    (r"\b(?:(?!(?:the|in|at|of|to|and|near|from)\b)[A-Za-z][a-z]{2,}[ \t]+(?:Nagar|nagar)|[A-Za-z][a-z]{2,}nagar|[A-Z]{3,}[ \t]?NAGAR)", ("nagar",), False),
    # a Bengaluru layout named by its initials ("BTM layout", "HSR Layout"; not "the ward layout")
    (r"\b(?!(?:ICU|CCU|HDU|ITU|NICU|PICU|MICU|SICU|ED|ER|OR|OT|IT|UI|UX|PDF|EHR|EMR)\b)[A-Z]{2,4}[ \t]+(?:[Ll]ayout|LAYOUT)\b",
     ("layout",), False),
    (r"(?i:\b(?:blk|block))\.?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+(?i:lot)[ \t]*\d{1,4}", ("blk", "block"), True),
    (r"(?i:\b(?:brgy|barangay))\.?[ \t]+[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,2}", ("brgy", "barangay"), True),
)
# "flat 4B,", "house no. 7,", Pakistan's "H# 221,": a flat or house number before the rest of the address (scanned with
# the unit-first shape, from the same cue words)
FLAT_NO = r"(?:(?i:\b(?:flat|apt|house|plot|door))(?:[ \t]*(?i:no)\.?)?\.?|(?i:\bh)#)[ \t]*\d{1,4}[A-Za-z]?(?=,[ \t])"
HOUSE_NO = (
    r"(?:(?i:flat|apt|house|plot|door|h)\.?[ \t]*(?:(?i:no)\.?[ \t]*)?)?(?<![\w/.\-])\d{1,4}[A-Za-z]?"
)
_ESTATES = ("Apts", "Apartments", "Society", "Residency", "Enclave", "Towers", "Homes", "Colony",
            "Layout", "Subdivision", "Villas")  # fmt: skip
ESTATE = (
    rf"(?:{HOUSE_NO},[ \t]+)?(?:(?<=\d,[ \t])|(?<=\d[A-Za-z],[ \t]))(?P<n>(?:[A-Z][a-z]+[ \t]+){{1,3}}"
    rf"(?:{'|'.join(_ESTATES)})\b\.?)"
)


class AddressRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.ADDRESS
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "street",
            rf"(?<![\w/.\-])(?=\d)(?P<v>{STREET}|{NUMBERED_ROAD}|{STREET_TYPE_FIRST})",
        ),

        # EMS "cross st Panorama", "cross streets Elm & 5th"
        Pattern(
            "cross_street",
            r"\b[Cc]ross[ \t]*(?:st|sts|street|streets|rd)\b\.?[ \t]*:?[ \t]*"
            r"(?P<v>[A-Z0-9][\w'\-]*(?:[ \t]+(?:&|and|/)[ \t]+[A-Z0-9][\w'\-]*)?)",
            cues=("ross",),
        ),
        Pattern(
            "po_box",
            r"(?P<v>(?i:\bp\.?[ \t]*o\.?[ \t]*box|\bpost[ \t]+office[ \t]+box)[ \t]*#?[ \t]*\d{1,7})",
        ),
        Pattern(
            "labelled",
            r"(?i:\b(?:address|addr|street|home[ \t]+address|residence|lives[ \t]+at|resides[ \t]+at)"
            r")[ \t]*[:\-]?[ \t]*"
            rf"(?P<v>{STREET}|\d{{1,6}}[ \t]+[A-Za-z0-9'.\- \t]{{2,40}}?(?=[ \t]*(?:,|\n|$)))",
        ),
    )

    scans: ClassVar[tuple[Pattern, ...]] = (
        # a numbered street with no house number, after where it is: "on 5th ave", "off 3rd Street", "on SW 89th St"
        Pattern(
            "numbered_street",
            r"(?i:\b(?:on|off|at|near|by)[ \t]+(?:the[ \t]+)?(?P<v>(?:(?:[ns][ew]|[wesn])[ \t]+)?\d{1,3}(?:st|nd|rd|th)[ \t]+"
            r"(?:ave|avenue|st|street|rd|road|blvd|boulevard|cross|main)\b\.?"
            # ... or with its side as a capital and no street word ("the shelter on E 8th", "on NW 23rd")
            r"|(?-i:(?:[NS][EW]|[NESW]))[ \t]+\d{1,3}(?:st|nd|rd|th)(?![\w/])))",
            cues=("on ", "off ", "at ", "near ", "by "),
            anchored=True,  # (tried only where one of the words starts: ordinals are in most notes)
        ),
        Pattern(
            "unit_first",
            rf"(?P<v>{UNIT_FIRST}(?:{STREET}|{NUMBERED_ROAD})|{FLAT_NO}{_END})",
            cues=("unit", "flat", "apt", "suite", "villa", "shop", "no.", "house", "plot", "door", "h#"),
            anchored=True,
        ),
        *(
            Pattern(f"locality_{i}", rf"(?P<v>{rx}){_END}", cues=c, anchored=a)
            for i, (rx, c, a) in enumerate(LOCALITIES)
        ),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        words = value.split()
        if _LOCAL_SHAPE.match(value):
            return True  # a locality, or a unit or number before a validated street
        if not value[0].isdigit():  # street first, or a spoken number: no unit words inside
            if len(words) > 1 and all(_NUM_WORD.fullmatch(w.lower()) for w in words[:-1]):
                return False  # "one hundred point eight": a reading, no street has a number's name
            return not any(w.lower() in _UNITS for w in words[1:-1])
        # "2 tabs daily at bedtime" / "5 mg Dr" style false hits: the word before the suffix
        # must be capitalised or numeric ("Main St", "5th Ave", "main street" with a lower suffix).
        if start >= 2 and text[start - 1] in ":," and text[start - 2].isdigit():
            # "18:10 Cardiology SpR Dr Chen": a time's minutes; "Hb 7,8 kata dr. Hartono": a decimal
            # comma's fraction, not a house number
            return False
        if STAGE_BEFORE.search(text, max(0, start - 12), start):
            return False  # "CKD stage 3b\nhosp course:": a stage's number, not a house's
        if "/" in words[0]:  # "3/41 Tōtara Grove", not "7/5 per pt." or "10/3 PERSANTINE ... ST"
            return all(w[:1].isupper() and any(c.islower() for c in w) for w in words[1:])
        # nor a sentence that happens to end in a street type: "HR 44 lying with postural rise",
        # "keppra 750 como dijo el dr."
        if any(w.lower() in _SENTENCE_WORDS for w in words[1:-1]):
            return False
        before = words[-2].lower() if len(words) >= 3 else ""
        if words[-1].isalpha() and len(before) > 3 and before in _UNITS and before not in _UNIT_WORDS:
            return False  # "0215 pt had 14 beat run": a count's noun ("beat", not "the"), not a street's name
        return len(words) >= 2 and words[1].lower() not in _UNITS

    def post(self, text: str, found: Sequence[Span]) -> Iterable[Span]:
        """Spoken street numbers ("twenty two hill street"): searched only in texts that contain
        a tens or hundreds number word, so the common case costs a few substring checks."""
        low = lowered(text)
        out: list[Span] = []
        if any(w in low for w in _TENS):
            out.extend((PhiType.ADDRESS, *m.span()) for m in _SPOKEN.finditer(text))
        # "Hauptstraße 112a", "Via Roma 12": a separate scan, only where such a word occurs
        if any(w in low for w in _AFTER_CUES):
            out.extend((PhiType.ADDRESS, *m.span()) for m in _NUMBER_AFTER.finditer(text))
        if any(w in text for w in _ESTATES):  # "7, Shivneri Society": the estate word, then back
            for m in _ESTATE_WORD.finditer(text):
                e = _ESTATE_BEFORE.search(text, max(0, m.start() - 60), m.end())
                if e is not None:  # with its house number, and alone (where "flat 4B" is taken)
                    out.append((PhiType.ADDRESS, *e.span()))
                    out.append((PhiType.ADDRESS, e.start("n"), e.end()))
        if any(w in text for w in _DE_PREP_CUES):  # "Am Mühlbach 14a" (case-sensitive cue)
            out.extend((PhiType.ADDRESS, *m.span()) for m in _DE_PREP_STREET.finditer(text))
        out = [(t, s, e) for t, s, e in out if self.validate(text[s:e], text, s)]
        return out + [span for _t, _s, e in out for span in after_address(text, e)]


_LOCAL_SHAPE: Final = re.compile(
    "|".join([UNIT_FIRST, ESTATE.replace("?P<n>", ""), FLAT_NO, *(rx for rx, _c, _a in LOCALITIES)])
)
_TENS: Final = (
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
)
_SPOKEN: Final = re.compile(rf"\b{SPOKEN}\b")
_NUM_WORD: Final = re.compile(NUM_WORD)
_NUMBER_AFTER: Final = re.compile(rf"(?<![\w\-]){NUMBER_AFTER}")
_AFTER_CUES: Final = (
    *_ENDINGS,
    "str.",
    "via ",
    "viale ",
    "piazza ",
    "corso ",
    "calle ",
    "avenida ",
    "rua ",
    "carrer ",
    "plaza ",
)
_DE_PREP_STREET: Final = re.compile(DE_PREP_STREET)
_ESTATE_WORD: Final = re.compile(rf"\b(?:{'|'.join(_ESTATES)})\b")
_ESTATE_BEFORE: Final = re.compile(rf"(?<![\w/.\-]){ESTATE}\Z")
_DE_PREP_CUES: Final = ("Am ", "Im ", "Zum ", "Zur ", "An de", "Auf de", "In der", "Unter den")

_UNITS = frozenset(
    [
        "mg",
        "mcg",
        "g",
        "kg",
        "ml",
        "l",
        "units",
        "unit",
        "tabs",
        "tab",
        "tablets",
        "tablet",
        "puffs",
        "drops",
        "times",
        "days",
        "weeks",
        "months",
        "years",
        "hours",
        "minutes",
        "hrs",
        "mins",
        "x",
        "cm",
        "mm",
        "in",
        "of",
        "and",
        "to",
        "the",
        "a",
        "an",
        "at",
        "on",
        "beat",  # a rhythm's run, not a street's: "9 beat run of vt", "3 beats run"
        "beats",
        "second",
        "seconds",
        "sec",
    ]
)
# a flat's unit, which ends an address ("Story Rd unit 204", "Dundas St W unit B")
_UNIT_WORDS: Final = frozenset(["unit", "units"])
# Function words of English and the languages whose chat mixes in: never inside a street's name
_SENTENCE_WORDS: Final = frozenset(
    ["with", "for", "from", "by", "per", "at", "to", "on", "in", "after", "before", "since", "when", "but", "or", "is", "was", "are",
     "were", "he", "she", "it", "we", "they", "his", "her", "como", "el", "los", "las", "que", "der",
     "die", "das", "und"]
)

# A number that grades or stages something, not a house number ("stage 3b", "grade 2", "class IV")
# a stage's, a day's or a dose's number, never a house's: "CKD stage 3b", "the day 2 scan wey dr
# fashola book", "week 12 scan dr said", "POD 1 walk rd" -- but not a day or week that says when
# ("moving this week 22 pleasant ridge rd", "the other day 4 elm dr")
STAGE_BEFORE: Final = re.compile(
    r"(?i:\b(?:stage|grade|class|type|nyha|gold|tier|cycle|dose|visit|pod|round|attempt"
    r"|(?<!this[ ])(?<!next[ ])(?<!last[ ])(?<!that[ ])(?<!same[ ])(?<!other[ ])(?<!every[ ])(?<!each[ ])"
    r"(?:day|week|wk))[ \t]*)\Z"
)
