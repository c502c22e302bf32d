"""An employer named after a verb of working that the job words leave out: the firm a driver
drives for ("she drives for Metro Cabs", "rides for Bolt", by its initials "drives for UPS", and the site it works out of "out of the Riverside hub"), the firm someone is off work from ("off
work from shorts brothers til monday", lower case too), the firm someone goes back to duty at
("may rejoin duty at Andhra Pradesh Electricity Board", "return to work at Mackie's Bakery"), and
in Spanish or Portuguese the place someone works in ("trabajo en el Walmart de la 65", "trabalha
na Riachuelo"), in French the firm after "chez" ("je travaille chez Michelin"), in Tagalog the firm
and its branch town ("duty sa Puregold Cubao"). The name
is capitalised but after "off work from", where chat writes it in lower case to the word that ends the absence ("til", "until", a stop). A day, a month, a kin word, a title
or a clinical word is no firm ("drives for Mum", "off work from Monday", "rejoin duty at Ward 4"),
nor an everyday word in lower case ("off work from today", "drives for hours")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_CAP: Final = r"[A-ZÁÉÍÓÚÑ][\w'’\-]*"
_FIRM: Final = rf"{_CAP}(?:[ \t]+(?:(?:of|and|&)[ \t]+)?{_CAP}){{0,5}}"
_LOWER: Final = r"(?!(?:in|at|on|of|to|from|for)\b)[a-z][a-z'’\-]*"  # (a preposition ends the name)
_TAGALOG: Final = re.compile(rf"\b(?i:duty|trabaho|nagtatrabaho|work|shift|pasok)[ \t]+sa[ \t]+(?P<v>{_FIRM})")
_OUT_OF: Final = re.compile(
    rf"\b(?i:out[ \t]+of[ \t]+the)[ \t]+(?P<v>{_FIRM})(?=[ \t]+(?i:hub|depot|warehouse|yard|plant|terminal|branch)\b)"
)
# (gate, scan): each scan is tried only where its cue is in the lower-cased text
_SCANS: Final[tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]] = (
    # the site a worker works out of, named before its kind ("drives for UPS out of the Riverside hub")
    (("out of the",), _OUT_OF),
    (("driv", "drove", "rode", "ride", "deliver"), re.compile(
        r"\b(?i:drives?|drove|driving|driven|rides?|rode|riding|delivers?|delivered|delivering)[ \t]+for[ \t]+"
        rf"(?P<v>{_FIRM})"
    )),
    (("duty", "duties", "to work", "join work", "joined work", "sume work", "sumed work"), re.compile(
        r"\b(?i:re-?join(?:s|ed|ing)?|resum(?:e|es|ed|ing)|join(?:s|ed|ing)?|report(?:s|ed|ing)?[ \t]+for"
        r"|return(?:s|ed|ing)?[ \t]+to|back[ \t]+to)"
        rf"[ \t]+(?i:duty|duties|work)[ \t]+(?i:at|with|in)[ \t]+(?P<v>{_FIRM})"
    )),
    (("trabaj", "trabalh"), re.compile(
        r"\b(?i:trabaj[a-zé]*[ \t]+en[ \t]+(?:el|la|los|las)|trabalh[a-z]*[ \t]+(?:na|no|nas|nos|em))[ \t]+"
        rf"(?P<v>{_FIRM})"
    )),
    # French: the firm someone works at ("je travaille chez Michelin", "elle bosse chez Carrefour Market")
    (("travail", "bosse", "boss"), re.compile(
        rf"\b(?i:travaill[a-zé]*|boss(?:e|es|ent|ais|ait|é))[ \t]+chez[ \t]+(?P<v>{_FIRM})"
    )),
    # Tagalog: the firm and its branch someone works at ("duty sa Puregold Cubao", "trabaho sa SM Fairview")
    (("duty sa", "trabaho sa", "work sa", "shift sa", "pasok sa"), _TAGALOG),
    # lower case too, to the word that ends the absence
    (("off work", "off sick"), re.compile(
        r"\b(?i:off[ \t]+(?:work|sick)[ \t]+(?:from|at))[ \t]+"
        rf"(?P<v>(?:{_CAP}|{_LOWER})(?:[ \t]+(?:&|and|n)?[ \t]*(?:{_CAP}|{_LOWER})){{0,3}}?)"
        r"(?=[ \t]+(?i:til|till|until|since|for|to)\b|[ \t]*[,.;!)]|[ \t]*$)",
        re.MULTILINE,
    )),
)  # fmt: skip
_NOT_FIRMS: Final = (
    cues.DAY_WORDS | cues.TITLES | cues.KIN | cues.DETERMINERS | frozenset(cues.MONTHS)
    | frozenset({"i", "me", "him", "her", "them", "us", "work", "home", "school", "now", "today", "tomorrow",
                 "yesterday", "next", "last", "this", "then", "here", "there", "ward", "unit", "bay"})
)  # fmt: skip
_EVERYDAY_ZIPF: Final = (
    4.7  # a lower-case word this common is the sentence's ("off work from tuesdays on")
)


def employer_verb_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    out: list[Entity] = []
    for gate, rx in _SCANS:
        if not any(g in low for g in gate):
            continue
        for m in rx.finditer(text):
            parts = m.group("v").split()
            first = parts[0].lower()
            if rx is _OUT_OF and parts[0].isupper() and len(parts[0]) <= 3:
                continue  # "out of the ER hub": a ward's shorthand, no site's name
            if first in _NOT_FIRMS or (len(parts) == 1 and first in cues.DEPARTMENTS) or any(p.lower() in _NOT_FIRMS for p in parts[-1:]):
                continue
            if rx is _TAGALOG and all(lex(p.lower()).english or lex(p.lower()).clinical or p.lower() in cues.DEPARTMENTS
                                      for p in parts):
                continue  # ("duty sa ER", "duty sa Emergency Room": the ward, no firm)
            e = lex(first)
            # a firm's initials in a typed sentence ("drives for UPS") are its name, whatever else they spell
            initials = (len(parts) == 1 and parts[0].isupper() and len(parts[0]) <= 5 and not m.group().isupper()
                        and first not in cues.DEPARTMENTS and first not in cues.SHORTHAND and rx is not _OUT_OF)
            if (e.clinical and not initials) or (parts[0].islower() and e.english and e.zipf >= _EVERYDAY_ZIPF):
                continue
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
