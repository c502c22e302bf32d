"""The first-character buckets must find exactly what trying every concept everywhere finds."""

from __future__ import annotations

import re
from pathlib import Path

from medgate.safety.evaluate import load_vignettes
from medgate.safety.screen import default_screener

HERE = Path(__file__).parent


def _brute_force(text: str) -> list[tuple[int, int, str, str]]:
    screener = default_screener()
    out = []
    for pos in range(len(text)):
        if pos and re.match(r"\w", text[pos - 1]):
            continue
        for cat, concept, regex in screener._concepts:
            m = regex.match(text, pos)
            if m is not None:
                out.append((pos, m.end(), cat, concept))
    return out


def test_bucketed_scan_equals_brute_force_on_every_vignette() -> None:
    screener = default_screener()
    texts = [
        t
        for name in (
            "vignettes.yaml",
            "vignettes_heldout.yaml",
            "vignettes_blind.yaml",
            "vignettes_blind2.yaml",
        )
        for v in load_vignettes(HERE / name)
        for t in (v.text,)
    ]
    # digits other than ASCII (which \d also matches) are looked up in the "0" bucket
    texts += ["temp ٣٩ and 3-week-old, ١٠/١٠ pain", "SpO2 88%, 10/10 crushing ÇHEST pain"]
    assert len(texts) > 250
    for text in texts:
        got = [(m.start, m.end, m.category, m.concept) for m in screener.mentions(text)]
        assert got == _brute_force(text), text
