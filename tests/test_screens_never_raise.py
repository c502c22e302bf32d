"""Property: neither screen that runs before every request (the red-flag screen, every layer; PHI
detection, both policies) raises on any text, and what they return is well formed.

A screen that raises fails the request it reads. The texts are pieces of the project's own triage
vignettes with hostile pieces between them — spelled and odd numbers, units, dates and times that
cannot be, other scripts' digits, negations, stray punctuation, a text cut anywhere — which is where
the readers of numbers and durations have broken before ("within a couple minutes" once raised a
KeyError in the duration reader). Bounded and deterministic (the conftest's Hypothesis profile).
"""

from __future__ import annotations

import functools

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from medgate.privacy import detect
from medgate.safety import default_screener
from medgate.safety.evaluate import LEVELS, TRIAGE_DATA, load_level_vignettes

NUMBERS = ["a couple", "a few", "twenty-one", "½", "1.5", "one and a half", "99999999999999999999",
           "0", "00", "-3", "1e9", "３８", "٣٨", "²", "1,000,000", "1/0", "0/0", "31/02/2025",
           "00/00/0000", "12:99", "25:61", "38.5.5", "1..2", "…", "∞", "NaN", "a dozen", "hundreds of"]
UNITS = ["", " °C", "°F", " C", " mmHg", " bpm", " %", " kg", " lbs", " mg/kg", " mmol/L", " mg/dL",
         " breaths/min", " hours", " days", " weeks", " mins", " yo", " months old", "/10", "/15", " sats"]
OTHERS = ["not", "no", "never", "denies", "without", "but", "since", "for", "after", "over", "🙏",
          "\u200b", "\t", "\n\n", "—", "(", ")", "\"", "’", "#", "@", "?!", "BP", "HR", "RR", "SpO2", "temp"]


@functools.cache
def _clauses() -> list[str]:
    texts = [v.text for p in sorted(TRIAGE_DATA.glob("triage_*chat.yaml")) for v in load_level_vignettes(p)]
    return [c.strip() for t in texts[::7] for c in t.replace("!", ".").split(".") if c.strip()]


hostile = st.one_of(
    st.builds(lambda n, u: n + u, st.sampled_from(NUMBERS), st.sampled_from(UNITS)),
    st.sampled_from(OTHERS),
    st.text(max_size=4),
)
texts = st.builds(
    lambda parts, cut: " ".join(parts)[:cut] if cut else " ".join(parts),
    st.lists(st.one_of(st.integers(0, 10_000).map(lambda i: _clauses()[i % len(_clauses())]), hostile),
             min_size=1, max_size=8),
    st.integers(0, 400),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(text="she went blue within a couple minutes of eating")
@example(text="temp 38.5.5 °C for 1..2 days, HR ٣٨ bpm")
@given(text=texts)
def test_red_flag_screen_never_raises(text: str) -> None:
    esc = default_screener().screen([text], "US")
    if esc is not None:
        assert esc.level in LEVELS
        assert esc.layers and esc.evidence and esc.advice


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(text="DOB 31/02/2025, seen 25:61 by Dr ٣٨")
@given(text=texts)
def test_phi_detection_never_raises(text: str) -> None:
    for policy in ("standard", "strict"):
        for e in detect(text, policy):
            assert 0 <= e.start < e.end <= len(text)
            assert text[e.start : e.end] == e.text
