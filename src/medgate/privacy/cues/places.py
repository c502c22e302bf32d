"""Where: the verbs and prepositions that put a place after them, hospital departments, areas and unit
types, the words that end a facility's or practice's name, employers and jobs, residences, address
words and locality heads."""

from __future__ import annotations

from typing import Final

from medgate.privacy.cues._words import word_set as _set

# Where a colleague is from: "femi from renal says", "Jo from pharmacy".
DEPARTMENTS: Final = _set(
    "renal pharmacy cardiology cardio ortho orthopaedics orthopedics radiology icu itu hdu ccu ed ae a&e "
    "physio physiotherapy ot salt micro microbiology haem haematology hematology onc oncology surgery "
    "surgical medicine medical theatres theatre lab labs admin billing reception hr it finance legal "
    "accounts neuro neurology gastro respiratory resp paeds peds obs gynae endo endocrine derm "
    "dermatology psych psychiatry palliative pall anaesthetics anesthesia rehab outpatients clinic ward "
    "outpatient inpatient gynecology gynaecology obstetrics urology urgent plastics vascular"
)
# Before a place: "transferred to GH", "lives in rome", "works at Harford Memorial".
PLACE_VERBS: Final = _set(
    "transferred transfered tranfered transfer transferring transfers admitted readmitted "
    "went go going taken brought flighted med-flighted sent discharged returned return "
    "returning received recieved lives living lived live works working worked work moved "
    "visiting visited travelled traveled flew fly flying drove arrived arriving came coming "
    "back home born raised resides residing located"
)
PLACE_PREPS: Final = _set("to from at in near @")
# Bare prepositions: only a ward number or a short unknown upper-case name follows as a place.
BARE_PLACE_PREPS: Final = _set("to from at on in @")
NAME_PLACE_PREPS: Final = _set("to from at @")  # "at GH", "to VAMC" (not "in LLE")
# Before "to": a change of setting or dose, not of place ("weaned to CPAP", "changed to NRB").
CHANGE_VERBS: Final = _set(
    "wean weaned weaning changed change changing switched switch converted convert increased "
    "increase decreased decrease titrated titrate titrating up down advanced advance reduced "
    "tapered taper plan planning due able unable need needs needed trying try"
)
# Hospital areas named after people or places: "Kestrel ward", "Rowan unit", "Halloran wing".
NAMED_AREAS: Final = _set("ward wing unit pavilion building tower house lodge")
ADVERBS: Final = _set("alone here now still currently back home there together")
WORK_VERBS: Final = _set("works worked working employed retired business company employer job")
# Jobs before "for" / "at" an employer: "a bus driver for Lakeshore Transit", "analyst at Meridian"
JOB_WORDS: Final = _set(
    "driver teacher nurse engineer manager analyst accountant cleaner chef cook carer caregiver clerk "
    "consultant developer designer officer assistant technician mechanic labourer laborer electrician "
    "plumber builder receptionist secretary lawyer attorney solicitor pharmacist scientist researcher "
    "lecturer professor intern volunteer worker employee contractor director owner waitress waiter "
    "cashier barista server bartender programmer administrator coordinator supervisor foreman tester welder"
    " banker broker auditor underwriter"  # ("a banker with Zenith Bank")
)
# "the Lisbon office of Meridian Actuarial": a part of an employer before "of"
EMPLOYER_PARTS: Final = _set("office offices branch headquarters hq team division subsidiary")
# How someone works, between the verb and "for": "work remotely for", "worked part-time at"
WORK_MANNER: Final = _set(
    "remotely remote part-time full-time freelance fulltime parttime mostly "
    "nights days lates earlies weekends evenings shifts nightshift"
    " part full time"  # (written apart: "works part time at")
)
# The kind of workplace after its name in chat: "the amazon warehouse", "the fedex hub"
WORKPLACE_KINDS: Final = _set(
    "warehouse hub depot factory plant store shop supermarket mall market branch office site yard "
    "garage salon restaurant cafe bar hotel bank station"
)
EMPLOYER_PREPS: Final = _set("at for from with by")
# Words that belong to a facility's name ("Holy Cross", "Union Memorial", "University of X").
FACILITY_NAME_WORDS: Final = _set(
    "memorial general regional university univ college saint st st. sacred holy good mount mt "
    "mercy union community children's childrens county city state veterans"
)
# Nouns that end a facility's name: the words before them are the name.
FACILITY_HEADS: Final = _set(
    "hospital hospitals hosp hosp. hos medical med center centre clinic clinics rehab "
    "rehabilitation campus infirmary nursing home hospice va vamc sanitarium institute "
    "memorial general regional university college school church manor facility snf "
    "llc inc inc. ltd ltd. gmbh plc corp corp. pty"  # an employer's legal form ends its name
)
# Schools named before their kind: "Banksia Ridge Primary", "WILLOW CREEK ELEMENTARY" (kept apart
# from FACILITY_HEADS, which the learned tagger's features read as they were when it was trained).
SCHOOL_HEADS: Final = _set("elementary primary academy")
# Between a facility's name and its head: "Orchard Vale care home", "Larkspur Gardens skilled
# nursing facility".
# A clinic's specialty sits there too: "Tumaini family clinic", "Te Awa diabetes clinic".
FACILITY_KINDS: Final = _set(
    "care nursing skilled residential rest retirement group family diabetes fertility eye "
    "dental sexual memory wound foot pain secondary high grammar junior middle comprehensive heart cancer kidney"
)
# Small facilities named before their kind: "Castlegate Surgery", "Desert Sage Pharmacy",
# "little acorns nursery" (a GP surgery, not an operation: only with a name before it).
SMALL_FACILITIES: Final = _set(
    "surgery pharmacy chemist chemists nursery practice preschool kindergarten daycare creche crèche "
    "dental dentist dentists optician opticians"
)
# Facility words that come before the name (Dutch and German compounds end in them):
# "Huisartsenpraktijk De Linde", "Kreiskrankenhaus Celle", "Apotheek Zuid".
HEAD_FIRST_FACILITIES: Final = (
    "praktijk", "krankenhaus", "klinikum", "ziekenhuis", "kliniek", "klinik", "apotheke",
    "apotheek", "spital", "gezondheidscentrum",
    # Polish "szpital(u) św. Łukasza", French "l'école Les Capucines", Arabic "Masjid an-Nur"
    "szpital", "szpitalu", "szpitala", "przychodnia", "przychodni", "école", "ecole", "masjid",
)  # fmt: skip
# Inside a facility's name after its head word: a saint's abbreviation ("św. Łukasza") or an
# Arabic article joined by a hyphen ("an-Nur", "al-Falah").
NAME_PARTICLES: Final = _set("św sw sv sta sto são sao san santa im")
ARABIC_ARTICLES: Final = _set("al an ar as ash at ad az el ul")
# Bracketed employer after these: "my work (Harlan Freight)".
WORK_WORDS: Final = _set("work job employer company workplace boss")
# Hospital areas and unit types: after "transferred to" these are not identifiers.
UNITS: Final = _set(
    "icu micu sicu ccu csru cvicu nicu picu tsicu ticu neuroicu pacu or er ed ew tcu ltac ltach "
    "snf floor floors unit units ward wards room home rehab cath lab lab ir ct mri us echo "
    "radiology dialysis hd endoscopy gi ob l&d nursery bed bedside chair commode bathroom osh "
    "hospital hosp facility service team stepdown step-down tele telemetry ob/gyn surgery "
    "the a an this his her their our bath shower operating procedure pre-op post-op"
)
# Where someone lives (strict/residence.py).
# A residence verb and the preposition after it, per language.
RESIDE_VERBS: Final = _set(
    "live lives living lived reside resides residing address residence "
    "mora moro moramos moram vivo vive vivimos viven mieszkam mieszkamy mieszka mieszkają "
    "nhà nakatira tinggal wohne wohnt wohnen habite habitons"
    # "we stay tanjung bungah", "staying at dansoman": where someone lives in Malaysian,
    # Singaporean, Indian and West African English
    " stay stays staying"
)
RESIDE_PREPS: Final = _set("at on in is na no em en w przy ở sa di")
# Words that open an address part without being part of it: "off ajose", "near the market"
ADDRESS_LEADS: Final = _set("off near behind opp opposite beside by next to the")
# Ordinary words that are also words of addresses: they do not end the address.
ADDRESS_WORDS: Final = _set(
    "road rd street st avenue ave lane ln drive dr close way court ct crescent place pl terrace "
    "grand main high old new upper lower little great park gardens garden hill view green island "
    "bridge cross zone colony nagar sector block blk lot phase flat apt apto unit suite house casa "
    "estate compound village east west north south extension ext no number purok "
    "barangay brgy stage layout society chawl rua avenida calle ul ulica"
)
# Words for a locality written before its name or number (the Philippines, Vietnam, Malaysia,
# Indonesia, South Asia): "brgy san isidro", "phường 13", "Seksyen 25", "KCN Tân Tạo".
LOCALITY_HEADS: Final = _set(
    "brgy barangay purok sitio phường phuong quận xã huyện seksyen taman kampung kampong jalan jln "
    "kcn kelurahan kecamatan desa mohalla"
)
# A practice's specialty after its name: "Kernwood Cardiology", "Ridgeview Behavioral Health",
# "at lakeshore endoscopy" (strict/places.py).
PRACTICE_HEADS: Final = _set(
    "cardiology ophthalmology dermatology endocrinology endocrine oncology orthopaedics orthopedics "
    "urology neurology gastroenterology rheumatology pediatrics paediatrics peds endoscopy behavioral "
    "behavioural psychiatry physiotherapy podiatry audiology imaging fertility obstetrics gynecology "
    "gynaecology ent optometry"
)
