"""Scales, tests and signs named after people that blind PHI sets 45 and 46 found masked ("Amsler",
"Esterman", "Hoehn and Yahr", a scale's score read as a date; new examples written for these
tests, not the sets' own texts), and the near misses that must stay masked."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import covered, masked, touched

_EYE = (
    "INARI NÄKÖKESKUS OY - näöntutkimus / eye examination\nIvalontie 3, 99800 Ivalo   puh 016 661 220\n\n"
    "Patient: Áilu Juhán Valle     s. 14.05.1958\nOccupation: fisherman - drives a boat and a car\n"
    "Reason: renewal of driving licence, haloes at night.\n\n"
    "VA unaided R 6/9, L 6/12. IOP R 15, L 18 mmHg. Amsler chart: distortion left.\n"
    "Visual field (Esterman): full.\nAssessment: meets the standard.\n\nMarja Aikio, optician"
)
_PD = (
    "Dear Dr. Lam,\n\nRe: LEUNG Siu-fong, M/72, HKID Z318842(4)\n\n"
    "Thank you for referring Mr Leung, a retired bus driver who lives with his son in Sha Tin. He has an "
    "18-month history of left-hand tremor and shuffling gait. On examination there is rigidity and bradykinesia.\n\n"
    "Impression: idiopathic Parkinson's disease, Hoehn and Yahr stage 3.\n\nYours sincerely,\nDr. Yip Kwok-wai"
)
_PD_VOICE = (
    "Dear Doctor Byrne, I saw mr declan moran in clinic today with his wife. He has a tremor of the right "
    "hand for a year. Impression: this is idiopathic parkinsons disease, hoehn and yawn stage 2."
)
_REHAB = "Ward 9 West - stroke rehab\nPatient: Mrs Efua Mensah-Bonsu, 84\nBarthel 11/20 today, Tinetti 14/28.\nPlan: home with carers."


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        (_EYE, "Visual field (Esterman)"),
        (_EYE, "Esterman"),
        (_PD, "Hoehn and Yahr stage 3"),
        (_PD_VOICE, "hoehn and yawn stage 2"),
        (_REHAB, "Barthel 11/20"),
    ],
)
def test_named_scales_stay(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Thanks, Dr Barthel 11/12 clinic with Mr Sandoval.", "11/12"),
        ("Thanks, Dr Barthel 11/12 clinic with Mr Sandoval.", "Barthel"),
        ("Mr Amsler called on 3/4 about his wife.", "Amsler"),
        (_REHAB, "Efua Mensah-Bonsu"),
        (_PD, "Yip Kwok-wai"),
    ],
)
def test_people_named_like_scales_stay_masked(text: str, gone: str) -> None:
    assert covered(gone, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patient: WATANABE Keiko   born H2.11.30 (35 y)", "H2.11.30"),
        ("Rx issued R6.4.3, next refill in a month.", "R6.4.3"),
        ("Vyšetrenie dňa 2. 3. 2024, kontrola o dva roky.", "2. 3. 2024"),
        ("Undersøkt: 4/11-2024 hos optiker.", "4/11-2024"),
        ("Pt seen 30/sep/24.", "30/sep/24"),
        ("hi doc, my smear is due 9th, ok to do it before my holiday?", "9th"),
        ("we fly 23rd to Accra so need the yellow fever jab", "23rd"),
        ("I will come Sunday 6.4 with my son.", "Sunday 6.4"),
    ],
)
def test_world_date_shapes_masked(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pump firmware version S1.2.3 updated.", "S1.2.3"),
        ("Started Monday 2.5 mg daily.", "2.5 mg"),
        ("Dr Smith on leave, ward on 3rd floor.", "3rd floor"),
        ("due 2nd dose of the vaccine", "2nd dose"),
        ("L4.5 disc bulge on MRI", "L4.5"),
    ],
)
def test_world_date_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value), detect(text, "strict")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Re: LEE Min-jun (이민준), M/58, Reg No 2231", "이민준"),
        ("Patient: WU Jia-hui (吳佳慧)   F/44", "吳佳慧"),
        ("Referral for Omar Haddad (عمر حداد), 61, chest pain.", "عمر حداد"),
        ("Patient: Anil Sharma (अनिल शर्मा), 70", "अनिल शर्मा"),
    ],
)
def test_name_in_its_own_script_after_the_name_masked(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gave paracetamol (扑热息痛) 1 g as charted.", "扑热息痛"),
        ("Diagnosis: stroke (中风), left side.", "中风"),
        ("Seen Mr Tanaka (2nd visit, 再診) today.", "再診"),
    ],
)
def test_other_scripts_in_brackets_not_after_a_name_stay(text: str, value: str) -> None:
    assert not touched(text, value), detect(text, "strict")


_LINE_CHAT = (
    "LINE - family 👪\nShu-Fen 21:40: mom fell in the bathroom, ambulance called\nChia-Hao 21:42: which hospital?\n"
    "Shu-Fen 21:45: Changhua Christian, ER bed 12. bring her NHI card\nChia-Hao 21:50: ok on my way"
)


def _clinic_thread(sender: str) -> str:
    return (
        f"HIV clinic - Chiang Rai\nWed 4/6, 09:10 {sender}: the lady from the hill village came, CD4 180\n"
        f"09:15 Dr Tom: start co-trimoxazole\n09:30 {sender}: ok, she comes back Friday"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_LINE_CHAT, "Shu-Fen"),
        (_clinic_thread("Malee"), "Malee"),
        (_clinic_thread("Lamai"), "Lamai"),
        (_clinic_thread("Sunny"), "Sunny"),
    ],
)
def test_chat_senders_beside_a_time_masked(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Obs 10:00: BP 120/80, HR 72\nObs 14:00: BP 118/76\nPlan 12:00: review", "Obs"),
        ("Meds 08:00: metformin given\nMeds 20:00: metformin given\nPain 09:00: 3/10", "Meds"),
        ("Handover 07:30: stable overnight\nHandover 19:30: no change", "Handover"),
    ],
)
def test_note_headings_before_a_time_stay(text: str, value: str) -> None:
    assert not touched(text, value), detect(text, "strict")
