"""What a number or an abbreviation is when it is not an identifier: bedside shorthand, dose
frequencies, the words that make a slash-number a measurement, the labels of codes people pay to
and of phone numbers."""

from __future__ import annotations

from typing import Final

from medgate.privacy.cues._words import word_set as _set

# The labels of the numbers people pay to or identify with ("to IBAN GB82 ...", "UPI id"): words of
# their own, never a name or a place
CODE_LABELS: Final = _set("iban bic swift bsb upi ifsc acct pin vin ssn nhs mrn cvv cvc")
# Bedside shorthand of ICU and ward notes that the dictionaries do not know as clinical words and
# that some lists hold as names ("Aline", "Levo", "Neo"): a name only after a title or an
# introduction, never on its own (general nursing abbreviations, not any one note's words).
SHORTHAND: Final = _set(
    "aline a-line art-line lytes nitro levo vanco vanc fent neo neosynephrine precedex trach peg "
    "picc ogt ngt dobhoff carevue careview perrla perla perl fick brady tachy sats abx dsg drsg gtt "
    "gtts diurese diuresed diuresing mae prbc prbcs ffp cvp ett sx suctioned bolus boluses pacer "
    "cordis contin simv cpap bipap hemodynamics hemodynamically afeb afebrile dopplerable thoracentesis "
    "lue rue lle rle ble bue"  # the limbs ("3/5 LUE", "MAE, weak RLE")
    " eval evals"  # an evaluation ("resident and fellow eval.")
    " wean weaned weaning extubate extubated reintubate reintubated"  # ventilation ("PLAN IS TO WEAN")
    " cumm"  # a count per cubic millimetre, as Indian lab reports write it ("WBC 11,200/cumm")
    " crrt cvvh cvvhd cvvhdf sled"  # continuous renal replacement ("no changes to CRRT")
    " dilt"  # diltiazem, as rate-control orders shorten it ("dilt 30 po q6", "dilt gtt")
    " bsl bgl"  # blood sugar / glucose level, as Australian and NZ notes write it ("BSL 9.2")
)
# How often a drug is given, as prescriptions abbreviate it ("nitrofurantoin 100mg MR BD")
DOSE_FREQUENCIES: Final = _set("od bd bid tds tid qds qid qd qh hs nocte mane prn stat sos")
# Words near a slash-number that make it a measurement, score or dose, not a month/day.
MEASURE_WORDS: Final = _set(
    "bp sbp dbp map pap paps pa cvp pcwp wedge abp nbp art a-line strength motor power pain "
    "murmur murmurs grade ps psv peep cpap bipap fio2 vent ac simv tv vt rr rate ratio scale "
    "score gcs tab tabs tablet tablets pill pills cap caps dose doses mg mcg ml cc units u "
    "unit mmhg cmh2o h2o sats spo2 hr pulse vision iop gtt drip abg vbg ph apgar "
    "gravida para reflexes dtr dtrs tid bid qid q prn lue rue lle rle ble bue "
    "apgars quads quadriceps hamstrings grip va acuity bottles bottle cultures moca mmse nrs vas epds tof"
    " amts"  # the abbreviated mental test, out of 10 in UK and Irish notes ("AMTS 7/10")
    " bpp"  # the biophysical profile, out of 8 or 10 in obstetric notes ("BPP 8/8", "bpp 6/10")
)
PHONE_WORDS: Final = _set(
    "pager page bleep beep beeper ext extension ext. tel phone cell mobile mob ph"
    # Nordic and Finnish ones: Danish/Norwegian/Faroese "tlf", "telefon", Icelandic "sími", Finnish "puh"
    " tlf tlfnr telefon telefonnr telefonnummer sími símanúmer puh puhelin"
)
