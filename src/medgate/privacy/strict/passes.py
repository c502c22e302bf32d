"""The strict filter's span passes, in the order they run (what a pass may read and how it is
called: `span_page`).

Each pass reads the text and returns what it would mask; it asks for anything else it reads by
naming it as a parameter, as `Page`'s fields are named: `lex` (the lexicon), `upper` (the text's
share of capitals), `words` (the word tokens, with their verdicts and what the word passes
marked), `possessive` (stems that the possessive makes a disease, never a name: "parkinson's").
A new pass is a module and one line at the end of `SPAN_PASSES`. Order matters only where two
passes find the same span as different types: the first one found keeps it (`detect.union`).
"""

from __future__ import annotations

from typing import Final

from medgate.privacy.strict.about_names import about_name_spans
from medgate.privacy.strict.account_bits import account_bit_spans
from medgate.privacy.strict.acronym_sites import acronym_site_spans
from medgate.privacy.strict.acronyms import spelt_out_places
from medgate.privacy.strict.address_bits import address_bit_spans
from medgate.privacy.strict.address_shapes import address_shape_spans
from medgate.privacy.strict.aircraft_marks import aircraft_mark_spans
from medgate.privacy.strict.alias_names import alias_name_spans
from medgate.privacy.strict.apartment_units import apartment_unit_spans
from medgate.privacy.strict.app_handles import app_handle_spans
from medgate.privacy.strict.arabic_places import arabic_place_spans
from medgate.privacy.strict.article_names import article_name_spans
from medgate.privacy.strict.asian_addresses import asian_address_spans
from medgate.privacy.strict.assistant_names import assistant_name_spans
from medgate.privacy.strict.bare_hospitals import bare_hospital_spans
from medgate.privacy.strict.bay_names import bay_name_spans
from medgate.privacy.strict.birthplaces import birthplace_spans
from medgate.privacy.strict.bracket_employers import bracket_employer_spans
from medgate.privacy.strict.bracket_facilities import bracket_facility_spans
from medgate.privacy.strict.bracket_initials import bracket_initial_spans
from medgate.privacy.strict.bracket_plates import bracket_plate_spans
from medgate.privacy.strict.caller_intros import caller_intro_spans
from medgate.privacy.strict.caps_near_places import caps_near_place_spans
from medgate.privacy.strict.caps_staff_names import caps_staff_name_spans
from medgate.privacy.strict.card_ids import card_id_spans
from medgate.privacy.strict.card_owners import card_owner_spans
from medgate.privacy.strict.care_names import care_name_spans
from medgate.privacy.strict.case_files import case_file_spans
from medgate.privacy.strict.celtic_streets import celtic_street_spans
from medgate.privacy.strict.chat_names import chat_names
from medgate.privacy.strict.chat_places import chat_places
from medgate.privacy.strict.chat_streets import chat_street_spans
from medgate.privacy.strict.clinical_event_dates import clinical_event_date_spans
from medgate.privacy.strict.company_names import company_spans
from medgate.privacy.strict.contact_names import contact_name_spans
from medgate.privacy.strict.county_names import county_name_spans
from medgate.privacy.strict.county_roads import county_road_spans
from medgate.privacy.strict.county_villages import county_village_spans
from medgate.privacy.strict.credential_signatures import credential_signature_spans
from medgate.privacy.strict.cue_lower_names import cue_lower_name_spans
from medgate.privacy.strict.cue_names import cue_name_spans
from medgate.privacy.strict.dashed_house_numbers import dashed_house_number_spans
from medgate.privacy.strict.dated_initials import dated_initial_spans
from medgate.privacy.strict.dates import date_spans
from medgate.privacy.strict.department_places import department_place_spans
from medgate.privacy.strict.destinations import destination_spans
from medgate.privacy.strict.dictation import dictation_spans
from medgate.privacy.strict.doctor_hospitals import doctor_hospital_spans
from medgate.privacy.strict.document_names import document_name_spans
from medgate.privacy.strict.door_codes import door_code_spans
from medgate.privacy.strict.dotted_day_months import dotted_day_month_spans
from medgate.privacy.strict.drink_venues import drink_venue_spans
from medgate.privacy.strict.edge_names import edge_name_spans
from medgate.privacy.strict.employer_kinds import employer_kind_spans
from medgate.privacy.strict.employer_roads import employer_road_spans
from medgate.privacy.strict.employer_slots import employer_slot_spans
from medgate.privacy.strict.employer_verbs import employer_verb_spans
from medgate.privacy.strict.er_initials import er_initial_spans
from medgate.privacy.strict.estate_blocks import estate_block_spans
from medgate.privacy.strict.ethiopian_dates import ethiopian_date_spans
from medgate.privacy.strict.europe_dates import europe_date_spans
from medgate.privacy.strict.europe_numbers import europe_number_spans
from medgate.privacy.strict.europe_streets import europe_street_spans
from medgate.privacy.strict.event_dates import event_date_spans
from medgate.privacy.strict.event_sites import event_site_spans
from medgate.privacy.strict.extension_signatures import extension_signature_spans
from medgate.privacy.strict.extensions import extension_spans
from medgate.privacy.strict.facility_kinds import facility_kind_spans
from medgate.privacy.strict.facility_names import facility_name_spans
from medgate.privacy.strict.facility_streets import facility_street_spans
from medgate.privacy.strict.facility_towns import facility_town_spans
from medgate.privacy.strict.family_codes import family_code_spans
from medgate.privacy.strict.family_firms import family_firm_spans
from medgate.privacy.strict.family_lists import family_list_spans
from medgate.privacy.strict.feast_days import feast_day_spans
from medgate.privacy.strict.fire_companies import fire_company_spans
from medgate.privacy.strict.firm_sites import firm_site_spans
from medgate.privacy.strict.flat_doors import flat_door_spans
from medgate.privacy.strict.formal_dates import formal_date_spans
from medgate.privacy.strict.galing_places import galing_place_spans
from medgate.privacy.strict.greeting_senders import greeting_sender_spans
from medgate.privacy.strict.hangul_names import hangul_name_spans
from medgate.privacy.strict.head_of_places import head_of_place_spans
from medgate.privacy.strict.header_patients import header_patient_spans
from medgate.privacy.strict.home_returns import home_return_spans
from medgate.privacy.strict.honorific_names import honorific_name_spans
from medgate.privacy.strict.hospital_shorthand import hospital_shorthand_spans
from medgate.privacy.strict.house_names import house_name_spans
from medgate.privacy.strict.id_tails import id_tail_spans
from medgate.privacy.strict.initialisms import foreign_hospital_initials, hospital_initials
from medgate.privacy.strict.initialled_names import initialled_name_spans
from medgate.privacy.strict.initials_districts import initials_district_spans
from medgate.privacy.strict.initials_towns import initials_town_spans
from medgate.privacy.strict.interior_numbers import interior_number_spans
from medgate.privacy.strict.island_phones import island_phone_spans
from medgate.privacy.strict.job_firms import job_firm_spans
from medgate.privacy.strict.junction_landmarks import junction_landmark_spans
from medgate.privacy.strict.kampung_places import kampung_spans
from medgate.privacy.strict.kin_list_names import kin_list_name_spans
from medgate.privacy.strict.kin_names import kin_name_spans
from medgate.privacy.strict.kin_owners import kin_owner_spans
from medgate.privacy.strict.kin_pairs import kin_pair_spans
from medgate.privacy.strict.kin_titles import kin_title_spans
from medgate.privacy.strict.lab_names import lab_name_spans
from medgate.privacy.strict.label_names import label_name_spans
from medgate.privacy.strict.labelled_values import labelled_values
from medgate.privacy.strict.last_line_names import last_line_name_spans
from medgate.privacy.strict.latin_dates import latin_date_spans
from medgate.privacy.strict.latin_ids import latin_id_spans
from medgate.privacy.strict.latin_streets import latin_street_spans
from medgate.privacy.strict.lettered_ids import lettered_id_spans
from medgate.privacy.strict.lineage import child_of_names
from medgate.privacy.strict.little_districts import little_district_spans
from medgate.privacy.strict.local_addresses import local_address_spans
from medgate.privacy.strict.local_dates import local_date_spans
from medgate.privacy.strict.local_phones import local_phone_spans
from medgate.privacy.strict.lodgings import lodging_spans
from medgate.privacy.strict.lower_firms import lower_firm_spans
from medgate.privacy.strict.lower_greeting_writers import lower_greeting_writer_spans
from medgate.privacy.strict.lower_hospital_names import lower_hospital_name_spans
from medgate.privacy.strict.lower_institutions import lower_institution_spans
from medgate.privacy.strict.lower_places import lower_place_spans
from medgate.privacy.strict.lower_signatures import lower_signature_spans
from medgate.privacy.strict.medicare_irns import medicare_irn_spans
from medgate.privacy.strict.meeting_firms import meeting_firm_spans
from medgate.privacy.strict.message_details import message_detail_spans
from medgate.privacy.strict.modal_names import modal_name_spans
from medgate.privacy.strict.named_care_homes import named_care_home_spans
from medgate.privacy.strict.named_centres import named_centre_spans
from medgate.privacy.strict.named_codes import named_code_spans
from medgate.privacy.strict.named_places import named_place_spans
from medgate.privacy.strict.near_numbers import near_number_spans
from medgate.privacy.strict.nordic_dates import nordic_date_spans
from medgate.privacy.strict.nordic_places import nordic_place_spans
from medgate.privacy.strict.note_names import note_names
from medgate.privacy.strict.numbers import number_spans
from medgate.privacy.strict.of_facilities import of_facility_spans
from medgate.privacy.strict.org_heads import org_head_spans
from medgate.privacy.strict.org_kinds import org_kind_spans
from medgate.privacy.strict.paged_numbers import paged_number_spans
from medgate.privacy.strict.paired_phones import paired_phone_spans
from medgate.privacy.strict.parish_names import parish_name_spans
from medgate.privacy.strict.particle_surnames import particle_surname_spans
from medgate.privacy.strict.past_places import past_place_spans
from medgate.privacy.strict.pharmacy_labels import pharmacy_spans
from medgate.privacy.strict.place_words import place_words, shire_counties
from medgate.privacy.strict.plan_cards import plan_card_spans
from medgate.privacy.strict.police_numbers import police_number_spans
from medgate.privacy.strict.polish_dates import polish_date_spans
from medgate.privacy.strict.postal_units import postal_unit_spans
from medgate.privacy.strict.postcode_houses import postcode_house_spans
from medgate.privacy.strict.postcode_lines import postcode_line_spans
from medgate.privacy.strict.postcode_towns import postcode_town_spans
from medgate.privacy.strict.postposed_places import postposed_place_spans
from medgate.privacy.strict.practice_names import practice_name_spans
from medgate.privacy.strict.private_hospitals import private_hospital_spans
from medgate.privacy.strict.province_towns import province_town_spans
from medgate.privacy.strict.quadra_lots import quadra_lot_spans
from medgate.privacy.strict.quebec_clinics import quebec_clinic_spans
from medgate.privacy.strict.quoted_nicknames import quoted_nickname_spans
from medgate.privacy.strict.record_labels import record_label_spans
from medgate.privacy.strict.record_numbers import record_number_spans
from medgate.privacy.strict.regional_centres import regional_centre_spans
from medgate.privacy.strict.registrations import registration_spans
from medgate.privacy.strict.rehab_sites import rehab_site_spans
from medgate.privacy.strict.repeated_subjects import repeated_subject_spans
from medgate.privacy.strict.residence import locality_spans, residence_spans
from medgate.privacy.strict.road_shapes import road_shape_spans
from medgate.privacy.strict.road_towns import road_town_spans
from medgate.privacy.strict.role_labels import role_label_spans
from medgate.privacy.strict.role_lower_names import role_lower_name_spans
from medgate.privacy.strict.role_names import role_name_spans
from medgate.privacy.strict.roman_dates import roman_date_spans
from medgate.privacy.strict.room_codes import room_code_spans
from medgate.privacy.strict.rural_routes import rural_route_spans
from medgate.privacy.strict.savings_firms import savings_firm_spans
from medgate.privacy.strict.school_names import school_name_spans
from medgate.privacy.strict.sentence_names import sentence_name_spans
from medgate.privacy.strict.service_labels import service_label_spans
from medgate.privacy.strict.service_towns import service_town_spans
from medgate.privacy.strict.shape_names import shape_names
from medgate.privacy.strict.shapes import shape_spans
from medgate.privacy.strict.shift_places import shift_place_spans
from medgate.privacy.strict.shop_streets import shop_street_spans
from medgate.privacy.strict.shop_units import shop_unit_spans
from medgate.privacy.strict.short_dates import short_date_spans
from medgate.privacy.strict.short_facilities import short_facility_spans
from medgate.privacy.strict.short_hospitals import short_hospital_spans
from medgate.privacy.strict.slot_names import slot_names
from medgate.privacy.strict.spaced_dates import spaced_date_spans
from medgate.privacy.strict.span_page import Page, SpanPass, bind, run_bound
from medgate.privacy.strict.spanish_subjects import spanish_subject_spans
from medgate.privacy.strict.specialty_groups import specialty_group_spans
from medgate.privacy.strict.spoken_houses import spoken_house_spans
from medgate.privacy.strict.spoken_ids import spoken_id_spans
from medgate.privacy.strict.spoken_intros import spoken_intro_spans
from medgate.privacy.strict.spoken_numbers import spoken_number_spans
from medgate.privacy.strict.spoken_pagers import spoken_pager_spans
from medgate.privacy.strict.spoken_postcodes import spoken_postcode_spans
from medgate.privacy.strict.spouse_names import spouse_name_spans
from medgate.privacy.strict.staff_names import staff_names
from medgate.privacy.strict.stay_sites import stay_site_spans
from medgate.privacy.strict.street_districts import street_district_spans
from medgate.privacy.strict.street_shapes import street_shape_spans
from medgate.privacy.strict.supported_homes import supported_home_spans
from medgate.privacy.strict.team_hospitals import team_hospital_spans
from medgate.privacy.strict.the_institutions import the_institution_spans
from medgate.privacy.strict.thread_speakers import thread_speaker_spans
from medgate.privacy.strict.timed_headings import timed_heading_spans
from medgate.privacy.strict.titled_senders import titled_sender_spans
from medgate.privacy.strict.told_lots import told_lot_spans
from medgate.privacy.strict.told_names import told_name_spans
from medgate.privacy.strict.town_names import town_name_spans
from medgate.privacy.strict.township_zones import township_zone_spans
from medgate.privacy.strict.trade_employers import trade_employer_spans
from medgate.privacy.strict.trade_firms import trade_firm_spans
from medgate.privacy.strict.trailing_places import trailing_place_spans
from medgate.privacy.strict.transport_stages import transport_stage_spans
from medgate.privacy.strict.travel_subjects import travel_subject_spans
from medgate.privacy.strict.unit_addresses import unit_address_spans
from medgate.privacy.strict.unit_initials import unit_initial_spans
from medgate.privacy.strict.vietnamese_places import vietnamese_place_spans
from medgate.privacy.strict.vietnamese_titles import vietnamese_title_spans
from medgate.privacy.strict.visit_dates import visit_date_spans
from medgate.privacy.strict.vocatives import vocative_spans
from medgate.privacy.strict.wala_places import wala_place_spans
from medgate.privacy.strict.ward_hospitals import ward_hospital_spans
from medgate.privacy.strict.ward_labels import ward_label_spans
from medgate.privacy.strict.wards import ward_spans
from medgate.privacy.strict.work_places import work_place_spans
from medgate.privacy.strict.worker_agencies import worker_agency_spans
from medgate.privacy.strict.world_kin_names import world_kin_name_spans
from medgate.privacy.strict.world_numbers import world_number_spans
from medgate.privacy.strict.world_streets import world_street_spans
from medgate.privacy.types import Entity

SPAN_PASSES: Final[tuple[SpanPass, ...]] = (
    date_spans,
    short_date_spans,
    roman_date_spans,
    formal_date_spans,
    event_date_spans,
    clinical_event_date_spans,
    number_spans,
    local_phone_spans,
    extension_spans,
    room_code_spans,
    shape_spans,
    address_shape_spans,
    spoken_number_spans,
    named_code_spans,
    spoken_id_spans,
    registration_spans,
    record_number_spans,
    id_tail_spans,
    residence_spans,
    locality_spans,
    street_shape_spans,
    world_street_spans,
    europe_street_spans,
    europe_date_spans,
    europe_number_spans,
    birthplace_spans,
    door_code_spans,
    local_address_spans,
    asian_address_spans,
    unit_address_spans,
    postcode_line_spans,
    world_number_spans,
    latin_id_spans,
    latin_date_spans,
    latin_street_spans,
    address_bit_spans,
    account_bit_spans,
    hospital_initials,
    foreign_hospital_initials,
    postposed_place_spans,
    facility_name_spans,
    short_facility_spans,
    unit_initial_spans,
    facility_kind_spans,
    company_spans,
    org_head_spans,
    org_kind_spans,
    employer_kind_spans,
    work_place_spans,
    thread_speaker_spans,
    hospital_shorthand_spans,
    edge_name_spans,
    shop_street_spans,
    shift_place_spans,
    cue_name_spans,
    family_list_spans,
    family_code_spans,
    lower_signature_spans,
    pharmacy_spans,
    dictation_spans,
    place_words,
    shire_counties,
    child_of_names,
    labelled_values,
    ward_spans,
    spelt_out_places,
    chat_names,
    titled_sender_spans,
    note_names,
    staff_names,
    credential_signature_spans,
    initialled_name_spans,
    kin_name_spans,
    honorific_name_spans,
    slot_names,
    shape_names,
    chat_places,
    kin_title_spans,
    told_name_spans,
    named_centre_spans,
    arabic_place_spans,
    department_place_spans,
    spoken_postcode_spans,
    wala_place_spans,
    bracket_employer_spans,
    role_name_spans,
    lodging_spans,
    message_detail_spans,
    label_name_spans,
    bracket_initial_spans,
    contact_name_spans,
    role_lower_name_spans,
    article_name_spans,
    postal_unit_spans,
    feast_day_spans,
    quadra_lot_spans,
    facility_town_spans,
    record_label_spans,
    sentence_name_spans,
    lower_place_spans,
    care_name_spans,
    spoken_intro_spans,
    spouse_name_spans,
    road_shape_spans,
    spoken_house_spans,
    local_date_spans,
    case_file_spans,
    house_name_spans,
    chat_street_spans,
    ward_hospital_spans,
    world_kin_name_spans,
    vietnamese_title_spans,
    greeting_sender_spans,
    lettered_id_spans,
    bracket_plate_spans,
    lower_firm_spans,
    county_village_spans,
    dashed_house_number_spans,
    shop_unit_spans,
    header_patient_spans,
    practice_name_spans,
    vietnamese_place_spans,
    county_name_spans,
    lower_institution_spans,
    meeting_firm_spans,
    aircraft_mark_spans,
    province_town_spans,
    visit_date_spans,
    assistant_name_spans,
    postcode_town_spans,
    modal_name_spans,
    caller_intro_spans,
    role_label_spans,
    flat_door_spans,
    doctor_hospital_spans,
    caps_near_place_spans,
    employer_slot_spans,
    initials_town_spans,
    facility_street_spans,
    paged_number_spans,
    dotted_day_month_spans,
    document_name_spans,
    kin_pair_spans,
    trade_employer_spans,
    parish_name_spans,
    trade_firm_spans,
    private_hospital_spans,
    supported_home_spans,
    specialty_group_spans,
    family_firm_spans,
    lower_greeting_writer_spans,
    repeated_subject_spans,
    extension_signature_spans,
    estate_block_spans,
    transport_stage_spans,
    celtic_street_spans,
    spoken_pager_spans,
    police_number_spans,
    travel_subject_spans,
    particle_surname_spans,
    named_care_home_spans,
    township_zone_spans,
    kin_owner_spans,
    junction_landmark_spans,
    spaced_date_spans,
    named_place_spans,
    fire_company_spans,
    bracket_facility_spans,
    bare_hospital_spans,
    vocative_spans,
    paired_phone_spans,
    island_phone_spans,
    ethiopian_date_spans,
    employer_verb_spans,
    short_hospital_spans,
    bay_name_spans,
    timed_heading_spans,
    told_lot_spans,
    kampung_spans,
    postcode_house_spans,
    interior_number_spans,
    savings_firm_spans,
    er_initial_spans,
    the_institution_spans,
    lab_name_spans,
    app_handle_spans,
    about_name_spans,
    destination_spans,
    acronym_site_spans,
    trailing_place_spans,
    card_id_spans,
    job_firm_spans,
    nordic_date_spans,
    polish_date_spans,
    nordic_place_spans,
    ward_label_spans,
    town_name_spans,
    service_label_spans,
    stay_site_spans,
    cue_lower_name_spans,
    alias_name_spans,
    service_town_spans,
    worker_agency_spans,
    drink_venue_spans,
    school_name_spans,
    little_district_spans,
    apartment_unit_spans,
    caps_staff_name_spans,
    quoted_nickname_spans,
    medicare_irn_spans,
    regional_centre_spans,
    kin_list_name_spans,
    hangul_name_spans,
    plan_card_spans,
    quebec_clinic_spans,
    past_place_spans,
    firm_site_spans,
    dated_initial_spans,
    of_facility_spans,
    employer_road_spans,
    spanish_subject_spans,
    street_district_spans,
    initials_district_spans,
    lower_hospital_name_spans,
    galing_place_spans,
    card_owner_spans,
    rehab_site_spans,
    rural_route_spans,
    home_return_spans,
    county_road_spans,
    head_of_place_spans,
    team_hospital_spans,
    near_number_spans,
    last_line_name_spans,
    event_site_spans,
    road_town_spans,
)

_BOUND: Final = bind(SPAN_PASSES)


def run_span_passes(page: Page) -> list[Entity]:
    """Every span pass's finds on the page, in pass order."""
    return run_bound(_BOUND, page)
