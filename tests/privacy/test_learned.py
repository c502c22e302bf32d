"""The learned tagger: trained on one synthetic corpus, it finds names in another it never saw."""

from __future__ import annotations

from medgate.privacy.learned import tagger
from medgate.privacy.learned.synth import Generator
from medgate.privacy.learned.train import SEED
from medgate.privacy.learned.vocab import Vocab


def test_tagger_generalises_to_held_out_synthetic_documents() -> None:
    gen = Generator(Vocab.build(SEED + 1), SEED + 1)  # another seed: other names, other notes
    found = total = 0
    for doc in gen.corpus(60):
        text = doc.text
        spans = tagger().spans(text)
        pos = 0
        for tok, label in doc.tokens:
            if label == "NAME" and len(tok) > 1:
                total += 1
                found += any(e.start <= pos and pos + len(tok) <= e.end for e in spans)
            pos += len(tok)
    assert total > 200
    assert found / total >= 0.85, found / total


def test_tagger_reads_context_not_just_capitals() -> None:
    t = tagger()
    text = "spoke with daughter wilhelmina re plan. wilhelmina agrees. foley to gravity."
    names = [e.text for e in t.spans(text)]
    assert "wilhelmina" in names and "foley" not in names


def test_a_tagger_span_is_cut_at_the_pronouns_and_kinship_words_inside_it() -> None:
    from medgate.privacy.detect import pieces
    from medgate.privacy.types import Entity, PhiType

    text = "note from amira haddad she says her husband tomas lindqvist fell"
    start = text.index("amira")
    span = Entity(PhiType.LOCATION, start, text.index(" fell"), text[start : text.index(" fell")])
    assert [p.text for p in pieces(span)] == ["amira haddad", "says", "tomas lindqvist"]
    # edges are trimmed in any case; a capitalised "An" inside a name is part of it
    text = "I'm Rose Tyler from Hoi An"
    span = Entity(PhiType.NAME, 0, len(text), text)
    assert [p.text for p in pieces(span)] == ["Rose Tyler", "Hoi An"]
    text = "from the Derb Sultan, Casa."
    span = Entity(PhiType.LOCATION, 0, len(text), text)
    assert [p.text for p in pieces(span)] == ["Derb Sultan, Casa"]


def test_tagger_has_learned_the_names_and_places_others_wrote() -> None:
    # On its own, on every 7th written document: the tagger trained with them finds 0.92 of their
    # one-word names and places; trained on synthetic text alone it found 0.57. (How much of that
    # carries to a new writer is measured with `train --leave-out`, not here: README.)
    import itertools

    from medgate.privacy.learned.written import TAGGER_LABEL, documents

    found = total = 0
    for doc in itertools.islice(documents(), 0, None, 7):
        spans = tagger().spans(doc.text)
        for s, e, kind in doc.phi:
            if TAGGER_LABEL.get(kind) in ("NAME", "LOC") and doc.text[s:e].isalpha():
                total += 1
                found += any(x.start <= s and e <= x.end for x in spans)
    assert total > 800
    assert found / total >= 0.85, found / total


def test_tagger_never_reports_letters_glued_to_digits() -> None:
    # "h54 w2p6" is an Eircode, "2R" a flat: codes are the rules' to judge, not a place's tail
    for text in ("we're in 7 the orchard, tuam, co galway h54 w2p6 now", "2210 W Fullerton Apt 2R"):
        for e in tagger().spans(text):
            assert not text[e.end : e.end + 1].isdigit(), (text, e)
            assert e.start == 0 or not text[e.start - 1].isdigit(), (text, e)


def test_a_tagger_span_holding_a_drug_is_dropped_and_a_name_that_is_also_a_brand_is_not() -> None:
    from medgate.privacy.detect import _strict, plausible_learned
    from medgate.privacy.lexicon import lexicon
    from medgate.privacy.types import Entity, PhiType

    lex = lexicon()
    strict = _strict(lex)

    def plausible(text: str, span: str, kind: PhiType = PhiType.LOCATION) -> bool:
        start = text.index(span)
        return plausible_learned(Entity(kind, start, start + len(span), span), text, strict, lex)

    # a drug or clinical term inside: the tagger misread a medicine list or a code-switched line
    # ("KwikPen", "Turbohaler" and the surname "noche" alone could be anyone's)
    assert not plausible("insulin: Humalog KwikPen 6 units with meals", "Humalog KwikPen")
    assert not plausible("inhalers: Symbicort Turbohaler 2 puffs bd", "Symbicort Turbohaler")
    assert not plausible("tomar en la noche y el lisinopril 10", "en la noche y el lisinopril")
    # a word that is a brand and also a name or a place is still the tagger's to report
    assert plausible("seen by Allegra Whitcombe today", "Allegra Whitcombe", PhiType.NAME)
    assert plausible("she lives in Kettering now", "Kettering")
