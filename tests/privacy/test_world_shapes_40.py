"""Names in shapes blind PHI set 40 found missing (note-weighted, many countries, some notes all in
capitals or lower case; new examples written for these tests, not the set's own texts), the words
it lost, and the near misses that must stay."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import covered, masked, touched


@pytest.mark.parametrize(("text", "value"), [
    # the identify line of an ISBAR handover, Māori particles inside the name
    ("SBAR from ED\nI: Hemi Te Rangi, 58M, NHI PQR7731, bay 2\nS: chest pain", "Hemi Te Rangi"),
    ("ISBAR\nI: Tama Ngā Puhi, 45 y, MRN 449120\nS: sepsis ?source", "Tama Ngā Puhi"),
    ("I - KAHU WALKER, 61M, NHI QRS9911\nS: fall at home", "KAHU WALKER"),
    # a Māori particle inside a name after a title or a kinship word, in running text
    ("Mrs Mereana Te Hiko was seen in clinic today.", "Mereana Te Hiko"),
    ("Discussed with her brother Hemi Te Rangi by phone.", "Hemi Te Rangi"),
    # a first name alone in brackets after a role
    ("Seen by the diabetes educator (Mere) at 1100, pen technique good.", "Mere"),
    ("mobilised with physio (tevita) to the chair", "tevita"),
    ("Consent taken with interpreter (Yulia) by phone.", "Yulia"),
    ("Chaplain (Ruth) visited the family this evening.", "Ruth"),
    # a lower-case name after a Portuguese or Spanish title, with its particles, up to an age or a comma
    ("evolução 20h. pt sra. ana das dores lima, 88 a, leito 412-1, sonolenta", "ana das dores lima"),
    ("pt sr. josé das neves, 81 a, leito 3, afebril", "josé das neves"),
    ("nota 23h. pt sra. rita das graças moura, 91 a, leito 7. pa 130/80", "rita das graças moura"),
    ("pt sr. benedito dos anjos, 84 a, leito 2", "benedito dos anjos"),
    ("seu joão de deus 90 anos, dispneico, o2 2l", "joão de deus"),
    ("visita: dona conceição da silva, 79 anos, acamada", "conceição da silva"),
    ("Sra. Lucía Fernández del Valle, 70, dolor torácico", "Lucía Fernández del Valle"),
    # "Md." (Mohammad), "Mst." (Mosammat) before a name after a title or opening a line
    ("We confirm that Mr. Md. Abdul Karim (passport EB0123456) is our employee.", "Md."),
    ("MR. MD. SHAHIDUL HAQUE, 52M, ADMITTED VIA ER", "MD. SHAHIDUL"),
    ("Patient: Md. Jahangir Alam, 47M\nPresenting complaint: fever", "Md. Jahangir"),
    ("Mrs. Mst. Nasima Khatun attended with her son.", "Mst. Nasima"),
    # a nickname in brackets after a lower-case name
    ("lives with her sister edna (dot) who does the shopping", "dot"),
])  # fmt: skip
def test_a_name_from_set_40(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    # words the set lost: a score named after a clinic, an implant named after a city, a course
    # of a drug in days after its frequency, a benefits form, an operation named after a surgeon
    ("Her Dutch Lipid Clinic score is 7 (probable FH), cascade testing offered.", "Dutch Lipid Clinic score"),
    ("DLCN: Dutch Lipid Clinic Network score 6, LDL 6.1.", "Dutch Lipid Clinic Network score"),
    ("PROC: L TOTAL HIP (EXETER STEM, CEMENTED CUP).", "EXETER STEM"),
    ("Uncemented Exeter stem, no complications.", "Exeter stem"),
    ("DALTEPARIN 5000 UNITS SC OD 21/7. FWB.", "21/7"),
    ("co-amoxiclav 625mg tds 5/7 then review", "5/7"),
    ("Dalteparin 5000 units sc daily 14/7 on discharge.", "14/7"),
    ("Daughter staying this week. DS1500 done, SR1 sent to DWP.", "DS1500"),
    ("Fit note (MED3) issued for 2 weeks.", "MED3"),
    ("perforated DU, had a Graham patch repair in 2021", "Graham patch repair"),
    ("Hx laparoscopic Nissen fundoplication and Hartmann's procedure.", "Nissen fundoplication"),
])  # fmt: skip
def test_a_word_the_set_lost_40(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    # near misses: what brackets after a role or a name hold that is no one's name
    ("Reg (ortho) aware, for fasting from midnight.", "ortho"),
    ("Discussed with Jane Porter (wife) at the bedside.", "wife"),
    ("Referred by Dr Okoro (endo) for a review of her thyroid.", "endo"),
    ("GCS 14 (E4V4M6) on arrival, AC 18/450/+5/40%.", "14 (E4V4M6) on arrival, AC 18/450/+5/40%"),
    ("Power 5/5 in all limbs, HR 88, bed 12 at 0830.", "5/5 in all limbs, HR 88"),
    ("I: Known asthmatic, 45M, on salbutamol.", "Known asthmatic"),
    ("Mr Kahu speaks Te Reo at home, no interpreter needed.", "Te Reo"),
    ("physio (PM) session cancelled", "(PM)"),
    ("seu filho, 40 anos, acompanha a paciente", "filho"),
    ("IN SR, HR 80. sr nurse aware, 2 units given", "SR, HR 80"),
    ("Reviewed by Dr. Okafor MD. Patient stable overnight.", "MD. Patient"),
    ("Letter signed by Anne Roe, MD. Plan as above.", "MD. Plan"),
    ("Pulse 88, BP 132/84, Na 139, Hb 102, ratio 5/5, GCS 15/15 at 14:20.", "88, BP 132/84, Na 139, Hb 102, ratio 5/5, GCS 15/15 at 14:20"),
])  # fmt: skip
def test_a_near_miss_stays_40(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")


@pytest.mark.parametrize(("text", "value"), [
    # a day and month after a word that is no drug's frequency is still a date
    ("booked for 25/12 review", "25/12"),
    ("seen on 28/7 in clinic, for review", "28/7"),
    # a code that only begins like a form's is still an identifier
    ("Claim ref DS150012 for the hospital stay", "DS150012"),
])  # fmt: skip
def test_a_date_or_code_stays_masked_40(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")
