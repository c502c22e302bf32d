"""Scans tried only at the starts of lines (`line_starts.line_finditer`): each regex opens with `^`
under MULTILINE, and the matches are its own `finditer`'s, group for group, on texts that fire
them, with lines that end in a carriage return, start with spaces, or are empty, and in three cases."""

from __future__ import annotations

import re

import pytest

from medgate.privacy.line_starts import break_finditer, line_finditer
from medgate.privacy.strict import (
    chat_names,
    credential_signatures,
    dotted_day_months,
    note_names,
    role_labels,
    shape_names,
    slot_names,
    staff_names,
    thread_speakers,
    titled_senders,
    vocatives,
)
from tests.privacy.test_cue_scans import CUE_EDGES
from tests.privacy.test_led_scans import EDGES, scan_texts
from tests.privacy.test_scan_gates import GATE_EDGES

LINE_SCANS: dict[str, re.Pattern[str]] = {
    "time_sender": chat_names._TIME_SENDER,
    "greeted": chat_names._GREETED,
    "name_time_sender": chat_names._NAME_TIME_SENDER,
    "time_name_sender": chat_names._TIME_NAME_SENDER,
    "signed_line": credential_signatures._SIGNED_LINE,
    "opening": dotted_day_months._OPENING,
    "identify": note_names._IDENTIFY,
    "role_label": role_labels._RX,
    "line_speaker": shape_names._LINE_SPEAKER,
    "slot_speaker": slot_names._SPEAKER,
    "chat_sender": staff_names._CHAT_SENDER,
    "thread_line": thread_speakers._LINE,
    "line_sender": titled_senders._LINE_SENDER,
}
LINE_EDGES = [
    "bec: went to see mum\n[14:05] our kev: ok\n> auntie bev: is nan\nTue 3/4 - Dre: evening ok\n\n  Harjit Sandhu: yes\r\nx",
    "Mere Tipene:  hi\nSipho M: ok\nAna R.: fine\n\n\nT. Oduya, RN\n  B. Saint Cyr RPN \n12.03. review\n 3.4 seen",
    "I: Tane Rua, 44\nID - Ana Lee , 3\nRN: Kofi\n- SW: Mr Bo\n3/4 10:30 pm KEV: here\n[09:12] Bo Li: ok\n\nHi Tui,\n",
    "hi nurse Tui, ok\n  Kia ora whaea Mere\nGood morning, doctor Ade\nhey dr. bo\nI: Aroha Ngata, 71 f\nID – Tane, NHI\n",
    "12.03 - seen\n 3.4: review\n31.12, late\n7.1 night shift\n1.13 - x\n12.03.24 - x\n0.1 - x\n29.02 pt settled\n",
    "Dr Ama Boateng: noted\nNurse: ok\nPlan: rest\nMum:\thi\nx\n:\n \n\t\nAB: CD: EF\nLast line: no newline",
    "Kev 10:45: fine\n Bo Li 9:02 pm: ok\n10:42 Ana Lee: ok\nMon 3/4, 09:12 Tui: hi\nxKev 10:45: no\n\nSipho, ok\nMere pls call",
]  # fmt: skip


def _texts() -> list[str]:
    edges = [p + e for e in LINE_EDGES + CUE_EDGES + GATE_EDGES + EDGES for p in ("", "x", "\n", " ")]
    return scan_texts() + edges + [e.upper() for e in edges] + [e.lower() for e in edges]


def _found(ms: object, rx: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, tuple[int, int]]]]:
    return [(m.span(), {g: m.span(g) for g in rx.groupindex}) for m in ms]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(LINE_SCANS))
def test_a_line_scan_finds_what_its_finditer_finds(name: str) -> None:
    rx = LINE_SCANS[name]
    assert rx.pattern.startswith("(?m:^)") or (rx.pattern.startswith("^") and rx.flags & re.M)
    fired = 0
    for text in _texts():
        want = _found(rx.finditer(text), rx)
        fired += bool(want)
        assert _found(line_finditer(rx, text), rx) == want, text[:80]
    assert fired  # (the texts exercise the scan)


@pytest.mark.parametrize(
    ("regex", "text", "spans"),
    [
        (r"(?m:^)a+", "aa\naa\nba\na", [(0, 2), (3, 5), (9, 10)]),
        (r"(?m:^)a[^b]*", "a\na\nab\na", [(0, 5), (7, 8)]),  # (the second line starts inside the first match)
        (r"(?m:^)a", "", []),
        (r"(?m:^)a", "\n\n", []),
    ],
)
def test_line_finditer(regex: str, text: str, spans: list[tuple[int, int]]) -> None:
    rx = re.compile(regex)
    assert [m.span() for m in line_finditer(rx, text)] == spans == [m.span() for m in rx.finditer(text)]


def test_a_break_scan_finds_what_its_finditer_finds() -> None:
    """`break_finditer`: a regex that opens with `(?:\\A|\\n)`, tried only at the text's start and at
    its line breaks, finds its own `finditer`'s matches, group for group."""
    rx = vocatives._RX
    assert rx.pattern.startswith(r"(?:\A|\n)")
    fired = 0
    for text in _texts():
        want = _found(rx.finditer(text), rx)
        fired += bool(want)
        assert _found(break_finditer(rx, text), rx) == want, text[:80]
    assert fired

