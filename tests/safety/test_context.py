"""ConText: negation, history, family, hypothetical, pseudo triggers and scope termination."""

from __future__ import annotations

import pytest

from medgate.safety.context import ConText
from medgate.safety.triggers import Modifier

NEG, HIST, FAM, HYPO = Modifier.NEGATED, Modifier.HISTORICAL, Modifier.FAMILY, Modifier.HYPOTHETICAL

# (text, target phrase, expected modifiers)
CASES = [
    ("denies chest pain", "chest pain", {NEG}),
    ("no slurred speech", "slurred speech", {NEG}),
    ("Negative for fever, chills, headache", "headache", {NEG}),
    ("chest pain resolved", "chest pain", {NEG}),
    ("MI was ruled out", "MI", {NEG}),
    ("chest pain free since the stent", "chest pain", {NEG}),
    ("history of stroke in 2019", "stroke", {HIST}),
    ("stroke in 2019", "stroke", {HIST}),
    ("s/p MI", "MI", {HIST}),
    ("family history of MI", "MI", {FAM}),
    ("mother had anaphylaxis to penicillin", "anaphylaxis", {FAM}),
    ("if you ever have chest pain call 911", "chest pain", {HYPO}),
    ("What is the first-line treatment of anaphylaxis?", "anaphylaxis", {HYPO}),
    ("What are the Sepsis-3 criteria?", "Sepsis", {HYPO}),  # trigger overlaps target
    # scope ends at terminators and sentence ends
    ("denies fever but has chest pain", "chest pain", set()),
    ("denies fever, however reports chest pain", "chest pain", set()),
    ("No fever. Chest pain.", "Chest pain", set()),
    ("history of stroke in 2019; today slurred speech", "slurred speech", set()),
    ("history of stroke, now slurred speech", "slurred speech", set()),
    ("mother had an MI. I have chest pain", "chest pain", set()),
    # pseudo triggers block, and triggers inside the finding do nothing
    ("I can no longer move my arm", "move my arm", set()),
    ("there is no reason to live", "no reason to live", set()),
    # a relative who is ill now is not family history
    ("my dad's face is drooping", "face is drooping", set()),
    ("plain crushing chest pain", "crushing chest pain", set()),
    # "is not" / "I'm not" negate a few words ahead, but not a present-tense verb
    ("I'm not suicidal", "suicidal", {NEG}),
    ("she is not confused", "confused", {NEG}),
    ("he is not breathing", "breathing", set()),
    ("she is not confused today but slurred speech", "slurred speech", set()),
    # events of one's childhood or youth are history
    ("when I was 16 I took an overdose", "overdose", {HIST}),
    ("I overdosed when I was a teenager", "overdosed", {HIST}),
    # fiction is not the patient
    ("in the movie a guy overdoses", "overdoses", {HYPO}),
    ("watching a film and now her face is drooping", "face is drooping", set()),
    ("I'm writing a thriller in which the villain overdoses", "overdoses", {HYPO}),
    # contracted copulas negate like "is not", except before a present-tense verb
    ("her speech isn't slurred", "slurred", {NEG}),
    ("he isn't breathing", "breathing", set()),
    # phrases of speech are pseudo triggers
    ("I'm not okay, I want to die", "want to die", set()),
    ("If I'm honest I want to die", "want to die", set()),
    ("Without going into detail, I plan to end it", "end it", set()),
    # an age is not a history ("old" of "60-year-old" starts no scope)
    ("60-year-old man with crushing chest pain", "crushing chest pain", set()),
    ("my 6 weeks old baby has a fever", "fever", set()),
    ("old MI on the ECG", "MI", {HIST}),
    # a screening questionnaire's answer after its item
    ("thoughts that you would be better off dead: not at all.", "better off dead", {NEG}),
    ("thoughts that you would be better off dead: several days", "better off dead", set()),
    # a full stop inside a number is not the end of a sentence: "denies" still reaches
    ("He denies chest pain or shortness of breath, temp 37.5 and BP 120/80.", "shortness of breath", {NEG}),
    ("denies fever or chills, temp 37.2", "chills", {NEG}),
    # a list of denials; the medicine only, not what follows it
    ("no vomiting, not on any blood thinners, im 28", "blood thinners", {NEG}),
    ("AF not on anticoagulation has a 2-hour history of a cold leg", "2-hour", set()),
    # the news: someone else, within its clause only
    ("saw on the news a teenager died of anaphylaxis after a meal", "anaphylaxis", {FAM}),
    ("read in the paper a kid died of meningitis, my son has a rash", "rash", set()),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), CASES)
def test_modifiers(text: str, phrase: str, expected: set[Modifier]) -> None:
    start = text.index(phrase)
    (found,) = ConText().assess(text, [(start, start + len(phrase))])
    assert set(found) == expected


def test_backward_trigger_does_not_reach_across_terminator() -> None:
    text = "chest pain radiating to the jaw but the nausea resolved"
    ctx = ConText()
    pain, nausea = text.index("chest pain"), text.index("nausea")
    found = ctx.assess(text, [(pain, pain + 10), (nausea, nausea + 6)])
    assert found == [frozenset(), frozenset({NEG})]


def test_no_targets_and_no_triggers() -> None:
    assert ConText().assess("denies chest pain", []) == []
    assert ConText().assess("chest pain", [(0, 10)]) == [frozenset()]



def test_every_character_before_a_decimal_is_in_a_sentence() -> None:
    from medgate.safety.context import _sentences

    text = "No chest pain, temp 37.5 today. Sats 98.5%; fine"
    spans = list(_sentences(text))
    assert spans[0] == (0, text.index(".", text.index("today")) + 1)
    covered = {i for s, e in spans for i in range(s, e)}
    assert covered == set(range(len(text)))
