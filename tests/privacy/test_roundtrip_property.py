"""Property: for any text, restoring a request's surrogates gives the original back, whole or
streamed in arbitrary pieces (public medgate.privacy API only)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from medgate.privacy import Pseudonymiser

PHI = ["John Smith", "Mary O'Neil", "Dr. Alice Nguyen", "MRN: 4829-1173", "DOB 03/14/1951",
       "March 3, 2024", "12 Oak Street, Springfield, IL 62704", "(217) 555-0147",
       "john.smith@example.org", "SSN 123-45-6789", "age 93", "192.168.0.7", "https://x.example.org/p/1"]
FILLER = ["Patient ", " seen on ", ", ", ". ", "\n", " and ", "BP 132/84 ", "metoprolol 25 mg ", "daughter "]
SEPARATORS = [" ", ", ", ". ", "\n", " (", ") ", "; "]
pieces = st.one_of(st.sampled_from(PHI), st.sampled_from(FILLER), st.text(max_size=6))
# Any text: identifiers may touch other characters ("John Smith0").
texts = st.lists(pieces, max_size=14).map("".join)
# Identifiers delimited the way notes write them: separated by spaces or punctuation.
delimited = st.lists(st.tuples(pieces, st.sampled_from(SEPARATORS)), max_size=10).map(
    lambda items: "".join(a + b for a, b in items))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=delimited, seed=st.integers(0, 2**16))
def test_restore_of_pseudonymise_is_identity(text: str, seed: int) -> None:
    p = Pseudonymiser(seed=seed)
    assert p.restore(p.pseudonymise(text)) == text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(text="John Smith0", seed=0)
@example(text="John Smith\u00b5", seed=0)
@example(text="John Smith\u00e9 and Mary O'Neil\u00df", seed=3)
@given(text=texts, seed=st.integers(0, 2**16))
def test_restore_of_pseudonymise_is_identity_for_any_text(text: str, seed: int) -> None:
    p = Pseudonymiser(seed=seed)
    assert p.restore(p.pseudonymise(text)) == text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=delimited, seed=st.integers(0, 2**16), points=st.lists(st.integers(0, 400), max_size=10))
def test_streamed_restore_equals_whole(text: str, seed: int, points: list[int]) -> None:
    p = Pseudonymiser(seed=seed)
    surrogate = p.pseudonymise(text)
    bounds = sorted({x % (len(surrogate) + 1) for x in points} | {0, len(surrogate)})
    restorer = p.stream_restorer()
    out = "".join(restorer.feed(surrogate[a:b]) for a, b in pairwise(bounds))
    assert out + restorer.flush() == text
