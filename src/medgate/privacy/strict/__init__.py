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
"""

from __future__ import annotations

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.account_bits import account_bit_spans
from medgate.privacy.strict.acronyms import spelt_out_places
from medgate.privacy.strict.address_bits import address_bit_spans
from medgate.privacy.strict.age_sex import name_after_bed, name_before_age_sex
from medgate.privacy.strict.arabic_places import arabic_place_spans
from medgate.privacy.strict.asian_addresses import asian_address_spans
from medgate.privacy.strict.bedside_devices import mark_bedside_devices
from medgate.privacy.strict.birthplaces import birthplace_spans
from medgate.privacy.strict.bracket_employers import bracket_employer_spans
from medgate.privacy.strict.bracket_initials import bracket_initial_spans
from medgate.privacy.strict.bracket_names import mark_bracket_names
from medgate.privacy.strict.care_names import care_name_spans
from medgate.privacy.strict.case_files import case_file_spans
from medgate.privacy.strict.chat_names import chat_names
from medgate.privacy.strict.chat_places import chat_places
from medgate.privacy.strict.chat_streets import chat_street_spans
from medgate.privacy.strict.clinical_event_dates import clinical_event_date_spans
from medgate.privacy.strict.company_names import company_spans
from medgate.privacy.strict.contact_names import contact_name_spans
from medgate.privacy.strict.context import name_context, never_named
from medgate.privacy.strict.credential_signatures import credential_signature_spans
from medgate.privacy.strict.cue_names import cue_name_spans
from medgate.privacy.strict.dates import date_spans
from medgate.privacy.strict.department_places import department_place_spans
from medgate.privacy.strict.devices import mark_device_models
from medgate.privacy.strict.dictation import dictation_spans
from medgate.privacy.strict.door_codes import door_code_spans
from medgate.privacy.strict.dose_packs import mark_dose_packs
from medgate.privacy.strict.dressings import mark_dressings
from medgate.privacy.strict.edge_names import edge_name_spans
from medgate.privacy.strict.employer_kinds import employer_kind_spans
from medgate.privacy.strict.eponyms import (
    mark_eponyms,
    mark_possessive_eponyms,
    mark_scale_names,
    mark_scored_tests,
)
from medgate.privacy.strict.europe_dates import europe_date_spans
from medgate.privacy.strict.europe_numbers import europe_number_spans
from medgate.privacy.strict.europe_streets import europe_street_spans
from medgate.privacy.strict.event_dates import event_date_spans
from medgate.privacy.strict.extensions import extension_spans
from medgate.privacy.strict.facility_kinds import facility_kind_spans
from medgate.privacy.strict.facility_names import facility_name_spans
from medgate.privacy.strict.facility_towns import facility_town_spans
from medgate.privacy.strict.family_codes import family_code_spans
from medgate.privacy.strict.family_lists import family_list_spans
from medgate.privacy.strict.feast_days import feast_day_spans
from medgate.privacy.strict.fever_words import mark_fever_words
from medgate.privacy.strict.formal_dates import formal_date_spans
from medgate.privacy.strict.given_abbrevs import mark_given_abbrevs
from medgate.privacy.strict.graded_findings import mark_graded_findings
from medgate.privacy.strict.head_eponyms import mark_head_eponyms
from medgate.privacy.strict.honorific_names import honorific_name_spans
from medgate.privacy.strict.hospital_shorthand import hospital_shorthand_spans
from medgate.privacy.strict.house_names import house_name_spans
from medgate.privacy.strict.icu_devices import mark_icu_devices, mark_permanent_devices
from medgate.privacy.strict.id_tails import id_tail_spans
from medgate.privacy.strict.inhalers import mark_inhalers
from medgate.privacy.strict.initialisms import foreign_hospital_initials, hospital_initials
from medgate.privacy.strict.initialled_names import initialled_name_spans
from medgate.privacy.strict.kin_names import kin_name_spans
from medgate.privacy.strict.kin_titles import kin_title_spans
from medgate.privacy.strict.label_names import label_name_spans
from medgate.privacy.strict.labelled_values import labelled_values
from medgate.privacy.strict.latin_dates import latin_date_spans
from medgate.privacy.strict.latin_ids import latin_id_spans
from medgate.privacy.strict.latin_streets import latin_street_spans
from medgate.privacy.strict.lineage import child_of_names, mark_lineage_names
from medgate.privacy.strict.local_addresses import local_address_spans
from medgate.privacy.strict.local_dates import local_date_spans
from medgate.privacy.strict.local_phones import local_phone_spans
from medgate.privacy.strict.lodgings import lodging_spans
from medgate.privacy.strict.lower_places import lower_place_spans
from medgate.privacy.strict.lower_signatures import lower_signature_spans
from medgate.privacy.strict.message_details import message_detail_spans
from medgate.privacy.strict.named_centres import named_centre_spans
from medgate.privacy.strict.named_codes import named_code_spans
from medgate.privacy.strict.neighbours import join_neighbours, join_particles, mark_initials
from medgate.privacy.strict.note_names import note_names
from medgate.privacy.strict.numbers import number_spans
from medgate.privacy.strict.org_heads import org_head_spans
from medgate.privacy.strict.org_kinds import org_kind_spans
from medgate.privacy.strict.pharmacy_labels import pharmacy_spans
from medgate.privacy.strict.place_words import place_words, shire_counties
from medgate.privacy.strict.places import mark_places
from medgate.privacy.strict.possessive import possessive_eponyms
from medgate.privacy.strict.postal_units import postal_unit_spans
from medgate.privacy.strict.postcode_lines import postcode_line_spans
from medgate.privacy.strict.postposed_places import postposed_place_spans
from medgate.privacy.strict.quadra_lots import quadra_lot_spans
from medgate.privacy.strict.record_labels import record_label_spans
from medgate.privacy.strict.record_numbers import record_number_spans
from medgate.privacy.strict.regimens import mark_regimens
from medgate.privacy.strict.registrations import registration_spans
from medgate.privacy.strict.residence import locality_spans, residence_spans
from medgate.privacy.strict.road_shapes import road_shape_spans
from medgate.privacy.strict.role_names import role_name_spans
from medgate.privacy.strict.roman_dates import roman_date_spans
from medgate.privacy.strict.room_codes import room_code_spans
from medgate.privacy.strict.score_labels import mark_score_labels
from medgate.privacy.strict.sentence_names import sentence_name_spans
from medgate.privacy.strict.shape_names import shape_names
from medgate.privacy.strict.shapes import shape_spans
from medgate.privacy.strict.shift_places import shift_place_spans
from medgate.privacy.strict.shop_streets import shop_street_spans
from medgate.privacy.strict.short_dates import short_date_spans
from medgate.privacy.strict.short_facilities import short_facility_spans
from medgate.privacy.strict.slot_names import slot_names
from medgate.privacy.strict.specialties import mark_specialties
from medgate.privacy.strict.spoken_houses import spoken_house_spans
from medgate.privacy.strict.spoken_ids import spoken_id_spans
from medgate.privacy.strict.spoken_intros import spoken_intro_spans
from medgate.privacy.strict.spoken_postcodes import spoken_postcode_spans
from medgate.privacy.strict.spouse_names import spouse_name_spans
from medgate.privacy.strict.staff_names import staff_names
from medgate.privacy.strict.street_shapes import street_shape_spans
from medgate.privacy.strict.thread_speakers import thread_speaker_spans
from medgate.privacy.strict.title_initials import title_initials
from medgate.privacy.strict.titled_senders import titled_sender_spans
from medgate.privacy.strict.told_names import told_name_spans
from medgate.privacy.strict.unit_addresses import unit_address_spans
from medgate.privacy.strict.wala_places import wala_place_spans
from medgate.privacy.strict.wards import ward_spans
from medgate.privacy.strict.words import (
    AMBIGUOUS,
    BARE_EPONYM_WORDS,
    DOSE_AFTER,
    EPONYM_NOUNS,
    FUNCTION_ZIPF,
    JARGON,
    JARGON_ZIPF,
    MASK,
    SAFE,
    SUFFIXES,
    TOKEN,
    UNKNOWN_VERDICT,
    Tok,
    edits1,
    name_pop,
    web_word,
)
from medgate.privacy.strict.work_places import work_place_spans
from medgate.privacy.strict.world_numbers import world_number_spans
from medgate.privacy.strict.world_streets import world_street_spans
from medgate.privacy.text import upper_ratio
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS


def _drug_by_dose(t: Tok, text: str) -> bool:
    """An unknown word with a strength right after it is a drug ("enox 40mg od"), unless it is
    a first name."""
    return t.entry is not None and not t.entry.flags & F.FIRST and DOSE_AFTER.match(text, t.end) is not None


# "'s" that is "is" or "has", not a possessive
_CONTRACTIONS = frozenset(
    ["it's", "he's", "she's", "that's", "what's", "there's", "here's", "who's", "let's", "where's", "how's"]
)


class StrictFilter:
    """Stateless after construction; shares the process's lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self._lex = lex
        self._verdicts: dict[str, int] = {}  # memo: a word's verdict depends on the word alone
        self._never_named: dict[str, bool] = {}  # memo: words no context makes a name, by spelling
        self._possessive = possessive_eponyms(lex)

    # -- words -----------------------------------------------------------------------------
    def word_verdict(self, word: str) -> int:
        """SAFE, AMBIGUOUS or MASK for one word on its own (memoised)."""
        low = word.lower()
        if low.endswith(("'s", "’s")) and len(low) > 3:
            low = low[:-2]
        v = self._verdicts.get(low)
        if v is None:
            tok = Tok(0, len(word), word, low, self._lex(low))
            v = SAFE if len(word) == 1 else self._verdict(tok)
            if len(self._verdicts) < 100_000:
                self._verdicts[low] = v
        return v

    def could_be_phi(self, word: str) -> bool:
        """A name or place on its own, or maybe one (not plain English, clinical, short jargon,
        an eponym)."""
        if word.lower() in BARE_EPONYM_WORDS or word.lower() in EPONYM_NOUNS:
            return False
        v = self.word_verdict(word)
        return v == MASK or (v in (AMBIGUOUS, JARGON) and len(word) > 3)

    def _verdict(self, tok: Tok) -> int:
        e = tok.entry
        assert e is not None
        low = tok.low
        if low in cues.UNITS or low in cues.SHORTHAND or low in cues.CODE_LABELS:
            return SAFE
        if e.english or e.clinical:
            if e.zipf < FUNCTION_ZIPF and (name_pop(e) >= 2 or e.place):
                return AMBIGUOUS
            return SAFE
        if e.place and not e.name and tok.text.title() in CLINICAL_WORDS:
            return SAFE  # "Norco": a drug the project's clinical words list, and a town no one is named for
        if e.place and not e.name and e.zipf >= 4.0 and self._british_spelling(low):
            return SAFE  # "centre": a county in GeoNames, a word everywhere English is written
        if e.name or e.place:
            # "ho", "gu" (short), "lytes", "trach" (rare surnames that are web jargon): a name
            # only where one stands
            short = len(low) <= 3 and e.flags & F.KNOWN and e.zipf >= 2.5
            return JARGON if short or web_word(e) else MASK
        if e.flags & F.KNOWN and e.zipf >= JARGON_ZIPF:
            return SAFE
        return SAFE if self._near_known(low) else UNKNOWN_VERDICT

    def _british_spelling(self, low: str) -> bool:
        """The British spelling of an English word ("centre", "theatre", "honour"), which the
        American dictionary the lexicon reads lacks."""
        for end, us in (("re", "er"), ("our", "or")):
            if low.endswith(end) and len(low) > len(end) + 2 and self._lex(low[: -len(end)] + us).english:
                return True
        return False

    def _known_word(self, word: str, zipf: float) -> bool:
        e = self._lex(word)
        return (
            (e.english or e.clinical or bool(e.flags & F.KNOWN))
            and not (e.name or e.place)
            and (e.english or e.clinical or e.zipf >= zipf)
        )

    def _near_known(self, low: str) -> bool:
        """A misspelt or inflected known word ("aggitated", "dopplerable"), not a new name."""
        if len(low) < 6 or not low.isascii():
            return False
        for suffix in SUFFIXES:
            stem = low[: -len(suffix)]
            if low.endswith(suffix) and len(stem) >= 4 and self._known_word(stem, 2.0):
                return True
        if len(low) < 7:
            return False
        return any(self._known_word(c, 3.0) for c in edits1(low))

    def spans(self, text: str) -> list[Entity]:
        return self.analyse(text)[0]

    def analyse(self, text: str) -> tuple[list[Entity], list[tuple[int, int]], set[int]]:
        """(what to mask, where eponyms stand: "Graves disease" is no one's name there, where
        words start that could be a name or place on their own: the tagger looks only there)."""
        toks = [Tok(m.start(), m.end(), (g := m.group()), g.lower(), None) for m in TOKEN.finditer(text)]
        words = [t for t in toks if t.text[0].isalpha()]
        upper = upper_ratio(text)
        mixed = 0.03 < upper < 0.6
        memo = self._verdicts
        for t in words:
            if t.low.endswith(("'s", "’s")) and len(t.low) > 3:
                if t.low.replace("’", "'") in _CONTRACTIONS:  # "it's", "he's": read as "it", "he", but kept
                    t.entry = self._lex(t.low[:-2])  # as written for the cues that follow them
                else:
                    t.low = t.low[:-2]  # "ABG's", "Foley's": the word itself
            if t.entry is None:
                t.entry = self._lex(t.low)
            v = memo.get(t.low)
            if v is None:
                v = SAFE if len(t.text) == 1 else self._verdict(t)
                if len(memo) < 100_000:
                    memo[t.low] = v
            t.verdict = v
        mark_scale_names(toks)
        mark_eponyms(toks, mixed)
        mark_head_eponyms(toks)
        mark_device_models(toks, text)
        mark_scored_tests(toks, text)
        mark_score_labels(toks, text)
        mark_bedside_devices(toks, text)
        mark_icu_devices(toks, text)
        mark_permanent_devices(toks, text)
        mark_dose_packs(toks, text)
        mark_dressings(toks, text)
        mark_inhalers(toks, text)
        mark_regimens(toks, text)
        mark_fever_words(toks, text)
        mark_possessive_eponyms(toks, text, self._possessive)
        mark_graded_findings(toks, text)
        self._names(toks, words, text, mixed)
        join_particles(words, text)
        mark_places(self._lex, words, text, mixed)
        mark_icu_devices(toks, text)  # (again: a saint's name, "St. Jude", is a place to mark_places)
        mark_regimens(toks, text)  # (again: "on RHZE" is a place to mark_places)
        mark_score_labels(toks, text)  # (again: "Town, GCS 15" reads as a town and its state to mark_places)
        mark_specialties(toks, text)  # ("to the Rheumatology department": a place's shape to mark_places)
        mark_initials(toks, text)
        out = self._merge(toks, text)
        out.extend(date_spans(text))
        out.extend(short_date_spans(text))
        out.extend(roman_date_spans(text))
        out.extend(formal_date_spans(text))
        out.extend(event_date_spans(text))
        out.extend(clinical_event_date_spans(text))
        out.extend(number_spans(text))
        out.extend(local_phone_spans(text))
        out.extend(extension_spans(text))
        out.extend(room_code_spans(text))
        out.extend(shape_spans(text))
        out.extend(named_code_spans(text))
        out.extend(spoken_id_spans(text))
        out.extend(registration_spans(text))
        out.extend(record_number_spans(text))
        out.extend(id_tail_spans(text))
        out.extend(residence_spans(words, text))
        out.extend(locality_spans(words, text))
        out.extend(street_shape_spans(text, self._lex))
        out.extend(world_street_spans(text, self._lex))
        out.extend(europe_street_spans(text, self._lex))
        out.extend(europe_date_spans(text))
        out.extend(europe_number_spans(text))
        out.extend(birthplace_spans(text))
        out.extend(door_code_spans(text))
        out.extend(local_address_spans(text, self._lex))
        out.extend(asian_address_spans(text))
        out.extend(unit_address_spans(text))
        out.extend(postcode_line_spans(text, self._lex))
        out.extend(world_number_spans(text))
        out.extend(latin_id_spans(text))
        out.extend(latin_date_spans(text))
        out.extend(latin_street_spans(text, self._lex))
        out.extend(address_bit_spans(text))
        out.extend(account_bit_spans(text))
        out.extend(hospital_initials(text, self._lex))
        out.extend(foreign_hospital_initials(text, self._lex))
        out.extend(postposed_place_spans(text, self._lex))
        out.extend(facility_name_spans(text, self._lex))
        out.extend(short_facility_spans(text, self._lex))
        out.extend(facility_kind_spans(text, self._lex))
        out.extend(company_spans(text, self._lex))
        out.extend(org_head_spans(text, self._lex))
        out.extend(org_kind_spans(text, self._lex))
        out.extend(employer_kind_spans(text))
        out.extend(work_place_spans(text))
        out.extend(thread_speaker_spans(text, self._lex))
        out.extend(hospital_shorthand_spans(text))
        out.extend(edge_name_spans(text, self._lex))
        out.extend(shop_street_spans(text, self._lex))
        out.extend(shift_place_spans(text, self._lex))
        out.extend(cue_name_spans(text, self._lex))
        out.extend(family_list_spans(text, self._lex))
        out.extend(family_code_spans(text))
        out.extend(lower_signature_spans(text, self._lex))
        out.extend(pharmacy_spans(text))
        out.extend(dictation_spans(text, self._lex))
        out.extend(place_words(text, self._lex))
        out.extend(shire_counties(text))
        out.extend(child_of_names(text))
        out.extend(labelled_values(text))
        out.extend(ward_spans(text, self._lex))
        out.extend(spelt_out_places(text, self._lex))
        out.extend(chat_names(text, self._lex, self._possessive, upper))
        out.extend(titled_sender_spans(text, self._lex))
        out.extend(note_names(text, self._lex))
        out.extend(staff_names(text, self._lex))
        out.extend(credential_signature_spans(text, self._lex))
        out.extend(initialled_name_spans(text, self._lex))
        out.extend(kin_name_spans(text, self._lex, upper))
        out.extend(honorific_name_spans(text, self._lex))
        out.extend(slot_names(text, self._lex, upper))
        out.extend(shape_names(text, self._lex, upper))
        out.extend(chat_places(text, self._lex, upper))
        out.extend(kin_title_spans(text, self._lex, words))
        out.extend(told_name_spans(text, self._lex))
        out.extend(named_centre_spans(text, self._lex))
        out.extend(arabic_place_spans(text, self._lex))
        out.extend(department_place_spans(text, self._lex))
        out.extend(spoken_postcode_spans(text))
        out.extend(wala_place_spans(text, self._lex))
        out.extend(bracket_employer_spans(text, self._lex))
        out.extend(role_name_spans(text, self._lex))
        out.extend(lodging_spans(text))
        out.extend(message_detail_spans(text))
        out.extend(label_name_spans(text, self._lex))
        out.extend(bracket_initial_spans(text))
        out.extend(contact_name_spans(text, self._lex))
        out.extend(postal_unit_spans(text))
        out.extend(feast_day_spans(text))
        out.extend(quadra_lot_spans(text))
        out.extend(facility_town_spans(text, self._lex))
        out.extend(record_label_spans(text))
        out.extend(sentence_name_spans(text, self._lex))
        out.extend(lower_place_spans(text, self._lex))
        out.extend(care_name_spans(text, self._lex))
        out.extend(spoken_intro_spans(text, self._lex))
        out.extend(spouse_name_spans(text, self._lex))
        out.extend(road_shape_spans(text, self._lex))
        out.extend(spoken_house_spans(text))
        out.extend(local_date_spans(text))
        out.extend(case_file_spans(text))
        out.extend(house_name_spans(text))
        if upper < 0.03:  # (lower-case text: capitalised names are the word filter's)
            out.extend(chat_street_spans(text, self._lex))
        return (
            out,
            [(t.start, t.end) for t in toks if t.eponym],
            {
                t.start
                for t in words
                if t.verdict == MASK or (t.verdict in (AMBIGUOUS, JARGON) and len(t.low) > 3)
            },
        )

    def _names(self, toks: list[Tok], words: list[Tok], text: str, mixed: bool) -> None:
        plain = self._never_named  # most words of a note: decided once per spelling
        for i, t in enumerate(words):
            if t.eponym:
                continue
            why = "not a known word" if t.verdict == MASK and not _drug_by_dose(t, text) else ""
            if not why and len(t.text) > 1:
                quiet = plain.get(t.text)
                if quiet is None:
                    quiet = never_named(t)
                    if len(plain) < 100_000:
                        plain[t.text] = quiet
                if not quiet:
                    why = name_context(words, i, text, mixed)
            if why:
                t.hit, t.why = True, why
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
