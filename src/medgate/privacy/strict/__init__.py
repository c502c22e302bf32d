"""The strict egress filter: mask what is not known to be safe (in the spirit of Philter).

Every word of the text is looked up in the lexicon. An ordinary English word, a clinical word
(drug, ICD-10-CM vocabulary) or web jargon that is not a name stays; a name, a place or an
unknown word is masked. Words that are both English and a name or place ("Grace", "Cross",
"Welsh") are masked only where a name or place stands: after a title, kinship word or "per",
before a credential or "aware", next to another masked name, capitalised mid-sentence in
mixed-case text, after "transferred to" / "lives in", or before "Hospital". Numbers: month/day
and month/year without a year outside measurement contexts ("BP 120/80", "5/5 strength",
"pain 3/10" stay), long digit runs, phone shapes, and month names with a day or year.

It runs after the rules (which find the labelled and structured identifiers) and only adds.
Layout: `verdicts` judges each word alone; `analyse` below tokenises, runs the word passes (which
mark eponyms, devices and drugs safe, and names and places by context) and merges what they
marked; then the span passes (`passes.SPAN_PASSES`, one module each) add the shapes words alone
cannot show: dates, numbers, addresses, facilities, names by their cues.
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.abbreviated_terms import caps_clinical_term, slashed_past
from medgate.privacy.strict.age_sex import name_after_bed, name_before_age_sex
from medgate.privacy.strict.bedside_devices import mark_bedside_devices
from medgate.privacy.strict.bracket_names import mark_bracket_names
from medgate.privacy.strict.brands import mark_brands
from medgate.privacy.strict.caps_doses import caps_drug_before_dose, caps_label_before_measure
from medgate.privacy.strict.caps_scores import mark_caps_scores
from medgate.privacy.strict.car_models import mark_car_models
from medgate.privacy.strict.context import name_context, never_named
from medgate.privacy.strict.defined_abbreviations import mark_defined_abbreviations
from medgate.privacy.strict.devices import mark_device_models
from medgate.privacy.strict.dose_packs import mark_dose_packs
from medgate.privacy.strict.ecg_segments import mark_st_segments
from medgate.privacy.strict.eponyms import (
    mark_eponyms,
    mark_possessive_eponyms,
    mark_scale_names,
    mark_scored_tests,
)
from medgate.privacy.strict.fasting_orders import mark_fasting_orders
from medgate.privacy.strict.fever_words import mark_fever_words
from medgate.privacy.strict.foreign_measures import mark_foreign_measures
from medgate.privacy.strict.fracture_classes import mark_fracture_classes
from medgate.privacy.strict.german_nouns import mark_german_nouns
from medgate.privacy.strict.given_abbrevs import mark_given_abbrevs
from medgate.privacy.strict.graded_findings import mark_graded_findings
from medgate.privacy.strict.head_eponyms import mark_head_eponyms
from medgate.privacy.strict.hyphen_eponyms import mark_hyphen_eponyms
from medgate.privacy.strict.icu_devices import mark_icu_devices, mark_permanent_devices
from medgate.privacy.strict.lineage import mark_lineage_names
from medgate.privacy.strict.listed_drugs import drug_in_list
from medgate.privacy.strict.measure_labels import lab_before_value, label_before_measure
from medgate.privacy.strict.neighbours import join_neighbours, join_particles, mark_initials
from medgate.privacy.strict.passes import run_span_passes
from medgate.privacy.strict.places import mark_places
from medgate.privacy.strict.port_brands import mark_port_brands
from medgate.privacy.strict.possessive import possessive_eponyms
from medgate.privacy.strict.pupil_findings import mark_pupil_findings
from medgate.privacy.strict.rated_feeds import mark_rated_feeds
from medgate.privacy.strict.regimens import mark_regimens
from medgate.privacy.strict.route_drugs import drug_by_route
from medgate.privacy.strict.score_labels import mark_score_labels
from medgate.privacy.strict.slash_drugs import drug_by_slash
from medgate.privacy.strict.span_page import Page
from medgate.privacy.strict.specialties import mark_specialties
from medgate.privacy.strict.tagalog_articles import mark_tagalog_articles
from medgate.privacy.strict.title_initials import title_initials
from medgate.privacy.strict.verdicts import WordVerdicts
from medgate.privacy.strict.vietnamese_openings import keep_vietnamese_openings
from medgate.privacy.strict.words import (
    AMBIGUOUS,
    DOSE_AFTER,
    JARGON,
    MASK,
    TOKEN,
    Tok,
    contraction_entry,
)
from medgate.privacy.text import mixed_case, typed_upper_ratio
from medgate.privacy.types import Entity, PhiType

_ACID: Final = re.compile(r"[ \t]+(?i:acid)\b")


def _acid_drug(t: Tok, text: str) -> bool:
    """A word with "acid" and a strength after it is a drug in any context ("..., Mefenamic acid 500
    mg"), unless it is a first name."""
    acid = _ACID.match(text, t.end)
    return acid is not None and t.entry is not None and not t.entry.flags & F.FIRST and DOSE_AFTER.match(text, acid.end()) is not None


def _drug_by_dose(t: Tok, text: str) -> bool:
    """An unknown word with a strength right after it is a drug ("enox 40mg od"; "mefenamic acid
    500 mg" with its acid between), unless it is a first name."""
    if t.entry is None or t.entry.flags & F.FIRST:
        return False
    acid = _ACID.match(text, t.end)
    return DOSE_AFTER.match(text, acid.end() if acid else t.end) is not None


# a product's release or combination code joined by a hyphen ("-SP", "-MR", "-D3", "-P"), then its
# strength or how often it is taken ("Nucoxia-P 1 tab", "Zerodol-SP BD", "Ultracet-XR od")
_CODE_TAIL: Final = re.compile(r"-[A-Z0-9]{1,4}(?![\w-])")
_FREQUENCY_AFTER: Final = re.compile(r"[ \t]+(?:" + "|".join(sorted(cues.DOSE_FREQUENCIES)) + r")\b", re.IGNORECASE)


def _coded_drug(t: Tok, text: str) -> bool:
    """A word with a hyphenated code and then a strength or a frequency is a combination product
    ("Zerodol-SP BD", "Nucoxia-P 1 tab"), unless it is a first name."""
    if t.entry is None or t.entry.flags & F.FIRST or not t.text[:1].isupper():
        return False
    tail = _CODE_TAIL.match(text, t.end)
    if tail is None:
        return False
    return DOSE_AFTER.match(text, tail.end()) is not None or _FREQUENCY_AFTER.match(text, tail.end()) is not None


# "'s" that is "is" or "has", not a possessive
_CONTRACTIONS = frozenset(
    ["it's", "he's", "she's", "that's", "what's", "there's", "here's", "who's", "let's", "where's", "how's"]
)


class StrictFilter:
    """Stateless after construction; shares the process's lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self._lex = lex
        self._verdicts = WordVerdicts(lex)
        self._never_named: dict[str, bool] = {}  # memo: words no context makes a name, by spelling
        self._possessive = possessive_eponyms(lex)

    def could_be_phi(self, word: str) -> bool:
        """A name or place on its own, or maybe one (`WordVerdicts.could_be_phi`)."""
        return self._verdicts.could_be_phi(word)

    def spans(self, text: str) -> list[Entity]:
        return self.analyse(text)[0]

    def analyse(self, text: str) -> tuple[list[Entity], list[tuple[int, int]], set[int], list[Tok]]:
        """(what to mask, where eponyms stand: "Graves disease" is no one's name there, where
        words start that could be a name or place on their own: the tagger looks only there, and
        the text's tokens: the tagger's are these less the lone underscores)."""
        toks = [Tok(m.start(), m.end(), (g := m.group()), g.lower(), None) for m in TOKEN.finditer(text)]
        words = [t for t in toks if t.text[0].isalpha()]
        upper = typed_upper_ratio(text)
        mixed = mixed_case(upper)
        verdicts = self._verdicts
        for t in words:
            if t.low.endswith(("'s", "’s")) and len(t.low) > 3:
                if t.low.replace("’", "'") in _CONTRACTIONS:  # "it's", "he's": read as "it", "he", but kept
                    t.entry = self._lex(t.low[:-2])  # as written for the cues that follow them
                else:
                    t.low = t.low[:-2]  # "ABG's", "Foley's": the word itself
            elif "'" in t.low or "’" in t.low:
                t.entry = contraction_entry(t.low, self._lex)
            if t.entry is None:
                t.entry = self._lex(t.low)
            t.verdict = verdicts.of_token(t)
        mark_scale_names(toks)
        mark_eponyms(toks, mixed)
        mark_head_eponyms(toks)
        mark_hyphen_eponyms(toks, text)
        mark_device_models(toks, text)
        mark_car_models(toks, text)
        mark_scored_tests(toks, text)
        mark_score_labels(toks, text)
        mark_bedside_devices(toks, text)
        mark_pupil_findings(toks, text)
        mark_fracture_classes(toks, text)
        mark_icu_devices(toks, text)
        mark_permanent_devices(toks, text)
        mark_port_brands(toks, text)
        mark_tagalog_articles(toks, text)
        mark_dose_packs(toks, text)
        mark_brands(toks)
        mark_defined_abbreviations(toks, text)
        mark_rated_feeds(toks, text)
        mark_caps_scores(toks, text)
        mark_regimens(toks, text)
        mark_fever_words(toks, text)
        mark_fasting_orders(toks, text)
        mark_foreign_measures(toks, text)
        mark_german_nouns(toks, text)
        mark_st_segments(toks, text)
        mark_possessive_eponyms(toks, text, self._possessive)
        mark_graded_findings(toks, text)
        self._names(toks, words, text, mixed)
        join_particles(words, text)
        mark_places(self._lex, words, text, mixed)
        mark_icu_devices(toks, text)  # (again: a saint's name, "St. Jude", is a place to mark_places)
        mark_regimens(toks, text)  # (again: "on RHZE" is a place to mark_places)
        mark_score_labels(toks, text)  # (again: "Town, GCS 15" reads as a town and its state to mark_places)
        mark_specialties(toks, text)  # ("to the Rheumatology department": a place's shape to mark_places)
        mark_st_segments(toks, text)  # (again: "st chênh" reads as a saint's place to mark_places)
        mark_initials(toks, text)
        out = self._merge(toks, text)
        out.extend(run_span_passes(Page(text, self._lex, upper, words, self._possessive)))
        return (
            out,
            [(t.start, t.end) for t in toks if t.eponym],
            {
                t.start
                for t in words
                if t.verdict == MASK or (t.verdict in (AMBIGUOUS, JARGON) and len(t.low) > 3)
            },
            toks,
        )

    def _names(self, toks: list[Tok], words: list[Tok], text: str, mixed: bool) -> None:
        plain = self._never_named  # most words of a note: decided once per spelling
        for i, t in enumerate(words):
            if t.eponym or slashed_past(t, text):
                continue  # ("D/C'd": no word of its own)
            # (whether it is a drug matters only for an unknown word: asked only of one)
            unknown = t.verdict == MASK and not (
                caps_clinical_term(t) or _drug_by_dose(t, text) or caps_label_before_measure(t, text) or drug_by_route(words, i, text) or drug_by_slash(words, i, text)
                or drug_in_list(t, text) or _coded_drug(t, text)
            )
            why = "not a known word" if unknown else ""
            if not why and len(t.text) > 1:
                quiet = plain.get(t.text)
                if quiet is None:
                    quiet = never_named(t)
                    if len(plain) < 100_000:
                        plain[t.text] = quiet
                if not quiet:
                    why = name_context(words, i, text, mixed)
                    # (a drug or a measure's label is no name: asked only of the few words a
                    # context names, both sides being pure reads of the words and the text)
                    if why and (
                        caps_drug_before_dose(t, text) or caps_label_before_measure(t, text) or _acid_drug(t, text)
                        or drug_in_list(t, text) or label_before_measure(t, text) or lab_before_value(t, text)
                        or _coded_drug(t, text)
                    ):
                        why = ""
            if why:
                t.hit, t.why = True, why
        keep_vietnamese_openings(words, text)
        name_before_age_sex(words, text)
        name_after_bed(words, text)
        title_initials(words, text)
        mark_lineage_names(words, text)
        join_neighbours(words, text, mixed)
        if "(" in text:
            mark_bracket_names(words, text)
        if "d." in text or "D." in text or "st." in text or "ST." in text:
            mark_given_abbrevs(words, text)


    @staticmethod
    def _merge(toks: list[Tok], text: str) -> list[Entity]:
        out: list[Entity] = []
        for t in toks:
            if not t.hit:
                continue
            kind = PhiType.LOCATION if t.place else PhiType.NAME
            prev = out[-1] if out else None
            gap = text[prev.end : t.start] if prev else ""
            joins = gap.strip(" .") == "" or (
                kind is PhiType.LOCATION and gap.strip().lower() == "of"
            )
            if prev is not None and prev.type is kind and joins and "\n" not in gap:
                out[-1] = Entity(kind, prev.start, t.end, text[prev.start : t.end])
            else:
                out.append(Entity(kind, t.start, t.end, t.text))
        return out
