"""The twenty-sixth speed round's rewritten scans (issue 11) find exactly what the old ones found.

Eight scans had no character the regex engine could skip to (each was led by `\\b` or a
lookbehind), so `finditer` tried the whole pattern at every position of every note. Four now run
through `word_start.cue_finditer`, tried only where `str.find` sees one of the words a match begins
with (a seven-digit island phone after its carrier, number word or kin word; a quoted nickname after
its cue; a business kind before its name in brackets; a seven-digit phone after a phone word or
"#"); four are written to begin with a character class (an Australian Medicare number with its IRN,
led by its first digit; an article before a first name, led by the articles' first letters; a
staff role in capitals before a name, led by the roles' first capitals; "in" before a town and its
street, led by "I"/"i"). Two more scans run only where what each match holds is in the text (a
saint's place ends in "'s"; a seven-digit phone names its line in brackets, "(mobile)").

Each is run old way and new way, on every labelled text (the blind sets, the chat set and, where
it is beside the project, the dev split) and on made-up strings that push at the edges: the cue
at the very start and end of the text, in capitals, after a letter, a digit or an underscore (no
word's start), after punctuation, spelled with a character IGNORECASE folds to an ASCII letter
(Kelvin's K, a long s, a dotted or dotless i), and random strings made of the scans' own pieces.
The matches (where each starts and ends and what each group holds) must be the same, in order.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable, Iterator

import pytest
from benchmarks.phi_eval import DEV, SETS

from medgate.privacy.strict import (
    article_names,
    caps_staff_names,
    job_firms,
    local_phones,
    medicare_irns,
    numbers,
    quoted_nicknames,
    stay_sites,
    town_names,
)
from medgate.privacy.word_start import cue_finditer, may_hold

Scan = Callable[[str], Iterator[re.Match[str]]]

# the two scans as they were written before this round (led by a lookbehind)
_OLD_IRN = re.compile(
    r"(?<![\d/.-])(?P<v>[2-6]\d{3}[ \t]?\d{5}[ \t]?\d(?:[ \t]*/[ \t]*|[ \t]+(?i:irn)[ \t]*:?[ \t]*)[1-9])(?![\d/.])"
)
_OLD_ARTICLE_NAME = re.compile(
    r"(?<![\w'’-])(?:[OoAa]|[Dd][ao]|[Ee]l|[Ll][ao]|[Dd]el|[Ii]l)[ \t]+(?P<v>[A-Z][a-zà-ÿ]{1,9})"
    r"(?=[ \t]+[a-zà-ÿ]|[ \t]*[,.;:!?)]|[ \t]*\Z)"
)

_OLD_CAPS_ROLE = re.compile(
    r"\b(?P<r>RT|RRT|RN|LPN|CNA|NP|OT|PT|SLP|SW|CM|PA|MD|NA|HCA)[ \t]+(?P<v>[A-Z]{3,12})"
    + caps_staff_names._CAPS_ROLE.pattern.split("(?P<v>[A-Z]{3,12})", 1)[1]
)
_OLD_TOWN_BEFORE_STREET = re.compile(
    r"(?<![\w])[Ii]n[ ]" + town_names._TOWN_BEFORE_STREET.pattern.split("n[ ]", 1)[1]
)


def _saint(text: str) -> Iterator[re.Match[str]]:
    """stay_sites' scan behind its new gate (a possessive's "'s" in the text)."""
    low = text.lower()
    return stay_sites._SAINT.finditer(text) if any(p in low for p in stay_sites._POSSESSIVE) else iter(())


def _line_after(text: str) -> Iterator[re.Match[str]]:
    """local_phones' line-kind scan behind its new gate (the kind in brackets in the text)."""
    return local_phones._LINE_AFTER.finditer(text) if may_hold(text, text.lower(), local_phones._LINES) else iter(())


# (name, the old scan, the new scan, pieces the random strings are made of)
_SCANS: list[tuple[str, Scan, Scan, tuple[str, ...]]] = [
    (
        "local_phones._CUED",
        local_phones._CUED.finditer,
        lambda t: cue_finditer(local_phones._CUED, t, t.lower(), local_phones._CUED_HEADS),
        ("Digicel", "MTN", "my no", "her number", "Mob", "telemóvel é", "aunty", "Brother", "Sione", "Mele Tupou",
         "771 0452", "9271 336", "991 47 32", "1234 5678", ":", "-", ",", " ", "  ", "\t", "\n", "x", "_", "7", "ſon",
         "\u212aINNE", "İs", "ıs", "grandson", "neighbor", "whatsapp", "aunty Losa ", "Uncle Tevita Fifita: ", "wife Ana ",
         "MTN:", "digicel ", "cell- ", "My No. ", "telefone é "),
    ),
    (
        "quoted_nicknames._QUOTED",
        quoted_nicknames._QUOTED.finditer,
        lambda t: cue_finditer(quoted_nicknames._QUOTED, t, t.lower(), quoted_nicknames._HEADS),
        ("friend", "Best friend", "BF", "goes by", "Known As", "a.k.a.", "AKA", "aka", "nicknamed", "calls herself",
         "called", "gave her name", '"', "'", "“", "”", "‘", "’", "Lil Mo", "T-Bone", "dre", " ", "\t", "x", "9", "_",
         "neighbour", "ſelf", "\u212anown", "partner", "as "),
    ),
    (
        "job_firms._KIND_BRACKET",
        lambda t: job_firms._KIND_BRACKET.finditer(t),
        lambda t: cue_finditer(job_firms._KIND_BRACKET, t, t.lower(), job_firms._KIND_BRACKET_HEADS),
        ("owns ", "Owned ", "RUNS ", "ran ", "manages ", "works on ", "lived on ", "lives on ", " ", "a ", "an ",
         "the ", "their ", "small ", "family ", "farm ", "bakery ", "(", ")", "(Green Acres)", "(O'Neill & Sons)", "owns a farm (Hill Top)", "Works on their farm (Kelly), ", "x",
         "7", "_", "ſ", "\u212a"),
    ),
    (
        "numbers._CUED_PHONE",
        numbers._CUED_PHONE.finditer,
        lambda t: cue_finditer(numbers._CUED_PHONE, t, t.lower(), numbers._CUED_PHONE_HEADS, edge=False),
        ("work#", "Home", "CELL", "ph", "Phone:", "tel.", "pager", "fax", "call", "contact", "landline", "#", "# ",
         "555-0142", "555 0142", "7754 902", "2-4471", "x", "_", "9", " ", "\n", "-", "ſ", "\u212a", "İ", "ı", "room"),
    ),
    (
        "medicare_irns._IRN",
        _OLD_IRN.finditer,
        medicare_irns._IRN.finditer,
        ("2951 44710 3 / 1", "4127 90314 2 IRN 3", "29514471031", "/", "-", ".", " ", "\t", "irn", "IRN:", "1", "7",
         "x", "3 / 10", "6"),
    ),
    (
        "caps_staff_names._CAPS_ROLE",
        _OLD_CAPS_ROLE.finditer,
        caps_staff_names._CAPS_ROLE.finditer,
        ("RN ", "RRT ", "xRN ", "PT ", "pt ", "SLP\t", "HCA ", "NA ", "MD ", "9", "_", "-", "(", "JOSEFA ", "MALIA", " AT BEDSIDE",
         " AWARE", " PAGED.", " IN RM", " ", "\n", "CM "),
    ),
    (
        "town_names._TOWN_BEFORE_STREET",
        _OLD_TOWN_BEFORE_STREET.finditer,
        town_names._TOWN_BEFORE_STREET.finditer,
        ("In ", "in ", "iN ", "xin ", "_in ", "9in ", "Taupo", "Red Hill", ", ", "Station ", "Kingsway ", "Road", "Street",
         "St", " ", "lives in Mareeba, Byrnes Street", "\n", ".", "ı", "İ"),
    ),
    (
        "stay_sites._SAINT",
        stay_sites._SAINT.finditer,
        _saint,
        ("at ", "To ", "from ", "IN ", "@ ", "St. ", "st ", "Saint ", "SAINT ", "Jude", "Vincent", "'s", "’s", "'S", "’S",
         " day", " eve", " ", "x", "_", "9", ".", "ſ", "\u212a", "stayed at St Luke's", "at St Jude’s ", "@ saint Anne’S"),
    ),
    (
        "local_phones._LINE_AFTER",
        local_phones._LINE_AFTER.finditer,
        _line_after,
        ("556 0931", "7754 902", "991 47 32", " ", "(", ")", "landline", "MOBİLE", "Cell", "home", "WOR\u212a", "work",
         "whatsapp", "viber", "(landline)", "x", ".", "9", "\t", "556 0931 (MOBİLE)", "661 2087 (wor\u212a)"),
    ),
    (
        "article_names._ARTICLE_NAME",
        _OLD_ARTICLE_NAME.finditer,
        article_names._ARTICLE_NAME.finditer,
        ("A", "a", "O", "o", "da", "Do", "el", "La", "lo", "del", "Del", "il", "Il", "no", " ", "\t", "Bia", "Fer",
         "Tommi", "vai", "tem", "A Bia vai", "la Fer tiene", " Nuno ", "Lu,", "'", "’", "-", "x", "_", "9", ",", ".", "é", "Ñ", "\n"),
    ),
]


def _labelled_texts() -> list[str]:
    texts: list[str] = []
    for name, load in SETS.items():
        if name == "corpus" or (name == "dev" and not DEV.exists()):
            continue
        texts.extend(d.text for d in load())
    return texts


@pytest.fixture(scope="module")
def labelled() -> list[str]:
    return _labelled_texts()


def _found(scan: Scan, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in scan(text)]


def _edges(pieces: tuple[str, ...]) -> list[str]:
    """Each piece alone, at the start and end of a text, after a letter, a digit, an underscore,
    punctuation, and in capitals."""
    out: list[str] = []
    for p in pieces:
        out += [p, f"{p} 771 0452", f"see {p}", f"x{p} 2951 44710 3 / 1", f"7{p}", f"_{p}", f"({p}) ", f"é{p}",
                p.upper(), p.lower(), f"{p}\n{p}"]
    return out


def _random(pieces: tuple[str, ...], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(n)]


@pytest.mark.parametrize(("name", "old", "new", "pieces"), _SCANS, ids=[s[0] for s in _SCANS])
def test_same_on_labelled_texts(name: str, old: Scan, new: Scan, pieces: tuple[str, ...], labelled: list[str]) -> None:
    assert len(labelled) > 100
    differ = [t[:80] for t in labelled if _found(old, t) != _found(new, t)]
    assert differ == [], name


@pytest.mark.parametrize(("name", "old", "new", "pieces"), _SCANS, ids=[s[0] for s in _SCANS])
def test_same_on_made_up_strings(name: str, old: Scan, new: Scan, pieces: tuple[str, ...]) -> None:
    texts = _edges(pieces) + _random(pieces, 3000, zlib.crc32(name.encode()))
    hits = 0
    for t in texts:
        want = _found(old, t)
        assert _found(new, t) == want, (name, t)
        hits += bool(want)
    assert hits >= 20, f"{name}: the made-up strings hardly ever hold a match ({hits}); the test would prove little"


@pytest.mark.parametrize(
    ("scan", "text", "value"),
    [
        (lambda t: cue_finditer(local_phones._CUED, t, t.lower(), local_phones._CUED_HEADS), "Vodafone 771 0452", "771 0452"),
        (lambda t: cue_finditer(local_phones._CUED, t, t.lower(), local_phones._CUED_HEADS), "ring AUNTY Losa 661 2087", "661 2087"),
        (lambda t: cue_finditer(quoted_nicknames._QUOTED, t, t.lower(), quoted_nicknames._HEADS), 'A.K.A. "Smokey"', "Smokey"),
        (lambda t: cue_finditer(numbers._CUED_PHONE, t, t.lower(), numbers._CUED_PHONE_HEADS, edge=False), "rm#555-0199", "555-0199"),
        (medicare_irns._IRN.finditer, "Medicare: 5120 33817 4 IRN 2, exp 2027", "5120 33817 4 IRN 2"),
        (article_names._ARTICLE_NAME.finditer, "Il Nino ha la febbre", "Nino"),
    ],
)
def test_new_scans_still_find(scan: Scan, text: str, value: str) -> None:
    """A few finds spelled out (the comparisons above hold for scans that find nothing, too)."""
    assert any(value in m.group() for m in scan(text))


@pytest.mark.parametrize(
    ("scan", "text"),
    [
        (lambda t: cue_finditer(local_phones._CUED, t, t.lower(), local_phones._CUED_HEADS), "person 771 0452"),  # "son" inside a word
        (lambda t: cue_finditer(quoted_nicknames._QUOTED, t, t.lower(), quoted_nicknames._HEADS), 'she said "no"'),
        (medicare_irns._IRN.finditer, "ref-2951 44710 3 / 1"),  # a hyphen before the number
        (article_names._ARTICLE_NAME.finditer, "da-Silva A"),  # the article after a hyphen, no name after
    ],
)
def test_new_scans_near_misses(scan: Scan, text: str) -> None:
    assert list(scan(text)) == []
