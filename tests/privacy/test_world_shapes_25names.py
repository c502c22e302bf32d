"""General shapes behind issue 11's bare first names and world ages (new examples written for these
tests, not the blind sets' own texts): a first name right after a role with no determiner, capitalised
even when it is a word ("foreman Rusty rang", "FY2 Joy") or an unknown word in lower case before a
verb ("coach manaia drove them"); the other first name of an "X and Y" pair once one is a name
("grandkids Sunny and Wiremu", "Ilze and Dārta"); a capitalised word-name owning a person's thing
("Grace's school rang", "Hope's inhaler"); a chat speaker after a weekday-led time ("[Fri 08:14]
Mercy:"); a name signed under "jazakAllah"; a lower-case name opening a message before a greeting
or "its" ("wiktoria hej", "achieng its sr owino"), a child after "mum of"; the writer in Creole
"dis" intros ("granddaughter dis, Tanique", Krio "na hawa bangura dis"); "Md" opening a full
name; an age over 89 said in other languages and dialects ("94 na pala si lolo", "dadi 92 ki ho gayi", "him tun 95", "our eldest resident at 97"). And the
near misses on each side: a role's own noun after it ("coach trip", "driver seat", "the nurse lady
said", "the manager will call"), pairs with a kin word, a pronoun or a drug's short form, lower-case
possessives, an opening word that is English or kin ("ok hi", "mum hi"), "dis" as a word, "MD" as
a credential, and numbers that are readings or doses ("90 mg", "BP 90/60", "90%", "at 90 minutes")."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Works nights at the depot, foreman Rusty rang re sick note. Obs stable.", "Rusty"),
        ("Consultant Ms Varga / Reg Oduya / FY2 Joy\nBay 3, bed 4", "Joy"),
        ("after the match, coach Dusty called me about the knee", "Dusty"),
        ("she hurt her ankle at rugby so coach manaia drove them to a&e", "manaia"),
        ("Lives alone; landlord Clyde checks on him daily.", "Clyde"),
        ("Dispatcher notified, driver Tomasz waiting in bay 2", "Tomasz"),
        ("Family present: husband Colm, grandkids Sunny and Wiremu, neighbour", "Sunny"),
        ("Weekend cover is Patience and Losana, ring if worried", "Patience"),
        ("Ilze and Dārta moved out in May; no arrears.", "Dārta"),
        ("He lives with his mother. Grace's school rang about the rash.", "Grace's"),
        ("Discharged home with mum. Hope's inhaler is in the blue bag.", "Hope's"),
        ("[Fri 08:10] Leilani: who is on earlies\n[Fri 08:12] Moana: me\n[Fri 08:13] Leilani: ok ta\n"
         "[Fri 08:14] Mercy: ill do lates", "Mercy"),
        ("please can someone ring me back about her tablets? jazakAllah\nZunaira\n", "Zunaira"),
        ("wiktoria hej, czy masz jutro czas? mała ma gorączkę", "wiktoria"),
        ("achieng its sr owino from the labour ward, bed 6 is 8cm", "achieng"),
        ("hello this is tara, mum of kaiden in year 2, he has a rash", "kaiden"),
        ("Mrs Pearl Dacosta granddaughter dis, Tanique. granny sugar high", "Tanique"),
        ("good morning nurse, na hawa bangura dis, musa mama. musa get cough", "hawa bangura"),
        ("this is Nasrin. amar abba Md Rafiqul Islam has chest pain since fajr", "Md"),
    ],
)
def test_bare_first_names_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hello Tita: ok na si lolo. 94 na pala siya, kaya mahina na", "94"),
        ("Priya: dadi 92 ki ho gayi ne, bahut kamzor hai", "92"),
        ("nani 96 saal di ho gayi", "96"),
        ("mi granpa doing better, him tun 95 last month", "95"),
        ("A big thank you to Ngaire Tuhi, our eldest resident at 97, who led the walk.", "97"),
    ],
)
def test_world_ages_over_89_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the coach trip was cancelled due to rain", "trip"),
        ("the driver seat was pushed into his leg", "seat"),
        ("spoke to his supervisor's office re return to work", "office"),
        ("the nurse lady said to ring back after 2", "lady"),
        ("the manager will call you tomorrow about shifts", "will"),
        ("Coach Trip Report for Saturday", "Trip"),
        ("teacher training day so kids at home", "training"),
        ("Ceftaz stopped, and Vanco and Levo to continue.", "Levo"),
        ("Hannah and Dad came in at 6", "Dad"),
        ("no hope's card on file", "hope's"),
        ("ok hi, is the clinic open", "ok"),
        ("mum hi its me, phone died", "mum"),
        ("hiii its jess from room 4", "hiii"),
        ("mother of two, no allergies", "two"),
        ("tek dis, it help wid di pain", "dis"),
        ("MD review today, plan per MD", "MD"),
        ("given 90 na tablets to take home", "90"),
        ("metoprolol 90 mg daily", "90"),
        ("BP 90/60, HR 88", "90/60"),
        ("sats 90% on air", "90%"),
        ("oldest son reviewed, observations at 90 minutes were stable", "90"),
        ("HR at 90, oldest of three siblings", "90"),
    ],
)
def test_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
