"""Public API: Escalation shape, regions, chat-body screening and the reply text."""

from __future__ import annotations

import pytest

from medgate.errors import InvalidRequest
from medgate.safety import (
    REGIONS,
    Escalation,
    Resource,
    emergency_reply_text,
    screen,
    screen_request,
)


def test_to_dict_has_exactly_the_protocol_shape() -> None:
    esc = screen(["my dad's face is drooping and his speech is slurred"])
    assert esc is not None
    d = esc.to_dict()
    assert set(d) == {"level", "layers", "categories", "evidence", "advice", "resources", "fired"}
    assert d["level"] == "emergent" and d["layers"] == ["rules"]
    assert d["categories"] == ["stroke"]
    assert d["evidence"] == ["face is drooping", "speech is slurred"]
    assert "911" in d["advice"]
    assert d["resources"] == [{"name": "Emergency services", "contact": "911"}]
    assert d["fired"] == [
        {
            "layer": "rules",
            "name": "face_droop, speech",
            "category": "stroke",
            "level": "emergent",
            "evidence": ["face is drooping", "speech is slurred"],
        }
    ]


def test_none_when_nothing_is_found() -> None:
    assert screen(["What are the side effects of atorvastatin?"]) is None
    assert screen([]) is None


def test_a_bare_string_is_one_text_not_characters() -> None:
    assert screen("I want to kill myself") is not None  # type: ignore[arg-type]


def test_suicidal_adds_988_and_overdose_adds_poison_control() -> None:
    esc = screen(["I took all my pills because I want to die"])
    assert esc is not None
    assert esc.categories == ("suicidal_ideation", "overdose")
    contacts = [r.contact for r in esc.resources]
    assert contacts == ["911", "call or text 988", "1-800-222-1222"]
    assert "988" in esc.advice and "1-800-222-1222" in esc.advice


@pytest.mark.parametrize(
    ("region", "emergency", "crisis"),
    [("US", "911", "988"), ("UK", "999", "116 123"), ("eu", "112", "116 123")],
)
def test_regions(region: str, emergency: str, crisis: str) -> None:
    esc = screen(["there is no reason to live anymore"], region=region)
    assert esc is not None
    assert esc.resources[0].contact == emergency
    assert crisis in esc.resources[1].contact
    assert emergency in esc.advice


def test_unknown_region_is_an_invalid_request_naming_known_ones() -> None:
    with pytest.raises(InvalidRequest, match="US"):
        screen(["hello"], region="XX")
    assert set(REGIONS) >= {"US", "UK", "EU"}


def test_evidence_is_collected_across_turns() -> None:
    esc = screen(["my chest hurts", "now it's spreading to my left arm"])
    assert esc is not None and esc.categories == ("cardiac_chest_pain",)


def test_screen_request_reads_only_user_text() -> None:
    body = {
        "model": "local",
        "messages": [
            {"role": "system", "content": "I want to kill myself"},
            {"role": "assistant", "content": "crushing chest pain radiating to the jaw"},
            {"role": "tool", "content": "vomiting blood"},
            {
                "role": "user",
                "content": [
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                    {"type": "text", "text": "Summarise this chart please"},
                ],
            },
        ],
    }
    assert screen_request(body) is None
    body["messages"].append(
        {"role": "user", "content": [{"type": "text", "text": "my throat is closing up"}]}
    )
    esc = screen_request(body)
    assert esc is not None and esc.categories == ("anaphylaxis",)
    body["messages"].append({"role": "user", "content": "I swallowed a bunch of pills"})
    esc = screen_request(body, region="UK")
    assert esc is not None and esc.categories == ("anaphylaxis", "overdose")
    assert esc.resources[0].contact == "999"


@pytest.mark.parametrize("body", [{}, {"messages": "x"}, {"messages": [None, 3, {"role": "user"}]}])
def test_screen_request_tolerates_malformed_bodies(body: dict[str, object]) -> None:
    assert screen_request(body) is None


def test_emergency_reply_text_carries_advice_resources_and_evidence() -> None:
    esc = Escalation(
        ("overdose",),
        ("took 30 tylenol",),
        "Call 911 now.",
        (Resource("Emergency services", "911"), Resource("Poison Control", "1-800-222-1222")),
    )
    text = emergency_reply_text(esc)
    assert text.startswith("Call 911 now.")
    assert "- Poison Control: 1-800-222-1222" in text
    assert "took 30 tylenol" in text


@pytest.mark.parametrize(
    ("region", "urgent_contact", "emergency"),
    [("US", "today", "911"), ("UK", "111", "999"), ("EU", "116 117", "112")],
)
def test_urgent_level_gets_24_hour_advice_per_region(region: str, urgent_contact: str, emergency: str) -> None:
    esc = screen(["home blood pressure 185/118 this morning, no symptoms"], region=region)
    assert esc is not None and esc.level == "urgent" and not esc.emergent
    assert esc.layers == ("findings",) and esc.categories == ("abnormal_vital_signs",)
    assert "24 hours" in esc.advice and emergency in esc.advice
    assert urgent_contact in esc.resources[0].contact
    assert esc.resources[1].contact == emergency and "if it gets worse" in esc.resources[1].name


def test_emergent_findings_and_rules_report_both_layers_and_keep_urgent_records() -> None:
    esc = screen(["crushing chest pain and my sats are 89%, also a hot swollen knee"])
    assert esc is not None and esc.level == "emergent"
    assert esc.layers == ("rules", "findings")
    assert "cardiac_chest_pain" in esc.categories and "abnormal_vital_signs" in esc.categories
    assert "septic_arthritis" not in esc.categories  # urgent: on record in `fired`, not a category
    assert any(f.category == "septic_arthritis" and f.level == "urgent" for f in esc.fired)
    assert all(f.source for f in esc.fired if f.layer == "findings")
