"""Names that notes (lower-case ones above all) put in fixed slots where no capital marks them:
a patient in brackets surname first with age and sex ("(delos reyes, marites, 81/m)"), a
signature at the note's end before a credential or grade ("- kl reyes, md (pgy1)", "- achieng,
student nurse"), a clinician after another language's abbreviated title (Vietnamese "bs." doctor,
"đd." nurse, "ds." pharmacist), a patient or mother named before an identifier or an age ("pt
wiremu tane, NHI ...", "mother: auma grace, 31y"), a nursing sister ("sr. nansubuga", "SR. SUNITA KAMBLE") and the
patient on an ISBAR handover's identify line ("I: Hemi Te Rangi, 52M, NHI ...") or after a
Portuguese or Spanish title ("sra. ana das dores lima, 88 a")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.line_starts import line_finditer
from medgate.privacy.strict.words import FUNCTION_ZIPF, ROLE_WORDS
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_led

_W: Final = r"[^\W\d_][^\W\d_'’-]*"
# "(surname[ particle], given[ given], 76/f)": the bracket, two comma-separated names, age and sex
_BRACKETED: Final = re.compile(
    rf"\((?P<a>{_W}(?:[ \t]+{_W}){{0,3}}),[ \t]*(?P<b>{_W}(?:[ \t]+{_W}){{0,2}}),[ \t]*"
    r"\d{1,3}[ \t]*(?:y(?:o|rs?)?)?[ \t]*/?[ \t]*[mfMF]\b"
)
# A signature: a dash opening a line or following a sentence, one to three words, a comma, then a
# credential or grade; only at the note's end (a bracketed team or a phone number may follow)
_SIGNATURE: Final = re.compile(
    rf"(?:^|(?<=[.!?])[ \t]+)[ \t]*[-–—]+[ \t]*(?P<v>{_W}(?:[ \t]+{_W}){{0,2}}),[ \t]*(?P<c>{_W}(?:[ \t]+{_W}){{0,2}})"
    r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*(?:,?[ \t]*(?i:ph|tel|phone|mob|ext|bleep|pager)\.?:?[ \t]*[\d +()-]{3,20}"
    r"(?:(?i:ext|x)\.?[ \t]*\d{1,5})?)?"
    # ... or a licence or registration number ("pharmacist license no. 28814")
    r"(?:,?[ \t]*(?i:licen[cs]e|lic|reg|registration|gphc|gmc|nmc|ahpra|prc)\.?(?:[ \t]*(?i:no|number|#))?\.?:?"
    r"[ \t]*[A-Z]{0,4}[-/ ]?\d{3,10})?[ \t.]*\s*\Z",
    re.M,
)
_GRADES: Final = frozenset({
    "intern", "midwife", "nurse", "student", "doctor", "registrar", "resident", "officer", "medical",
    "clinical", "house", "sister", "matron", "pharmacist", "physio", "consultant", "staff", "charge",
    "dn", "sn", "en", "cn", "rm", "srn", "rgn", "rpn",
}) | cues.DOCTOR_GRADES  # fmt: skip
# A ward grade, then the name, ending the note: "... / SR ADAEZE NWOSU", "S/N LOSANA RATU"
_GRADED_SIGNATURE: Final = re.compile(
    rf"(?:^|(?<=[\s/|]))(?:SR|SN|S/N|EN|CN|RN|RM|SISTER|NURSE)\.?[ \t]+(?P<v>{_W}(?:[ \t]+{_W}){{0,2}})[ \t.]*\s*\Z"
)
# Another language's abbreviated clinical title, at a clause's start: Vietnamese "bs." (bác sĩ),
# "đd." (điều dưỡng), "ds." (dược sĩ), "ths." (thạc sĩ), "ts." (tiến sĩ)
_FOREIGN_TITLE: Final = re.compile(
    rf"(?:^|(?<=[\n(,;:.]))[ \t]*(?i:bs|bsck[12i]*|đd|ds|ths|ts)\.[ \t]*(?P<v>{_W}(?:[ \t]+{_W}){{0,3}})"
)
_WORD: Final = re.compile(_W)
_CLAUSE_END: Final = re.compile(r"[ \t]*(?:[,.;:)\n]|\Z)")
# "pt" or a parent as a note's slot, the name, then an identifier's label or an age
_SLOT: Final = re.compile(
    word_led(["pt", "patient", "mother", "father", "mum", "mom", r"baby[ \t]+of"], before=r"(?:^|(?<=[\s(:;,.]))")
    + r"[ \t]*:?[ \t]+"
    rf"(?P<v>{_W}(?:[ \t]+{_W}){{1,3}})[ \t]*,[ \t]*"
    r"(?:\d{1,3}[ \t]?(?:y|yo|y/o|yrs?|years)\b|(?i:nhi|mrn|ur|ic|nic|hn|ip|op|hosp|reg|file)\b|(?i:g\d{1,2}[ \t]?p\d{1,2})\b)"
)
# The "I" (identify) line of an ISBAR handover: the name, then an age and sex or an identifier
# ("I: Hemi Te Rangi, 52M, NHI ...")
_IDENTIFY: Final = re.compile(
    rf"^[ \t]*(?:I|ID|Identify|IDENTIFY)[ \t]*[:\-–][ \t]*(?P<v>{_W}(?:[ \t]+{_W}){{0,4}})[ \t]*,[ \t]*"
    r"(?:\d{1,3}[ \t]?(?:[mfMF]|y|yo|y/o|yrs?|years)\b|(?i:nhi|mrn|ur|nhs|dob|hn|ic)\b)",
    re.M,
)
# A Portuguese or Spanish title before a patient's whole name in a note ("pt sra. ana das dores
# lima, 88 a", "dona rita de cássia, 79 anos", "seu joão"): the words up to a comma or an age
_IBERIAN: Final = re.compile(
    r"(?P<t>[SsDd](?<=(?:^|(?<=[\s(,;:.])).)(?:(?<=[Ss])(?:ra?|rta)|(?<=[Dd])(?:ona|oña)|(?<=[Ss])eu))"  # (led by its letters)
    rf"\.?[ \t]+(?P<v>{_W}(?:[ \t]+{_W}){{0,5}}?)"
    r"(?=[ \t]*(?:[,;(]|\d{1,3}[ \t]?(?:a|anos|años|y|yo|yrs?)\b))"
)
_SISTER: Final = re.compile(r"(?:^|(?<=[\s(,;:]))sr\.[ \t]*(?P<v>[^\W\d_]{3,}(?:-[^\W\d_]+)?)")
# ... and in a note in capitals ("SR. SUNITA KAMBLE, S/N"), where "SR" is also sinus rhythm ("RHYTHM
# SR. NO ECTOPY"): only before two words no list knows
_CAPS_SISTER: Final = re.compile(r"\bSR\.[ ](?P<v>(?P<a>[A-Z]{3,})[ ](?P<b>[A-Z]{3,}(?:-[A-Z]{3,})?))\b")


def note_names(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "(" in text:
        for m in _BRACKETED.finditer(text):
            if _names(lex, m.group("a").split() + m.group("b").split(), particles=True):
                out.append(Entity.of(PhiType.NAME, m, "a"))
                out.append(Entity.of(PhiType.NAME, m, "b"))
    tail = text[-160:]
    base = len(text) - len(tail)
    if "," in tail and ("-" in tail or "–" in tail or "—" in tail):
        for m in _SIGNATURE.finditer(tail):
            grades = m.group("c").lower().split()
            words = m.group("v").split()
            if (
                (grades[0] in cues.CREDENTIALS or all(g in _GRADES for g in grades))
                and _names(lex, words, english_ok=True)
            ):  # fmt: skip
                out.append(Entity(PhiType.NAME, base + m.start("v"), base + m.end("v"), m.group("v")))
    g = _GRADED_SIGNATURE.search(tail, max(0, len(tail) - 60))  # (a capitals note's signer: ALL CAPS only)
    if g is not None and g.group("v").isupper() and _names(lex, g.group("v").split(), english_ok=True):
        out.append(Entity(PhiType.NAME, base + g.start("v"), base + g.end("v"), g.group("v")))
    if "." in text and ("bs." in text or "đd." in text or "ds." in text or "ts." in text):
        out.extend(_foreign_titled(text, lex))
    if "," in text and ("pt" in text or "atient" in text or "other" in text or "mum" in text or "mom" in text):
        for m in _SLOT.finditer(text):
            if _names(lex, m.group("v").split()):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if "I" in text and ":" in text:
        for m in line_finditer(_IDENTIFY, text):
            if _names(lex, m.group("v").split(), particles=True, english_ok=True, name_ok=True):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if "sr" in text or "Sr" in text or "ona" in text or "oña" in text or "eu " in text:
        out.extend(_iberian_titled(text, lex))
    if "sr." in text:
        out.extend(Entity.of(PhiType.NAME, m, "v") for m in _SISTER.finditer(text) if _unlisted(lex, m["v"]))
    if "SR. " in text:
        out.extend(
            Entity.of(PhiType.NAME, m, "v") for m in _CAPS_SISTER.finditer(text) if _unlisted(lex, m["a"]) and _unlisted(lex, m["b"])
        )
    return out


def _unlisted(lex: Lexicon, word: str) -> bool:
    """No English, clinical, unit or note-shorthand word: after "sr." only the lists can tell a name."""
    low = word.lower()
    e = lex(low)
    return not (e.english or e.clinical) and low not in cues.UNITS and low not in cues.SHORTHAND


def _iberian_titled(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _IBERIAN.finditer(text):
        words = m.group("v").split()
        if words[0].lower() in cues.NAME_JOINERS or words[0].lower() in cues.KIN_WORLD:
            continue  # ("seu filho": your son)
        first = lex(words[0].lower())
        # "seu", "dona" are also "your" and "owner": only before a known first name
        if m.group("t").lower() in ("seu", "dona") and not (first.name or first.flags & F.FIRST):
            continue
        if _names(lex, words, particles=True, english_ok=True, name_ok=True):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


def _foreign_titled(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _FOREIGN_TITLE.finditer(text):
        spans = [(w.start(), w.end(), w.group().lower()) for w in _WORD.finditer(text, m.start("v"), m.end("v"))]
        first = lex(spans[0][2])
        if first.english or first.clinical or spans[0][2] in cues.SHORTHAND or spans[0][2] in cues.UNITS:
            continue
        # the whole clause when it ends within the name's four syllables ("bs. pham van long."), else
        # the leading words that are names or no English word
        end = m.end("v")
        if _CLAUSE_END.match(text, end) is None:
            end = spans[0][1]
            for _, e_end, low in spans[1:]:
                e = lex(low)
                if e.clinical or e.zipf >= FUNCTION_ZIPF or (e.english and not e.name):
                    break
                end = e_end
        out.append(Entity(PhiType.NAME, m.start("v"), end, text[m.start("v") : end]))
    return out


def _names(
    lex: Lexicon, words: list[str], *, particles: bool = False, english_ok: bool = False, name_ok: bool = False
) -> bool:
    """Every word may be part of a name (no clinical, role or common word; an English word only as
    a first name, or in a signature), and one at least is no English word (or, in a slot only a
    name fills, a known name)."""
    foreign = False
    for w in words:
        low = w.lower()
        if particles and low in cues.NAME_JOINERS | _PARTICLES:
            continue
        e = lex(low)
        if e.clinical or low in ROLE_WORDS or low in cues.UNITS or low in cues.SHORTHAND or e.zipf >= FUNCTION_ZIPF:
            return False
        if e.english and not (english_ok or e.flags & F.FIRST or not low.isascii()):  # ("hồng" is no "hong")
            return False
        foreign = foreign or not e.english or (name_ok and e.name)
    return foreign


# Filipino and Spanish surname particles ("dela cruz", "delos santos", "de los reyes", "san jose")
# and Māori ones ("Te", "Ngā": "Hemi Te Rangi")
_PARTICLES: Final = frozenset({
    "dela", "delos", "de", "los", "la", "las", "san", "sta", "sto", "te", "ngā", "nga", "das", "dos", "da", "do",
})  # fmt: skip
