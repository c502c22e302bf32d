"""Organisations named before the word for their trade, and schools and hospitals named after the
word for them in another language:

- an employer, shop or research body named in Title Case before its head word ("Harbour Electric",
  "Zagros Foods", "Mbarara Heart Institute", "Riverside Plumbing"), where at least one of the name's
  words is no everyday English or clinical word (a place, a surname, a coined word): "National
  Cancer Institute" and "Whole Foods" stay, they name no one;
- a daycare or nursery named before its kind after "attends" or "at" ("attends Happy Acorns
  daycare", "at Tiny Steps Montessori");
- a school, surgery or hospital after the Welsh, French, Italian or Spanish word for it ("Ysgol Glan Clwyd", "Meddygfa Tan y Bryn",
  "Hôpital Aristide Le Dantec", "ysbyty glan clwyd", "Ospedale Maggiore").
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_HEADS: Final = (
    "Electric|Electrical|Electrics|Foods|Institute|Plumbing|Joinery|Motors|Logistics|Construction|Builders"
    "|Engineering|Haulage|Bakery|Supermarket|Rugby[ ]League|Rugby[ ]Club|Football[ ]Club|Cricket[ ]Club"
    "|Heritage[ ]Centre|Heritage[ ]Center|Leisure[ ]Centre|Community[ ]Centre|Community[ ]Center"
)
_HEAD_WORDS: Final = tuple(h.split("[")[0] for h in _HEADS.split("|"))
_ORG: Final = re.compile(
    rf"(?<![\w\-'’])(?P<v>(?P<n>[A-Z][\w'’\-]*(?:[ ][A-Z][\w'’\-]*){{0,2}})[ ](?:{_HEADS}))\b"
)
_NURSERY: Final = re.compile(
    r"\b(?i:at|attends|attending|goes[ ]to)[ ](?P<v>(?:[A-Z][a-z'’]+[ ]){1,3}"
    r"(?i:daycare|day[ ]care|montessori|preschool|pre-school|nursery|kindergarten|creche|crèche|childcare))\b"
)
_NURSERY_CUES: Final = (
    "aycare",
    "ay care",
    "ontessori",
    "reschool",
    "re-school",
    "ursery",
    "indergarten",
    "reche",
    "rèche",
    "hildcare",
)
# the word for a school or hospital, then its name: one to three words (capitalised, or any word
# that is no function word where the text is lower case)
_FOREIGN_HEAD: Final = re.compile(
    r"(?<![\w\-])(?:Ysgol|YSGOL|ysgol|Ysbyty|YSBYTY|ysbyty|Meddygfa|MEDDYGFA|meddygfa|Hôpital|HÔPITAL|hôpital|Hopital|HOPITAL|Ospedale|OSPEDALE"
    r"|Policlinico|Clínica|Clinica|Colegio|Escuela|Lycée|Lycee|Collège|École|Ecole|Scoala|Școala|Liceul)"
    r"(?:[ ](?:de|du|des|la|le|l'|d'|del|di|dei))?"
    r"[ ](?P<v>(?:(?:San|Santa|Sf\.?|St\.?|Ste\.?)[ ])?[\w'’\-]+(?:[ ](?![Ii]s\b|[Ww]as\b|[Aa]nd\b|[Ii]n\b|[Oo]n\b|[Aa]t\b|[Bb]y\b|[Tt]o\b|[Ff]or\b|[Ss]ince\b)"
    r"[A-ZÀ-Ý][\w'’\-]*){0,2})"
)
# typed all in lower case, a Welsh school, hospital or surgery runs on over lower-case words ("by
# ysgol bro teifi in llandysul"), masked with its head word: up to three, stopping at a function word or a word of time
_WELSH_LOWER: Final = re.compile(
    r"(?<![\w\-])(?:ysgol|ysbyty|meddygfa)[ ](?P<v>(?:y[ ])?[a-z][\w'’\-]+"
    r"(?:[ ](?!(?:is|was|and|in|on|at|by|to|for|since|the|with|from|of|today|yesterday|tomorrow|now)\b)"
    r"[a-z][\w'’\-]+){0,2})"
)
_FOREIGN_CUES: Final = (
    "ysgol", "ysbyty", "meddygfa", "hôpital", "hopital", "ospedale", "policlinico", "clínica ", "clinica ", "colegio",
    "escuela", "lycée", "lycee", "collège", "école", "ecole ", "scoala", "școala", "liceul",
)
_FUNCTION: Final = frozenset(
    [
        "is",
        "was",
        "and",
        "in",
        "on",
        "at",
        "by",
        "to",
        "for",
        "since",
        "the",
        "a",
        "an",
        "with",
        "from",
        "of",
        "today",
        "yesterday",
    ]
)


def _not_everyday(lex: Lexicon, word: str) -> bool:
    e = lex(word.lower().strip("'’-"))
    return not e.clinical and (e.place or e.name or not e.english)


def org_head_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if any(h in text for h in _HEAD_WORDS):
        for m in _ORG.finditer(text):
            # the name starts at its first word that is no everyday word ("Ward Mbarara Heart
            # Institute": the ward is not the institute's)
            start = m.start("v")
            for w in m.group("n").split():
                if any(_not_everyday(lex, p) for p in w.split("-") if p):
                    out.append(
                        Entity(PhiType.LOCATION, start, m.end("v"), text[start : m.end("v")])
                    )
                    break
                start += len(w) + 1
    low = lowered(text)
    if any(c in low for c in _NURSERY_CUES):
        for m in _NURSERY.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if any(c in low for c in _FOREIGN_CUES):
        for m in _FOREIGN_HEAD.finditer(text):
            v = m.group("v")
            first = v.split()[0]
            if first.lower() in _FUNCTION or first.isdigit():
                continue
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
        if "ysgol" in low or "ysbyty" in low or "meddygfa" in low:
            for m in _WELSH_LOWER.finditer(text):
                if m.group("v").split()[0] not in _FUNCTION:  # (the Welsh word is the name's own first word)
                    out.append(Entity.of(PhiType.LOCATION, m))
    return out
