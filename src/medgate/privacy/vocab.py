"""Clinical allow-lists: words that look like names but are eponyms, drugs or note vocabulary.

All sets hold title-cased words (`str.title()` of the token) and are frozen at import.
"""

from __future__ import annotations

from typing import Final


def _words(blob: str) -> frozenset[str]:
    return frozenset(w.title() for w in blob.split())


# Words after an eponym that make it a disease/sign/device, not a person.
EPONYM_SUFFIXES: Final = frozenset(
    [
        "disease",
        "disorder",
        "syndrome",
        "sign",
        "signs",
        "test",
        "tests",
        "catheter",
        "catheters",
        "score",
        "scores",
        "scale",
        "scales",
        "fracture",
        "fractures",
        "maneuver",
        "manoeuvre",
        "reflex",
        "reflexes",
        "palsy",
        "tube",
        "tubes",
        "criteria",
        "guidance",
        "guideline",
        "guidelines",
        "classification",
        "procedure",
        "operation",
        "phenomenon",
        "respiration",
        "respirations",
        "triad",
        "node",
        "nodes",
        "ulcer",
        "ulcers",
        "tear",
        "lesion",
        "lesions",
        "body",
        "bodies",
        "dementia",
        "murmur",
        "index",
        "technique",
        "variant",
        "plates",
        "rules",
        "rule",
        "protocol",
        "protocols",
        "regimen",
        "maneuvers",
        "files",
        "genes",
        "prosthesis",
        "malformation",
        "classification",
        "stage",
        "grade",
        "class",
        "type",
        "category",
        "position",
        "drain",
        "drains",
        "needle",
        "forceps",
        "retractor",
        "incision",
        "grade",
        "stage",
        "index",
        "type",
        "block",
        "blocks",
        "law",
        "rule",
        "rules",
        "method",
        "position",
        "line",
        "lines",
        "cell",
        "cells",
        "disease's",
        "syndrome's",
        "stocking",
        "stockings",
        "bag",
        "mask",
        "valve",
        "shunt",
        "pouch",
        "cyst",
        "cysts",
        "hernia",
        "sarcoma",
        "lymphoma",
        "tumor",
        "tumour",
        "thyroiditis",
        "virus",
        "viruses",
        "encephalopathy",
        "aneurysm",
        "angle",
        "point",
        "points",
        "space",
        "spaces",
        "glands",
        "gland",
        "duct",
        "ducts",
        "canal",
        "membrane",
        "reaction",
        "stain",
        "staining",
        "cast",
        "splint",
        "traction",
        "repair",
        "approach",
        "fundoplication",
        "equation",
        "formula",
        "fistula",
        "diverticulum",
        "esophagus",
        "esophagitis",
        "colitis",
        "arteritis",
        "ileitis",
        "phenomenon",
        "chorea",
        "ataxia",
        "neuralgia",
        "contracture",
        "nodes'",
        "ring",
        "rings",
        "drops",
        "drop",
        "apparatus",
        "chart",
        "charts",
        "criterion",
        "lens",
        "test's",
        "questionnaire",
        "inventory",
        "assessment",
        "coma",
        "prosthesis",
        "prostheses",
        "nail",
        "boot",
        "files",
        "sinus",
        "sinuses",
        "malformation",
        "features",
        "balloon",
        "frame",
        "clamp",
        "implant",
        "screw",
        "screws",
        "pins",
    ]
)

# Surnames that are also eponyms: kept in eponym context and never propagated as a lone word.
EPONYM_HEADS: Final = _words(
    """Parkinson Parkinsons Alzheimer Alzheimers Crohn Crohns Hodgkin Cushing Addison Bell Babinski
    Braden Morse Doppler Holter Swan Ganz Whipple Kussmaul Cheyne Stokes Homan Homans Murphy McBurney
    Romberg Kernig Brudzinski Tinel Phalen Lachman McMurray Trendelenburg Valsalva Epley Dix Hallpike
    Mobitz Wenckebach Wolff Tourette Guillain Barre Barré Hashimoto Raynaud Sjogren Sjögren Kawasaki
    Marfan Down Turner Klinefelter Bartholin Baker Colles Smith Barton Monteggia Galeazzi Jones
    Boutonniere Heberden Bouchard Dupuytren Osgood Schlatter Legg Calve Perthes Wilson Wernicke
    Korsakoff Creutzfeldt Jakob Lewy Huntington Gehrig Ludwig Zenker Meckel Barrett Mallory Weiss
    Boerhaave Hirschsprung Still Kaposi Burkitt Ewing Wilms Paget Charcot Fanconi Willebrand Ehlers
    Danlos Stevens Johnson Reye Gram Ziehl Neelsen Papanicolaou Pap Allen Adson Finkelstein Thompson
    Ortolani Barlow Nikolsky Auspitz Koebner Chvostek Trousseau Levine Flint Roth Janeway Osler
    Argyll Robertson Horner Holmes Adie Sequard Bezold Jarisch Cullen Kehr Rovsing Courvoisier
    Virchow Ranson Child Pugh Wells Caprini Killip Hunt Hess Fisher Rankin Karnofsky Gleason Breslow
    Clark Bishop Richmond Ramsay Norton Folstein Beck Hamilton Tanner Broca Erb Klumpke Volkmann
    Salter Harris Weber Rinne Snellen Ishihara Amsler Schirmer Hutchinson Kerley Hampton Westermark
    Hickman Broviac Groshong Jackson Pratt Penrose Blakemore Sengstaken Miller Macintosh Mallampati
    Cormack Lehane Ambu Venturi Yankauer Bovie Kelly Metzenbaum Mayo Pfannenstiel Kocher Nissen Roux
    Billroth Hartmann Heller Lewis Bankart Latarjet Sachs Moore Thomas Buck Bryant Russell Hoffmann
    Hoffman Coombs Apgar Dubowitz Ballard Denver Bayley Wechsler Jaeger Bruce Duke Heimlich Sellick
    Leopold McRoberts Woods Rubin Naegele Chadwick Hegar Goodell Braxton Hicks Montgomery Cooper Skene
    Douglas Morison Calot Treitz Oddi Vater Wirsung Langerhans Purkinje Schwann Eustachian Willis
    Sylvius Monro Korotkoff Biot Lund Browder Parkland Glasgow Alvarado Centor Ottawa Geneva Padua
    Waterlow Barthel Katz Lawton Tinetti Berg Hoehn Yahr Ashworth Spetzler Fontaine Rutherford
    Blatchford Rockall Forrest Bristol Truelove Witts Bradshaw Nottingham Bloom Rai Binet Durie
    Salmon Lansky Silverman Finnegan Friedman Hadlock Graves Foley Addisonian Bence Stanford Ann
    Arbor Frank Starling Cheyne-Stokes Swan-Ganz Jackson-Pratt Guillain-Barre Guillain-Barré
    Wolff-Parkinson-White Mallory-Weiss Stevens-Johnson Brown-Sequard Creutzfeldt-Jakob
    Legg-Calve-Perthes Osgood-Schlatter Ehlers-Danlos Hill-Sachs Sturge Weber Kasabach Merritt
    Zollinger Ellison Budd Chiari Dandy Walker Arnold Peutz Jeghers Cowden Lynch Gilbert Crigler
    Najjar Dubin Rotor Whipple's Bell's Crohn's Parkinson's Alzheimer's Addison's Cushing's Graves'
    Hodgkin's Huntington's Raynaud's Kaposi's Barrett's Meniere Ménière Tay Niemann Pick Gaucher
    Fabry Pompe Hurler Hunter Wiskott Aldrich Bruton DiGeorge Chediak Higashi Kartagener Kallmann
    Prader Willi Angelman Rett Asperger Sheehan Simmonds Conn Bartter Gitelman Liddle Alport Berger
    Goodpasture Wegener Churg Strauss Behcet Behçet Takayasu Buerger Felty Reiter Libman Sacks
    Dressler Lutembacher Ebstein Fallot Eisenmenger Kawasaki Henoch Schonlein Schönlein Sydenham
    Lou Mobitz Quincke Kehr Cushing's Sjogren's Tourette's Bowen Bowen's Paget's Dupuytren's Wilson's
    Gaucher's Hirschsprung's Meckel's Ludwig's Zenker's Reye's Tanner Apley Thessaly Hawkins Neer
    Speed Yergason Spurling Lhermitte Hoover Gower Gowers Patrick FABER Faber Ober Thomas Ely Kleiger
    Mulder Homans Moses Murphy's McBurney's Rovsing's Kernig's Brudzinski's Chvostek's Trousseau's"""
)

# Brand and generic drug names, lab/vital words, note section words and common capitalised words
# that appear in notes and also occur in name lists.
CLINICAL_WORDS: Final = _words(
    """Patient Pt Name Chief Complaint History Present Illness Past Medical Surgical Family Social
    Review Systems Physical Exam Examination Vital Signs Vitals General Heent Neck Heart Lungs Chest
    Abdomen Extremities Skin Neuro Neurologic Psych Labs Lab Laboratory Imaging Allergies Allergy
    Medications Medication Meds Assessment Plan Impression Diagnosis Diagnoses Discharge Admission
    Admit Hospital Course Condition Disposition Follow Followup Return Precautions Instructions
    Stable Emergency Department Clinic Center Centre Medical Health Memorial Regional University
    County General Saint St North South East West New Blood Pressure Rate Normal Negative Positive
    Denies Reports Note Notes Progress Subjective Objective Recommendations Radiology Report Findings
    Technique Comparison Indication Primary Care Provider Physician Nurse Practitioner Resident
    Attending Fellow Cardiology Neurology Oncology Surgery Internal Medicine Pediatrics Orthopedics
    Psychiatry Urology Nephrology Pulmonology Gastroenterology Endocrinology Dermatology Rheumatology
    Obstetrics Gynecology Team Service Unit Floor Room Bed Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec January February March
    September October November December Today Tomorrow Yesterday Type Grade Stage Class Level Total Daily Mild Moderate Severe
    Acute Chronic Left Right Bilateral Alert Oriented Awake Calm Pleasant Well Good Fair Poor Can
    Mr Mrs Ms Miss Dr Doctor Sister Brother Mother Father Wife Husband Son Daughter Signed Dictated
    Electronically Transcribed Date Time Phone Fax Email Address City State Zip Dob Mrn Acct Account
    Member Policy Insurance Medicare Medicaid Group Id Ssn License Passport Serial Device Vehicle Visit
    Encounter Referral Referring Consult Consultation Summary Letter Dear Sincerely Regards Thank
    Thanks Please Call Contact Emergency Next Kin Spouse Partner Guardian Caregiver Home Work Cell
    Mobile Pager Office Main Street Avenue Road Drive Lane Court Suite Apt The This That These Those
    And Or But With Without For From To In On At By Of As Is Was Are Were Be Been Has Had Have He She
    His Her Him They Them Their We Our You Your It Its No Not None Yes Per Pending Plan Continue
    Start Stop Hold Increase Decrease Resume Consider Check Obtain Repeat Monitor Order Ordered
    Seen Discussed Spoke Called Reviewed Noted Given Received Started Stopped Admitted Discharged
    Presented Presents Complains Ambulance Ems Er Ed Icu Or Pacu Nicu Picu Ccu Floor Ward Telemetry
    Bp Hr Rr Spo2 Temp Wt Ht Bmi Cbc Bmp Cmp Inr Pt Ptt Tsh Hba1c A1c Ldl Hdl Bun Cr Gfr Na K Cl
    Ekg Ecg Echo Ct Mri Cxr Xray X-Ray Ultrasound Us Pet Eeg Emg Abg Vbg Ua Uds Ucx Bcx Covid
    Influenza Rsv Hiv Hcv Hbv Copd Chf Cad Afib Dm Htn Hld Ckd Esrd Gerd Osa Uti Dvt Pe Mi Cva Tia
    Aspirin Tylenol Acetaminophen Ibuprofen Advil Motrin Lisinopril Metoprolol Atorvastatin Lipitor
    Metformin Insulin Lantus Humalog Novolog Glargine Lispro Warfarin Coumadin Eliquis Apixaban
    Xarelto Rivaroxaban Heparin Enoxaparin Lovenox Plavix Clopidogrel Amlodipine Norvasc Losartan
    Hydrochlorothiazide Furosemide Lasix Spironolactone Carvedilol Digoxin Amiodarone Diltiazem
    Levothyroxine Synthroid Prednisone Solumedrol Methylprednisolone Dexamethasone Albuterol
    Proventil Ventolin Symbicort Advair Spiriva Tiotropium Montelukast Singulair Omeprazole Prilosec
    Pantoprazole Protonix Famotidine Pepcid Ondansetron Zofran Metoclopramide Reglan Sertraline
    Zoloft Fluoxetine Prozac Escitalopram Lexapro Citalopram Celexa Bupropion Wellbutrin Trazodone
    Mirtazapine Remeron Quetiapine Seroquel Olanzapine Zyprexa Haloperidol Haldol Lorazepam Ativan
    Alprazolam Xanax Clonazepam Klonopin Diazepam Valium Gabapentin Neurontin Pregabalin Lyrica
    Oxycodone Percocet Hydrocodone Norco Vicodin Morphine Dilaudid Hydromorphone Fentanyl Tramadol
    Ultram Naloxone Narcan Ceftriaxone Rocephin Cefazolin Ancef Vancomycin Zosyn Piperacillin
    Amoxicillin Augmentin Azithromycin Zithromax Doxycycline Levofloxacin Levaquin Ciprofloxacin
    Cipro Bactrim Nitrofurantoin Macrobid Metronidazole Flagyl Clindamycin Keflex Cephalexin
    Donepezil Aricept Memantine Namenda Levodopa Carbidopa Sinemet Keppra Levetiracetam Depakote
    Lamotrigine Lamictal Topiramate Topamax Sumatriptan Imitrex Allopurinol Colchicine Tamsulosin
    Flomax Finasteride Sildenafil Viagra Ozempic Semaglutide Jardiance Empagliflozin Farxiga
    Entresto Januvia Glipizide Potassium Magnesium Calcium Vitamin Iron Folic Acid Zinc Saline
    Lactated Ringer Ringers Dextrose Normal Epinephrine Norepinephrine Levophed Dopamine Propofol
    Ketamine Versed Midazolam Precedex Succinylcholine Rocuronium Ketorolac Toradol Benadryl
    Diphenhydramine Claritin Zyrtec Flonase Miralax Senna Colace Docusate Dulcolax Bisacodyl
    Tums Maalox Oxygen Nitroglycerin Nitro Catheter Coma Scale Score Murmur
    Strength Vision Tab Tabs Tablet Capsule Dose Mg Mcg Ml Units Iv Po Prn Bid Tid Qid Qhs Qd Npo
    Md Do Rn Np Pa Crna Lpn Cna Pharmd Phd Msw Lcsw Aprn Fnp Dnp Mph Facp Facc Faafp Ama Cms Hipaa
    Christmas Easter Thanksgiving English Spanish Hindi Mandarin Interpreter Caucasian Hispanic
    Latino Asian African American White Black America Usa Mexico India China Canada Nigeria Kenya
    Philippines Vietnam Korea Japan Church Bible God Lord Prior Clinical Student Employee Proband
    Authorization Request Middle School Office Log Incharge
    Ivf Icsi Iui Fet Ohss Hcg Amh Hsg Imsi Pgt Pgs Hrt"""
)

# Never a name on their own, never the edge of a name found by a cue.
STOP_NAME_WORDS: Final = CLINICAL_WORDS

# Eponyms used bare for a device or scale ("Foley removed", "Doppler today"): never propagated
# from a patient's surname on their own.
BARE_EPONYMS: Final = _words(
    """Foley Doppler Holter Apgar Glasgow Braden Morse Swan Ganz Hickman Bovie Yankauer Ambu
    Venturi Pratt Penrose Mallampati Snellen Gram Pap Valsalva Heimlich Trendelenburg
    Babinski Lachman McMurray Phalen Tinel Spurling Kernig Brudzinski Romberg Rovsing McBurney
    Homans Finkelstein Apley Chvostek Trousseau Kussmaul Whipple Coombs Guthrie Kleihauer Betke
    Osgood Schlatter Hashimoto Crohn Hodgkin Alzheimer Raynaud Sjogren Tourette Wernicke Korsakoff
    Dupuytren Barthel Killip Gleason Breslow Ranson Kocher Pfannenstiel Wenckebach
    Mobitz Brugada Marfan Ehlers Danlos Guillain Barre Kawasaki Takotsubo Widal Zuspan
    Hollister Posey Hoyer Lasegue Lhermitte"""
)


def _scale_names() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """The scales, tests and signs named after people or places the project ships as data
    (`data/scale_names.txt`): the names used bare ("Esterman", "Barthel"), and the phrases read
    only together, by their first word ("hoehn and yahr", "berg balance"; "and" also as "&")."""
    import importlib.resources

    text = (importlib.resources.files("medgate.privacy") / "data" / "scale_names.txt").read_text(encoding="utf-8")
    bare: set[str] = set()
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if not line:
            continue
        words = tuple(line.replace("-", " - ").split())
        if len(words) == 1:
            bare.add(words[0])
        else:
            phrases.setdefault(words[0], []).append(words)
            if "and" in words:  # "Hunt & Hess", "Lund & Browder": charts write the ampersand
                phrases[words[0]].append(tuple("&" if w == "and" else w for w in words))
    return frozenset(bare), {k: tuple(v) for k, v in phrases.items()}


# lower case
SCALE_BARE_WORDS, SCALE_PHRASES = _scale_names()
