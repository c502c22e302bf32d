"""Second blind PHI set: 20 hand-written notes of kinds the first set lacked.

Written before reading the detector or the first blind set (only the scorer and the BlindNote
shape were read). Same labelling convention as blind_notes.py (HIPAA Safe Harbor, i2b2-style,
value-only spans): names of patients, relatives and staff; dates more specific than a year;
ages over 89 (the number alone); street/unit, city, ZIP/postcode separately; phone, fax, e-mail,
URL, IP; record, plan, account, licence, vehicle, device, biometric and other identifiers.
A state or country alone, a year alone, relative days ("monday") and payer or product names
are not PHI. `keep` lists clinical words that look like names or dates and must survive.
"""

from __future__ import annotations

from medgate.privacy import PhiType as T
from tests.privacy.blind_notes import BlindNote

NOTES_2: list[BlindNote] = [
    BlindNote(
        "home-health visit",
        """HOME HEALTH SKILLED NURSING VISIT
Pt: GUADALUPE ESPERANZA MONTOYA DE LA CRUZ   DOB 03/14/1941
Visit date 11/02/2026  time in 0910 / out 1005
Address verified: 118 Old County Rd Apt 2B
Espanola NM 87532   ph (505) 753-2290
Pt lives with dtr Marisol who is primary caregiver. Son
Ignacio Montoya visits weekends.
S: "me siento cansada". Denies CP/SOB. Foley catheter draining clear yellow urine, changed 10/19.
O: BP 138/72 HR 84 SpO2 94% RA. Braden 15. Morse fall 45. Stage 2 sacral PI 2.1 x 1.4 cm.
Homans sign neg bilat.
A/P: continue wound care per protocol, offload q2h.
RN: k. whitehorse, RN  / reviewed by Dr. Tsosie
""",
        [
            ("GUADALUPE ESPERANZA MONTOYA DE LA CRUZ", T.NAME),
            ("03/14/1941", T.DATE),
            ("11/02/2026", T.DATE),
            ("118 Old County Rd Apt 2B", T.ADDRESS),
            ("Espanola", T.CITY),
            ("87532", T.ZIP),
            ("(505) 753-2290", T.PHONE),
            ("Marisol", T.NAME),
            ("Ignacio Montoya", T.NAME),
            ("10/19", T.DATE),
            ("k. whitehorse", T.NAME),
            ("Tsosie", T.NAME),
        ],
        ["Foley catheter", "Braden 15", "Morse fall 45", "Homans sign", "138/72"],
    ),
    BlindNote(
        "dental progress note",
        """Dental progress note - 21 Oct 2026
Patient: Nguyen Thi Bich Ngoc (goes by "Ngoc"), chart #D-004417
Referred by Dr Ramaswamy (perio). Guarantor: Nguyen Van Hai, tel 408 555 0143.
CC: #30 pain on biting x 1 wk.
Exam: #30 MOD amalgam, fractured DL cusp. Percussion +, cold lingering 8 s. Mallampati II.
PA radiograph #30: periapical radiolucency ~3 mm.
Dx: symptomatic irreversible pulpitis w/ symptomatic apical periodontitis #30.
Tx: 2% lido 1:100k epi IANB x 1.7 mL. RCT initiated, Hedstrom files, Gates Glidden to #3. CaOH, Cavit.
NV: complete RCT + crown prep 11/04 @ 8:30.
Ins: Delta Dental PPO member ID 8830 2291 7745, group 00412.
Provider: Liesbeth van Rijn, DDS / asst. TQ
""",
        [
            ("21 Oct 2026", T.DATE),
            ("Nguyen Thi Bich Ngoc", T.NAME),
            ("Ngoc", T.NAME),
            ("D-004417", T.MRN),
            ("Ramaswamy", T.NAME),
            ("Nguyen Van Hai", T.NAME),
            ("408 555 0143", T.PHONE),
            ("11/04", T.DATE),
            ("8830 2291 7745", T.HEALTH_PLAN),
            ("00412", T.HEALTH_PLAN),
            ("Liesbeth van Rijn", T.NAME),
            ("TQ", T.NAME),
        ],
        ["Hedstrom files", "Gates Glidden", "Mallampati II", "Delta Dental", "1:100k"],
    ),
    BlindNote(
        "physiotherapy assessment (UK)",
        """PHYSIOTHERAPY - MSK OUTPATIENT
Name: Siobhán Ní Bhriain          NHS no. 943 476 5919
Hosp no: RX4 00917
Referred by: Mr A. Okonkwo-Hughes, T&O
Seen 5/11/26 (initial assessment)
HPC: R knee pain since fall from ladder at home, 14 Whitecross
Lane, Ledbury, HR8 2LP, last summer.
Special tests: Lachman -ve, McMurray +ve medial, Thessaly +ve. Baker's cyst palpable.
Objective: ROM 0-110 deg, quads lag 10 deg. Berg Balance 52/56.
Plan: 6 sessions, HEP issued. Tel patient mob 07700 900461 to book; landline 01531 630 218 (husband Cathal answers).
Physio: Rhiannon Pryce-Jones MCSP
""",
        [
            ("Siobhán Ní Bhriain", T.NAME),
            ("943 476 5919", T.HEALTH_PLAN),
            ("RX4 00917", T.MRN),
            ("A. Okonkwo-Hughes", T.NAME),
            ("5/11/26", T.DATE),
            ("14 Whitecross\nLane", T.ADDRESS),
            ("Ledbury", T.CITY),
            ("HR8 2LP", T.ZIP),
            ("07700 900461", T.PHONE),
            ("01531 630 218", T.PHONE),
            ("Cathal", T.NAME),
            ("Rhiannon Pryce-Jones", T.NAME),
        ],
        ["Lachman", "McMurray", "Thessaly", "Baker's cyst", "Berg Balance 52/56"],
    ),
    BlindNote(
        "ICU nursing narrative",
        """MICU nursing narrative 0700-1900  11/20
Bed 14. Pt MARTÍNEZ-OYELARAN, Tobi  47M, MRN 00-58-2291-3
Neuro: GCS 10T (E3VTM6), RASS -1 on propofol 20 mcg/kg/min. Pupils 3 mm brisk.
CV: NSR 80s, MAP 68-74 on norepi 0.06. Swan-Ganz: CI 2.3, wedge 14. A-line R radial.
Resp: AC 450/16/+8/40%. ETT 7.5 @ 23 at lip.
GI/GU: OGT to LIS. Foley 40-60 mL/h. Flexi-Seal in place.
Lines: R IJ triple lumen placed 11/17.
Family: wife Adaeze updated by phone 1430 at (713) 555-0192; she asks that brother-in-law
Chukwuemeka not be given info. Chaplain Fr. Dominic Szczepański visited.
Pump: Alaris channel B SN 8015-22741. Impella CP ser# IMP 55310 removed 11/18.
RN T. Hallvardsdottir / charge RN Bex
""",
        [
            ("11/20", T.DATE),
            ("MARTÍNEZ-OYELARAN, Tobi", T.NAME),
            ("00-58-2291-3", T.MRN),
            ("11/17", T.DATE),
            ("Adaeze", T.NAME),
            ("(713) 555-0192", T.PHONE),
            ("Chukwuemeka", T.NAME),
            ("Dominic Szczepański", T.NAME),
            ("8015-22741", T.DEVICE),
            ("IMP 55310", T.DEVICE),
            ("11/18", T.DATE),
            ("T. Hallvardsdottir", T.NAME),
            ("Bex", T.NAME),
        ],
        ["Swan-Ganz", "Flexi-Seal", "Alaris", "Impella CP", "GCS 10T", "450/16/+8/40%"],
    ),
    BlindNote(
        "lab requisition",
        """LABORATORY REQUISITION
Patient last name: Abernathy-Quist   First: Wilhelmina
DOB: 1931-07-02   Sex: F   Age: 95
SSN: 518-44-2039
Address: PO Box 2207, Tok, AK 99780
Phone: 907.883.5526
Insurance: Medicare  MBI 1EG4-TE5-MK73    Secondary: AARP suppl. member # 3849 11207 9
Ordering: Dr. Kwame Asante-Boateng
Collect date/time: 11/23/2026 07:45   Fasting: Y
Tests: CBC w/ diff, CMP, TSH, free T4, HbA1c, lipid panel, Coombs direct, Kleihauer-Betke N/A
Dx: E11.65, I48.91, Hashimoto thyroiditis E06.3
Specimen ID: LR-26-0048812
Phlebotomist initials: __MF__
""",
        [
            ("Abernathy-Quist", T.NAME),
            ("Wilhelmina", T.NAME),
            ("1931-07-02", T.DATE),
            ("95", T.AGE),
            ("518-44-2039", T.SSN),
            ("PO Box 2207", T.ADDRESS),
            ("Tok", T.CITY),
            ("99780", T.ZIP),
            ("907.883.5526", T.PHONE),
            ("1EG4-TE5-MK73", T.HEALTH_PLAN),
            ("3849 11207 9", T.HEALTH_PLAN),
            ("Kwame Asante-Boateng", T.NAME),
            ("11/23/2026", T.DATE),
            ("LR-26-0048812", T.OTHER_ID),
            ("MF", T.NAME),
        ],
        ["Coombs direct", "Kleihauer-Betke", "Hashimoto thyroiditis", "Medicare", "E11.65"],
    ),
    BlindNote(
        "insurance prior-authorisation letter",
        """RE: Prior authorization request - adalimumab (Humira) 40 mg SC q2wk
Member: Kaveh Farahani-Lund
Member ID: XQH884120937   Group: 7702-PPO
Date of birth: September 9, 1988
Claim/reference no. PA-2026-118834

To the Utilization Review Committee:

I am writing on behalf of my patient, Mr. Farahani-Lund, who has moderate-to-severe Crohn's
disease (Montreal A2 L3 B1) diagnosed by colonoscopy on 02/06/2024. He failed azathioprine
(TPMT normal) and budesonide. Harvey-Bradshaw index 11 on 10/28/26 with CRP 34 mg/L.
Please contact my office at 248-555-0177 or fax 248-555-0178 with questions.

Sincerely,
Ingrid Solberg-Achebe, MD
Gastroenterology
""",
        [
            ("Kaveh Farahani-Lund", T.NAME),
            ("XQH884120937", T.HEALTH_PLAN),
            ("7702-PPO", T.HEALTH_PLAN),
            ("September 9, 1988", T.DATE),
            ("PA-2026-118834", T.OTHER_ID),
            ("Farahani-Lund", T.NAME),
            ("02/06/2024", T.DATE),
            ("10/28/26", T.DATE),
            ("248-555-0177", T.PHONE),
            ("248-555-0178", T.FAX),
            ("Ingrid Solberg-Achebe", T.NAME),
        ],
        ["Crohn's", "Harvey-Bradshaw index", "Montreal A2 L3 B1", "Humira", "Utilization Review"],
    ),
    BlindNote(
        "ambulance run sheet",
        """EMS PATIENT CARE REPORT  Unit M-17  Run # 26-041937
Dispatched 02:14 11/09/2026 for "man down". Location: thirty-two forty Hillcrest Drive, rear unit,
Bakersfield. Cross st Panorama.
On arrival pt found supine in driveway by neighbor (Dolores Ybarra, 661-555-0108). Pt identified by
CA DL D4471902 as Refugio "Cuco" Anzaldúa-Treviño, DOB 6-30-61.
Primary: GCS 13 (E3V4M6), Cincinnati stroke scale neg, BGL 41 -> D10 250 mL. Reassess GCS 15.
Transported code 2, report to RN Okafor. Crew: EMT-P J. Villaseñor, EMT-B Petrosyan.
""",
        [
            ("26-041937", T.OTHER_ID),
            ("11/09/2026", T.DATE),
            ("thirty-two forty Hillcrest Drive", T.ADDRESS),
            ("Bakersfield", T.CITY),
            ("Panorama", T.ADDRESS),
            ("Dolores Ybarra", T.NAME),
            ("661-555-0108", T.PHONE),
            ("D4471902", T.LICENSE),
            ("Refugio", T.NAME),
            ("Cuco", T.NAME),
            ("Anzaldúa-Treviño", T.NAME),
            ("6-30-61", T.DATE),
            ("Okafor", T.NAME),
            ("J. Villaseñor", T.NAME),
            ("Petrosyan", T.NAME),
        ],
        ["Cincinnati stroke scale", "GCS 13", "D10 250 mL", "Unit M-17"],
    ),
    BlindNote(
        "patient portal message thread",
        """MyChart message thread - Re: rash after new med
From: pt (Yusra Haddad-Lindqvist)  Sent 11/12/2026 9:02 PM
hi dr. o'sullivan, started the bactrim on monday and now i have a red rash on my chest and arms, no
blisters, no mouth sores. my sister noor said to ask. should i stop? you can call me 612 555 0134 or
email yusra.hl88@fastmail.com
---
From: Aoife O'Sullivan, MD   Sent 11/13/2026 7:40 AM
Hi Yusra, please stop the Bactrim. If you get blisters, mouth sores, eye pain or fever go to ED
(concern for Stevens-Johnson). I sent cephalexin to your usual pharmacy.
---
From: pt   Sent 11/13/2026 8:15 AM
ok thank you!! also can you send the FMLA form to my job, fax is 612-555-0199 attn: Brandt
""",
        [
            ("Yusra Haddad-Lindqvist", T.NAME),
            ("11/12/2026", T.DATE),
            ("o'sullivan", T.NAME),
            ("noor", T.NAME),
            ("612 555 0134", T.PHONE),
            ("yusra.hl88@fastmail.com", T.EMAIL),
            ("Aoife O'Sullivan", T.NAME),
            ("11/13/2026", T.DATE),
            ("Yusra", T.NAME),
            ("612-555-0199", T.FAX),
            ("Brandt", T.NAME),
        ],
        ["Stevens-Johnson", "Bactrim", "MyChart", "FMLA"],
    ),
    BlindNote(
        "school nurse log",
        """Middle School Health Office Log
Student: Mateo Jiménez Castañeda   Gr 7   Homeroom Rm 214
Student ID 20394417
DOB 04.08.2013
Date/time: 11/17/26 10:25
Reason: c/o dizziness after PE. Known T1DM w/ Dexcom G7 (sensor SN 4GJ2K7H9QP). CGM read 58 w/ down arrow.
Action: 15 g glucose tabs, recheck 15 min 104. Ate crackers. Returned to class 10:55.
Parent notified: mom (Paz Castañeda) at 503-555-0161, left VM; dad Rodrigo Jiménez called back.
Also noted: Osgood-Schlatter knee pain ongoing, uses ice pack.
Nurse: C. Bjornstad, RN
""",
        [
            ("Mateo Jiménez Castañeda", T.NAME),
            ("20394417", T.OTHER_ID),
            ("04.08.2013", T.DATE),
            ("11/17/26", T.DATE),
            ("4GJ2K7H9QP", T.DEVICE),
            ("Paz Castañeda", T.NAME),
            ("503-555-0161", T.PHONE),
            ("Rodrigo Jiménez", T.NAME),
            ("C. Bjornstad", T.NAME),
        ],
        ["Osgood-Schlatter", "Dexcom G7", "T1DM"],
    ),
    BlindNote(
        "hospice IDG note",
        """HOSPICE IDG NOTE   week of 11/16/2026
Pt: Mr. Tadeusz (Ted) Wiśniewski, 97 y/o, dx end-stage CHF + Parkinson's. Lives at home, 7 Birchwood Ct,
Hamden, with wife Halina (91). Son Marek in Poznań, Poland; updated via WhatsApp +48 601 234 567.
PPS 30%. Cheyne-Stokes respirations noted overnight per Halina. Morphine SL 5 mg q2h prn dyspnea.
Chaplain: reviewed last rites with parish priest Fr. Kowalczyk.
DNR/POLST on fridge, signed 10/02/2026.
Bereavement risk: high (wife frail, 91).
SW: Precious Mahlangu, LCSW  RN CM: Eitan Ben-Haim
""",
        [
            ("11/16/2026", T.DATE),
            ("Tadeusz", T.NAME),
            ("Ted", T.NAME),
            ("Wiśniewski", T.NAME),
            ("97", T.AGE),
            ("7 Birchwood Ct", T.ADDRESS),
            ("Hamden", T.CITY),
            ("Halina", T.NAME),
            ("91", T.AGE),
            ("Marek", T.NAME),
            ("Poznań", T.CITY),
            ("+48 601 234 567", T.PHONE),
            ("Kowalczyk", T.NAME),
            ("10/02/2026", T.DATE),
            ("Precious Mahlangu", T.NAME),
            ("Eitan Ben-Haim", T.NAME),
        ],
        ["Cheyne-Stokes", "Parkinson's", "POLST", "PPS 30%"],
    ),
    BlindNote(
        "occupational health exam",
        """OCCUPATIONAL HEALTH - DOT / post-incident exam
Employee: Darnell K. Whitfield   Emp #: WH-55817
Employer: regional freight carrier (dispatcher Sheryl)
CDL: OH class A, lic no. RT 448190   Exp 2027
Incident 11/03/2026: tractor-trailer rollover on interstate. Truck VIN 1FUJGLDR9CLBP8834, plate OH PZX-4471.
Exam: C-spine cleared per NEXUS. Spurling neg. Hawkins-Kennedy + R shoulder, Neer +.
Drug screen chain-of-custody form # 0118834477.
Timeclock biometric template
BT-8841-0027 suspended while off work.
Return-to-work: modified duty. Re-eval 11/24.
Examiner: Priya Raghunathan, DO  (NRCME #6019928374)
""",
        [
            ("Darnell K. Whitfield", T.NAME),
            ("WH-55817", T.OTHER_ID),
            ("Sheryl", T.NAME),
            ("RT 448190", T.LICENSE),
            ("11/03/2026", T.DATE),
            ("1FUJGLDR9CLBP8834", T.VEHICLE),
            ("PZX-4471", T.VEHICLE),
            ("0118834477", T.OTHER_ID),
            ("BT-8841-0027", T.BIOMETRIC),
            ("11/24", T.DATE),
            ("Priya Raghunathan", T.NAME),
            ("6019928374", T.LICENSE),
        ],
        ["NEXUS", "Spurling", "Hawkins-Kennedy", "Neer"],
    ),
    BlindNote(
        "pharmacist letter to GP (Wales)",
        """Dear Dr Chaudhry,
Re: Mrs Olwen Pritchard-Evans, DOB 22.02.1950, NHS 485 777 3456
2 Ffordd y Parc, Flat 3, Llandeilo SA19 6HN
Tel: 01558 822 104 / 07911 123456
Medicines reconciliation on admission 09-Nov-2026.
She takes warfarin (INR target 2-3, anticoag clinic), bisoprolol 2.5 mg, and for Addison's disease
hydrocortisone 10/5/5 - please note the sick-day rules.
Her daughter Bronwen (next of kin, 029 2018 4420) fills the dosette box weekly.
Yours sincerely,
Tomasz Zieliński, Clinical Pharmacist
cc: Dr H. Chaudhry, Llandeilo surgery
""",
        [
            ("Chaudhry", T.NAME),
            ("H. Chaudhry", T.NAME),
            ("Olwen Pritchard-Evans", T.NAME),
            ("22.02.1950", T.DATE),
            ("485 777 3456", T.HEALTH_PLAN),
            ("2 Ffordd y Parc, Flat 3", T.ADDRESS),
            ("Llandeilo", T.CITY),
            ("SA19 6HN", T.ZIP),
            ("01558 822 104", T.PHONE),
            ("07911 123456", T.PHONE),
            ("09-Nov-2026", T.DATE),
            ("Bronwen", T.NAME),
            ("029 2018 4420", T.PHONE),
            ("Tomasz Zieliński", T.NAME),
        ],
        ["Addison's disease", "10/5/5", "INR target 2-3", "sick-day rules"],
    ),
    BlindNote(
        "surgical pathology report",
        """SURGICAL PATHOLOGY REPORT          Accession: SP26-33817
Patient: HOLLOWAY, Beatrix Marguerite     MRN: 7730-2218    Collected: 11/06/2026  Received: 11/07/2026
Submitting: Dr. Fenwick / Dr. Adeyemi-Cole
Clinical hx: 94 F, RUQ pain, Murphy sign +, gallbladder with stones.
Gross: Gallbladder 8.5 x 3.1 cm, wall 0.4 cm, multiple yellow-green stones.
Microscopic: chronic cholecystitis with Rokitansky-Aschoff sinuses. No dysplasia.
Dx: Chronic cholecystitis and cholelithiasis.
Electronically signed by Hendrik Smit-Naidoo, MD 11/09/2026 16:20
""",
        [
            ("SP26-33817", T.OTHER_ID),
            ("HOLLOWAY, Beatrix Marguerite", T.NAME),
            ("7730-2218", T.MRN),
            ("11/06/2026", T.DATE),
            ("11/07/2026", T.DATE),
            ("Fenwick", T.NAME),
            ("Adeyemi-Cole", T.NAME),
            ("94", T.AGE),
            ("Hendrik Smit-Naidoo", T.NAME),
            ("11/09/2026", T.DATE),
        ],
        ["Murphy sign", "Rokitansky-Aschoff sinuses", "8.5 x 3.1 cm"],
    ),
    BlindNote(
        "SNF transfer referral (Quebec)",
        """INTERFACILITY TRANSFER / SNF REFERRAL
Name: Gagnon-Bélanger, Marie-Ève      DOB: 1938/12/05
Home: 1207 boulevard Saint-Laurent, app. 4
Montréal QC H2X 3K4
Tel. 514 555-0146
Substitute decision-maker: fils, Jean-François Bélanger (cell 438-555-0172)
RAMQ: GAGM 3862 0519
Hx: R hip hemiarthroplasty 10/30/2026 (Austin Moore prosthesis). Delirium resolved. Barthel 45.
Needs: PT/OT, Foley removed 11/01, voiding trial passed.
Allergies: sulfa.
Sending RN: Olamide Fashola   Accepting: Sister Bernadette (DON)
""",
        [
            ("Gagnon-Bélanger, Marie-Ève", T.NAME),
            ("1938/12/05", T.DATE),
            ("1207 boulevard Saint-Laurent, app. 4", T.ADDRESS),
            ("Montréal", T.CITY),
            ("H2X 3K4", T.ZIP),
            ("514 555-0146", T.PHONE),
            ("Jean-François Bélanger", T.NAME),
            ("438-555-0172", T.PHONE),
            ("GAGM 3862 0519", T.HEALTH_PLAN),
            ("10/30/2026", T.DATE),
            ("11/01", T.DATE),
            ("Olamide Fashola", T.NAME),
            ("Bernadette", T.NAME),
        ],
        ["Austin Moore prosthesis", "Barthel 45", "Foley"],
    ),
    BlindNote(
        "telepsychiatry follow-up",
        """Telepsychiatry follow-up (video)  11/19/2026
Connected via https://telehealth.northvalleybh.org/room/ps-8841 ; pt joined from IP 73.162.45.201 (home, Fresno).
Pt: Keanu Kahananui-Sato, 29, returning vet. VA file no. 28 447 193.
Pt states "sleep is trash, like 3 hrs". PHQ-9 = 17, GAD-7 = 14. C-SSRS screen neg. Denies SI/HI.
Prazosin titrated to 3 mg qhs for nightmares. Continue sertraline 150.
Wife Leilani present for part of visit. Emergency contact: Leilani, 559.555.0127.
Next appt 12/03 via same link.
- Dr. Rafael Quiñones-Abernathy
""",
        [
            ("11/19/2026", T.DATE),
            ("https://telehealth.northvalleybh.org/room/ps-8841", T.URL),
            ("73.162.45.201", T.IP),
            ("Fresno", T.CITY),
            ("Keanu Kahananui-Sato", T.NAME),
            ("28 447 193", T.OTHER_ID),
            ("Leilani", T.NAME),
            ("559.555.0127", T.PHONE),
            ("12/03", T.DATE),
            ("Rafael Quiñones-Abernathy", T.NAME),
        ],
        ["PHQ-9 = 17", "C-SSRS", "Prazosin", "GAD-7 = 14"],
    ),
    BlindNote(
        "CT head report",
        """CT HEAD WITHOUT CONTRAST
Exam date: 2026-11-21 03:12     Acc# RAD-7719204
Pt: Oduya, Ngozi Chiamaka   MRN 004471882   Loc: ED
Indication: fall on anticoagulation, hx of Hodgkin lymphoma s/p mantle RT.
Comparison: CT head 2024-03-15.
Findings: No acute intracranial hemorrhage. VP shunt catheter (Strata II valve, serial no. RLK 229104)
terminates in R lateral ventricle. Chronic small vessel ischemic change (Fazekas 2). Cavum septum
pellucidum, incidental.
Impression: No acute intracranial abnormality.
Dictated by: Dr. Lars-Erik Holmqvist  Transcribed: ab/11-21
""",
        [
            ("2026-11-21", T.DATE),
            ("RAD-7719204", T.OTHER_ID),
            ("Oduya, Ngozi Chiamaka", T.NAME),
            ("004471882", T.MRN),
            ("2024-03-15", T.DATE),
            ("RLK 229104", T.DEVICE),
            ("Lars-Erik Holmqvist", T.NAME),
            ("ab", T.NAME),
            ("11-21", T.DATE),
        ],
        ["Hodgkin lymphoma", "Fazekas 2", "Strata II", "Cavum septum"],
    ),
    BlindNote(
        "labour and delivery triage",
        """L&D TRIAGE NOTE  11/22/26 2340
G3P1011 @ 38+2 by 1st tri US. EDD 12/05/2026. Pt: Amara Okoro-Fitzgerald, 31yo.
Partner: Declan Fitzgerald at bedside, cell 917 555 0183.
Prenatal care at Women's clinic with midwife Ximena Ortiz-Blackfeather.
CC: ctx q5min since 2100, SROM ?clear at 2215.
SVE 4/80/-1, Bishop 9. Nitrazine +, ferning +. Leopold: vertex. FHT 140s, moderate variability,
+ accels, no decels (Cat I).
GBS neg 10/28. Rh +.
Plan: admit for labor. Anesthesia aware for epidural.
Resident: Dr. Sun-Hee Park / attending Dr. Obi
""",
        [
            ("11/22/26", T.DATE),
            ("12/05/2026", T.DATE),
            ("Amara Okoro-Fitzgerald", T.NAME),
            ("Declan Fitzgerald", T.NAME),
            ("917 555 0183", T.PHONE),
            ("Ximena Ortiz-Blackfeather", T.NAME),
            ("10/28", T.DATE),
            ("Sun-Hee Park", T.NAME),
            ("Obi", T.NAME),
        ],
        ["Bishop 9", "Leopold", "SVE 4/80/-1", "G3P1011", "38+2"],
    ),
    BlindNote(
        "genetic counselling note",
        """GENETIC COUNSELING - hereditary cancer
Proband: Hannelore Brückner-Osei, seen 11/10/2026 with her daughter Yaa.
Pedigree (verbal): mother Gisela d. age 92 of ovarian ca (dx ~age 70); maternal aunt Ursula living
at 96 in Dresden; father Kofi Osei (moved Kumasi -> Leeds) prostate ca at 61. Ashkenazi ancestry: no.
Proband: breast ca age 44, ER+/HER2-.
Testing: multigene panel (BRCA1/2, PALB2, CHEK2, ATM, Lynch genes MLH1/MSH2/MSH6/PMS2/EPCAM).
Lab order # GX-5581930. Kit barcode 0047 2291 8830 17.
Results to pt email hbo.leeds@gmx.de and portal.
Counselor: Maeve Ní Dhomhnaill, MS, CGC
""",
        [
            ("Hannelore Brückner-Osei", T.NAME),
            ("11/10/2026", T.DATE),
            ("Yaa", T.NAME),
            ("Gisela", T.NAME),
            ("92", T.AGE),
            ("Ursula", T.NAME),
            ("96", T.AGE),
            ("Dresden", T.CITY),
            ("Kofi Osei", T.NAME),
            ("Kumasi", T.CITY),
            ("Leeds", T.CITY),
            ("GX-5581930", T.OTHER_ID),
            ("0047 2291 8830 17", T.OTHER_ID),
            ("hbo.leeds@gmx.de", T.EMAIL),
            ("Maeve Ní Dhomhnaill", T.NAME),
        ],
        ["Lynch genes", "BRCA1/2", "Ashkenazi", "ER+/HER2-"],
    ),
    BlindNote(
        "vascular wound clinic",
        """WOUND CARE CLINIC - VASCULAR
Patient: Jürgen Oberhollenzer    DOB 17.03.1949
Adresse: Hauptstraße 112a, 80331 München  (in winter lives with son in Tampa FL)
Tel +49 89 2180 4471
Wound: L lateral malleolus venous ulcer 4.2 x 3.0 x 0.3 cm, 30% slough. ABI 0.92 L. Homan's sign neg.
Stemmer sign +.
Tx: sharp debridement, Unna boot applied, change 2x/wk.
Duplex 11/05/2026: GSV reflux.
Follow-up 11/26 with Dr. Mbeki-Laurent.
""",
        [
            ("Jürgen Oberhollenzer", T.NAME),
            ("17.03.1949", T.DATE),
            ("Hauptstraße 112a", T.ADDRESS),
            ("80331", T.ZIP),
            ("München", T.CITY),
            ("Tampa", T.CITY),
            ("+49 89 2180 4471", T.PHONE),
            ("11/05/2026", T.DATE),
            ("11/26", T.DATE),
            ("Mbeki-Laurent", T.NAME),
        ],
        ["Homan's sign", "Stemmer sign", "Unna boot", "ABI 0.92"],
    ),
    BlindNote(
        "sleep medicine follow-up",
        """SLEEP MEDICINE FOLLOW-UP
Name: Bao-Zhen "Jenny" Liu-Whitaker
Visit: Nov 18 2026
CPAP compliance download: ResMed AirSense 11, S/N
23214 5567 891 ; usage 6.2 h/night, AHI 2.1, leak 12 L/min.
Previously Epworth 16, now 7. Mallampati IV, neck 42 cm.
Hx: Pickwickian features resolved after 18 kg loss; Chiari I malformation (stable MRI 2025).
DME supplier: Apria, acct 55-0918-3341.
Home: 4410 W. Oakmont Blvd
#117, Tucson 85741
Spouse Gareth Whitaker concerned about residual snoring.
F/u 6 mo. - Y. Abdi-Rahman, MD
""",
        [
            ("Bao-Zhen", T.NAME),
            ("Jenny", T.NAME),
            ("Liu-Whitaker", T.NAME),
            ("Nov 18 2026", T.DATE),
            ("23214 5567 891", T.DEVICE),
            ("55-0918-3341", T.ACCOUNT),
            ("4410 W. Oakmont Blvd\n#117", T.ADDRESS),
            ("Tucson", T.CITY),
            ("85741", T.ZIP),
            ("Gareth Whitaker", T.NAME),
            ("Y. Abdi-Rahman", T.NAME),
        ],
        ["Epworth 16", "Pickwickian", "Chiari I malformation", "Mallampati IV", "AirSense 11"],
    ),
]
