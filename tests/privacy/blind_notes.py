"""Blind PHI evaluation set: 30 hand-written clinical notes, written before reading the detector.

Each note is free text (not generated from templates) with the PHI it contains, labelled as
(exact substring, PhiType), and clinical substrings that must survive de-identification untouched.
Labels are located by substring search (every occurrence bounded by non-alphanumerics counts).

Labelling convention (HIPAA Safe Harbor, i2b2-style for clinicians):
- NAME: patients, relatives, clinicians, staff initials such as "JS/mk".
- DATE: any date element more specific than a year; a year on its own and relative phrases
  ("last Tuesday", "yesterday") are not PHI.
- AGE: only ages over 89, the value alone ("92" in "92 y/o"); younger ages are not PHI.
- COUNTY: the name part alone ("Suffolk" in "Suffolk County").
- ADDRESS: street and unit / PO box; CITY, ZIP, COUNTY separately; a state alone is not PHI.
- Facility names are avoided or left generic (no Safe Harbor type for them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from medgate.privacy import PhiType as T


@dataclass(frozen=True)
class BlindNote:
    kind: str
    text: str
    phi: list[tuple[str, T]]
    keep: list[str] = field(default_factory=list)


NOTES: list[BlindNote] = [
    BlindNote(
        "ED note",
        """EMERGENCY DEPARTMENT NOTE
DATE OF SERVICE: 03/14/2024   TIME: 02:17
PT: MARGARET O'BRIEN-HALL    MRN: 00482913    ACCT#: 7719302214
AGE: 92 y/o F   PCP: Dr. Anand Venkataraman

CC: fall at home, R hip pain

HPI: 92 y/o female BIBA from home (17 Larkspur Lane, Apt 4C, Dedham, MA 02026) after
unwitnessed fall ~0300. Daughter Siobhan (cell 617-555-0148) found her on the floor. Hx of
Parkinson disease on carbidopa/levodopa 25/100 TID, AFib on apixaban 5 mg BID. Denies LOC.
GCS 15. Glasgow Coma Scale unchanged on repeat.

EXAM: BP 148/86, HR 88 irreg, RR 18, SpO2 96% RA, T 36.8.
R leg shortened and externally rotated. Neurovascularly intact distally.

IMAGING: XR pelvis - displaced R femoral neck fx.
PLAN: ortho consult (Dr. Kwame Mensah paged 0325), Foley catheter, hold apixaban,
hip fracture pathway.

Electronically signed: Rachel Goldberg, MD 03/14/2024 04:02
""",
        [
            ("03/14/2024", T.DATE),
            ("MARGARET O'BRIEN-HALL", T.NAME),
            ("00482913", T.MRN),
            ("7719302214", T.ACCOUNT),
            ("92", T.AGE),
            ("Anand Venkataraman", T.NAME),
            ("17 Larkspur Lane, Apt 4C", T.ADDRESS),
            ("Dedham", T.CITY),
            ("02026", T.ZIP),
            ("Siobhan", T.NAME),
            ("617-555-0148", T.PHONE),
            ("Kwame Mensah", T.NAME),
            ("Rachel Goldberg", T.NAME),
        ],
        [
            "Parkinson disease",
            "carbidopa/levodopa 25/100 TID",
            "apixaban 5 mg BID",
            "Glasgow Coma Scale",
            "Foley catheter",
            "BP 148/86",
            "SpO2 96%",
            "femoral neck fx",
        ],
    ),
    BlindNote(
        "nursing note",
        """Nursing Progress Note 14-Mar-24 1900
Pt resting in bed, A&Ox3. Pain 4/10 to L flank, PRN oxycodone 5 mg given @ 1830 w/ relief.
Foley draining clear yellow urine, 350 mL this shift. IV NS @ 75 mL/hr L forearm 20g, site
c/d/i. Wife (Ngozi Okafor) at bedside, asked about d/c plan; told her case mgmt will call her
at (212) 555-0199 x 342 tmrw. Pt's son Chidi visiting later.
Fall risk: Morse 45, bed alarm on. Braden 18.
Hand-off given to night RN.  -- JS/mk
""",
        [
            ("14-Mar-24", T.DATE),
            ("Ngozi Okafor", T.NAME),
            ("(212) 555-0199 x 342", T.PHONE),
            ("Chidi", T.NAME),
            ("JS", T.NAME),
            ("mk", T.NAME),
        ],
        ["oxycodone 5 mg", "Foley", "Morse 45", "Braden 18", "A&Ox3", "Pain 4/10"],
    ),
    BlindNote(
        "discharge summary",
        """DISCHARGE SUMMARY

Patient Name:\tHernandez-Ruiz, José Luis
Medical Record #:\tMR-5530917
Admission Date:\tJanuary 3, 2024
Discharge Date:\tJanuary 9, 2024
Attending:\tElizabeth Chen, MD
Insurance:\tBlue Cross PPO, Member ID XJH884410273

PRINCIPAL DIAGNOSIS: Community-acquired pneumonia, RLL, complicated by
parapneumonic effusion.

HOSPITAL COURSE: 67M admitted with fever, productive cough. CXR RLL consolidation.
Started ceftriaxone 1 g q24h + azithromycin 500 mg daily. Thoracentesis on 1/5 - exudative by
Light's criteria. Transitioned to amoxicillin-clavulanate 875 mg BID on hospital day 5.
Creatinine peaked 1.6 (baseline 1.1), resolved with IVF.

DISCHARGE MEDICATIONS:
  amoxicillin-clavulanate 875/125 mg PO BID x 5 more days
  metformin 500 mg PO BID (resume)
  lisinopril 10 mg PO daily - HOLD until PCP f/u

FOLLOW-UP: Dr. Chen clinic 1/16/24 at 10:40. Pt to call 508-555-0123 with fever >38.5.
Home: 442 Water Street, Fall River, MA 02720.
""",
        [
            ("Hernandez-Ruiz, José Luis", T.NAME),
            ("MR-5530917", T.MRN),
            ("January 3, 2024", T.DATE),
            ("January 9, 2024", T.DATE),
            ("Elizabeth Chen", T.NAME),
            ("XJH884410273", T.HEALTH_PLAN),
            ("1/5", T.DATE),
            ("Chen", T.NAME),
            ("1/16/24", T.DATE),
            ("508-555-0123", T.PHONE),
            ("442 Water Street", T.ADDRESS),
            ("Fall River", T.CITY),
            ("02720", T.ZIP),
        ],
        [
            "Light's criteria",
            "ceftriaxone 1 g q24h",
            "azithromycin 500 mg daily",
            "amoxicillin-clavulanate 875/125 mg PO BID",
            "metformin 500 mg PO BID",
            "lisinopril 10 mg PO daily",
            "Creatinine peaked 1.6",
        ],
    ),
    BlindNote(
        "telephone encounter",
        """TELEPHONE ENCOUNTER
Caller: pt's daughter, Priya Raghunathan (DPOA)   Call back #: 413.555.0172
Re: mother Lakshmi Raghunathan, DOB 02/29/1932

Daughter reports mom "more confused since last Tuesday", not eating, ?UTI. Last UA was
in 2022. Mom is ninety-one, lives alone at 9 Orchard Hill Rd, Amherst.
Advised to bring her in today; if unable, go to ED. Daughter states she'll drive her.
Routed to Dr. Whitcombe. Spoke w/ daughter at 11:05 — LN, RN
""",
        [
            ("Priya Raghunathan", T.NAME),
            ("413.555.0172", T.PHONE),
            ("Lakshmi Raghunathan", T.NAME),
            ("02/29/1932", T.DATE),
            ("ninety-one", T.AGE),
            ("9 Orchard Hill Rd", T.ADDRESS),
            ("Amherst", T.CITY),
            ("Whitcombe", T.NAME),
            ("LN", T.NAME),
        ],
        ["last Tuesday", "?UTI", "UA"],
    ),
    BlindNote(
        "referral letter",
        """Dear Dr. Fitzgerald,

Re: Tomasz Wiśniewski, date of birth 5 June 1958, NHS-style ref 4857-2231-09 (our clinic number)

Thank you for seeing this 65-year-old gentleman whom I reviewed on the 5th of June in the
movement disorders clinic. He has a 3-year history of right-hand rest tremor, bradykinesia and
cogwheel rigidity, suggestive of idiopathic Parkinson's disease. DaTscan is requested.
He also reports a positive Romberg and mild Achilles tendon shortening.

Current medications: ropinirole 0.25 mg TDS, tamsulosin 0.4 mg nocte.

He can be contacted at t.wisniewski58@poczta-mail.pl or on 07700 900461. His wife Agnieszka
prefers letters to PO Box 1187, Lowell, MA 01853.

Yours sincerely,

Dr. Hannah Abernathy-Price
Consultant Neurologist
Fax: 978-555-0190
""",
        [
            ("Fitzgerald", T.NAME),
            ("Tomasz Wiśniewski", T.NAME),
            ("5 June 1958", T.DATE),
            ("4857-2231-09", T.OTHER_ID),
            ("5th of June", T.DATE),
            ("t.wisniewski58@poczta-mail.pl", T.EMAIL),
            ("07700 900461", T.PHONE),
            ("Agnieszka", T.NAME),
            ("PO Box 1187", T.ADDRESS),
            ("Lowell", T.CITY),
            ("01853", T.ZIP),
            ("Hannah Abernathy-Price", T.NAME),
            ("978-555-0190", T.FAX),
        ],
        [
            "Parkinson's disease",
            "Romberg",
            "Achilles tendon",
            "DaTscan",
            "ropinirole 0.25 mg TDS",
            "tamsulosin 0.4 mg nocte",
            "cogwheel rigidity",
        ],
    ),
    BlindNote(
        "radiology report",
        """CT HEAD WITHOUT CONTRAST
Accession: RAD-24-0098812   Exam date: 2024-02-11 21:44
Patient: KOWALCZYK, ANNA   MRN 3381920   DOB: 1950-07-23
Ordering: Brian O'Connell, PA-C

CLINICAL HISTORY: Fall, on warfarin, INR 3.4.

FINDINGS: No acute intracranial hemorrhage. No midline shift. Chronic small vessel
ischemic change. Basal ganglia calcifications. The foramen of Monro and circle of Willis
are unremarkable. Mastoid air cells clear.

IMPRESSION: No acute intracranial abnormality.

Dictated by: Samuel Adeyemi, MD    Transcribed: kt    02/11/2024
""",
        [
            ("RAD-24-0098812", T.OTHER_ID),
            ("2024-02-11", T.DATE),
            ("KOWALCZYK, ANNA", T.NAME),
            ("3381920", T.MRN),
            ("1950-07-23", T.DATE),
            ("Brian O'Connell", T.NAME),
            ("Samuel Adeyemi", T.NAME),
            ("kt", T.NAME),
            ("02/11/2024", T.DATE),
        ],
        [
            "foramen of Monro",
            "circle of Willis",
            "warfarin, INR 3.4",
            "Basal ganglia",
            "Mastoid air cells",
        ],
    ),
    BlindNote(
        "pathology report",
        """SURGICAL PATHOLOGY REPORT
Case #: S24-18822
Name: Nguyen, Thi Thu Hà      MRN: 62-044-198
Collected: 02.20.2024   Received: 02.21.2024
Surgeon: Dr. Michael DeLuca

SPECIMEN: Left breast, core needle biopsy, 12 o'clock, 4 cm FN.

DIAGNOSIS: Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1).
ER positive (Allred score 8), PR positive (Allred 6), HER2 equivocal (2+) by IHC; reflex
FISH to follow. Ki-67 approximately 20%.

Pathologist: Ingrid Søndergaard, MD
""",
        [
            ("S24-18822", T.OTHER_ID),
            ("Nguyen, Thi Thu Hà", T.NAME),
            ("62-044-198", T.MRN),
            ("02.20.2024", T.DATE),
            ("02.21.2024", T.DATE),
            ("Michael DeLuca", T.NAME),
            ("Ingrid Søndergaard", T.NAME),
        ],
        [
            "Invasive ductal carcinoma",
            "Nottingham grade 2",
            "Allred score 8",
            "HER2 equivocal (2+)",
            "Ki-67 approximately 20%",
        ],
    ),
    BlindNote(
        "medication reconciliation",
        """MEDICATION RECONCILIATION - ADMISSION
Pt: Baptiste, Jean-Claude   MRN# 771045   Plan: Medicaid ID 90177325B
Source: pt + pharmacy (Walgreens, ph 774-555-0136)

HOME MED                          DOSE/FREQ          LAST DOSE     CONTINUE?
atorvastatin                      40 mg qHS           3/13 pm       Y
metoprolol succinate              50 mg daily         3/14 am       Y
furosemide                        40 mg BID           3/13          HOLD (AKI)
insulin glargine (Lantus)         22 units qHS        3/13          Y - reduce to 16 u
Eliquis (apixaban)                5 mg BID            3/14 am       HOLD - procedure
Tylenol                           650 mg q6h PRN      ?             Y
Vitamin D3                        2000 IU daily       -             Y

Allergies: PCN (hives), sulfa.
Reconciled by: Olumide Bankole, PharmD 03/14/24
""",
        [
            ("Baptiste, Jean-Claude", T.NAME),
            ("771045", T.MRN),
            ("90177325B", T.HEALTH_PLAN),
            ("774-555-0136", T.PHONE),
            ("3/13", T.DATE),
            ("3/14", T.DATE),
            ("Olumide Bankole", T.NAME),
            ("03/14/24", T.DATE),
        ],
        [
            "atorvastatin",
            "metoprolol succinate",
            "furosemide",
            "insulin glargine (Lantus)",
            "Eliquis (apixaban)",
            "Tylenol",
            "2000 IU daily",
            "22 units qHS",
        ],
    ),
    BlindNote(
        "pediatric note",
        """PEDIATRIC WELL CHILD VISIT - 9 MONTH
Child: Aaliyah Washington   DOB 06/02/2023   MRN 10458832
Accompanied by: mother (Keisha Washington) and grandmother "Nana" Loretta

Birth hx: term SVD, Apgar 8 and 9, BW 3.4 kg. Newborn screen normal.
Growth: wt 8.6 kg (45th %ile), length 71 cm (50th), HC 44 cm.
Development: sits unsupported, pincer grasp emerging, babbles "mama/dada". Moro reflex absent
(appropriate). Babinski upgoing bilaterally (normal for age).
Immunizations: DTaP-IPV-Hib #3 and PCV20 #3 today, lot numbers in MAR.
Lead screening and Hgb at 12 mo.
Next visit: 3/6/2024 with Dr. Petrosyan. Mom's cell 901 555 0107.
""",
        [
            ("Aaliyah Washington", T.NAME),
            ("06/02/2023", T.DATE),
            ("10458832", T.MRN),
            ("Keisha Washington", T.NAME),
            ("Loretta", T.NAME),
            ("3/6/2024", T.DATE),
            ("Petrosyan", T.NAME),
            ("901 555 0107", T.PHONE),
        ],
        [
            "Apgar 8 and 9",
            "Moro reflex",
            "Babinski upgoing",
            "DTaP-IPV-Hib #3",
            "PCV20 #3",
            "pincer grasp",
        ],
    ),
    BlindNote(
        "psychiatry note",
        """PSYCHIATRY CONSULT - C/L
Reason: SI, ?capacity
Identifying data: Mr. Dmitri Volkov, 44, divorced, unemployed mechanic, lives with his
brother Sergei in a trailer at 55 Route 9 Lot 12, Hadley.

HPI: pt states "i just told my sister kateryna i was done, i didn't mean it like that". Per
collateral from sister (Kateryna, tel 413 555 0163), he texted a goodbye message on 2/2 and
was found by police with a rope in his truck (plate MA 4KX-219). Hx MDD, AUD. PHQ-9 = 22,
C-SSRS positive for ideation with plan.

MSE: disheveled, psychomotor retardation, mood "empty", affect constricted. TP linear.
Denies AH/VH. Insight limited.

Dx: MDD, recurrent, severe without psychotic features. Alcohol use disorder, moderate.
Plan: 1:1 sitter, sertraline 50 mg daily, CIWA protocol, thiamine 100 mg.
Section 12 filed. -- Dr. R. Castellanos / dictated 2/3/24
""",
        [
            ("Dmitri Volkov", T.NAME),
            ("Sergei", T.NAME),
            ("55 Route 9 Lot 12", T.ADDRESS),
            ("Hadley", T.CITY),
            ("kateryna", T.NAME),
            ("Kateryna", T.NAME),
            ("413 555 0163", T.PHONE),
            ("2/2", T.DATE),
            ("4KX-219", T.VEHICLE),
            ("R. Castellanos", T.NAME),
            ("2/3/24", T.DATE),
        ],
        [
            "PHQ-9 = 22",
            "C-SSRS",
            "sertraline 50 mg daily",
            "CIWA protocol",
            "thiamine 100 mg",
            "psychomotor retardation",
        ],
    ),
    BlindNote(
        "obstetric note",
        """L&D ADMISSION H&P
Patient: Fatima Al-Sayed   G3P2002 @ 39w2d   EDD 4/22/24 by 8 wk US
MRN: 4471182   Hosp Acct: HA-00918273

Presented 04/17/2024 at 0520 with regular ctx q3-4 min since 0200. SROM 0430, clear fluid.
Prenatal labs: O pos, Rubella immune, GBS neg, HIV neg, RPR NR. 1 hr GCT 128.
SVE: 5/80/-1. Bishop score 9. FHT baseline 135, moderate variability, +accels, no decels,
Category I. Leopold maneuvers: vertex, EFW 3500 g.
Plan: admit to L&D, epidural on request, expectant mgmt. Partner Youssef at bedside.
Peds aware. CNM: Abigail Thornton-Reyes.
""",
        [
            ("Fatima Al-Sayed", T.NAME),
            ("4/22/24", T.DATE),
            ("4471182", T.MRN),
            ("HA-00918273", T.ACCOUNT),
            ("04/17/2024", T.DATE),
            ("Youssef", T.NAME),
            ("Abigail Thornton-Reyes", T.NAME),
        ],
        [
            "G3P2002",
            "39w2d",
            "Bishop score 9",
            "Leopold maneuvers",
            "GBS neg",
            "Category I",
            "FHT baseline 135",
        ],
    ),
    BlindNote(
        "cardiology clinic",
        """Cardiology Follow-up   Date: Feb 6, 2024
Patient: Walter "Walt" Brinkley   DOB: 11/30/1931 (age 92)   MRN 5566310

Seen for ICM, EF 30%, s/p dual-chamber ICD (Medtronic, serial PZK 104882 H). Device check
today: battery 6.1 yrs, no VT/VF episodes, RV pacing 2%. Remote monitoring via CareLink,
transmitter SN RMT-33019-A.

NYHA class II. Weight 78 kg (stable). Kussmaul sign absent, JVP 7 cm. Holosystolic murmur at
apex. Trace pedal edema.

Meds: sacubitril/valsartan 49/51 mg BID, carvedilol 12.5 mg BID, spironolactone 25 mg daily,
dapagliflozin 10 mg daily.
Labs: K 4.6, Cr 1.3, BNP 410.

Plan: continue GDMT; RTC 3 mo. Son Dale (dale.brinkley@example.net) manages appts.
-- Yusuf Demir, MD, FACC
""",
        [
            ("Feb 6, 2024", T.DATE),
            ("Walter", T.NAME),
            ("Walt", T.NAME),
            ("Brinkley", T.NAME),
            ("11/30/1931", T.DATE),
            ("92", T.AGE),
            ("5566310", T.MRN),
            ("PZK 104882 H", T.DEVICE),
            ("RMT-33019-A", T.DEVICE),
            ("Dale", T.NAME),
            ("dale.brinkley@example.net", T.EMAIL),
            ("Yusuf Demir", T.NAME),
        ],
        [
            "NYHA class II",
            "Kussmaul sign",
            "sacubitril/valsartan 49/51 mg BID",
            "carvedilol 12.5 mg BID",
            "spironolactone 25 mg daily",
            "dapagliflozin 10 mg daily",
            "BNP 410",
            "EF 30%",
        ],
    ),
    BlindNote(
        "social work note",
        """SOCIAL WORK ASSESSMENT
pt is a 58 yo woman (Rosa María Gutiérrez de la Fuente) referred for housing insecurity.
Currently staying w/ cousin at 1200 Columbus Ave #3R, Boston, MA 02120 (Suffolk County).
SSN on file: 031-44-8812 for MassHealth re-application; MassHealth ID 100387654321.
Drives a 2009 Honda Civic, VIN 2HGFA16509H512345 - sleeps in car some nights.
Employer: cleaning company, supervisor Mr. Tran.
Referred to Pine Street Inn; case # 2024-SW-0417. Follow-up call 3/21 at 2pm to her
mobile +1 (617) 555-0177.
S. O'Neil, LICSW
""",
        [
            ("Rosa María Gutiérrez de la Fuente", T.NAME),
            ("1200 Columbus Ave #3R", T.ADDRESS),
            ("Boston", T.CITY),
            ("02120", T.ZIP),
            ("Suffolk", T.COUNTY),
            ("031-44-8812", T.SSN),
            ("100387654321", T.HEALTH_PLAN),
            ("2HGFA16509H512345", T.VEHICLE),
            ("Tran", T.NAME),
            ("2024-SW-0417", T.OTHER_ID),
            ("3/21", T.DATE),
            ("+1 (617) 555-0177", T.PHONE),
            ("S. O'Neil", T.NAME),
        ],
        ["housing insecurity"],
    ),
    BlindNote(
        "ICU progress note",
        """MICU PROGRESS NOTE  HD#4   12-Mar-2024
S: Intubated/sedated. Overnight: desaturated to 84%, PEEP ↑ 10→12.
O: Tmax 38.9  HR 112  BP 94/58 on norepi 0.08 mcg/kg/min  Vent AC 420/18/12/60%
   ABG 7.31/48/72/23. Lactate 2.9 (from 4.1). WBC 18.2, Hgb 8.1, Plt 96.
   Swan-Ganz: CI 2.1, SVR 780. Foley UOP 25 mL/h.
A/P: 71M w/ septic shock 2/2 Klebsiella bacteremia, ARDS (Berlin moderate).
 - meropenem 1 g q8h (per ID, Dr. Haruki Tanaka)
 - low tidal volume, prone if P/F <150
 - Richmond Agitation-Sedation Scale goal -2
 - family mtg w/ wife Mei-Ling and Dr. Osei at 1500; wife's # 857-555-0111
""",
        [
            ("12-Mar-2024", T.DATE),
            ("Haruki Tanaka", T.NAME),
            ("Mei-Ling", T.NAME),
            ("Osei", T.NAME),
            ("857-555-0111", T.PHONE),
        ],
        [
            "Swan-Ganz",
            "Klebsiella bacteremia",
            "Berlin moderate",
            "meropenem 1 g q8h",
            "Richmond Agitation-Sedation Scale",
            "norepi 0.08 mcg/kg/min",
            "ABG 7.31/48/72/23",
            "Lactate 2.9",
        ],
    ),
    BlindNote(
        "operative note",
        """OPERATIVE REPORT
Date of Surgery: 10 April 2024
Patient: McAllister, Eoin   MRN: 8800231
Surgeon: Carmen Delgado-Ybarra, MD   Assistant: J. Park, MD   Anesthesia: Dr. Lindqvist

PREOP DX: Acute appendicitis. Alvarado score 8.
PROCEDURE: Laparoscopic appendectomy.
Pneumoperitoneum via Hasson technique at umbilicus. Appendix inflamed, no perforation. Base
stapled with Endo GIA. McBurney point port site closed. EBL 10 mL. Foley removed in PACU.
Implant: none. Specimen to path.
DISPO: PACU then floor. Wife Niamh updated by phone (339-555-0102).
""",
        [
            ("10 April 2024", T.DATE),
            ("McAllister, Eoin", T.NAME),
            ("8800231", T.MRN),
            ("Carmen Delgado-Ybarra", T.NAME),
            ("J. Park", T.NAME),
            ("Lindqvist", T.NAME),
            ("Niamh", T.NAME),
            ("339-555-0102", T.PHONE),
        ],
        [
            "Alvarado score 8",
            "Hasson technique",
            "Endo GIA",
            "McBurney point",
            "Foley removed",
            "Laparoscopic appendectomy",
        ],
    ),
    BlindNote(
        "patient portal message",
        """Portal message received Sun 3/10/2024 22:14 from jamal.wright1987@gmail.com
(login from IP 73.162.14.201)

"hi dr baker its jamal wright. my sugar was 312 this morning and im out of my ozempic pen.
pharmacy says the prior auth expired. my new insurance card says group 00471 member
W88213457-01. can you send it to the cvs on main st? thx"

Reply by Karen Baker, NP 3/11: sent PA; A1c due, last 9.2% in Dec.
""",
        [
            ("3/10/2024", T.DATE),
            ("jamal.wright1987@gmail.com", T.EMAIL),
            ("73.162.14.201", T.IP),
            ("baker", T.NAME),
            ("jamal wright", T.NAME),
            ("W88213457-01", T.HEALTH_PLAN),
            ("Karen Baker", T.NAME),
            ("3/11", T.DATE),
        ],
        ["ozempic pen", "A1c due, last 9.2%", "sugar was 312"],
    ),
    BlindNote(
        "home health intake",
        """HOME HEALTH INTAKE
Client: Harold P. Winthrop III    Age: 96    SOC: 7/1/24
Address: 88 Old Post Road, Unit 2, Sudbury MA 01776 (Middlesex County)
Emergency contact: niece Deborah Klein, home 978-555-0155 ext. 7, work 978-555-0156
Insurance: Medicare A/B, MBI 1EG4-TE5-MK72; supplemental AARP plan #A7730021
O2 concentrator: Invacare, serial no. 19KC0477310
Home phone 978-555-0158. Gate code/keys: lockbox.
Hx: CHF, COPD (GOLD 3), OA knees. Uses 4WW. Timed Up and Go 24 s. Tinetti 14/28.
""",
        [
            ("Harold P. Winthrop III", T.NAME),
            ("96", T.AGE),
            ("7/1/24", T.DATE),
            ("88 Old Post Road, Unit 2", T.ADDRESS),
            ("Sudbury", T.CITY),
            ("01776", T.ZIP),
            ("Middlesex", T.COUNTY),
            ("Deborah Klein", T.NAME),
            ("978-555-0155 ext. 7", T.PHONE),
            ("978-555-0156", T.PHONE),
            ("1EG4-TE5-MK72", T.HEALTH_PLAN),
            ("A7730021", T.HEALTH_PLAN),
            ("19KC0477310", T.DEVICE),
            ("978-555-0158", T.PHONE),
        ],
        ["GOLD 3", "Timed Up and Go 24 s", "Tinetti 14/28", "COPD", "CHF"],
    ),
    BlindNote(
        "occupational health",
        """OCCUPATIONAL HEALTH - DOT EXAM
Driver: Kofi Asante-Boateng   DOB 8/19/1979
CDL # S530-4412-7789 (MA)   Employer: Tri-County Freight, badge 40021
Vision: 20/25 OU uncorrected. Whisper test passed. Ishihara plates 14/14.
BP 142/90 - 1 yr card issued. UA: SG 1.020, protein neg, glucose neg.
Snellen chart, Spurling test neg, Phalen negative bilat, Tinel neg.
Examiner: Laura Bergström, NP  NRCME #3098812276
Date: 04-02-2024
""",
        [
            ("Kofi Asante-Boateng", T.NAME),
            ("8/19/1979", T.DATE),
            ("S530-4412-7789", T.LICENSE),
            ("40021", T.OTHER_ID),
            ("Laura Bergström", T.NAME),
            ("3098812276", T.LICENSE),
            ("04-02-2024", T.DATE),
        ],
        [
            "Ishihara plates 14/14",
            "Snellen chart",
            "Spurling test",
            "Phalen negative",
            "Tinel neg",
            "Whisper test",
            "BP 142/90",
        ],
    ),
    BlindNote(
        "neurology consult",
        """NEURO CONSULT
Pt: Beatriz Santos-Oliveira, 33F. Seen 5/9.
HPI: 3 days ascending weakness after diarrheal illness. Areflexic. LP: albuminocytologic
dissociation. Suspect Guillain-Barré syndrome; r/o Miller Fisher variant (no ophthalmoplegia).
NIF -45, FVC 2.1 L. Hoffmann sign neg, Babinski downgoing. Lhermitte absent.
No Horner syndrome. Bell's palsy on R? - actually bilateral facial weakness.
Plan: IVIG 0.4 g/kg/day x5, q4h NIF/FVC, ICU if FVC <20 mL/kg.
Husband Tiago (tiago.oliveira@empresa.com.br) updated.
Neuro attending: Dr. Siddharth Mukherjee, pager 4412
""",
        [
            ("Beatriz Santos-Oliveira", T.NAME),
            ("5/9", T.DATE),
            ("Tiago", T.NAME),
            ("tiago.oliveira@empresa.com.br", T.EMAIL),
            ("Siddharth Mukherjee", T.NAME),
        ],
        [
            "Guillain-Barré syndrome",
            "Miller Fisher variant",
            "Hoffmann sign",
            "Babinski downgoing",
            "Lhermitte",
            "Horner syndrome",
            "Bell's palsy",
            "IVIG 0.4 g/kg/day",
            "FVC 2.1 L",
        ],
    ),
    BlindNote(
        "geriatrics note",
        """Geriatric assessment
The patient is a ninety-three-year-old widowed woman, Mrs. Edith Fairbanks, brought by her
grandson, Tyler, for memory concerns. MoCA 17/30, Mini-Cog 2/5. Clock drawing abnormal.
She was born on 12th October 1930 in Halifax. Lives at Brookhaven Assisted Living, 200
Brook St, Room 114, Newton MA 02458.
Lewy body dementia vs Alzheimer disease. Hx Paget disease of bone, Dupuytren contracture.
Plan: donepezil 5 mg qHS, B12 and TSH, MRI brain. Advance directive: HCP is Tyler
Fairbanks (cell 617-555-0121).
""",
        [
            ("ninety-three", T.AGE),
            ("Edith Fairbanks", T.NAME),
            ("Tyler", T.NAME),
            ("12th October 1930", T.DATE),
            ("Halifax", T.CITY),
            ("200\nBrook St, Room 114", T.ADDRESS),
            ("Newton", T.CITY),
            ("02458", T.ZIP),
            ("Tyler\nFairbanks", T.NAME),
            ("617-555-0121", T.PHONE),
        ],
        [
            "MoCA 17/30",
            "Mini-Cog 2/5",
            "Lewy body dementia",
            "Alzheimer disease",
            "Paget disease of bone",
            "Dupuytren contracture",
            "donepezil 5 mg qHS",
        ],
    ),
    BlindNote(
        "urgent care note",
        """URGENT CARE
pt: kim, ji-hoon   dob 1/2/90   walk-in 6/15 @ 1420
CC: "i twisted my ankle playing soccer"
Ottawa ankle rules positive (bony tenderness posterior lateral malleolus). XR: no fx.
Anterior drawer neg. Thompson test neg. Dx: ATFL sprain grade II.
Tx: RICE, ibuprofen 600 mg q8h prn, aircast, crutches. Work note through 6/18.
Pt's email for school form: jhkim@uni.edu. Ph 347-555-0133.
seen by: M. Haddad PA / scribe: aw
""",
        [
            ("kim, ji-hoon", T.NAME),
            ("1/2/90", T.DATE),
            ("6/15", T.DATE),
            ("6/18", T.DATE),
            ("jhkim@uni.edu", T.EMAIL),
            ("347-555-0133", T.PHONE),
            ("M. Haddad", T.NAME),
            ("aw", T.NAME),
        ],
        [
            "Ottawa ankle rules",
            "Anterior drawer",
            "Thompson test",
            "ATFL sprain grade II",
            "ibuprofen 600 mg q8h prn",
            "lateral malleolus",
        ],
    ),
    BlindNote(
        "telehealth note",
        """TELEHEALTH VISIT (video)   2024-05-02
Patient joined from https://telehealth.example-clinic.org/room/8812-ab, IP 10.44.3.17;
verified identity with two identifiers (name Olga Petrenko + DOB 9 Sep 1961).
Location during visit: home, Worcester.
Dx: T2DM, HTN, hyperlipidemia. Cushingoid features absent. Cushing syndrome previously ruled out.
Dexcom G7 sensor (SN 4G2X7-88123) shows TIR 68%.
Medications: metformin XR 1000 mg, empagliflozin 25 mg, losartan 100 mg, rosuvastatin 20 mg.
Plan: add semaglutide 0.25 mg weekly. f/u 8/1.
Provider: Daniel Whitfield-Osei, DO
""",
        [
            ("2024-05-02", T.DATE),
            ("https://telehealth.example-clinic.org/room/8812-ab", T.URL),
            ("10.44.3.17", T.IP),
            ("Olga Petrenko", T.NAME),
            ("9 Sep 1961", T.DATE),
            ("Worcester", T.CITY),
            ("4G2X7-88123", T.DEVICE),
            ("8/1", T.DATE),
            ("Daniel Whitfield-Osei", T.NAME),
        ],
        [
            "Cushing syndrome",
            "Dexcom G7 sensor",
            "metformin XR 1000 mg",
            "empagliflozin 25 mg",
            "losartan 100 mg",
            "rosuvastatin 20 mg",
            "semaglutide 0.25 mg weekly",
            "TIR 68%",
        ],
    ),
    BlindNote(
        "GI procedure note",
        """COLONOSCOPY REPORT
Pt: DUBOIS, Marie-Claire   MRN 7003318   Procedure date: 22/03/2024
Endoscopist: Dr. Giovanni Russo
Indication: FIT positive. Boston Bowel Prep Scale 8 (3/3/2).
Findings: 2 sessile polyps ascending colon (6 mm, 8 mm), cold snare. Sigmoid diverticulosis.
Internal hemorrhoids. Terminal ileum normal. Ileocecal valve and appendiceal orifice
photographed.
Sedation: propofol 240 mg total (MAC).
Recall: 3 years pending path. Results letter to 31 rue Saint-Denis, Apt. 5, Montréal QC.
""",
        [
            ("DUBOIS, Marie-Claire", T.NAME),
            ("7003318", T.MRN),
            ("22/03/2024", T.DATE),
            ("Giovanni Russo", T.NAME),
            ("31 rue Saint-Denis, Apt. 5", T.ADDRESS),
            ("Montréal", T.CITY),
        ],
        [
            "Boston Bowel Prep Scale 8",
            "FIT positive",
            "Sigmoid diverticulosis",
            "Ileocecal valve",
            "propofol 240 mg",
            "Terminal ileum",
        ],
    ),
    BlindNote(
        "dermatology note",
        """DERM
Pt Seamus Ó Dálaigh, fair skin, Fitzpatrick type I. Seen 11-7-23.
Lesion L upper back 7 mm, asymmetric, irregular border - ABCDE positive. Dermoscopy:
atypical network. Shave bx sent (accession D23-55701). Also Darier sign negative, Auspitz
sign positive over elbows c/w psoriasis. Koebner phenomenon on knees.
Rx: clobetasol 0.05% oint BID x 2 wks, calcipotriene.
Photos uploaded to derm imaging (image ID IMG-2023-110744).
Call back 781 555 0184 with path. - Dr. Aoife Brennan
""",
        [
            ("Seamus Ó Dálaigh", T.NAME),
            ("11-7-23", T.DATE),
            ("D23-55701", T.OTHER_ID),
            ("IMG-2023-110744", T.OTHER_ID),
            ("781 555 0184", T.PHONE),
            ("Aoife Brennan", T.NAME),
        ],
        [
            "Fitzpatrick type I",
            "Darier sign",
            "Auspitz\nsign",
            "Koebner phenomenon",
            "clobetasol 0.05% oint BID",
            "calcipotriene",
            "ABCDE positive",
        ],
    ),
    BlindNote(
        "research / biometric",
        """RESEARCH VISIT - STUDY CLINIC
Participant: Grace Oyelaran-Smith   Study ID: HTN-TRIAL-00417   Visit 3, 1/29/2024
Consent version 4.1 re-signed. Biometric check-in: right index fingerprint template
FPT-7781-2290-QX matched. Retinal scan ID RS-440019 on file.
Vitals: BP 132/84 (avg of 3, Omron HEM-907), HR 68. Weight 91.2 kg.
AEs: none. Con meds unchanged (chlorthalidone 12.5 mg, amlodipine 5 mg).
Stipend $50 to card ending 4471, acct 0093-8812-55.
Coordinator: Paulo Nakamura
""",
        [
            ("Grace Oyelaran-Smith", T.NAME),
            ("HTN-TRIAL-00417", T.OTHER_ID),
            ("1/29/2024", T.DATE),
            ("FPT-7781-2290-QX", T.BIOMETRIC),
            ("RS-440019", T.BIOMETRIC),
            ("0093-8812-55", T.ACCOUNT),
            ("Paulo Nakamura", T.NAME),
        ],
        [
            "BP 132/84",
            "Omron HEM-907",
            "chlorthalidone 12.5 mg",
            "amlodipine 5 mg",
            "Weight 91.2 kg",
        ],
    ),
    BlindNote(
        "ED triage (transcribed speech)",
        """TRIAGE 0212: ems states "this is mr abdullah rahimi, he's ninety four, his wife fariba
called us, he was on the floor by the bed, they live at twenty two hill street apartment six".
Pt moaning, GCS 13 (E3V4M6). FSBG 62 -> D50 given by EMS. Temp 35.9.
Hx per wife: Alzheimer's, CKD stage 4, on glipizide.
Wife's phone 603 555 0114. Medicare # 7ZX3-QP2-HN41. pcp dr. nakashima.
Hypoglycemia likely 2/2 sulfonylurea + CKD. Admit obs, D10 drip, q1h FSBG.
""",
        [
            ("abdullah rahimi", T.NAME),
            ("ninety four", T.AGE),
            ("fariba", T.NAME),
            ("twenty two hill street apartment six", T.ADDRESS),
            ("603 555 0114", T.PHONE),
            ("7ZX3-QP2-HN41", T.HEALTH_PLAN),
            ("nakashima", T.NAME),
        ],
        [
            "GCS 13 (E3V4M6)",
            "FSBG 62",
            "D50",
            "Alzheimer's",
            "CKD stage 4",
            "glipizide",
            "D10 drip",
        ],
    ),
    BlindNote(
        "transfer note",
        """INTERFACILITY TRANSFER
To: Dr. Okonkwo, accepting hospitalist   Fax 401-555-0139   Tel 401-555-0138
Pt Luis Ángel Ferreira, DOB Mar 3 1949, MRN (sending) 20931-77, MRN (receiving) pending
Dx: NSTEMI, TIMI 4, Killip I. Troponin I 2.8 -> 4.1. ECG: ST depression V4-V6.
heparin gtt per ACS nomogram, ASA 81, ticagrelor 180 mg load, atorvastatin 80.
Transport: ALS, unit 14, ETA 1630. Report called to RN Tamsin.
Belongings: wallet with driver's license MA S12345678, glasses.
Sending MD: Viktor Ilyushin, MD
""",
        [
            ("Okonkwo", T.NAME),
            ("401-555-0139", T.FAX),
            ("401-555-0138", T.PHONE),
            ("Luis Ángel Ferreira", T.NAME),
            ("Mar 3 1949", T.DATE),
            ("20931-77", T.MRN),
            ("Tamsin", T.NAME),
            ("S12345678", T.LICENSE),
            ("Viktor Ilyushin", T.NAME),
        ],
        [
            "TIMI 4",
            "Killip I",
            "Troponin I 2.8",
            "ST depression V4-V6",
            "heparin gtt",
            "ASA 81",
            "ticagrelor 180 mg load",
            "atorvastatin 80",
        ],
    ),
    BlindNote(
        "orthopedic clinic",
        """ORTHO CLINIC 9/12/2023
Wilhelmina "Billie" van der Berg, retired teacher, s/p R TKA 8/14/2023 (Zimmer Persona,
implant lot/serial 62938471-02). Doing well. ROM 0-115. Lachman N/A. McMurray not tested.
Homan sign neg. Trendelenburg gait resolved. Incision healed, staples out.
PT 2x/wk at home. Oxycodone weaned; now acetaminophen 1 g TID.
Her son-in-law Pieter drives her. Return 6 wks; then annual XR.
Ht 165 cm, Wt 70 kg, BMI 25.7.
-- Nathaniel Brooks, MD (ortho) / NB:dj
""",
        [
            ("9/12/2023", T.DATE),
            ("Wilhelmina", T.NAME),
            ("Billie", T.NAME),
            ("van der Berg", T.NAME),
            ("8/14/2023", T.DATE),
            ("62938471-02", T.DEVICE),
            ("Pieter", T.NAME),
            ("Nathaniel Brooks", T.NAME),
            ("NB", T.NAME),
            ("dj", T.NAME),
        ],
        [
            "Lachman",
            "McMurray",
            "Homan sign",
            "Trendelenburg gait",
            "acetaminophen 1 g TID",
            "BMI 25.7",
            "ROM 0-115",
        ],
    ),
    BlindNote(
        "renal / dialysis note",
        """HD UNIT NOTE   Mon 4/8
Pt: Adebayo, Folasade   chair 7   Access: L brachiocephalic AVF, + thrill/bruit.
Pre-wt 71.4 kg, EDW 69.0. UF goal 2.4 L. K 5.8, phos 6.1, Hgb 9.4, Kt/V 1.3.
Epoetin alfa 4000 units IV, calcitriol 0.5 mcg. Sevelamer 800 mg TID with meals.
Chvostek sign neg, Trousseau sign neg.
Transplant center contact: coordinator Bridget Kowalski, bkowalski@transplant-ne.org,
(774) 555-0191. UNOS waitlist ID KJ29931.
Transportation: The Ride van, booking ref TR-55120.
""",
        [
            ("4/8", T.DATE),
            ("Adebayo, Folasade", T.NAME),
            ("Bridget Kowalski", T.NAME),
            ("bkowalski@transplant-ne.org", T.EMAIL),
            ("(774) 555-0191", T.PHONE),
            ("KJ29931", T.OTHER_ID),
            ("TR-55120", T.OTHER_ID),
        ],
        [
            "Chvostek sign",
            "Trousseau sign",
            "Epoetin alfa 4000 units IV",
            "calcitriol 0.5 mcg",
            "Sevelamer 800 mg TID",
            "Kt/V 1.3",
            "brachiocephalic AVF",
        ],
    ),
    BlindNote(
        "incident / security note",
        """SECURITY / PATIENT RELATIONS INCIDENT 03.18.24
Visitor identified as Trevor Halloran (patient's ex-partner) entered unit 6 West, demanded
to see pt Chantelle Dupree (Rm 6112). Left in a grey Ford F-150, MA reg 7TRV 42.
Police notified, officer Sgt. Maria Esposito, badge #1187, report no. BPD-24-003311.
Pt's safety plan updated; alias "Jane Doe-6112" assigned in ADT. Social worker Amara Nwosu
informed. Pt's new contact email c.dupree.safe@protonmail.com.
Security cam footage retained: http://10.20.0.15/cam/6W-04
""",
        [
            ("03.18.24", T.DATE),
            ("Trevor Halloran", T.NAME),
            ("Chantelle Dupree", T.NAME),
            ("7TRV 42", T.VEHICLE),
            ("Maria Esposito", T.NAME),
            ("1187", T.OTHER_ID),
            ("BPD-24-003311", T.OTHER_ID),
            ("Amara Nwosu", T.NAME),
            ("c.dupree.safe@protonmail.com", T.EMAIL),
            ("http://10.20.0.15/cam/6W-04", T.URL),
        ],
        ["Ford F-150"],
    ),
]
