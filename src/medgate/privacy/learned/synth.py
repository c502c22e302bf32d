"""Labelled synthetic text for training the PHI tagger: clinical notes, chat messages, sentences.

Nothing here is real data. Clinical wording comes from ICD-10-CM descriptions and drug names
(the lexicon's package sources); people from Census name frequencies; places from GeoNames. Each
document is rendered as written, in ALL CAPS or all lower case (as real notes are), with
misspelt and clipped clinical words, so that the tagger learns from context and word classes,
not from case alone. The same seed gives the same corpus.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Final

from medgate.privacy.learned.vocab import Vocab

# Labels: O, NAME, LOC (places, facilities, wards, employers).
Token = tuple[str, str]  # (text, label); whitespace tokens carry label O
SLOT: Final = re.compile(r"\{(\w+)\}")

NOTE_TEMPLATES: Final = (
    "{CLIN}. {TITLE} {LAST} aware.",
    "{CLIN}. {TITLE} {LAST} notified, {CLIN}.",
    "spoke with {KIN} {FIRST} re: plan of care. {CLIN}.",
    "{KIN} {FIRST} {LAST} at bedside, updated on condition.",
    "{FIRST} {LAST}, {CRED}",
    "{FIRST} {INIT}. {LAST}, {CRED}",
    "{CLIN}. per {TITLE} {LAST}, {CLIN}.",
    "per {INIT}. {LAST}, {CLIN}.",
    "{INIT}. {LAST} {AWARE}. {CLIN}.",
    "pt transferred to {FAC} for {CLIN}.",
    "pt admitted to {FAC} with {CLIN}.",
    "transferred from {FAC} {WHEN}. {CLIN}.",
    "plan: transfer to {WARD} when bed available.",
    "to {WARD} today. {CLIN}.",
    "{KIN} lives in {CITY}, will visit {WHEN}.",
    "social: lives with {KIN} in {CITY}. works for {EMP}.",
    "pt works at {FAC} as a {JOB}.",
    "{KIN} {FIRST} called from {CITY}, updated by {CRED}.",
    "{CLIN}, {CLIN}. {CLIN}.",
    "{CLIN}. {CLIN}. no {CLIN}.",
    "{VITALS}. {CLIN}. {DRUG} given with good effect.",
    "hx {CLIN}, {CLIN}. on {DRUG}.",
    "{DRUG} {DOSE} {ROUTE}. {CLIN}.",
    "seen by {TITLE} {FIRST} {LAST} ({ROLE}).",
    "{FIRST} {LAST} ({KIN}) is health care proxy.",
    "{CRED} {FIRST} made aware of {CLIN}.",
    "{TITLE} {LAST} in to see pt, {CLIN}.",
    "{EPONYM}. {CLIN}.",
    "followed at {FAC} by {TITLE} {LAST}.",
    "mr {LAST} had a good night. {CLIN}.",
    "{CLIN}; will d/w {TITLE} {LAST} on rounds.",
    "transferred to {UNIT} {WHEN}. {CLIN}.",
    "pt to {UNIT} for {CLIN}, back to {UNIT} at {TIME}.",
    "{SYSTEM}: {CLIN}. {SYSTEM}: {CLIN}, {CLIN}.",
    "S: {QUOTE}\nO: {VITALS}\nA: {CLIN}\nP: {CLIN}",
    "s/p {CLIN}. c/o {CLIN}. w/ {DRUG}.",
    "{EPONYM_NAME} {SCORE}. {EPONYM_NAME} sign negative.",
    "{EPONYM_NAME} {EPONYM_NOUN} {RESULT}. {CLIN}.",
    "{DRUG_TITLE} {DOSE} given, {CLIN}.",
    "{SYSTEM}: {ABBREV} {ABBREV}, {CLIN}. {ABBREV} {RESULT}.",
)
CHAT_TEMPLATES: Final = (
    "Hi, this is {FIRST}, {KIN} of {FIRST} {LAST}. {QUESTION}",
    "My {KIN} {FIRST} has {CLIN} since yesterday. {QUESTION}",
    "{FIRST} {LAST} will be speaking at the meeting in {CITY}.",
    "I am {FIRST} {LAST} and I work at {EMP} in {CITY}. {QUESTION}",
    "Can you tell {TITLE} {LAST} that {FIRST} called about the {CLIN}?",
    "We moved from {CITY} to {CITY} last year. {QUESTION}",
    "{FIRST} is taking {DRUG} {DOSE}. {QUESTION}",
    "Thanks {FIRST}! I will ask {TITLE} {LAST} at {FAC}.",
    "Please send the results to {FIRST} {LAST}, {EMP}.",
    "{FIRST} and {FIRST} brought mum to {FAC} this morning.",
    "Our GP {TITLE} {LAST} in {CITY} referred us. {QUESTION}",
    "I'm a nurse at {FAC}. A patient, {FIRST} {LAST}, has {CLIN}. {QUESTION}",
)
QUESTIONS: Final = (
    "Is that serious?", "What should we do?", "Should I be worried?", "Is this normal?",
    "Can she take it with food?", "How long does it last?", "When should he see a doctor?",
)  # fmt: skip
TITLES: Final = ("Dr", "Dr.", "DR", "Mr", "Mrs", "Ms", "NP", "RN", "HO", "Rabbi", "Fr.", "Nurse")
CREDS: Final = ("RN", "MD", "NP", "RRT", "BSN, RN", "PA-C", "LPN", "MSW", "PharmD", "DO")
KIN: Final = ("wife", "husband", "son", "daughter", "dtr", "brother", "sister", "mother",
              "father", "niece", "nephew", "friend", "HCP", "grandson", "partner")  # fmt: skip
ROLES: Final = ("cardiology", "renal", "the covering resident", "ID fellow", "social work")
AWARE: Final = ("aware", "notified", "paged", "made aware", "informed")
WHEN: Final = ("yesterday", "this am", "last evening", "on Monday", "today", "overnight")
UNITS: Final = ("CCU", "MICU", "SICU", "CSRU", "ICU", "the floor", "OR", "cath lab", "EW", "ED",
                 "rehab", "home", "step-down", "IR", "CT", "MRI", "dialysis", "PACU")  # fmt: skip
SYSTEMS: Final = ("Neuro", "CV", "Resp", "GI", "GU", "Endo", "ID", "Skin", "Social", "Plan",
                  "Heme", "Renal", "Pulm", "Integ", "Psych", "Pain", "Access", "Lines")  # fmt: skip
RESULTS: Final = ("negative", "positive", "intact", "equivocal", "upgoing", "downgoing", "wnl",
                  "done", "pending", "neg", "pos")  # fmt: skip
EPONYM_NOUNS: Final = ("sign", "test", "score", "scale", "maneuver", "index", "classification",
                       "criteria", "reflex", "grade", "stage", "disease", "syndrome")  # fmt: skip
QUOTES: Final = ('"I feel better"', '"my chest hurts"', "denies pain", "no complaints",
                 '"when can I go home"')  # fmt: skip
JOBS: Final = ("nurses aide", "cook", "security guard", "clerk", "tech", "volunteer")
ROUTES: Final = ("po", "iv", "sq", "im", "pr", "ivp", "po bid", "iv q6h", "prn")
FACILITY_FORMS: Final = (
    "{CITY} Hospital", "{CITY} General", "{LAST} Memorial", "St. {FIRST}'s", "Saint {FIRST}",
    "{CITY} Medical Center", "University of {STATE}", "{ABBR}", "{ABBR}", "{CITY} Rehab",
    "{LAST} Nursing Home", "Holy {LAST}", "{LAST} Campus", "{CITY} VA", "{LAST} Clinic",
)  # fmt: skip
EMPLOYER_FORMS: Final = (
    "{LAST} & Sons", "{CITY} Industries", "{SYLL}tech", "{LAST} Foods", "{ABBR} Inc",
    "{LAST} Construction", "{CITY} Public Schools",
)  # fmt: skip
GENERIC_HEADS: Final = frozenset(
    ["hospital", "medical", "center", "rehab", "nursing", "home", "clinic", "campus", "va"]
)
STATES: Final = ("Maryland", "Ohio", "Texas", "Virginia", "Iowa", "Oregon", "MD", "Michigan")


@dataclass(frozen=True)
class Doc:
    tokens: list[Token]

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.tokens)


class Generator:
    def __init__(self, vocab: Vocab, seed: int) -> None:
        self.v = vocab
        self.rng = random.Random(seed)

    # -- values ----------------------------------------------------------------------------
    def first(self) -> str:
        return self.rng.choice(self.v.first_names).title()

    def last(self) -> str:
        return self.rng.choice(self.v.surnames).title()

    def city(self) -> str:
        return self.rng.choice(self.v.places).title()

    def abbr(self) -> str:
        return "".join(
            self.rng.choice("ABCDEFGHJKLMNPRSTUVW") for _ in range(self.rng.randint(2, 4))
        )

    def clinical(self) -> str:
        phrase = self.rng.choice(self.v.clinical_phrases)
        return " ".join(self._garble(w) for w in phrase.split())

    def _garble(self, w: str) -> str:
        r = self.rng.random()
        if len(w) > 6 and r < 0.05:  # misspelt: one letter dropped or doubled
            i = self.rng.randrange(1, len(w) - 1)
            return w[:i] + w[i + 1 :] if r < 0.025 else w[:i] + w[i] + w[i:]
        if len(w) > 7 and r < 0.1:  # clipped: "bilat", "resp"
            return w[: self.rng.randint(3, 5)]
        return w

    def fill(self, slot: str) -> list[Token]:
        """The tokens of one slot's value, labelled."""
        r = self.rng
        pick = {
            "FIRST": lambda: [(self.first(), "NAME")],
            "LAST": lambda: [(self.last(), "NAME")],
            "INIT": lambda: [(r.choice("ABCDEFGHJKLMNPRSTW"), "NAME")],
            "TITLE": lambda: [(r.choice(TITLES), "O")],
            "CRED": lambda: [(r.choice(CREDS), "O")],
            "KIN": lambda: [(r.choice(KIN), "O")],
            "ROLE": lambda: [(r.choice(ROLES), "O")],
            "AWARE": lambda: [(r.choice(AWARE), "O")],
            "WHEN": lambda: [(r.choice(WHEN), "O")],
            "JOB": lambda: [(r.choice(JOBS), "O")],
            "ROUTE": lambda: [(r.choice(ROUTES), "O")],
            "QUESTION": lambda: [(r.choice(QUESTIONS), "O")],
            "CLIN": lambda: [(self.clinical(), "O")],
            "EPONYM": lambda: [(r.choice(self.v.eponym_phrases), "O")],
            "EPONYM_NAME": lambda: [(r.choice(self.v.eponyms), "O")],
            "EPONYM_NOUN": lambda: [(r.choice(EPONYM_NOUNS), "O")],
            "SCORE": lambda: [
                (
                    r.choice(
                        (str(r.randint(1, 30)), "I", "II", "III", "IV", f"{r.randint(1, 20)}/30")
                    ),
                    "O",
                )
            ],
            "RESULT": lambda: [(r.choice(RESULTS), "O")],
            "UNIT": lambda: [(r.choice(UNITS), "O")],
            "SYSTEM": lambda: [(r.choice(SYSTEMS), "O")],
            "QUOTE": lambda: [(r.choice(QUOTES), "O")],
            "TIME": lambda: [(f"{r.randint(0, 23):02d}{r.choice(('00', '30', '15'))}", "O")],
            "ABBREV": lambda: [(r.choice(self.v.abbreviations), "O")],
            "DRUG_TITLE": lambda: [(r.choice(self.v.drugs).title(), "O")],
            "DRUG": lambda: [(r.choice(self.v.drugs), "O")],
            "DOSE": lambda: [(f"{r.choice((0.5, 1, 2, 5, 10, 20, 25, 40, 81, 500))} mg", "O")],
            "VITALS": lambda: [
                (
                    f"hr {r.randint(50, 130)} bp {r.randint(85, 180)}/{r.randint(40, 100)} "
                    f"rr {r.randint(10, 30)} sats {r.randint(85, 100)}%",
                    "O",
                )
            ],
            "CITY": lambda: [(self.city(), "LOC")],
            "STATE": lambda: [(r.choice(STATES), "LOC")],
            "ABBR": lambda: [(self.abbr(), "LOC")],
            "SYLL": lambda: [(self.last()[:4], "LOC")],
            "FAC": lambda: self._form(FACILITY_FORMS),
            "EMP": lambda: self._form(EMPLOYER_FORMS),
            "WARD": lambda: [(self.last(), "LOC"), (f" {r.randint(1, 12)}", "O")],
        }[slot]
        return pick()  # type: ignore[no-untyped-call]

    def _form(self, forms: Sequence[str]) -> list[Token]:
        """A facility or employer: its name is a place (LOC); "Hospital", "Rehab" are not."""
        words = self.expand(self.rng.choice(forms))
        return [
            (t, "LOC" if t.strip() and t.lower() not in GENERIC_HEADS else "O") for t, _ in words
        ]

    def expand(self, template: str) -> list[Token]:
        out: list[Token] = []
        last = 0
        for m in SLOT.finditer(template):
            out.extend(_split(template[last : m.start()], "O"))
            for text, label in self.fill(m.group(1)):
                out.extend(_split(text, label))
            last = m.end()
        out.extend(_split(template[last:], "O"))
        return out

    # -- documents -------------------------------------------------------------------------
    def document(self) -> Doc:
        r = self.rng
        chat = r.random() < 0.3
        templates = CHAT_TEMPLATES if chat else NOTE_TEMPLATES
        tokens: list[Token] = []
        for _ in range(r.randint(3, 9)):
            tokens.extend(self.expand(r.choice(templates)))
            tokens.append((r.choice((" ", " ", "\n", "  ")), "O"))
        case = "mixed" if chat else r.choice(("mixed", "upper", "lower"))
        if case == "upper":
            tokens = [(t.upper(), lab) for t, lab in tokens]
        elif case == "lower":
            tokens = [(t.lower(), lab) for t, lab in tokens]
        return Doc(tokens)

    def corpus(self, n: int) -> Iterator[Doc]:
        for _ in range(n):
            yield self.document()


_SPLIT: Final = re.compile(r"\s+|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[^\w\s]")


def _split(text: str, label: str) -> list[Token]:
    return [(m.group(), label if not m.group().isspace() else "O") for m in _SPLIT.finditer(text)]
