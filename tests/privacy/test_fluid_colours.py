"""A colour that is also a first name, describing a body fluid, is kept: nursing notes chart urine as
"amber" in nearly every GU line (the dev split's commonest false hit). A colour-name that names a person
keeps its mask: the colour must touch a fluid, a colour word or a nurse's shade word on the same line."""

from __future__ import annotations

import pytest

from medgate.privacy import detect


@pytest.mark.parametrize(("text", "word"), [
    ("GU: catheter draining clear amber urine, 60 ml/hr.", "amber"),
    ("GU: FOLEY DRAINING DARK AMBER COLOURED URINE WITH SEDIMENT", "AMBER"),
    ("Urine amber and clear overnight.", "amber"),
    ("U/O 30cc/hr, amber, clr.", "amber"),
    ("urine is amber with some sediment", "amber"),
    ("JP drain: ruby-red drainage, 40 ml", "ruby"),
    ("output now amber to tea coloured after lasix", "amber"),
])
def test_a_colour_describing_a_fluid_is_kept(text: str, word: str) -> None:
    start = text.index(word)
    assert not any(e.start < start + len(word) and start < e.end for e in detect(text, "strict"))


@pytest.mark.parametrize(("text", "name"), [
    ("Her daughter Amber visited this afternoon.", "Amber"),
    ("Amber to call back re: meds", "Amber"),
    ("message left for Amber re the appointment", "Amber"),
    ("daughter Amber, clear plan discussed with her", "Amber"),
    ("cc: Amber Whitcombe", "Amber"),
    ("Ruby to bring his urine sample tomorrow", "Ruby"),
    ("sister Rose and brother Tom at bedside", "Rose"),
])
def test_a_colour_name_naming_someone_stays_masked(text: str, name: str) -> None:
    start = text.index(name)
    spans = detect(text, "strict")
    assert all(any(e.start <= i < e.end for e in spans) for i in range(start, start + len(name)))
