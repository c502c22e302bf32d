"""Facts derived from the readings and the asserted phrase concepts of one request.

`derive(concepts, readings)` returns the request's `Context` (fact_context.py), which computes each fact
the first time it is asked. The table `DERIVED` lists each derived fact once, in dependency order (a
fact may use those above it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Final

from medgate.safety import paracetamol_day as paracetamol
from medgate.safety.findings import scores
from medgate.safety.findings.age_facts import (
    ageband,
    child,
    child_under_3,
    child_under_5,
    child_vital,
    hr_high_risk,
    infant_under_3m,
    teething_age,
)
from medgate.safety.findings.fact_context import Context, Derivation, Evidence
from medgate.safety.findings.measures import Reading

ACUTE_HOURS: Final = 14 * 24.0  # a course of up to two weeks is acute
CHRONIC_HOURS: Final = 90 * 24.0  # three months or more is chronic
FEVER_C: Final = 38.0  # NICE NG143 and NG51: fever is 38 °C or more
FEVER_DAYS_HOURS: Final = 5 * 24.0  # NICE NG143 amber: fever for 5 days or more

_RANGE: Final = re.compile(r"(\d+(?:\.\d+)?) ?(?:-|–|to) ?(\d+(?:\.\d+)?)")


def _glucose_persistently_ge_15(c: Context) -> Evidence:
    """JBDS / Diabetes UK sick-day rules: a glucose persistently 15 mmol/L or more. The latest reading told
    counts (a steroid's rise falling back, "342, then 240, now 162 mg/dL", persists no more), and a range of
    readings at its middle, the typical one ("fasting 13-15 mmol/L" runs mostly under 15, "14-17" mostly over)."""
    r = c.vitals.get("glucose_last")
    if r is None:
        return c.ev("sugar_high")
    value = r.value
    if (m := _RANGE.search(r.text)) and float(m[2]) > 0:
        value *= (float(m[1]) + float(m[2])) / 2 / float(m[2])
    return c.quote("glucose_last") if value >= 15 else c.ev("sugar_high")


def _threshold(kind: str, test: Callable[[float], bool]) -> Callable[[Context], Evidence]:
    def check(c: Context) -> Evidence:
        v = c.value(kind)
        return c.quote(kind) if v is not None and test(v) else ()

    return check


def _adult_threshold(kind: str, test: Callable[[float], bool]) -> Callable[[Context], Evidence]:
    """An adult criterion (NICE NG51 for 16 and over): a child's rate is read by children.py."""
    adult = _threshold(kind, test)

    def check(c: Context) -> Evidence:
        return () if c.has("child") else adult(c)

    return check


def _fever(c: Context) -> Evidence:
    t = c.value("temp_c")
    if t is not None:
        return c.quote("temp_c") if t >= FEVER_C else ()
    return c.ev("fever_word")


def _adult_values(c: Context) -> dict[str, float] | None:
    if c.has("child"):
        return None
    return {k: r.value for k, r in c.vitals.items() if k in scores.NEWS2_BANDS}


def _not_alert(c: Context) -> Evidence:
    if c.has("dementia") and not c.has("worsening") and not c.has("onset_sudden"):
        return ()
    gcs = c.value("gcs")
    words = c.ev("new_confusion", "reduced_consciousness", "drowsy")
    return words + (c.quote("gcs") if gcs is not None and gcs < 15 else ())


def _news2(c: Context) -> scores.News2 | None:
    values = _adult_values(c)
    if values is None:
        return None
    spo2 = c.vitals.get("spo2")
    alert = c.fact("not_alert")
    return scores.news2(values, on_oxygen=spo2 is not None and spo2.on_oxygen,
                        not_alert=alert[0] if alert else None,
                        # at altitude the 88-92 % band is the expected level too (WMS 2019): NEWS2's scale 2
                        spo2_scale2=c.has("copd_target") or c.has("high_altitude"))


def _news2_at_least(total: int) -> Callable[[Context], Evidence]:
    def check(c: Context) -> Evidence:
        n = c.once(_news2)
        return (n.describe(),) if n is not None and n.total >= total else ()

    return check


def _news2_reds(count: int) -> Callable[[Context], Evidence]:
    def check(c: Context) -> Evidence:
        n = c.once(_news2)
        return (n.describe(),) if n is not None and n.reds >= count else ()

    return check


def _qsofa(c: Context) -> Evidence:
    values = _adult_values(c)
    if values is None:
        return ()
    alert = c.fact("not_alert")
    points, met = scores.qsofa(values, altered=alert[0] if alert else None)
    return (f"qSOFA {points} ({', '.join(met)})",) if points >= 2 else ()


def _acute(c: Context) -> Evidence:
    short = tuple(r.text for r in c.hours() if r.value <= ACUTE_HOURS)
    return short + c.ev("recent_hours", "onset_sudden")


def _chronic(c: Context) -> Evidence:
    return tuple(r.text for r in c.hours() if r.value >= CHRONIC_HOURS) + c.ev("chronic")


def _chronic_only(c: Context) -> Evidence:
    if c.has("chronic") and not c.has("acute") and not c.has("worsening"):
        return c.ev("chronic")
    return ()


def _fever_days(c: Context) -> Evidence:
    if (ordinal := c.ev("fever_day_5")) and not c.has("chronic_only"):
        return ordinal  # "the 5th day of his temperature": the day and the fever in one phrase
    if not c.has("fever") or c.has("chronic_only"):
        return ()
    long = tuple(r.text for r in c.hours() if FEVER_DAYS_HOURS <= r.value <= 30 * 24)
    return c.ev("fever") + long if long else ()


def _suspected_infection(c: Context) -> Evidence:
    if c.has("cold_blue_passed"):
        return c.ev("fever", "infection")  # shivering out of cold water or weather, now warm: the cold's, not a rigor
    return c.ev("fever", "infection", "rigors")


def _pregnancy_late(c: Context) -> Evidence:
    weeks = c.value("gestation_w")
    if weeks is not None:
        return c.quote("gestation_w") if weeks >= 20 else ()
    return c.ev("late_pregnancy")


def _pregnancy_third_trimester(c: Context) -> Evidence:
    """28 weeks or more (RCOG GTG 57: reduced movements then need assessment at once)."""
    weeks = c.value("gestation_w")
    if weeks is not None:
        return c.quote("gestation_w") if weeks >= 28 else ()
    return c.ev("third_trimester")


def _show_at_term(c: Context) -> Evidence:
    """Mucus streaked pink or brown at 37 weeks or more with no fresh or heavy bleeding: the show (NHS signs of
    labour; NICE NG235), not an antepartum haemorrhage (RCOG Green-top 63)."""
    weeks = c.value("gestation_w")
    if weeks is not None and weeks >= 37 and c.has("show_mucus") and not c.has("fresh_red_bleeding"):
        return c.ev("show_mucus")
    return ()


def _pregnancy_early(c: Context) -> Evidence:
    if c.has("pregnancy_ge_20w"):
        return ()
    weeks = c.value("gestation_w")
    return c.ev("pregnant", "pregnancy_possible") + (c.quote("gestation_w") if weeks else ())


def _colic_settled(c: Context) -> Evidence:
    """Renal colic whose pain analgesia has brought down to mild: seen the same day, not an emergency
    (NICE CKS renal colic; NG118 1.1: refer at once for fever or sepsis, which sepsis.py reads), except
    from 60, where an aortic aneurysm tells itself as renal colic (NICE CKS renal colic: differentials)."""
    if c.has("renal_colic", "pain_eased_now") and not c.has("older_60"):
        return c.ev("renal_colic", "pain_eased_now")
    return ()


def _reflex_faint(c: Context) -> Evidence:
    """A faint at a jab, a needle or blood, with a few jerks, come round within a minute (NICE CG109 1.1.2: a
    typical vasovagal faint, its jerks no seizure); a fit told again is none (a second fit is read as one)."""
    if c.has("syncope", "faint_at_needle", "clonus", "faint_recovered_quickly") and not c.has("seizure_again"):
        return c.ev("syncope", "faint_at_needle", "clonus", "faint_recovered_quickly")
    return ()


def _bp_severe(c: Context) -> Evidence:
    """ACC/AHA 2017 and NICE NG136: SBP >= 180 or DBP >= 120 mmHg."""
    if (c.value("sbp") or 0) >= 180 or (c.value("dbp") or 0) >= 120:
        return c.quote("sbp", "dbp")
    return ()


def _shock_index_gt_1(c: Context) -> Evidence:
    """Shock index (heart rate / systolic BP) over 1 in an adult: shock until shown otherwise (Allgöwer
    and Burri 1967; ATLS 10th ed.). A child's normal rate is above its systolic pressure."""
    hr, sbp = c.value("hr"), c.value("sbp")
    if hr is None or sbp is None or c.has("child"):
        return ()
    return c.quote("hr", "sbp") if hr > sbp else ()


# (name, derivation). Every name here may be used by a discriminator like a concept's name.
DERIVED: Final[tuple[tuple[str, Derivation], ...]] = (
    ("child_under_5", child_under_5),
    ("child", child),
    ("child_under_3", child_under_3),
    ("teething_age", teething_age),
    ("infant_under_3m", infant_under_3m),
    ("infant_3_to_6m", ageband(0.25, 0.5)),
    ("infant_under_6m", lambda c: ageband(0, 0.5)(c) or c.ev("newborn")),  # pyloric stenosis: 2-8 weeks, rarely later
    ("age_10_to_19", ageband(10, 20)),  # NICE CKS / BAUS: torsion peaks in adolescence
    ("older_50", ageband(50, 200)),
    ("older_65", ageband(65, 200)),
    ("older_60", ageband(60, 200)),
    ("older_80", ageband(80, 200)),
    ("older_75", ageband(75, 200)),  # NICE NG51 1.2: over 75, a higher risk of sepsis
    ("acute", _acute),
    ("chronic_course", _chronic),
    ("chronic_only", _chronic_only),
    ("fever", _fever),
    ("fever_5_days", _fever_days),
    ("temp_ge_39", _threshold("temp_c", lambda t: t >= 39.0)),
    ("temp_ge_37_5", _threshold("temp_c", lambda t: t >= 37.5)),  # NICE NG51: a raised temperature in the old
    ("temp_ge_41", _threshold("temp_c", lambda t: t >= 41.0)),  # MTS "very hot"
    ("temp_lt_36", _threshold("temp_c", lambda t: t < 36.0)),  # NICE NG51 moderate-to-high
    ("temp_lt_35", _threshold("temp_c", lambda t: t < 35.0)),  # accidental hypothermia
    ("suspected_infection", _suspected_infection),
    ("not_alert", _not_alert),
    ("news2_ge_7", _news2_at_least(scores.NEWS2_HIGH)),
    ("news2_ge_5", _news2_at_least(scores.NEWS2_MEDIUM)),
    ("news2_single_red", _news2_reds(1)),
    ("news2_two_red", _news2_reds(2)),
    ("qsofa_2", _qsofa),
    ("spo2_le_92", _threshold("spo2", lambda v: v <= 92)),  # NHS: 92 % or less, 999 / A&E
    ("spo2_le_84", _threshold("spo2", lambda v: v <= 84)),  # WMS 2019: below altitude's own 85-90 %
    ("spo2_le_87", _threshold("spo2", lambda v: v <= 87)),  # below a COPD target of 88-92 %
    # NHS: 93-94 %, call 111 (not for someone whose own target is 88-92 %)
    ("spo2_93_94", lambda c: () if c.has("copd_target") else _threshold("spo2", lambda v: 93 <= v <= 94)(c)),
    ("sbp_le_90", _threshold("sbp", lambda v: v <= 90)),  # NICE NG51 high risk
    ("sbp_91_100", _threshold("sbp", lambda v: 91 <= v <= 100)),  # NG51 moderate-to-high
    ("hr_high_risk", hr_high_risk),  # NG51 high risk (read against a young child's age)
    ("hr_gt_110", _threshold("hr", lambda v: v > 110)),  # NICE CKS AF: a resting rate over 110 is uncontrolled
    ("hr_gt_100", _adult_threshold("hr", lambda v: v > 100)),  # Wells PE: heart rate over 100
    ("hr_91_130", _adult_threshold("hr", lambda v: 91 <= v <= 130)),  # NG51 moderate-to-high (adults)
    ("hr_le_40", _threshold("hr", lambda v: v <= 40)),  # NEWS2 3
    ("hr_lt_50", _threshold("hr", lambda v: v < 50)),  # RCUK: bradycardia that may need treatment on a rate-limiting drug
    ("rr_ge_25", _adult_threshold("rr", lambda v: v >= 25)),  # NG51 high risk (adults)
    ("rr_21_24", _adult_threshold("rr", lambda v: 21 <= v <= 24)),  # NG51 moderate-to-high (adults)
    ("gcs_le_8", _threshold("gcs", lambda v: v <= 8)),
    ("gcs_lt_15", _threshold("gcs", lambda v: v < 15)),
    ("bp_severe", _bp_severe),
    ("shock_index_gt_1", _shock_index_gt_1),
    ("bp_ge_160_110", lambda c: c.quote("sbp") if (c.value("sbp") or 0) >= 160
     or (c.value("dbp") or 0) >= 110 else ()),
    ("bp_ge_140_90", lambda c: c.quote("sbp") if (c.value("sbp") or 0) >= 140
     or (c.value("dbp") or 0) >= 90 else ()),
    ("child_hr_amber", child_vital("hr", scores.child_hr_limit)),
    ("child_rr_amber", child_vital("rr", scores.child_rr_limit)),
    ("child_rr_red", child_vital("rr", lambda _age: scores.CHILD_RR_RED)),
    ("child_spo2_amber", lambda c: c.quote("spo2") if c.has("child_under_5")
     and (c.value("spo2") or 100) <= scores.CHILD_SPO2_AMBER else ()),
    ("hypoglycaemia", lambda c: c.quote("glucose_min") if (c.value("glucose_min") or 99) < 3.0
     else c.ev("hypo_named")),  # ADA level 2: < 3.0 mmol/L (54 mg/dL)
    ("hyperglycaemia", lambda c: c.quote("glucose_max") if (c.value("glucose_max") or 0) > 11.0
     else c.ev("sugar_high")),  # JBDS-IP DKA: glucose > 11.0 mmol/L
    ("glucose_ge_15", _glucose_persistently_ge_15),
    ("ketones_high", lambda c: c.quote("ketones") if (c.value("ketones") or 0) >= 3.0
     else ()),  # JBDS-IP DKA: blood ketones >= 3.0 mmol/L
    # Diabetes UK / JBDS sick-day rules: blood ketones under 0.6 mmol/L are normal, 1.5-2.9 a risk
    # of DKA (contact the diabetes team urgently), 3.0 or more DKA
    ("ketones_normal", _threshold("ketones", lambda v: v < 0.6)),
    ("ketones_1_5_to_3", _threshold("ketones", lambda v: 1.5 <= v < 3.0)),
    ("resolved_episode", lambda c: c.ev("resolved", "weeks_ago") if c.has("resolved", "weeks_ago") else ()),
    ("pregnancy_ge_20w", _pregnancy_late),
    ("early_pregnancy", _pregnancy_early),
    ("pregnancy_ge_28w", _pregnancy_third_trimester),
    ("show_at_term", _show_at_term),
    ("pregnancy_lt_24w", _threshold("gestation_w", lambda w: w < 24)),
    ("paracetamol_over_daily_max", paracetamol.over_daily_max),  # TOXBASE: over 4 g (or 75 mg/kg) in 24 h
    ("colic_settled", _colic_settled),
    ("reflex_faint", _reflex_faint),
)


DERIVED_NAMES: Final[frozenset[str]] = frozenset(n for n, _ in DERIVED)

_DERIVATIONS: Final[Mapping[str, Derivation]] = MappingProxyType(dict(DERIVED))


def derive(concepts: Mapping[str, Evidence], readings: Sequence[Reading], *,
           gated: bool = True) -> Context:
    """The facts of one request: ask `Context.fact(name)` (derived facts are computed lazily)."""
    return Context(concepts, readings, _DERIVATIONS, gated=gated)
