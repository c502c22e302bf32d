"""Deterministic labelled synthetic clinical notes for de-identification tests and benchmarks.

Every identifier is labelled with its PhiType and span; every eponym, drug, dose, vital sign and
date-like fraction that must survive is labelled as a "keep" span. Formats, cases, separators and
label wording vary at random; names mix faker locales (several of them NOT in the detector's
dictionaries: yo_NG, ig_NG, en_KE, vi_VN, sw), word-like first names and eponym-like surnames.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from faker import Faker

from medgate.privacy.types import PhiType

T = PhiType
WORDLIKE_FIRST = ("Hope", "April", "May", "June", "Faith", "Grace", "Will", "Mark", "Rose", "Joy")
EPONYM_SURNAMES = ("Graves", "Foley", "Parkinson", "Bell", "Doppler", "Wilson", "Hunt", "Baker")
CITIES = (
    ("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Dayton", "OH", "45402"),
    ("Fresno", "CA", "93721"), ("Boise", "ID", "83702"), ("Tulsa", "OK", "74103"),
    ("Savannah", "GA", "31401"), ("Bangor", "ME", "04401"), ("Eugene", "OR", "97401"),
    ("Flagstaff", "AZ", "86001"), ("Duluth", "MN", "55802"), ("Macon", "GA", "31201"),
    ("Lafayette", "LA", "70501"), ("Burlington", "VT", "05401"), ("Yonkers", "NY", "10701"),
    ("Kalamazoo", "MI", "49007"), ("Spokane", "WA", "99201"), ("Provo", "UT", "84601"),
)  # fmt: skip
COUNTIES = ("Travis", "Cook", "Maricopa", "Orange", "King", "Wayne", "Fulton", "Hennepin")
EPONYMS = (
    "Parkinson disease", "Foley catheter", "Apgar score", "Glasgow Coma Scale", "Graves disease",
    "Bell's palsy", "Crohn's disease", "Hodgkin lymphoma", "Doppler ultrasound", "Braden score",
    "Mobitz type I block", "Babinski sign", "Murphy's sign", "Wilson disease", "Holter monitor",
    "Cushing syndrome", "Alzheimer dementia", "Homans sign", "Swan-Ganz catheter", "Morse Fall Scale",
)  # fmt: skip
DRUGS = (
    "lisinopril 10 mg daily", "metoprolol tartrate 25 mg BID", "Eliquis 5 mg BID",
    "atorvastatin 40 mg qHS", "Levaquin 750 mg IV", "Zoloft 50 mg", "insulin glargine 20 units",
    "furosemide 40 mg PO", "Percocet 5/325 1 tab q6h PRN", "Rocephin 1 g IV q24h",
    "levothyroxine 88 mcg", "Ativan 0.5 mg", "albuterol 2 puffs q4h PRN", "Keppra 500 mg BID",
)  # fmt: skip
VITALS = (
    "BP 132/84", "HR 88", "RR 16", "SpO2 97% on RA", "2/6 systolic murmur", "5/5 strength",
    "20/40 vision", "take 1/2 tab", "pain 7/10", "GCS 15", "4/5 strength in LLE", "T 98.6 F",
)  # fmt: skip
NAME_LOCALES = ("en_US", "en_US", "en_US", "es_MX", "en_IN", "yo_NG", "ig_NG", "en_KE", "vi_VN")


@dataclass
class Note:
    text: str
    phi: list[tuple[PhiType, int, int]] = field(default_factory=list)
    keep: list[tuple[str, int, int]] = field(default_factory=list)


class _B:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.note = Note("")

    def t(self, s: str) -> _B:
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, kind: PhiType, s: str) -> _B:
        self.note.phi.append((kind, self.n, self.n + len(s)))
        return self.t(s)

    def k(self, kind: str, s: str) -> _B:
        self.note.keep.append((kind, self.n, self.n + len(s)))
        return self.t(s)

    def done(self) -> Note:
        self.note.text = "".join(self.parts)
        return self.note


class _Person:
    def __init__(self, rng: random.Random, fakers: dict[str, Faker]) -> None:
        r = rng.random()
        loc = rng.choice(NAME_LOCALES)
        f = fakers[loc]
        self.first = f.first_name() if r > 0.12 else rng.choice(WORDLIKE_FIRST)
        self.last = f.last_name() if rng.random() > 0.1 else rng.choice(EPONYM_SURNAMES)
        if loc == "zh_CN":
            self.first, self.last = f.first_romanized_name(), f.last_romanized_name()
        self.first = self.first.split()[0]
        self.mid = rng.choice("ABCDEFGHJKLMRST")


def _date(rng: random.Random, d: dt.date, *, cue_ok: bool = True) -> tuple[str, str]:
    """(leading text, date text) in a random common format."""
    m, dd, y = d.month, d.day, d.year
    mon = d.strftime("%B")
    forms = [
        f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{m}/{dd}/{y % 100:02d}", f"{y}-{m:02d}-{dd:02d}",
        f"{dd} {mon[:3]} {y}", f"{dd:02d}-{mon[:3].upper()}-{y}", f"{mon} {dd}, {y}",
        f"{mon[:3]} {dd}, {y}", f"{mon} {dd}th, {y}" if dd in (4, 5, 6, 7, 8, 9, 10) else f"{mon} {dd}",
        f"{mon[:3]}. {dd}", f"{mon} {y}", f"{dd} {mon}",
    ]  # fmt: skip
    s = rng.choice(forms)
    if cue_ok and rng.random() < 0.2:
        return rng.choice(("on ", "since ", "seen ", "until ")), f"{m}/{dd}"
    return rng.choice(("on ", "", "dated ", "")), s


def _phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    return rng.choice((
        f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"+1 {a} {b} {c:04d}",
        f"1-{a}-{b}-{c:04d}", f"({a}){b}-{c:04d}",
    ))  # fmt: skip


def _id(rng: random.Random, shape: str) -> str:
    return "".join(
        str(rng.randint(0, 9)) if ch == "9" else chr(rng.randint(65, 90)) if ch == "A" else ch
        for ch in shape
    )


def _label(rng: random.Random, options: tuple[str, ...]) -> str:
    lab = rng.choice(options)
    return rng.choice((lab, lab.upper(), lab.lower())) if rng.random() < 0.3 else lab


def make_note(rng: random.Random, fakers: dict[str, Faker]) -> Note:
    b = _B()
    pt, doc, rel, doc2 = (_Person(rng, fakers) for _ in range(4))
    base = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randint(0, 2400))
    kind = rng.choice(("H&P", "Discharge Summary", "Progress Note", "ED Note", "Phone Encounter"))
    b.t(f"{kind.upper()}\n")
    # header
    if rng.random() < 0.5:
        b.t(_label(rng, ("Patient", "Patient Name", "Pt", "Name")) + ": ").p(
            T.NAME, f"{pt.first} {pt.last}"
        )
    else:
        b.t(_label(rng, ("Patient", "Name")) + ": ").p(
            T.NAME, f"{pt.last.upper()}, {pt.first.upper()}"
        )
    b.t(rng.choice(("   ", "\n", " | ")))
    b.t(
        _label(rng, ("MRN", "MR#", "Medical Record #", "Patient ID", "Med Rec No"))
        + rng.choice((": ", " ", " #"))
    ).p(T.MRN, _id(rng, rng.choice(("99999999", "AA9999999", "99-99-99-99", "E9999999"))))
    dob = base - dt.timedelta(days=rng.randint(20 * 365, 99 * 365))
    lead, ds = _date(rng, dob, cue_ok=False)
    b.t("\n" + _label(rng, ("DOB", "Date of Birth", "D.O.B.")) + ": ").p(T.DATE, ds)
    lead, ds = _date(rng, base, cue_ok=False)
    b.t("   " + _label(rng, ("Date of Service", "Admit Date", "Visit Date", "DOS")) + ": ").p(
        T.DATE, ds
    ).t("\n")
    if rng.random() < 0.5:
        b.t(_label(rng, ("Acct #", "Account No", "FIN", "Encounter #")) + ": ").p(
            T.ACCOUNT, _id(rng, "9999999999")
        ).t("  ")
    if rng.random() < 0.5:
        b.t(_label(rng, ("Member ID", "Medicaid ID", "Policy #", "Subscriber ID")) + ": ").p(
            T.HEALTH_PLAN, _id(rng, rng.choice(("AAA999999999", "9AA9AA9AA99", "W999999999")))
        ).t("\n")
    # HPI
    age = rng.choice((rng.randint(19, 88), rng.randint(19, 88), rng.randint(90, 104)))
    b.t("\nHPI: ")
    who = rng.choice(("Mr.", "Ms.", "Mrs.")) + " "
    if rng.random() < 0.5:
        b.t(who).p(T.NAME, pt.last).t(" is a ")
    else:
        b.p(T.NAME, f"{pt.first} {pt.last}").t(" is a ")
    age_form = rng.choice(("{}-year-old", "{} yo", "{} y/o", "{} year old", "{}yo"))
    pre, post = age_form.split("{}")
    if age >= 90:
        b.t(pre).p(T.AGE, str(age)).t(post)
    else:
        b.k("age", f"{pre}{age}{post}")
    b.t(f" {rng.choice(('man', 'woman', 'patient'))} with a history of ").k(
        "eponym", rng.choice(EPONYMS)
    )
    b.t(" and hypertension diagnosed in ").k("year", str(base.year - rng.randint(1, 15))).t(
        ", who presented "
    )
    lead, ds = _date(rng, base - dt.timedelta(days=rng.randint(1, 5)))
    b.t(lead).p(T.DATE, ds).t(" after a fall at home. ")
    b.t(rng.choice(("Her", "His", "The patient's"))).t(
        " " + rng.choice(("wife", "husband", "daughter", "son", "sister")) + " "
    )
    b.p(T.NAME, rel.first).t(" reports that ").p(T.NAME, pt.first).t(" was confused. ")
    b.t("She was seen by ").t("Dr. ").p(
        T.NAME, f"{doc.first} {doc.last}" if rng.random() < 0.5 else doc.last
    ).t(". ")
    b.t("A ").k("eponym", rng.choice(EPONYMS)).t(" was noted; ").k("vital", rng.choice(VITALS)).t(
        ".\n"
    )
    # meds & vitals
    b.t("\nMedications:\n")
    for d in rng.sample(DRUGS, 3):
        b.t("- ").k("drug", d).t("\n")
    b.t("\nExam: ").k("vital", rng.choice(VITALS)).t(", ").k("vital", rng.choice(VITALS)).t(", ").k(
        "vital", rng.choice(VITALS)
    ).t(". ")
    b.k("eponym", rng.choice(EPONYMS)).t(" unremarkable.\n")
    # labs with dates
    b.t("\nLabs:\n")
    for _ in range(rng.randint(1, 3)):
        d = base + dt.timedelta(days=rng.randint(0, 6))
        if rng.random() < 0.5:
            b.p(T.DATE, f"{d.month}/{d.day}").t(
                f": Na {rng.randint(131, 146)}, K {rng.randint(33, 52) / 10}, Cr {rng.randint(6, 30) / 10}\n"
            )
        else:
            lead, ds = _date(rng, d, cue_ok=False)
            b.t("Drawn ").p(T.DATE, ds).t(
                f": WBC {rng.randint(40, 150) / 10}, Hgb {rng.randint(80, 160) / 10}\n"
            )
    # social / contact block
    city, st, zipc = rng.choice(CITIES)
    street = f"{rng.randint(1, 9999)} {fakers['en_US'].street_name()}"
    street += rng.choice(("", "", f", Apt {rng.randint(1, 40)}", f" Unit {rng.randint(1, 9)}B"))
    b.t("\nSocial: Lives ").t(rng.choice(("with family", "alone", "with spouse"))).t(" at ").p(
        T.ADDRESS, street
    )
    b.t(", ").p(T.CITY, city).t(", ").k("state", st).t(" ").p(T.ZIP, zipc).t(". ")
    if rng.random() < 0.3:
        b.t("Resident of ").p(T.COUNTY, rng.choice(COUNTIES)).t(" County. ")
    b.t("Works as a teacher.\n")
    b.t(_label(rng, ("Phone", "Home phone", "Cell", "Tel")) + ": ").p(T.PHONE, _phone(rng))
    if rng.random() < 0.4:
        b.t("   " + _label(rng, ("Fax", "Fax #", "FAX")) + ": ").p(T.FAX, _phone(rng))
    if rng.random() < 0.4:
        em = f"{pt.first.lower()}.{pt.last.lower()}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com', 'outlook.com'))}"
        b.t("   Email: ").p(T.EMAIL, em.replace(" ", ""))
    b.t("\n")
    extras = rng.sample(("ssn", "dl", "vin", "device", "url", "ip", "other", "plate"), 3)
    for e in extras:
        if e == "ssn":
            b.t(_label(rng, ("SSN", "SS#", "Social Security No")) + ": ").p(
                T.SSN, f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
            )
        elif e == "dl":
            b.t(_label(rng, ("Driver's License", "DL #", "License No")) + ": ").p(
                T.LICENSE, _id(rng, rng.choice(("A9999999", "99999999", "AA999999")))
            )
        elif e in ("vin", "plate"):
            b.t(_label(rng, ("License plate", "Plate #")) + ": ").p(
                T.VEHICLE, _id(rng, rng.choice(("9AAA999", "AAA9999")))
            )
        elif e == "device":
            b.t(_label(rng, ("Pacemaker serial", "Serial #", "S/N", "Device ID")) + ": ").p(
                T.DEVICE, _id(rng, rng.choice(("AAA999999A", "99999999", "AA-99999-9")))
            )
        elif e == "url":
            b.t("Portal: ").p(
                T.URL,
                f"https://mychart.{rng.choice(('stlukes', 'mercy', 'valley'))}health.org/p/{rng.randint(1000, 99999)}",
            )
        elif e == "ip":
            b.t("Device IP ").p(
                T.IP, f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            )
        else:
            b.t(_label(rng, ("Accession #", "Rx #", "Study ID", "Specimen ID")) + ": ").p(
                T.OTHER_ID, _id(rng, rng.choice(("AA99-99999", "9999999", "A99999999")))
            )
        b.t("\n")
    # plan + signature
    b.t("\nPlan: continue ").k("drug", rng.choice(DRUGS)).t("; follow up ")
    lead, ds = _date(rng, base + dt.timedelta(days=rng.randint(7, 40)))
    b.t(lead).p(T.DATE, ds).t(" with ")
    b.p(T.NAME, f"{doc2.first} {doc2.last}").t(rng.choice((", MD", ", NP", " MD", ", PA-C"))).t(
        ". "
    )
    b.t("Call ").p(T.PHONE, _phone(rng)).t(" with questions. ")
    b.t("Discussed with ").t(rng.choice(("patient", "family"))).t(" and ").p(T.NAME, pt.first).t(
        " agrees.\n\n"
    )
    b.t(rng.choice(("Electronically signed by: ", "Signed by ", "Dictated by: ", "Attending: ")))
    b.p(T.NAME, f"{doc.first} {doc.mid}. {doc.last}").t(rng.choice((", MD", " MD", ", DO", "")))
    if rng.random() < 0.4:
        b.t("\n").p(T.NAME, f"{doc.first[0]}{doc.last[0]}/{pt.mid.lower()}{rng.choice('abcdefgk')}")
    b.t("\n")
    return b.done()


def generate(n: int = 200, seed: int = 20261125) -> list[Note]:
    rng = random.Random(seed)
    fakers = {loc: Faker(loc) for loc in dict.fromkeys(NAME_LOCALES)}  # ordered: seeds stable
    for i, f in enumerate(fakers.values()):
        f.seed_instance(seed + i)
    return [make_note(rng, fakers) for _ in range(n)]
