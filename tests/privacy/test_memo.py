"""The gateway's detection memo: earlier turns of a conversation are not read again, nothing of
the text is kept, and a failing detector is never papered over."""

from __future__ import annotations

import pytest

from medgate.privacy import memo as memo_module
from medgate.privacy.detect import ENGINE, PrivacyError, detect
from medgate.privacy.memo import DetectionMemo
from medgate.privacy.pseudonymiser import Pseudonymiser
from medgate.privacy.types import PhiType

NOTE = (
    "Spoke with daughter Marisol Okonkwo-Reyes (cell 617-555-0142) about discharge to Hebrew "
    "SeniorLife in Roslindale on 3/14. Pt Bartholomew Quist, MRN 4471920, seen by Dr. Anneliese "
    "Varga; follow-up at Mass General Brigham with Dr Petrosyan in two weeks. HR 88, BP 132/78."
)


def test_a_remembered_text_gives_the_same_spans_without_reading_it_again(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(text: str, policy: str = "standard") -> list[object]:
        calls.append(policy)
        return detect(text, policy)  # type: ignore[arg-type]

    monkeypatch.setattr(memo_module, "detect", counting)
    m = DetectionMemo()
    first = m.detect(NOTE, "strict")
    again = m.detect(NOTE, "strict")
    assert again == first == detect(NOTE, "strict")
    assert calls == ["strict"]
    assert any(e.type is PhiType.NAME and "Bartholomew Quist" in e.text for e in again)
    m.detect(NOTE, "standard")  # the policy is part of the key
    assert calls == ["strict", "standard"]


def test_it_keeps_offsets_and_types_but_no_text() -> None:
    m = DetectionMemo()
    m.detect(NOTE, "strict")
    (key, spans), = m._memos["strict"]._entries.items()
    assert NOTE.encode() not in key and b"Quist" not in key
    assert spans and all(isinstance(s, int) and isinstance(e, int) and isinstance(k, PhiType) for k, s, e in spans)


def test_short_texts_are_read_each_time_and_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(memo_module, "detect", lambda text, policy: calls.append(text) or [])
    m = DetectionMemo(size=3, min_chars=20)
    m.detect("Pt John Smith", "strict")
    m.detect("Pt John Smith", "strict")
    assert len(calls) == 2
    texts = [f"note number {i} for Mr Example Person" for i in range(5)]
    for t in texts:
        m.detect(t, "strict")
    assert len(m) == 3
    m.detect(texts[0], "strict")  # the oldest was let go: read again
    m.detect(texts[4], "strict")  # the newest is still there
    assert calls[-1] == texts[0] and calls.count(texts[4]) == 1


def test_a_failing_detector_fails_every_request_it_did_not_already_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str) -> list[object]:
        raise RuntimeError("regex engine exploded")

    m = DetectionMemo()
    monkeypatch.setattr(ENGINE, "detect", boom)
    for _ in range(2):  # the error is not remembered as "no identifiers"
        with pytest.raises(PrivacyError):
            m.detect(NOTE, "strict")
    assert len(m) == 0


def test_the_pseudonymiser_of_a_later_turn_masks_what_the_first_turn_did() -> None:
    memo_module.MEMO.clear()
    turn1 = Pseudonymiser(seed=1).pseudonymise(NOTE)
    turn2 = Pseudonymiser(seed=2).pseudonymise(NOTE)  # a new request resending the same message
    for original in ("Bartholomew", "Quist", "Okonkwo", "617-555-0142", "4471920", "Varga"):
        assert original not in turn1 and original not in turn2
