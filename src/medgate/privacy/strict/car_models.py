"""A car's make and model ("a silver Ford Focus", "grey Skoda Octavia", "Maruti Swift, chassis ..."):
a product, no one's name, though a make may be a surname ("Ford") and a model a first name
("Octavia"). The make is one of a short list of car makers and the model its next word, capitalised;
both are marked as eponyms are, so the word filter and the tagger leave them, where a word of vehicles
stands within the sentence ("car", "vehicle", "plate", "registration", "chassis", "drove"). A make after a title or
after another capitalised word stays a name's ("Mr Ford Smith", "Henry Ford Hospital"), and a make
with no capitalised word after it is left to the other rules ("Ford said", "called Ford")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.recognizers.vehicle import VEHICLE_WORDS
from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok
from medgate.privacy.text import lowered

# Makers of the cars people drive, worldwide (not "Mercedes", a first name, nor "Mini", a word)
_MAKES: Final = frozenset({
    "toyota", "honda", "nissan", "mazda", "subaru", "mitsubishi", "suzuki", "maruti", "hyundai", "kia", "ford",
    "chevrolet", "chevy", "dodge", "chrysler", "buick", "cadillac", "tesla", "volkswagen", "vw", "audi", "bmw",
    "opel", "vauxhall", "peugeot", "renault", "citroen", "citroën", "fiat", "skoda", "škoda", "volvo", "lexus",
    "isuzu", "daihatsu", "proton", "perodua", "mahindra", "geely", "chery", "dacia", "lada", "holden", "porsche",
})  # fmt: skip
# a vehicle named near the make: the vehicle recogniser's words, a registration's and driving's
_NEAR: Final = 80
# a model word as common a surname as "Wilson" or "Baker" (2^17 and more in the census) makes the
# pair a person's name ("Swift", "Polo", "Corolla" are rarer surnames)
_COMMON_SURNAME: Final = 17
_VEHICLE_CONTEXT: Final = re.compile(
    rf"\b(?:{VEHICLE_WORDS}|plate|reg|registration|rego|chassis|vin|drove|drive|driven|driver|driving|parked|ride)\b"
)


def mark_car_models(toks: list[Tok], text: str) -> None:
    # every mark needs a word that is a make: a set lookup per token is cheaper than the
    # alternation over the text, which also stops inside words ("afford", "skiable")
    if _MAKES.isdisjoint([t.low for t in toks]):
        return
    low = lowered(text)
    words = [t for t in toks if t.text[:1].isalpha()]
    for i, t in enumerate(words[:-1]):
        if t.low not in _MAKES or not t.text[:1].isupper():
            continue
        model = words[i + 1]
        if text[t.end : model.start] != " " or not model.text[:1].isupper():
            continue  # ("Ford said", "Ford, Dana"): no model after the make
        if model.entry is not None and model.entry.surname_log2 >= _COMMON_SURNAME:
            continue  # ("Ford Wilson drove her in"): a common surname after it, a person
        prev = words[i - 1] if i else None
        if prev is not None and text[prev.end : t.start].strip() in ("", ".") and (
            prev.low in cues.TITLES or prev.text[:1].isupper()
        ):
            continue  # ("Mr Ford", "Henry Ford Hospital"): a person's name, or a place named for one
        if _VEHICLE_CONTEXT.search(low, max(0, t.start - _NEAR), min(len(text), model.end + _NEAR)) is None:
            continue  # ("Ford Wilson called"): a first name and a surname, no car near
        keep_span(toks, t.start, model.end)
