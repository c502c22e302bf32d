"""An employer or a shop told bare where only an employer or a shop can stand: after an
"Employer:" label ("Employer/Scheme: Nigerian Ports Authority (corporate plan)"), after whose
employer ("Pt's employer UPS (driver, hub at Hapeville)"), after human
resources in a letter's address ("To: Human Resources, Umgeni Water"), after "my employer,"
("my employer, Irving Oil, attn") and a boss ("my boss at pick n pay kempton park wants", lower
case too, to the verb), as the firm a driver drives
for ("works as Grab driver", "works as an Uber driver"), and as the shop or charity a writer is at on a named
street ("Rosalind at Shoppers Drug Mart on Portage Ave", "sleeps at the Salvation Army on Luckie St"). Firms are often plain words, so they are
masked only in these slots, and only capitalised but after a boss: "works as a taxi driver", "at
Home on Main St", "my boss at work is" (a kind, a word of the sentence) stay."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from medgate.privacy import cues
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_CAP: Final = r"[A-Z][\w&'’.\-]*"
_FIRM: Final = rf"{_CAP}(?:[ \t]+(?:of|and|&|n|de|the|{_CAP})){{0,5}}"
Ready = Callable[[str, str], bool]  # (the text, lower-cased): whether a slot's scan can find anything


def _holds(*words: str) -> Ready:
    """Ready where one of these lower-case words is in the lower-cased text."""
    return lambda _text, low: any(w in low for w in words)


# what every match of the human-resources slot with "HR" holds, and of the shop's slot (literals
# to skip to: "hr" and " on " are in most notes, "three", "heart rate", "on")
_HR_COMMA: Final = re.compile(r"HR(?:[ \t]+(?i:department|dept|manager|office))?[ \t]*,")
_ON_NAMED_STREET_TEXT: Final = (
    r"on[ \t]+[A-Z][a-z]+[ \t]+(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Drive|Dr|Lane|Way|Mall|Plaza)\b"
)
_ON_NAMED_STREET: Final = re.compile(_ON_NAMED_STREET_TEXT)
# each slot with a cheap test that its scan can find something there (most often: a word, one of
# which every match holds): most texts hold none, and one scan per slot is cheaper than an
# alternation tried at every word
_SLOTS: Final[tuple[tuple[Ready, re.Pattern[str]], ...]] = (
    # a label, to the line's end, a bracket or a comma
    (_holds("employer", "place of work", "workplace"), re.compile(
        r"(?m:\b(?i:employer(?:[ \t]*/[ \t]*scheme)?|employer'?s[ \t]+name|name[ \t]+of[ \t]+employer|place[ \t]+of[ \t]+work|workplace)"
        rf"[ \t]*:[ \t]*(?P<a>{_FIRM})[ \t]*(?=[(,;]|$))"
    )),
    # human resources, then the firm
    (lambda text, low: "human" in low or _HR_COMMA.search(text) is not None, re.compile(
        r"(?m:\b(?i:to|attn|att|for)[ \t]*:?[ \t]+(?:(?i:the[ \t]+)?(?i:human[ \t]+resources)|HR)"
        rf"(?:[ \t]+(?i:department|dept|manager|office))?[ \t]*,[ \t]*(?P<b>{_FIRM})[ \t]*(?=[,;.]|$))"
    )),
    # "my employer, X," / "my boss at X": the firm itself, capitalised or, after a boss, in lower case
    # to the verb or the stop ("my boss at pick n pay kempton park wants a sick note")
    (_holds("employer", "company", "work,", "work ,"), re.compile(
        rf"\b(?i:my|his|her|our|their)[ \t]+(?i:employer|employers|company|work)[ \t]*,[ \t]*(?P<e>{_FIRM})[ \t]*(?=[,;.]|$)"
    )),
    (_holds("boss", "manager", "supervisor", "employer"), re.compile(
        r"\b(?i:my|his|her|our|their)[ \t]+(?i:boss|manager|supervisor|employer)[ \t]+at[ \t]+"
        r"(?P<f>[a-z][a-z'’&]*(?:[ \t]+[a-z][a-z'’&]*){0,4}?)(?=[ \t]+(?:"
        r"wants?|needs?|said|says|told|asked|is|was|has|had|will|won'?t|doesn'?t|didn'?t|can'?t|gave|and|but|so)\b"
        r"|[ \t]*[,.;!?]|$)"
    )),
    # the firm a driver drives for
    (_holds("driver", "rider", "courier"), re.compile(
        r"\b(?i:works?|working|worked)[ \t]+as[ \t]+(?:(?i:an?)[ \t]+)?(?P<c>[A-Z][A-Za-z]+)[ \t]+(?i:driver|rider|courier)\b"
    )),
    # the shop a writer is at, on a named street
    (lambda text, low: " on " in low and _ON_NAMED_STREET.search(text) is not None, re.compile(
        rf"\b(?:at|from)[ \t]+(?:the[ \t]+)?(?P<d>{_CAP}(?:[ \t]+{_CAP}){{0,3}})[ \t]+{_ON_NAMED_STREET_TEXT}"
    )),
    # whose employer, then the firm bare, to a bracket, a comma or a stop ("Pt's employer UPS (driver)",
    # "his employer Kroger, in")
    (_holds("employer"), re.compile(
        rf"(?:['’]s|\b(?i:my|his|her|our|their))[ \t]+(?i:employer)[ \t]+(?:is[ \t]+)?(?P<g>{_FIRM})[ \t]*(?=[(,;.]|$)"
    )),
)  # fmt: skip
# what a driver drives, not whom for: "works as a Taxi driver", "Delivery driver"
_KINDS: Final = frozenset(
    (
        "taxi", "bus", "truck", "lorry", "delivery", "van", "school", "ambulance", "forklift", "tow", "cab",
        "train", "tram", "crane", "tractor", "minibus", "tanker", "coach", "rickshaw", "bike", "motorbike",
        "boda", "okada", "keke", "matatu", "jeepney", "tricycle", "racing", "rally", "heavy", "long", "haul",
    )
)  # fmt: skip
# what an employer's label, or the words after "HR,", may hold that is no employer
_NO_EMPLOYER: Final = frozenset(
    ("none", "nil", "na", "n/a", "work", "home", "retired", "unemployed", "pensioner", "student", "self", "housewife", "homemaker",
     "disabled", "unknown", "not", "private", "thanks", "thank", "please", "pls", "regards", "kind", "dear",
     "many", "cheers", "re", "sincerely", "yours", "the", "and", "i", "we")
)  # fmt: skip
_NOT_SHOPS: Final = cues.TITLES | cues.DAY_WORDS | cues.DETERMINERS | frozenset({"home", "work", "night", "noon"})


def employer_slot_spans(text: str) -> list[Entity]:
    low = lowered(text)
    out: list[Entity] = []
    for ready, rx in _SLOTS:
        if not ready(text, low):
            continue
        for m in rx.finditer(text):
            group = m.lastgroup or "a"
            value = m.group(group)
            if group in ("a", "b", "e", "f", "g") and value.split()[0].lower().rstrip(".") in _NO_EMPLOYER:
                continue
            if group == "c" and value.lower() in _KINDS:
                continue
            if group == "d" and (
                value.split()[0].lower().rstrip(".") in _NOT_SHOPS
                or all(w.title() in CLINICAL_WORDS or w.lower() in cues.DEPARTMENTS for w in value.split())
            ):
                continue  # "at the ED on Main St": a department, no one's
            if group == "g" and value.split()[0].lower().rstrip(".") in cues.TITLES:
                continue  # "Pt's employer Mr. Reyes called": a person
            if group == "g" and value.endswith("."):
                out.append(Entity(PhiType.LOCATION, m.start(group), m.end(group) - 1, value[:-1]))
                continue
            out.append(Entity.of(PhiType.LOCATION, m, group))
    return out
