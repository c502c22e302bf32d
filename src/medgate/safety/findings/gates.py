"""What each derived fact of `facts.py` needs to hold at all, and which concepts it reads.

A fact none of whose inputs is present is empty without being computed (most discriminators then
fail before any Python runs for them); `layer.py` files discriminators by these sets too.
tests/safety/test_findings.py checks that gating changes no fact on any vignette.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

_AGE, _TEMP = "@age_y", "@temp_c"
_ALERT = frozenset({"new_confusion", "reduced_consciousness", "drowsy", "@gcs"})
_VITALS = frozenset({"@rr", "@spo2", "@sbp", "@hr", _TEMP}) | _ALERT
# One of these concepts, or a reading of one of these kinds ("@kind").
NEEDS: Final[Mapping[str, frozenset[str]]] = MappingProxyType({
    "child_under_5": frozenset({_AGE, "small_child_word", "newborn"}),
    "child": frozenset({_AGE, "small_child_word", "newborn", "child_word"}),
    "teething_age": frozenset({_AGE, "small_child_word", "newborn"}),
    "child_under_3": frozenset({_AGE, "small_child_word", "newborn"}),
    "infant_under_3m": frozenset({_AGE, "newborn"}),
    "infant_3_to_6m": frozenset({_AGE}),
    "infant_under_6m": frozenset({_AGE, "newborn"}),
    "age_10_to_19": frozenset({_AGE}),
    "older_50": frozenset({_AGE}),
    "older_65": frozenset({_AGE}),
    "older_60": frozenset({_AGE}),
    "older_80": frozenset({_AGE}),
    "older_75": frozenset({_AGE}),
    "acute": frozenset({"@hours", "recent_hours", "onset_sudden"}),
    "chronic_course": frozenset({"@hours", "chronic"}),
    "chronic_only": frozenset({"chronic"}),
    "fever": frozenset({_TEMP, "fever_word"}),
    "fever_5_days": frozenset({_TEMP, "fever_word", "fever_day_5"}),
    "temp_ge_39": frozenset({_TEMP}),
    "temp_ge_37_5": frozenset({_TEMP}),
    "temp_ge_41": frozenset({_TEMP}),
    "temp_lt_36": frozenset({_TEMP}),
    "temp_lt_35": frozenset({_TEMP}),
    "suspected_infection": frozenset({_TEMP, "fever_word", "infection", "rigors"}),
    "not_alert": _ALERT,
    "news2_ge_7": _VITALS,
    "news2_ge_5": _VITALS,
    "news2_single_red": _VITALS,
    "news2_two_red": _VITALS,
    "qsofa_2": frozenset({"@rr", "@sbp"}) | _ALERT,
    "spo2_le_92": frozenset({"@spo2"}),
    "spo2_le_87": frozenset({"@spo2"}),
    "spo2_le_84": frozenset({"@spo2"}),
    "spo2_93_94": frozenset({"@spo2"}),
    "sbp_le_90": frozenset({"@sbp"}),
    "sbp_91_100": frozenset({"@sbp"}),
    "hr_high_risk": frozenset({"@hr"}),
    "hr_gt_110": frozenset({"@hr"}),
    "hr_91_130": frozenset({"@hr"}),
    "hr_gt_100": frozenset({"@hr"}),
    "hr_le_40": frozenset({"@hr"}),
    "hr_lt_50": frozenset({"@hr"}),
    "rr_ge_25": frozenset({"@rr"}),
    "rr_21_24": frozenset({"@rr"}),
    "gcs_le_8": frozenset({"@gcs"}),
    "gcs_lt_15": frozenset({"@gcs"}),
    "bp_severe": frozenset({"@sbp", "@dbp"}),
    "shock_index_gt_1": frozenset({"@hr", "@sbp"}),
    "bp_ge_160_110": frozenset({"@sbp", "@dbp"}),
    "bp_ge_140_90": frozenset({"@sbp", "@dbp"}),
    "child_hr_amber": frozenset({"@hr"}),
    "child_rr_amber": frozenset({"@rr"}),
    "child_rr_red": frozenset({"@rr"}),
    "child_spo2_amber": frozenset({"@spo2"}),
    "hypoglycaemia": frozenset({"@glucose", "hypo_named"}),
    "hyperglycaemia": frozenset({"@glucose", "sugar_high"}),
    "glucose_ge_15": frozenset({"@glucose", "sugar_high"}),
    "ketones_high": frozenset({"@ketones"}),
    "ketones_normal": frozenset({"@ketones"}),
    "ketones_1_5_to_3": frozenset({"@ketones"}),
    "resolved_episode": frozenset({"resolved"}),
    "pregnancy_ge_20w": frozenset({"@gestation_w", "late_pregnancy"}),
    "early_pregnancy": frozenset({"pregnant", "pregnancy_possible", "@gestation_w"}),
    "pregnancy_ge_28w": frozenset({"@gestation_w", "third_trimester"}),
    "pregnancy_lt_24w": frozenset({"@gestation_w"}),
    "show_at_term": frozenset({"show_mucus"}),
    "paracetamol_over_daily_max": frozenset({"@paracetamol_mg_day"}),
    "colic_settled": frozenset({"pain_eased_now"}),
    "reflex_faint": frozenset({"faint_recovered_quickly"}),
})
# the concept names the derivations above read (the groups must define them)
CONCEPTS_READ: Final[frozenset[str]] = frozenset({
    "fever_word", "child_word", "small_child_word", "newborn", "recent_hours", "onset_sudden",
    "chronic", "worsening", "new_confusion", "reduced_consciousness", "drowsy", "dementia",
    "infection", "rigors", "hypo_named", "sugar_high", "late_pregnancy", "third_trimester", "pregnant",
    "pregnancy_possible", "copd_target", "high_altitude", "fever_day_5", "renal_colic", "pain_eased_now", "show_mucus", "fresh_red_bleeding",
})
