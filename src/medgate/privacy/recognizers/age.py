"""Ages over 89 ("92-year-old", "92 yo", "age 92", "Age: 92", "92 years of age")."""

from __future__ import annotations

import re
from typing import ClassVar, Final

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.recognizers.common import LOWER
from medgate.privacy.types import PhiType

OLD = r"(?:9\d|1[0-2]\d)"
_UNITS_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
OLD_WORDS = rf"(?:ninety(?:[ \t\-]{_UNITS_WORDS})?|(?:a|one)[ \t]+hundred(?:[ \t]+and)?(?:[ \t\-]+{_UNITS_WORDS})?)"


class AgeRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.AGE
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "years_old",
            rf"(?i:\b(?P<v>{OLD})[ \t\-]*(?:years?|yrs?|y)[ \t.\-]*(?:/[ \t]*)?o(?:ld)?\.?(?![a-z]))",
        ),
        Pattern("of_age", rf"(?i:\b(?P<v>{OLD})[ \t\-]*(?:years?|yrs?)[ \t]+of[ \t]+age)"),
        # "ninety-three-year-old", "he's ninety four", "age ninety-one"
        Pattern(
            "words_old",
            rf"(?i:\b(?P<v>{OLD_WORDS})(?=[ \t\-]*(?:years?|yrs?|y)[ \t.\-]*/?[ \t]*o))",
        ),
        Pattern(
            "words_cued",
            rf"(?i:\b(?:is|he's|she's|age|aged|turned|turns)[ \t]+(?P<v>{OLD_WORDS})\b)"
            r"(?![ \t\-]*(?i:percent|%|minutes|min|mg|mcg|ml|units|beats|bpm|seconds|days))",
        ),
        Pattern(
            "age_label",
            rf"(?i:\b(?:age|aged|et[aà]|edad|[aâ]ge|alter|wiek|idade|leeftijd|(?:still[ \t]+)?(?:living|alive|died|passed)\s+at)[ \t]*[:\-]?[ \t]*"
            rf"(?P<v>{OLD})\b(?![./]\d))",
        ),
        # years in other languages: Cantonese "92 seoi", French "93 ans", Polish "91 lat",
        # Spanish/Portuguese "95 años/anos", German "92 Jahre", Dutch "90 jaar", Arabic "94 sana",
        # Malay and Indonesian "96 tahun", Hindi and Urdu "95 saal", Italian "92 anni"; Swahili puts
        # the word first ("ana miaka 93", "umri miaka 94")
        Pattern(
            "years_word",
            rf"(?P<v>{OLD})[ \t]*(?i:seoi|sui|ans|lat|años|anos|jahre|jaar|tuổi|taon|sana|tahun|thn|saal|anni|år|godina|godine|ani|χρονών|ετών)\b"
            r"(?![ \t]*(?i:ago|temu|atrás|atras|plus[ \t]+tôt|lalu|yang[ \t]+lalu|pehle|fa\b))",
        ),
        # an "Age/Sex" field: "Age/Sex: 92/F", "AGE / SEX : 95 / M"
        Pattern(
            "age_sex_field",
            rf"(?i:\bage[ \t]*/[ \t]*(?:sex|gender)[ \t]*[:\-]?[ \t]*)(?P<v>{OLD})(?=[ \t]*/[ \t]*(?i:[mf]|male|female)\b)",
        ),
    )
    scans: ClassVar[tuple[Pattern, ...]] = (
        # Tagalog "91 na siya" / "90 na po" ("she is 91 now")
        Pattern(
            "na_siya",
            rf"(?i:\b(?P<v>{OLD})[ \t]+na[ \t]+(?:siya|sya|sia|po|ako|sila)\b)",
            cues=(" na s", " na po", " na ako"),
        ),
        Pattern(
            "miaka",
            rf"(?i:\bmiaka[ \t]+(?P<v>{OLD})\b)(?![.,]\d|[ \t]*(?i:iliyopita|ago))",
            cues=("miaka",),
            anchored=True,
        ),
        # "my father 92 this year", "she 96 now", "grandad's 91 now": a person, then an age told
        # with "now" or "this year" (no unit: a reading would say what it measures)
        Pattern(
            "person_now",
            rf"(?i:\b(?:father|mother|dad|daddy|mum|mom|mam|mama|papa|gran|granny|grandma|grandpa|"
            rf"grand(?:ad|dad|father|mother|ma|pa)|nan|nana|nanna|husband|wife|aunt|aunty|auntie|uncle|"
            rf"he|she|he's|she's|hes|shes|lola|lolo|i'm|im|i[ \t]+am)[ \t]+(?:is[ \t]+)?(?P<v>{OLD})[ \t]+"
            r"(?:this[ \t]+year|now|already|next[ \t]+(?:month|week)|last[ \t]+(?:month|week))\b)",
            # (tried only where one of the person words starts a word: "now" is in most notes)
            cues=("father", "mother", "dad", "mum", "mom", "mam", "papa", "gran", "nan", "husband", "wife",
                  "aunt", "uncle", "he", "she", "lolo", "lola", "i'm", "im", "i am"),
            anchored=True,
        ),
        # "wife Halina (91)": an age in brackets right after a name
        Pattern("after_name", rf"\((?<=[{LOWER}][ \t]\()(?P<v>{OLD})[!?]*\)", cues=("(9", "(1")),
        # "DOB: 09/30/1932 (92 y)", "(95 yrs)": a header's age in brackets with its unit of years
        Pattern("bracketed_years", rf"\((?P<v>{OLD})[ \t]?(?i:y|yrs?|years)\.?\)", cues=("(9", "(1")),
        # "94 F, RUQ pain", "92M with": sex after the age (not a temperature, checked below)
        Pattern(
            "age_sex",
            r"(?P<x>[91](?<![\w.][91])(?<=\b[91])(?:(?<=9)\d|(?<=1)[0-2]\d))[ \t]?(?:F|M)(?=[,;/ \t]|$)(?![ \t]*(?:°|deg))",
            cues=("9", "1"),
        ),
    )

    value_groups: ClassVar[tuple[str, ...]] = ("v", "w", "x")

    def validate(self, value: str, text: str, start: int) -> bool:
        # "T 98 F" / "temp 99F" / "fever since 4 days 102F": a Fahrenheit temperature, not an age with sex
        return not (value.isdigit() and _TEMP.search(text, max(0, start - _TEMP_REACH), start))


# how far back a temperature's word is read: a fever told with how long it has lasted
_TEMP_REACH: Final = 24
_TEMP: Final = re.compile(r"(?i:\btemp|\bt(?:max)?[ \t:]|°|fever|febrile|afebrile)")
