"""The note's lower case shared by the strict passes (`text.lowered`): always `str.lower()`'s answer,
computed once for the same text object, and forgotten when a detection ends."""

from __future__ import annotations

from medgate.privacy import detect, text
from medgate.privacy.text import forget_lowered, lowered


def test_lowered_is_the_lower_case_of_the_text_asked() -> None:
    a = "Seen by Dr Aroha NGATA at İstanbul Klinik"
    b = "ſome ΟΔΌΣ Ερμού 14, Straße"
    assert lowered(a) == a.lower()
    assert lowered(a) is lowered(a)  # (once per text)
    assert lowered(b) == b.lower()
    assert lowered(a) == a.lower()  # another text in between: computed again
    same_chars = "".join(["Seen by Dr Aroha NGATA", " at İstanbul Klinik"])  # equal, not the same object
    assert lowered(same_chars) == a.lower()


def test_no_text_is_kept_after_a_detection() -> None:
    note = "Pt Mere Tipene seen at Wairoa Hospital by Dr Ana Ruiz MD on 3/14."
    detect(note, policy="strict")
    assert text._last == ("", "")
    lowered(note)
    forget_lowered()
    assert text._last == ("", "")
