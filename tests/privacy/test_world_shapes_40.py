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
    # near misses: what brackets after a role or a name hold that is no one's name
    ("Reg (ortho) aware, for fasting from midnight.", "ortho"),
    ("Discussed with Jane Porter (wife) at the bedside.", "wife"),
    ("Referred by Dr Okoro (endo) for a review of her thyroid.", "endo"),
    ("GCS 14 (E4V4M6) on arrival, AC 18/450/+5/40%.", "14 (E4V4M6) on arrival, AC 18/450/+5/40%"),
    ("Power 5/5 in all limbs, HR 88, bed 12 at 0830.", "5/5 in all limbs, HR 88"),
    ("I: Known asthmatic, 45M, on salbutamol.", "Known asthmatic"),
    ("physio (PM) session cancelled", "(PM)"),
    ("seu filho, 40 anos, acompanha a paciente", "filho"),
    ("IN SR, HR 80. sr nurse aware, 2 units given", "SR, HR 80"),
    ("Reviewed by Dr. Okafor MD. Patient stable overnight.", "MD. Patient"),
    ("Letter signed by Anne Roe, MD. Plan as above.", "MD. Plan"),
])  # fmt: skip
def test_a_near_miss_stays_40(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")
