"""The blind PHI sets: hand-written clinical notes, chats and general-PII texts (data in
src/medgate/privacy/data/written/, where they are also the learned tagger's training text), each
written before its author read the detector and scored once before it joined that folder.

Each note is free text (not generated from templates) with the PHI it contains, labelled as
(exact substring, PhiType), and clinical substrings that must survive de-identification untouched.
Labels are located by substring search (every occurrence bounded by non-alphanumerics counts).

Labelling convention (HIPAA Safe Harbor, i2b2-style, value-only spans):
- NAME: patients, relatives, clinicians, staff initials such as "JS/mk".
- DATE: any date element more specific than a year; a year on its own and relative phrases
  ("last Tuesday", "yesterday") are not PHI.
- AGE: only ages over 89, the value alone ("92" in "92 y/o"); younger ages are not PHI.
- COUNTY: the name part alone ("Suffolk" in "Suffolk County").
- ADDRESS: street and unit / PO box; CITY, ZIP/postcode, COUNTY separately; a state or country
  alone is not PHI; nor are payer or product names.
- Sets 1 and 2 avoid facility names or leave them generic. Set 3 (nursing notes in the style of
  1990s-2000s ICU charts) and the chat set (messages people type) label them LOCATION, the name
  part only ("St. Brigid's" in "St. Brigid's Hospital", "quartermain" in "quartermain 3"), as do
  wards, clinics, schools, employers, churches and care homes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from medgate.privacy import PhiType
from medgate.privacy.learned.written import WRITTEN


@dataclass(frozen=True)
class BlindNote:
    kind: str
    text: str
    phi: list[tuple[str, PhiType]]
    keep: list[str] = field(default_factory=list)


def load(name: str) -> list[BlindNote]:
    data = yaml.safe_load((WRITTEN / name).read_text(encoding="utf-8"))
    return [
        BlindNote(d["kind"], d["text"], [(s, PhiType(t)) for s, t in d["phi"]], list(d["keep"]))
        for d in data
    ]


NOTES = load("blind_notes_1.yaml")  # set 1: 30 notes
NOTES_2 = load("blind_notes_2.yaml")  # set 2: 20 notes of kinds set 1 lacked
NOTES_3 = load("blind_notes_3.yaml")  # set 3: 25 telegraphic nursing notes, ALL CAPS and lower case
CHAT = load("blind_chat.yaml")  # 80 chat messages from patients, carers and clinicians
NOTES_4 = load("blind_notes_4.yaml")  # set 4: 14 clinical documents, 12 general-PII texts, 14 chats
NOTES_5 = load("blind_notes_5.yaml")  # set 5: 33 chat messages, 12 short clinical notes
NOTES_6 = load("blind_notes_6.yaml")  # set 6: 28 chats in nine languages, 12 short documents
NOTES_7 = load("blind_notes_7.yaml")  # set 7: 26 chat messages, 10 short clinical documents
NOTES_8 = load("blind_notes_8.yaml")  # set 8: 24 chat messages, 12 short clinical documents
NOTES_9 = load("blind_notes_9.yaml")  # set 9: 14 ICU nursing notes, 6 letters, 8 general-PII texts, 12 chats
NOTES_10 = load("blind_notes_10.yaml")  # set 10: 18 general-PII texts, 14 ICU nursing notes, 8 chats
NOTES_11 = load("blind_notes_11.yaml")  # set 11: 24 chats, 10 nursing notes, 6 general-PII texts
NOTES_12 = load("blind_notes_12.yaml")  # set 12: 10 nursing notes, 10 letters, 10 general-PII texts, 10 chats
NOTES_13 = load("blind_notes_13.yaml")  # set 13: 28 chats (code-switching, voice typing), 6 notes, 6 letters
NOTES_14 = load("blind_notes_14.yaml")  # set 14: 12 nursing notes, 10 letters, 10 general-PII texts, 8 chats
NOTES_15 = load("blind_notes_15.yaml")  # set 15: the held-back mix again (10 + 10 + 10 + 10), recorded, not tuned
NOTES_16 = load("blind_notes_16.yaml")  # set 16: 40 chats from every continent, recorded, not tuned
NOTES_17 = load("blind_notes_17.yaml")  # set 17: 12 nursing notes, 12 general PII, 16 English chats
NOTES_18 = load("blind_notes_18.yaml")  # set 18: the same mix, held back, recorded, not tuned
NOTES_19 = load("blind_notes_19.yaml")  # set 19: the same mix by a new writer
NOTES_20 = load("blind_notes_20.yaml")  # set 20: the same mix, held back, recorded, not tuned
NOTES_21 = load("blind_notes_21.yaml")  # set 21: the same mix by a new writer
NOTES_22 = load("blind_notes_22.yaml")  # set 22: the same mix, held back, recorded, not tuned
NOTES_23 = load("blind_notes_23.yaml")  # set 23: the same mix by a new writer
NOTES_24 = load("blind_notes_24.yaml")  # set 24: the same mix, held back, recorded, not tuned
NOTES_25 = load("blind_notes_25.yaml")  # set 25: the same mix by a new writer
NOTES_26 = load("blind_notes_26.yaml")  # set 26: the same mix, held back, recorded, not tuned
NOTES_27 = load("blind_notes_27.yaml")  # set 27: weighted to chats (24 of 40) by a new writer
NOTES_28 = load("blind_notes_28.yaml")  # set 28: weighted to chats, held back, recorded, not tuned
NOTES_29 = load("blind_notes_29.yaml")  # set 29: chat-weighted, rarer places, by a new writer
NOTES_30 = load("blind_notes_30.yaml")  # set 30: the same brief, held back, recorded, not tuned
NOTES_31 = load("blind_notes_31.yaml")  # set 31: chat-weighted, immigrant families in English-speaking countries
NOTES_32 = load("blind_notes_32.yaml")  # set 32: the same brief, held back, recorded, not tuned
NOTES_33 = load("blind_notes_33.yaml")  # set 33: standard mix, held back to the end of the session, recorded, not tuned
NOTES_34 = load("blind_notes_34.yaml")  # set 34: weighted to clinical notes (US ICU nursing notes), scored first
NOTES_35 = load("blind_notes_35.yaml")  # set 35: the same brief, held back until set 34's fixes were in, recorded
NOTES_36 = load("blind_notes_36.yaml")  # set 36: standard mix, held back to the end of the fifth session, recorded, not tuned
NOTES_37 = load("blind_notes_37.yaml")  # set 37: weighted to lower-case and code-switched chats (22), sixth session, scored first
NOTES_38 = load("blind_notes_38.yaml")  # set 38: the same chat-weighted brief, held back until set 37's fixes were in, recorded
NOTES_39 = load("blind_notes_39.yaml")  # set 39: weighted to clinical notes (22, a third ALL CAPS), seventh session, scored first
NOTES_40 = load("blind_notes_40.yaml")  # set 40: the same note-weighted brief, held back until set 39's fixes were in, recorded
NOTES_41 = load("blind_notes_41.yaml")  # set 41: 20 clinical notes in hospital-record shapes, 10 chats, 10 general-PII texts
NOTES_42 = load("blind_notes_42.yaml")  # set 42: the same record-shaped brief, held back until set 41's fixes were in, recorded
NOTES_43 = load("blind_notes_43.yaml")  # set 43: weighted to chats and threads (20), code-switched, ninth session, scored first
NOTES_44 = load("blind_notes_44.yaml")  # set 44: record-shaped notes (18), held back until the ninth session's changes were in, recorded
NOTES_45 = load("blind_notes_45.yaml")  # set 45: hurried notes, scores that look like dates, 14 chats, 10 PII texts; scored at once, recorded
NOTES_46 = load("blind_notes_46.yaml")  # set 46: letters, labels and reports, 15 chats, 10 PII texts; scored at once, recorded
NOTES_47 = load("blind_notes_47.yaml")  # set 47: North America and the Caribbean, 15 notes, 15 chats, 10 PII texts; scored at once
NOTES_48 = load("blind_notes_48.yaml")  # set 48: Africa, Asia, the Gulf and Oceania, 15 notes, 15 chats, 10 PII texts; scored at once
NOTES_49 = load("blind_notes_49.yaml")  # set 49: Europe, 15 notes, 15 chats, 10 PII texts; held back to the session's end, recorded
NOTES_50 = load("blind_notes_50.yaml")  # set 50: 25 chats as typed, 8 hurried notes, 7 PII texts; held back likewise, recorded
NOTES_51 = load("blind_notes_51.yaml")  # set 51: US hospital records (25), portal chats (8), billing and HR texts (7); scored at once, recorded
NOTES_52 = load("blind_notes_52.yaml")  # set 52: Latin America, Iberia, the Philippines, Quebec and diasporas, 15 notes, 15 chats, 10 PII texts; scored at once, recorded
NOTES_53 = load("blind_notes_53.yaml")  # set 53: older ICU nursing notes (28), nurses' texts (8), staff memos (4); held back to the session's end, recorded
NOTES_54 = load("blind_notes_54.yaml")  # set 54: 25 chats from South, East and South-East Asia, the Middle East and diasporas, 8 notes, 7 PII texts; held back likewise, recorded
NOTES_55 = load("blind_notes_55.yaml")  # set 55: US academic ICU nursing notes (30), unit nurses' texts (5), staffing memos (5); scored at once, recorded
NOTES_56 = load("blind_notes_56.yaml")  # set 56: 16 PII texts of the public evaluation sets' kind, 14 ED, discharge and clinic letters, 10 chats; held back to the session's end, recorded
NOTES_57 = load("blind_notes_57.yaml")  # set 57: 30 chats in the English of the US, UK, Ireland, Canada, Australia and NZ, 6 GP and urgent-care notes, 4 PII texts; scored at once, recorded
NOTES_58 = load("blind_notes_58.yaml")  # set 58: 30 chats and threads from sixteen countries (Maori, Yoruba, Tagalog, Polish, Vietnamese, Punjabi, Arabizi mixed in), 10 phone-written notes and handovers; scored at once, recorded
NOTES_60 = load("blind_notes_60.yaml")  # set 60: 40 chat and inbox messages (patients, carers, clinicians, receptionists) in the English of ten countries; scored at once, recorded
NOTES_61 = load("blind_notes_61.yaml")  # set 61: 20 US ICU and ward nursing notes, 8 discharge, referral and clinic letters from seven countries, 12 chats; held back to the end of the fourteenth session, recorded
NOTES_62 = load("blind_notes_62.yaml")  # set 62: 40 portal, inbox, group-chat, carer and district-nurse messages and badly transcribed voice notes from twelve countries (Swahili, Patois, Taglish, Roman Urdu, Polish, Spanish mixed in); scored at once, recorded
NOTES_63 = load("blind_notes_63.yaml")  # set 63: 18 US, UK, Australian and Canadian nursing and progress notes, 6 letters, 16 chats from eight countries; held back to the end of the fifteenth session, recorded
NOTES_64 = load("blind_notes_64.yaml")  # set 64: 16 US, Irish, NZ and Canadian chart notes (ED, ICU, physiotherapy, social work, radiology, pathology, operations), 6 letters and forms, 18 chats from eight countries; scored at once, recorded
NOTES_65 = load("blind_notes_65.yaml")  # set 65: 20 US, UK, Irish, Welsh and Australian nursing notes, 6 letters and discharge summaries, 14 chats from eight countries; held back to the end of the sixteenth session, recorded
NOTES_66 = load("blind_notes_66.yaml")  # set 66: 22 chats from ten countries, 12 nursing and physician notes, 6 letters and forms; scored at once in the seventeenth session, recorded
NOTES_67 = load("blind_notes_67.yaml")  # set 67: 24 US, UK, Canadian and NZ ICU and ward nursing notes, 4 letters and discharge summaries, 12 chats from eight countries; held back to the end of the seventeenth session, recorded
NOTES_68 = load("blind_notes_68.yaml")  # set 68: 20 chats from ten countries, 14 home-health, hospice, therapy and ward notes, 6 forms and letters; scored at once in the eighteenth session, recorded
NOTES_69 = load("blind_notes_69.yaml")  # set 69: 26 US, Irish, Scottish, Australian and South African ICU, ED and ward nursing notes, 4 letters, 10 chats from eight countries; held back to the end of the eighteenth session, recorded
NOTES_70 = load("blind_notes_70.yaml")  # set 70: 22 chats from twelve rarely covered places, 12 nursing, physiotherapy, midwifery and mental-health notes, 6 letters, summaries and forms; scored at once in the nineteenth session, recorded
NOTES_71 = load("blind_notes_71.yaml")  # set 71: 28 US ICU and step-down nursing notes (CCU, MICU, SICU, NICU) in the style of 2000-2010, 6 family chats, 6 letters and transfer forms; held back to the end of the nineteenth session, recorded
NOTES_72 = load("blind_notes_72.yaml")  # set 72: 24 chats from twelve rarely covered places, 10 pharmacy, therapy, school-nurse, social-work and home-visit notes, 6 letters and forms; scored at once in the twentieth session, recorded
NOTES_73 = load("blind_notes_73.yaml")  # set 73: 20 chats from families and patients of a children's hospital and an oncology day unit (eight countries), 14 ED and oncology nursing and allied-health notes, 6 letters and forms; held back to the end of the twentieth session, recorded
NOTES_74 = load("blind_notes_74.yaml")  # set 74: 22 chats from twelve rarely covered places, 12 nursing, midwifery, paramedic and mental-health notes, 6 letters and forms; held back to the end of the twentieth session, recorded
NOTES_75 = load("blind_notes_75.yaml")  # set 75: 22 chats from twelve rarely covered places, 12 dialysis, hospice, midwifery, prison, mental-health and ambulance notes, 6 letters and forms; scored at once in the twenty-first session, recorded
NOTES_76 = load("blind_notes_76.yaml")  # set 76: 20 chats to a rural practice, a fertility clinic and a stroke-rehab unit (ten countries), 14 nursing, allied-health, pharmacy and GP notes, 6 letters and forms; held back to the end of the twenty-first session, recorded
NOTES_77 = load("blind_notes_77.yaml")  # set 77: 34 US intensive-care nursing notes in the 2000s style (capitals, lower case, mixed) and 6 letters from the same hospitals; scored at once in the twenty-first session, recorded
NOTES_78 = load("blind_notes_78.yaml")  # set 78: 16 chats from an oncology day unit, a children's hospital and occupational health (ten places), 18 US nursing progress notes (mixed, capitals, lower case), 6 letters and forms; scored at once in the twenty-second session, recorded
NOTES_80 = load("blind_notes_80.yaml")  # set 80: 36 US ICU nursing progress notes of the 1990s-2000s (capitals, mixed, lower case) and 4 transfer and discharge summaries; scored at once in the twenty-second session, recorded
NOTES_79 = load("blind_notes_79.yaml")  # set 79: 14 chats after an emergency visit, of a home-care agency and a veterans' clinic (ten places), 20 ICU, step-down and rehabilitation nursing notes, 6 letters and forms; held back to the end of the twenty-second session, recorded
NOTES_81 = load("blind_notes_81.yaml")  # set 81: 16 chats of a dialysis unit, a maternity ward and a community mental-health team (ten places, Korean and Swedish among them), 18 US nursing progress notes (capitals, lower case, mixed), 6 letters and forms; scored at once in the twenty-third session, recorded
NOTES_82 = load("blind_notes_82.yaml")  # set 82: 14 chats of a stroke unit, a paediatric oncology ward and a rural clinic (ten places, Turkish, Norwegian, French and Spanish among them), 20 US ICU, step-down and ward nursing notes, 6 letters and forms; held back to the end of the twenty-third session, recorded
NOTES_83 = load("blind_notes_83.yaml")  # set 83: 15 chats of a burns unit, a memory clinic and a hospice-at-home team (ten places, Portuguese, Danish, Swahili and Roman Urdu among them), 19 US nursing progress notes (capitals, lower case, mixed), 6 letters and forms; scored at once in the twenty-fourth session, recorded
NOTES_84 = load("blind_notes_84.yaml")  # set 84: 14 chats of an orthopaedic ward, a neonatal unit and a remote-area clinic (ten places, Spanish and Finnish-English among them), 20 US ICU, cardiac step-down and surgical-ward nursing notes, 6 letters and forms; held back to the end of the twenty-fourth session, recorded
NOTES_85 = load("blind_notes_85.yaml")  # set 85: 14 chats of a dialysis unit, a maternity unit and a mental-health crisis team (ten places, Indonesian, Spanish, Portuguese, Norwegian and French among them), 20 US medical-surgical, oncology and rehabilitation nursing notes, 6 letters and forms; scored at once in the twenty-fifth session, recorded
NOTES_86 = load("blind_notes_86.yaml")  # set 86: 14 chats of a children's cancer ward, a stroke rehabilitation unit and a travel clinic (ten places, Spanish, Turkish and Roman Urdu among them), 20 US ED, telemetry and labour-and-delivery nursing notes, 6 letters and forms; held back to the end of the twenty-fifth session, recorded
NOTES_87 = load("blind_notes_87.yaml")  # set 87: 14 chats of a community mental-health team, a diabetes clinic and home-care family groups (fourteen places, Polish, Portuguese, Vietnamese, isiZulu, Hinglish, Taglish and Manglish among them), 20 US medical-ICU, step-down and inpatient psychiatric nursing notes, 6 letters and forms; scored at once in the twenty-sixth session, recorded
NOTES_88 = load("blind_notes_88.yaml")  # set 88: 14 chats of a fertility clinic, a sexual-health clinic and a fracture clinic (fourteen places, pidgin, Taglish, Manglish, Hinglish, Polish, Portuguese and Vietnamese among them), 20 US NICU, paediatric-floor and PACU / same-day-surgery nursing notes, 6 letters and forms; held back to the end of the twenty-sixth session's PHI work, recorded
