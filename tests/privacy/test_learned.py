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
