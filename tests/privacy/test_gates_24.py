"""The speed round's shortcuts (issue 11) leave what the word passes mark as it was: each pass that
now skips to its candidates, or reads only the lines or words its matches need, still fires where
its cue stands in an odd form (capitals, at the very start or end of the text, after punctuation, a
dotted capital I or a long s that IGNORECASE folds), and still leaves the near misses alone.

Shapes: a regimen's initials (the token that is the whole run of capitals: "R-CHOP", "(XELOX)",
"HRZE" at the end; not a run inside a longer word, "O'HRZE", nor a lower-case one); a feed before
its rate an hour (only the lines that hold a rate are read: the first line, the last, a rate in
capitals or written "per hour"; not a rate with no feed before it, nor "/ hr" where no "/h" is);
a place after its cue (the words mark_places acts on, found by one set lookup); a hyphenated pair
of eponyms (only the words before the text's hyphens are read: a pair at the very start, one of
three, one in capitals; not a double surname after a title); a disease named after a person, a
grade word before its number (found by one set lookup a token: a noun in capitals, a grade at the
very start; not a grade word with no number after it, nor a noun whose lower case is no listed one:
"DİSEASE", "dyſtrophy"); a measure in another language before its copula and value (the copulas
found by one set lookup a token, after a gate on the value's comma or percent: in capitals, at the
very start; not a first name, nor a noun a comma stands after); a German noun after a lower-case
article (gated on "das "/"ein ": "kein" at the very end of the text; not after "Das", nor before a
capitalised word); where web-only words start, read from the tokens detect() has (a letter token
is one run of letters or runs an apostrophe joins) as the whole-text scan finds them; a listed "First Last" pair (asked only of a listed first name); initials beside a masked name
(read only where a word is masked, and only the one-letter words and those one or two before a
masked word: a run at the very start, one at the very end, lower case with its dot, two letters
before a signing name; none where no name is masked); a drug or a measure's label in a name's
context (the context asked first, the drug checks only where it names: "Risedronic acid 35 mg",
"BW 2,870 g", "TXA 1 G"; a name before a weight still masked).
And the near
misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy.detect import _strict
from medgate.privacy.learned.web_words import web_word_starts
from medgate.privacy.lexicon import lexicon
from medgate.privacy.strict.foreign_measures import mark_foreign_measures
from medgate.privacy.strict.german_nouns import mark_german_nouns
from medgate.privacy.strict.graded_findings import mark_graded_findings
from medgate.privacy.strict.hyphen_eponyms import mark_hyphen_eponyms
from medgate.privacy.strict.neighbours import mark_initials
from medgate.privacy.strict.rated_feeds import mark_rated_feeds
from medgate.privacy.strict.regimens import mark_regimens
from medgate.privacy.strict.words import TOKEN, Tok
from tests.privacy.helpers import leak_free, touched


def _toks(text: str) -> list[Tok]:
    """The text's tokens, each word with its lexicon entry (as analyse looks them up)."""
    lex = lexicon()
    return [
        Tok(m.start(), m.end(), (g := m.group()), g.lower(), lex(g.lower()) if g[0].isalpha() else None)
        for m in TOKEN.finditer(text)
    ]


_MARKS = {
    "regimens": mark_regimens,
    "feeds": mark_rated_feeds,
    "hyphen": mark_hyphen_eponyms,
    "graded": mark_graded_findings,
    "measures": mark_foreign_measures,
    "german": mark_german_nouns,
}


def _kept(text: str, mark: str, word: str) -> bool:
    """The pass `mark` keeps (marks as an eponym) the first token written `word`."""
    toks = _toks(text)
    _MARKS[mark](toks, text)
    return next(t for t in toks if t.text == word).eponym


@pytest.mark.parametrize(
    ("text", "mark", "word"),
    [
        ("R-CHOP x6 completed in 2019", "regimens", "R"),
        ("R-CHOP x6 completed in 2019", "regimens", "CHOP"),
        ("onc plan: (XELOX), then review", "regimens", "XELOX"),
        ("TB clinic restarted HRZE", "regimens", "HRZE"),
        ("2HRZE/4HR;", "regimens", "HRZE"),
        ("post BEACOPP.", "regimens", "BEACOPP"),
        ("Fresubin at 55 mL/hr overnight", "feeds", "Fresubin"),
        ("bp stable\nNUTRISON @ GOAL 70 CC/HR", "feeds", "NUTRISON"),
        ("Kabiven at 83 ml per hour\nno issues", "feeds", "Kabiven"),
        ("Line 1\nline 2\n(Vital 1.5 @ 35cc/h)", "feeds", "Vital"),
        ("Ehlers-Danlos type III? no", "hyphen", "Ehlers"),
        ("xray: ?Legg-Calve-Perthes", "hyphen", "Perthes"),
        ("hx of STEVENS-JOHNSON", "hyphen", "JOHNSON"),
        ("a - b - Osgood-Schlatter.", "hyphen", "Schlatter"),
        ("Duchenne muscular DYSTROPHY", "graded", "Duchenne"),
        ("known Kearns ocular myopathy.", "graded", "Kearns"),
        ("Estadio 4, on chemo", "graded", "Estadio"),
        ("biopsy: grau II", "graded", "grau"),
        ("Leber optic neuropathy ++ on exam", "graded", "Leber"),
        ("Thrombos WAREN zuletzt 1,9", "measures", "Thrombos"),
        ("Kreatinin ist 1,4", "measures", "Kreatinin"),
        ("la saturación ESTABA en 91%", "measures", "saturación"),
        ("Befund: kein Hautausschlag", "german", "Hautausschlag"),
        ("das Rückenmark ist frei", "german", "Rückenmark"),
    ],
)
def test_passes_still_fire_where_their_cue_stands_oddly(text: str, mark: str, word: str) -> None:
    assert _kept(text, mark, word)


@pytest.mark.parametrize(
    ("text", "mark", "word"),
    [
        ("O'HRZE again", "regimens", "O'HRZE"),
        ("hrze in lower case", "regimens", "hrze"),
        ("HRZEX code", "regimens", "HRZEX"),
        ("RH only", "regimens", "RH"),
        ("Mr Lindqvist @ 50cc/hr", "feeds", "Lindqvist"),
        ("Fresubin at 55 mL/ hr", "feeds", "Fresubin"),  # (no "/h": the pass's gate, as before)
        ("Fresubin at 1400\nthen 55 mL/hr", "feeds", "Fresubin"),
        ("Dr Ortiz-Kane reviewed", "hyphen", "Ortiz"),
        ("Duchenne muscular DİSEASE", "graded", "Duchenne"),
        ("Duchenne muscular dyſtrophy", "graded", "Duchenne"),
        ("grado alto", "graded", "grado"),
        ("Kreatinin ist normal", "measures", "Kreatinin"),
        ("Kreatinin, ist 1,4", "measures", "Kreatinin"),
        ("Gabriela está nos 91%", "measures", "Gabriela"),
        ("Das Rückenmark ist frei", "german", "Rückenmark"),
        ("ein Hautausschlag Nachweis", "german", "Hautausschlag"),
        ("ein, Hautausschlag", "german", "Hautausschlag"),
    ],
)
def test_near_misses_stay_unmarked(text: str, mark: str, word: str) -> None:
    assert not _kept(text, mark, word)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lives in Wawanesa", "Wawanesa"),
        ("Transferred to Kerrigan Memorial.", "Kerrigan"),
        ("seen by OT. Then to St Aldric's", "Aldric's"),
    ],
)
def test_places_after_their_cues_are_still_marked(text: str, place: str) -> None:
    toks = _strict(lexicon()).analyse(text)[3]
    t = next(t for t in toks if t.text == place)
    assert t.hit and t.place


@pytest.mark.parametrize(
    "text",
    [
        "KILIMANI clinic, seen at ninewells",  # (a web word at the very start and the very end)
        "o'ninewells d'kilimani'sx ab'cdefgh'ij mnopqr’stuvwx",  # (runs joined by apostrophes)
        "ref 1234567 abcdefg2hijklmn _vellore_ Ⅻninewells",  # (digits, underscores, a numeral letter)
        "Tlhabane’s clinic; Kwazakhele, Mdantsane.",
        "",
    ],
)
def test_web_word_starts_from_tokens_are_the_scans(text: str) -> None:
    """Read from the tokens the caller has, where web-only words start is where the scan finds them."""
    words = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text) if m.group() != "_"]
    assert web_word_starts(text, lexicon(), words) == web_word_starts(text, lexicon())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harriet Okafor", "Harriet Okafor"),  # (the whole text a listed pair)
        ("seen today.Harriet Okafor", "Harriet Okafor"),
        ("called (Edwin Marsh)", "Edwin Marsh"),
    ],
)
def test_listed_pairs_are_still_names(text: str, name: str) -> None:
    """The rule engine's listed "First Last" pair is asked only of a word that is a listed first
    name: found anywhere, at the very start of the text, after punctuation."""
    assert leak_free(text, name, "standard")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Harriet Parkinson disease clinic", "Parkinson"),  # (an eponym's use ends no pair)
        ("Lymph Node biopsy", "Lymph Node"),
    ],
)
def test_pairs_that_are_no_names_stay(text: str, kept: str) -> None:
    assert not touched(text, kept, "standard")


@pytest.mark.parametrize(
    ("text", "masked", "initial"),
    [
        ("P. K. Subbiah", "Subbiah", "P"),  # (a run of initials at the very start, read from the end)
        ("review: Lindqvist B.", "Lindqvist", "B"),  # (after the name, at the very end)
        ("plan agreed.--t. o'donoghue rn", "o'donoghue", "t"),  # (lower case, with its dot)
        ("KT Nguyen RN", "Nguyen", "KT"),  # (two initials before a signing name)
        ("seen at 0900.\njm ortiz rn", "ortiz", "jm"),
    ],
)
def test_initials_beside_a_masked_name_are_masked(text: str, masked: str, initial: str) -> None:
    toks = _toks(text)
    name = next(t for t in toks if t.text == masked)
    name.hit = True
    mark_initials(toks, text)
    assert next(t for t in toks if t.text == initial).hit


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("P. K. Subbiah", "P"),  # (no masked name: no initial)
        ("KT Nguyen RN", "KT"),
    ],
)
def test_initials_with_no_masked_name_stay(text: str, initial: str) -> None:
    toks = _toks(text)
    mark_initials(toks, text)
    assert not next(t for t in toks if t.text == initial).hit


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Plan: please start Risedronic acid 35 mg weekly.", "Risedronic"),  # (a drug before its acid and dose)
        ("delivered SVD, live baby girl, BW 2,870 g, APGAR 9,9", "BW"),  # (a measure's label)
        ("INFO PER FATHER. TXA 1 G GIVEN AT 0300", "TXA"),  # (a drug in capitals before its dose)
    ],
)
def test_a_drug_or_label_a_context_names_stays(text: str, kept: str) -> None:
    """A name's context asked first, the drug and label checks after it, only where it names:
    a word those checks keep stays as it did."""
    assert not touched(text, kept)


def test_a_name_before_a_weight_is_still_masked() -> None:
    assert leak_free("live baby girl, KIRA 3 kg", "KIRA")
