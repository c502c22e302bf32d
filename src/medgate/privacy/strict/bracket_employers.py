"""An employer written in brackets after a word about work: "office mein meeting hai (Infosys
Pune)", "on a job again (Bechtel, Jubail)", "my shift (Amazon DC)", "AT WORK (MOBILE DRYDOCK)", "carrying mail (USPS, Katy station)", "runs his
own café (Café Lumen)", "at work (the Ship at Mevagissey)". The bracket names who the writer works for and where. A day, a month, a clinical word, a titled name ("employer HR (Mr.
Novak)": the name filter's) or an abbreviation of three capitals or fewer ("work (Mon-Fri)",
"office (GP)", "shift (nights)") stays. An employer with its department after it ("WORK # (HOUSTON
METHODIST PHARMACY)", "work (Baylor Scott White lab)") is the employer's words before the department."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

# the bracket, found first (a literal scan), then a work word at most 40 characters before it
# (a pub or an inn with its village: "at work (the Ship at Mevagissey)")
_BRACKET: Final = re.compile(r"\((?:the[ ])?(?P<v>[A-Z][\w&.'’-]+(?:(?:,?|[ ]at)[ ][A-Z][\w&.'’-]+){0,3})\)")
_WORK: Final = re.compile(
    r"(?i:\b(?:office|work|works|working|job|kaam|naukri|company|firm|employer|audit|shift|posting|client|site"
    # (or the business the writer runs: "runs his own café (Café Lumen)", "owns a bakery (Crust & Co)")
    r"|business|café|cafe|bakery|restaurant|salon|takeaway|deli))\b"
    r"[^\n()]{0,40}\Z"
)
# ... or an employer then its site, which a workplace's word after the town says ("(UPS, Memphis hub)",
# "(Tyson, Amarillo plant)"): no work word needed before it
_SITE_BRACKET: Final = re.compile(
    r"\((?P<v>[A-Z][\w&.'’-]+(?:[ ][A-Z][\w&.'’-]+){0,2}),[ ](?:[A-Z][\w'’-]+[ ]){1,3}"
    r"(?:station|branch|plant|depot|hub|store|warehouse|site|campus|location)\)"
)
_RARE_ZIPF: Final = 3.5
_KIND_WORDS: Final = frozenset({"hosp", "hospital", "clinic", "center", "centre", "medical", "health", "med"})
_WORKPLACES: Final = frozenset({
    "shipyard", "drydock", "dock", "docks", "factory", "farm", "mine", "warehouse", "plant", "mill", "quarry",
    "yard", "depot", "garage", "store", "shop", "restaurant", "refinery", "foundry", "sawmill",
})  # fmt: skip


def bracket_employer_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "(" not in text:
        return []
    out: list[Entity] = []
    for m in _BRACKET.finditer(text):
        if _WORK.search(text, max(0, m.start() - 60), m.start()) is None:
            continue
        words = [w for w in re.split(r"[ ,\-–]+", m.group("v")) if w and w != "at"]
        if _employer(words, lex):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
        elif (
            len(words) >= 3 and words[-1].lower() in cues.DEPARTMENTS and _employer(words[:-1], lex)
            and any(not lex(w.lower()).english or lex(w.lower()).flags & F.PLACE for w in words[:-1])
        ):  # (a department's own words stay: "work (Blood Bank Lab)")
            v = m.group("v")
            kept = words[:-1]
            while len(kept) > 1 and kept[-1].lower().rstrip(".") in _KIND_WORDS:
                kept.pop()  # ("HOLYOKE HOSP LAB": the place's name, not its kind)
            end = m.start("v") + v.index(kept[-1], v.index(kept[0])) + len(kept[-1])
            out.append(Entity(PhiType.LOCATION, m.start("v"), end, text[m.start("v") : end]))
    for m in _SITE_BRACKET.finditer(text):
        if _employer(m.group("v").split(), lex):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out


def _employer(words: list[str], lex: Lexicon) -> bool:
    """The bracket's words name a business: none a clinical word, a title, a day, a month, a
    department or shorthand, nor a short abbreviation alone; one rare or no English word."""
    if any(
        w in CLINICAL_WORDS or w.lower().rstrip(".") in cues.FORMAL_TITLES or w.lower() in cues.DAY_WORDS or w.lower() in cues.MONTHS
        or w.lower() in cues.DEPARTMENTS or w.lower() in cues.SHORTHAND for w in words
    ):  # fmt: skip
        return False
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 3:
        return False
    entries = [lex(w.lower()) for w in words]
    # (a clinical word says what the work did to the writer; a workplace the external-cause codes
    # list, "shipyard", "factory", is the clinical vocabulary's too, and names the employer's kind)
    medical = any(e.clinical and w.lower() not in _WORKPLACES for w, e in zip(words, entries, strict=True))
    return not medical and any(not e.english or e.zipf < _RARE_ZIPF for e in entries)
