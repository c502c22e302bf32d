"""General shapes behind blind PHI set 88's must-keep losses (new examples written for these tests,
not the set's own texts): fertility words ("FET cycle", "ICSI", "day 3 scan"), brands no drug list
holds (bowel preparations, tissue glues, calcium with vitamin D, Indian analgesic combinations with
their hyphenated code: "Hifenac-P BD"), a Polish dose in millions of units ("1,2 mln j."), traction
and splints named after their devisers, even after "in" ("in Buck's traction", "Hamilton Russell
traction"), and a score with its threshold ("Aldrete >= 9"). And the near misses: a person called
by those names, after a title or a first name, stays masked; a street after a house number stays
masked."""

from __future__ import annotations

import pytest

from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        # fertility: a letter's "Re:" before an acronym is no name; a day's number is no house's
        ("Re: FET cycle planned for October", "FET"),
        ("Subject: re: ICSI cycle and OHSS risk", "ICSI"),
        ("Re: IUI cycle 2, trigger given", "IUI"),
        ("abeg the day 3 scan wey dr ade book, i no fit come", "day 3 scan"),
        ("my week 8 scan na next tuesday", "week 8 scan"),
        # bowel preparations, tissue glues, calcium and vitamin D
        ("Reviewed Nulytely prep, clear fluids from noon.", "Nulytely"),
        ("Took Plenvu split dose, last portion at 0500.", "Plenvu"),
        ("Instructed on Klean-Prep four sachets.", "Klean-Prep"),
        ("Lac closed with Histoacryl, edges well apposed.", "Histoacryl"),
        ("Wound glued with LiquiBand, no sutures needed.", "LiquiBand"),
        ("She takes Calcichew-D3 Forte one daily.", "Calcichew-D3"),
        ("on Accrete D3 once a day since the fall", "Accrete"),
        # Indian brands, and any brand with a hyphenated code then its frequency
        ("bhai pain kam hai, Hifenac-P BD le raha hoon", "Hifenac-P"),
        ("taking Nucoxia-P BD and calcium", "Nucoxia-P"),
        ("Pain better on Tramazac-SR 1 tab at night", "Tramazac-SR"),
        # Polish units in millions or thousands
        ("podano penicylinę krystaliczną 1,2 mln j. w szpitalu", "1,2 mln j."),
        ("heparyna 5000 j. podskórnie", "5000 j."),
        # traction and splints after "in"
        ("Toddler kept in Buck's traction overnight.", "Buck's traction"),
        ("Right leg in Thomas splint, foot pulses present.", "Thomas splint"),
        ("Hamilton Russell traction re-applied at 14:00.", "Hamilton Russell traction"),
        ("Infant in Gallows traction, skin checked.", "Gallows traction"),
        # a score with its threshold, and recovery scores read bare
        ("Discharge from recovery when Aldrete >= 9.", "Aldrete"),
        ("To the ward once Aldrete ≥ 9 and pain settled", "Aldrete"),
        ("BROMAGE 0 AT 16:00, LEGS MOVING", "BROMAGE"),
    ],
)
def test_clinical_brands_eponyms_and_doses_stay(text: str, keep: str) -> None:
    assert not touched(text, keep), (text, keep)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Re: Mrs Fetu Tanoa, referral", "Fetu Tanoa"),
        ("Seen with Mr Adcal in clinic", "Adcal"),
        ("Dr Buck reviewed the x-ray", "Buck"),
        ("Bryant visited in the evening with his mother", "Bryant"),
        ("seen by Mr Russell in fracture clinic", "Russell"),
        ("Called Mrs Aldrete, her daughter answered", "Aldrete"),
        ("Dr Bromage signed the consent", "Bromage"),
        ("we live at 14 elm dr, oshodi", "14 elm dr"),
        ("we move this week 31 cedar grove rd, near the school", "31 cedar grove rd"),
        ("New address from next week 7 Harbour Road, Leith", "7 Harbour Road"),
        ("Obtained consent. Maria >5 visits", "Maria"),
        ("Met with Kowalczyk-BD yesterday", "Kowalczyk"),
        ("wizyta u dr j. nowakowskiej", "j. nowakowskiej"),
        ("sala 12 j. wiśniewska czeka", "j. wiśniewska"),
    ],
)
def test_people_and_streets_by_those_words_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, value)
