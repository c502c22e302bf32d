"""The cue vocabulary of the name recogniser (`name.py`): the labels, titles, relations, roles and
credentials that stand before or after a person's name, as regex fragments and word sets."""

from __future__ import annotations

from typing import Final

LABEL = (
    r"(?i:\b(?:patient(?:[ \t]+name)?|pt(?:[ \t]+name)?|name|full[ \t]+name|attending(?:[ \t]+"
    r"physician)?|pcp|primary[ \t]+care(?:[ \t]+(?:physician|provider|doctor))?|referring"
    r"(?:[ \t]+(?:physician|provider|doctor|md))?|provider|physician|surgeon|resident|nurse|rn|"
    r"author|interpreter|case[ \t]+manager|social[ \t]+worker|pharmacist|therapist|guardian|"
    r"emergency[ \t]+contact|contact(?:[ \t]+person)?|next[ \t]+of[ \t]+kin|nok|poa|hcp|"
    r"health[ \t]+care[ \t]+proxy|spouse|mother|father|parent|informant|dictated[ \t]+by|"
    r"transcribed[ \t]+by|signed[ \t]+by|electronically[ \t]+signed[ \t]+by|cosigned[ \t]+by|"
    r"co-signed[ \t]+by|authenticated[ \t]+by|reviewed[ \t]+by|seen[ \t]+by|cc|c\.c\.|to|from|"
    r"attn|attention|dear|sincerely|regards|re|child|client|driver|participant|visitor|caller|"
    r"member|subscriber|coordinator|examiner|endoscopist|pathologist|radiologist|ordering|"
    r"anesthesia|anesthesiologist|assistant|cnm|midwife|officer|subject|proxy)\b)"
    # (a hyphen glued to both words makes a compound, not a label: "Child-Pugh B", "Nurse-Led")
    r"(?:[ \t]*:[ \t]*|[ \t]*-[ \t]+|[ \t]+-|(?<=[Bb][Yy])[ \t]+|(?<=[Dd]ear)[ \t]+)(?:(?:Dr|Mr|Mrs|Ms)\.?[ \t]+)?"
)
# Form labels seen less often, scanned separately and only where "label:" occurs (see `scans`).
LABEL_MORE = (
    r"(?i:\b(?:student|employee|proband|guarantor|insured|policy[ \t]*holder|physio(?:therapist)?|"
    r"counsel+or|sw|(?:rn[ \t]+)?cm|submitting|sending|accepting|receiving|crew|medic|paramedic|"
    r"dispatcher|first(?:[ \t]+name)?|last[ \t]+name|surname|given[ \t]+names?|family[ \t]+name|"
    r"nom|pr[ée]nom|nombre|apellidos?|(?:account[ \t]+)?holder|passenger|tenant|landlord|applicant|customer"
    r"|candidate|guest|beneficiary|deceased|travell?er|pasient|p[åa]r[øo]rende|anh[öo]rig)\b)[ \t]*:[ \t]*(?:(?:Dr|Mr|Mrs|Ms|MR|MRS|MS)\.?[ \t]+)?"
)
LABEL_MORE_CUES = tuple(
    w + ":"
    for word in [
        "tudent",
        "employee",
        "mployee",
        "roband",
        "uarantor",
        "nsured",
        "older",
        "hysio",
        "hysiotherapist",
        "ounselor",
        "ounsellor",
        "SW",
        "CM",
        "ubmitting",
        "ending",
        "ccepting",
        "eceiving",
        "rew",
        "edic",
        "ispatcher",
        "irst",
        "name",
        "ast",
        "urname",
        "iven",
        "ames",
        "amily",
        "om",
        "rénom",
        "renom",
        "ombre",
        "pellido",
        "pellidos",
        "assenger", "enant", "andlord", "pplicant", "ustomer", "andidate", "uest", "eneficiary",
        "eceased", "raveller", "raveler",
        "asient", "årørende", "årörande", "nhörig",  # Nordic: patient, next of kin
    ]
    for w in (word,)
)
# LABEL_MORE's labels as words (one or two), where the engine tries it: before a colon.
LABEL_MORE_WORDS: Final = frozenset(
    ["student", "employee", "proband", "guarantor", "insured", "policyholder", "physio", "physiotherapist", "counselor", "counsellor", "sw", "cm", "submitting", "sending", "accepting", "receiving", "crew", "medic", "paramedic", "dispatcher", "first", "surname", "nom", "prénom", "prenom", "nombre", "apellido", "apellidos", "holder", "passenger", "tenant", "landlord", "applicant", "customer", "candidate", "guest", "beneficiary", "deceased", "traveller", "traveler", "pasient", "pårørende", "parorende", "anhörig", "anhorig"]
) | frozenset(
    ["policy holder", "rn cm", "first name", "last name", "given name", "given names", "family name", "account holder"]
)
RELATION = (
    r"(?i:\b(?:wife|husband|son|daughter|mother|father|mom|dad|sister|brother|spouse|partner|"
    r"friend|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|cousin|"
    r"caregiver|neighbou?r|roommate|fianc[ée]e?|girlfriend|boyfriend|stepson|stepdaughter|"
    r"sister-in-law|brother-in-law|daughter-in-law|son-in-law|guardian|proxy|dtr|gd|fils|fille|"
    r"hij[oa]|espos[oa])(?:'s)?)"
    r"(?:,?[ \t]*\n[ \t]*|,?[ \t]+|[ \t]*\()(?:(?i:named|is|was)[ \t]+)?(?:[\"“][^\"”\n]{1,15}[\"”][ \t]+)?"
)
# An ALL-CAPS modal after the kinship word, then a verb: "SON WILL CALL BACK", "DAUGHTER MAY VISIT"
# (a name only before what never follows a modal: "SON WILL IS FLYING IN", "BROTHER WILL'S NUMBER")
CAPS_MODAL = (
    r"(?!(?:WILL|MAY|CAN|SHALL|MUST|MIGHT|WOULD|COULD|SHOULD)[ \t]+"
    r"(?!(?:IS|WAS|HAS|HAD|SAYS|SAID|CALLED|RANG|PHONED|CAME|ARRIVED|VISITED|AND|WILL|MAY|CAN|[A-Z]+ED|[A-Z]+ING)\b)[A-Z]{2,}\b)"
)
CREDENTIALS = (
    r"(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|PA|CNM|CRNA|PharmD|DPM|DDS|DMD|LCSW|PhD|MSW|"
    r"APRN|FNP|FNP-C|DNP|LPN|CNA|RD|PT|OT|DPT|MBBS|FACP|FACC|LICSW|LMHC|LPC|CNS|CCC-SLP|MCSP|CGC|"
    r"LCGC|RGN|RMN|BDS|MRCP|MRCGP|FRCS|FRCP|FRCPC|MRPharmS|EMT-P|NRP|CCRN|BSN|MSN)\b"
)
CREDENTIAL = rf",?[ \t]+{CREDENTIALS}(?![ \t]*:)"
# A credential after at most 13 digit-free chunks (what NAME_SEQ can span), read possessively: a
# capitalised word with none after it fails here at once, before NAME_SEQ backtracks over its words.
CREDENTIAL_AHEAD = rf"(?=(?:[^\s\d]++[ \t]++){{1,13}}?{CREDENTIALS})"
PARTICLE = r"(?:(?:de|del|de la|da|van|van der|van den|von|von der|der|di|du|Ó|Ní|Mac)[ \t])"
# A role word written without a colon before the name: "RN Tamsin", "coordinator Bridget Roe".
ROLE = (
    r"(?:\b(?:RN|LPN|CNA|Sgt|SGT|Officer|Det|Capt|Nurse|nurse|Coordinator|coordinator|"
    r"[Ss]ocial[ \t]+[Ww]orker|[Cc]ase[ \t]+[Mm]anager|[Cc]haplain|[Ii]nterpreter|EMT(?:-[A-Z])?|"
    r"[Pp]aramedic|[Mm]edic|[Mm]idwife|[Dd]ispatcher|[Pp]hysio(?:therapist)?|[Tt]herapist|"
    r"[Pp]harmacist|[Dd]ietitian|[Cc]ounsel+or|[Ss]tudent|[Ee]mployee|[Pp]roband|[Gg]uarantor)\.?)"
    r"[ \t]+(?![A-Z]{2,3}\b[ \t]*:)(?:(?:Fr|Rev|Dr|Sr)\.?[ \t]+)?"
)
# "Pt Jane Roe", "name Jane Roe": taken only when the first word is a listed name.
BARE_LABEL = r"(?:\b(?:[Pp]t|PT|[Pp]atient|PATIENT|[Nn]ame|[Cc]hild|[Cc]lient))"
# Transcribed speech: "this is mr abdul rahimi", "it's jamal wright", "hi dr baker".
SPOKEN = (
    r"(?:\b(?i:this[ \t]+is|it'?s|i[ \t]+am|i'm|my[ \t]+name[ \t]+is)[ \t]+"
    r"(?:(?P<t>(?i:mr|mrs|dr))\.?[ \t]+)?|\b(?P<u>dr|mr|mrs)\.?[ \t]+)"
)
LOWER_LABEL = r"(?:\b(?i:pt|patient|name)[ \t]*:[ \t]*)"
STOP_WORDS: Final = frozenset(
    [
        "he",
        "she",
        "and",
        "the",
        "a",
        "an",
        "at",
        "in",
        "on",
        "to",
        "with",
        "from",
        "for",
        "here",
        "calling",
        "again",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "is",
        "was",
        "be",
        "not",
        "no",
        "so",
        "ok",
        "okay",
        "just",
        "also",
        "still",
        "now",
        "very",
    ]
)
