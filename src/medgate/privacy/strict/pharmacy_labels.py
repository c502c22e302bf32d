"""A pharmacy named after its label: "Preferred pharmacy: Rite Aid", "pharmacy - HEB #112",
"Pharmacy: Hy-Vee on 14th St". The chain or shop, with its branch, is where the patient is seen
and lives; the label is the cue, whatever the name's words are. "Pharmacy: none", "pharmacy:
mail order" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_led

_LABELLED: Final = re.compile(
    r"(?i:pharmacy)(?:[ \t]*[:\-][ \t]*|[ \t]+(?=[A-Z]))"
    r"(?P<v>[A-Za-z0-9][\w&'’.\-]*(?:[ \t](?:[A-Z0-9#][\w&'’.\-]*|&|on|at|of|in))*)"
)
# (the kind after the name is no one's: "Desert Rose Pharmacy" masks "Desert Rose")
_TRAILING: Final = re.compile(r"(?:[ \t](?:&|on|at|of|in|(?i:pharmacy)))+\Z|[.\-]+\Z")
# values that are no pharmacy's name
_NONE_WORDS: Final = (
    "none n/a na unknown same mail home per not no yes pending patient pt hospital outpatient inpatient "
    "retail local specialty any other on in at the a is was to and for will"
)
_NONE: Final = frozenset(_NONE_WORDS.split())


def pharmacy_spans(text: str) -> list[Entity]:
    if "harmacy" not in text and "HARMACY" not in text:
        return []
    out: list[Entity] = []
    for m in _LABELLED.finditer(text):
        label = text[max(0, m.start() - 10) : m.start() + 8].lower()
        colon = ":" in text[m.start() : m.start("v")] or "-" in text[m.start() : m.start("v")]
        if not colon and "preferred" not in label:
            continue  # "pharmacy Kroger" alone; read only after a label's colon or "preferred"
        v = m.group("v")
        first = v.split()[0].lower().rstrip(".")
        if first in _NONE or v[0].islower():
            continue  # ("Pharmacy: please verify the dose"): a sentence, not a name
        end = m.start("v") + len(_TRAILING.sub("", v))
        out.append(Entity(PhiType.LOCATION, m.start("v"), end, text[m.start("v") : end]))
    return out


# A chain's store told by its street address after a comma ("CVS Pharmacy #9921, 1550 El Camino Real,
# Belmont", "e-prescribed to Rite Aid, 300 Main St"): the chain and the address are the branch; the
# address has a house number and capitalised words, whether or not a street's kind ends it.
# A chain and a comma before anything else ("CVS, Walgreens or Rite Aid", "CVS, 2 refills") stays.
# A pharmacy or drugstore chain told by its branch: the chain's name, then "on", "at", "in", "by",
# "off" or "near" and where the branch is ("Shoppers on the Danforth", "walgreens on 6th & pine",
# "Boots in Fforestfach", "the Dis-Chem at Musgrave"). The chain alone ("get it from CVS") is a
# kind of shop many share; with its branch it says where the writer lives.
# (names that are plain words, "Boots", "Clicks", "Shoppers", "Guardian", only capitalised)
_PLAIN_CHAINS: Final = ("boots", "clicks", "shoppers", "guardian", "priceline", "superdrug")
_CHAINS: Final = (
    "walgreens", "walgreen's", "cvs", r"rite[ \-]?aid", r"duane[ ]reade", "walmart", "kroger", "publix", "safeway",
    "costco", r"shoppers[ ]drug[ ]mart", r"jean[ ]coutu", "pharmaprix", r"london[ ]drugs", "rexall", "uniprix",
    "familiprix", r"lloyds(?:[ ]?pharmacy)?", r"chemist[ ]warehouse", r"terry[ ]white", "amcal", r"dis-?chem",
    "medplus", r"apollo[ ]pharmacy", "watsons", r"mercury[ ]drug", r"hy-?vee", "meijer", "drogasil", r"droga[ ]raia",
    r"cruz[ ]verde", "farmatodo", r"farmacias[ ]similares", "superdrug", "boots", "clicks", "shoppers", "guardian",
    "priceline",
)  # fmt: skip
_BRANCH: Final = re.compile(
    word_led(_CHAINS)
    + r"(?![\w'’\-])(?:[ ]+(?i:pharmacy|drugstore|chemist))?[ ]+(?P<p>on|at|in|by|off|near)[ ]+(?:the[ ]+)?"
    r"(?P<w>\d{1,3}(?:st|nd|rd|th)\b|[A-Za-zÀ-ÿ][\w'’\-]*)"
)
_ADDRESSED: Final = re.compile(
    word_led(_CHAINS)
    + r"(?![\w'’\-])(?:[ ]+(?i:pharmacy|drugstore|chemist))?(?:[ ]+(?i:store[ ])?#[ ]?\d{1,6})?,[ ]"
    r"(?P<a>\d{1,6}[ ](?:[NSEW]\.?[ ])?[A-Z][\w'’.]*(?:[ ][A-Z][\w'’.]*){0,3})(?=,|[ ]*\n|[ ]*$)"
)
_CHAIN_HEADS: Final = heads(_CHAINS)  # (the scan is tried only where a chain's name begins: `cue_finditer`)
# what stands after the chain's "on"/"at" and is no branch's place: a time, a day, the shop's own words
_NOT_BRANCH_WORDS: Final = (
    "the a an my his her our their your this that its and or me him them us it time times night nights weekend "
    "weekends morning afternoon evening noon holiday holidays sale line hold call phone app website web "
    "site online vacation leave duty shift break"
)
_NOT_BRANCH: Final = frozenset(_NOT_BRANCH_WORDS.split())


def pharmacy_chain_spans(text: str) -> list[Entity]:
    low = lowered(text)
    out: list[Entity] = []
    if ", " in text:
        for m in cue_finditer(_ADDRESSED, text, low, _CHAIN_HEADS):
            chain = text[m.start() : m.end()].split(",")[0].split("#")[0].rstrip()
            first = chain.split()[0].lower()
            if first in _PLAIN_CHAINS and not chain[:1].isupper():
                continue
            for k in (" pharmacy", " drugstore", " chemist", " Pharmacy", " Drugstore", " Chemist", " PHARMACY"):
                if chain.endswith(k):
                    chain = chain[: -len(k)]
            out.append(Entity(PhiType.LOCATION, m.start(), m.start() + len(chain), chain))
            out.append(Entity.of(PhiType.ADDRESS, m, "a"))
    for m in cue_finditer(_BRANCH, text, low, _CHAIN_HEADS):
        chain = text[m.start() : m.start("p")].rstrip()
        first = chain.split()[0].lower()
        if first in _PLAIN_CHAINS and not chain[:1].isupper():
            continue  # "boots on the ward", "clicks in the knee": the words, not the shops
        w = m.group("w")
        wl = w.lower()
        if wl in _NOT_BRANCH or wl in cues.DAY_WORDS or wl in cues.MONTHS or wl in cues.UNITS:
            continue  # "CVS on Monday", "Walgreens at night", "at the pharmacy": no branch told
        if w[:1].islower() and first in _PLAIN_CHAINS:
            continue
        if w[:1].islower() and not text[m.start() : m.end()].islower():
            continue  # in a mixed-case note a branch is capitalised ("CVS in town" stays)
        for k in (" pharmacy", " drugstore", " chemist", " Pharmacy", " Drugstore", " Chemist", " PHARMACY"):
            if chain.endswith(k):
                chain = chain[: -len(k)]  # ("Walgreens Pharmacy on 5th": the chain's name)
        out.append(Entity(PhiType.LOCATION, m.start(), m.start() + len(chain), chain))
    return out
