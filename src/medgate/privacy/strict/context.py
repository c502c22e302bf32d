"""Where a word that may be a name stands as one: after a title, kinship word or "per", before a
credential, introduced ("this is kez"), signing a message off, opening a reported item ("2. Summer
reported"), after a bed number, beside another rare capitalised word. `name_context` asks these of
one word; the neighbour pass (`neighbours.py`) then extends the names found."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.openings import (
    chat_cue,
    kinship_word,
    name_before_honorific,
    opens_clause,
    opens_line,
    plain_name_cue,
)
from medgate.privacy.strict.signatures import (
    dash_before,
    initials_by,
    signed_off,
    signed_with_initial,
)
from medgate.privacy.strict.web_words import CALENDAR, CLINICAL_ENDINGS, unlisted, web_word_as_name
from medgate.privacy.strict.words import (
    DOSE_AFTER,
    FUNCTION_ZIPF,
    JARGON,
    ROLE_WORDS,
    SAFE,
    WEAK_ZIPF,
    Tok,
    adjacent,
    counted_dose_after,
    intro_before,
    is_initial,
    name_pop,
    sentence_start,
    title_before,
)
from medgate.privacy.text import word_before
from medgate.privacy.vocab import STOP_NAME_WORDS

# Web frequency under which two capitalised non-English words side by side are taken for a name.
RARE_ZIPF: Final = 3.0
# Under this web frequency an English word that is also a name ("anil", "jace", "yadav") is read as
# the name after a kinship word.
RARE_NAME_ZIPF: Final = 3.5
# Role abbreviations written before a colleague's first name in notes (capitals only: "SW Tamsin",
# "CM Dolores", "OT Mariko"; not the words "sw", "pt"; not "PT", "RT", "PA", so often a verb's subject:
# "PT Ambulating well").
# "Pt", "Pts": the patient as notes write it, never a name ("Pt Bartholomew Quist", "brother. Pt Okafor")
_PATIENT: Final = frozenset({"pt", "pts"})
_ROLE_ABBREVIATIONS: Final = frozenset({"SW", "CM", "OT", "SLP", "NP", "RD", "CNA", "LPN"})
# ... and the ward grades of Commonwealth notes: staff, charge, enrolled nurse, senior house officer,
# specialist registrar ("SN Anjali", "SHO Tunde"), the registrar in any case ("ICU reg Venu"); "SR" and
# "CN" (sinus rhythm, cranial nerves) reach the rule only before a capitalised unknown or rare word
_WARD_GRADES: Final = frozenset({"SN", "CN", "EN", "SHO", "SR", "Reg", "reg", "sho"})
# Jobs on a ward, written before a colleague's first name ("ward clerk Pat", "porter Will")
_ROLE_NOUNS: Final = frozenset({
    "clerk", "porter", "receptionist", "secretary", "physio", "pharmacist", "carer", "hca", "cleaner",
    "interpreter", "coordinator", "dietitian", "dietician", "housekeeper", "paramedic", "tech", "technician",
    "phlebotomist", "radiographer", "sonographer", "orderly", "volunteer", "aide", "caregiver", "manager",
})  # fmt: skip
# A bed, bay or room number just before a patient's name in a handover
_BED_BEFORE: Final = re.compile(r"(?i:\b(?:bed|bay|rm|room|cubicle|cube)[ \t]*#?[ \t]*\d{1,3}[a-z]?[ \t]*[:\-–,]?[ \t]*)\Z")
# Where a sentence or a numbered item opens: "1. ", "2) ", "- ", after a full stop, or a line
_ITEM_OPEN: Final = re.compile(r"(?:^|\n|[.!?:;][ \t]+|\d[.)][ \t]+|[-•*][ \t]+)[ \t]*\Z")



def _opens_item(text: str, start: int) -> bool:
    return _ITEM_OPEN.search(text, max(0, start - 8), start) is not None


def rare_titled(w: Tok) -> bool:
    """A capitalised word that is neither English nor clinical and rare on the web: with another
    such word beside it, the pair is a name ("Aroha Ngata") however the lexicon files them."""
    e = w.entry
    return (
        e is not None and len(w.text) > 2 and w.text[:1].isupper() and w.text[1:].islower()
        and not (e.english or e.clinical or w.eponym) and e.zipf < RARE_ZIPF and "'" not in w.text
        and w.low not in cues.UNITS and w.low not in cues.SHORTHAND
    )  # fmt: skip


# Police and security ranks before a surname, read only when both are capitalised ("the officer
# said" is no one's name)
_RANKS: Final = frozenset({"officer", "constable", "sgt", "sergeant", "detective", "det", "trooper", "tpr", "inspector", "deputy"})


def _police_rank(prev: Tok, t: Tok) -> bool:
    e = t.entry
    return (
        prev.low.rstrip(".") in _RANKS and prev.text[:1].isupper() and t.text[:1].isupper()
        and e is not None and e.name and not e.clinical and t.start - prev.end == 1
    )  # fmt: skip


def _honorific(prev: Tok, t: Tok) -> bool:
    """A form of address before the word: "encik Razak", "doña Chayo", "anh Tư" (Vietnamese ones
    before a capital only)."""
    return prev.low in cues.HONORIFICS_WORLD or (
        prev.low in cues.VIETNAMESE_ADDRESS and prev.text.islower() and t.text[:1].isupper()
        and t.start - prev.end == 1
    )  # fmt: skip


# Titles written before a carer's or clinician's name in chat ("nurse harpreet", "sister mokoena")
_CARE_TITLES: Final = frozenset({
    "nurse", "sister", "matron", "midwife", "dr", "doctor", "fellow", "resident", "intern",
    "attending", "registrar", "consultant", "pastor", "chaplain",
})  # fmt: skip


def _plain(t: Tok) -> bool:
    """Most words: plain, safe, not a first name, not a title-case name. Of the contexts in
    name_context only a title before one makes such a word a name (the rest need an unknown
    word, a first name or a name's popularity)."""
    e = t.entry
    assert e is not None
    return bool(
        t.verdict == SAFE and e.flags & (F.ENGLISH | F.CLINICAL) and not e.flags & F.FIRST
        and not (e.name and t.text[:1].isupper() and t.text[1:2].islower())
        and e.first_log2 < 4 and name_pop(e) < 3
    )  # fmt: skip


def never_named(t: Tok) -> bool:
    """A word no context makes a name: a plain function or role word, or a plain clinical word
    ("the", "nurse", "sats"). It depends on the word as written alone, so callers may memoise it
    by its text."""
    e = t.entry
    assert e is not None
    low = t.low
    return low in _PATIENT or (_plain(t) and (
        e.zipf >= FUNCTION_ZIPF or low in ROLE_WORDS or low[:2] in ("i'", "i’") or e.clinical
    ))


def name_context(words: list[Tok], i: int, text: str, mixed: bool) -> str:
    """Where a word that may be a name stands as one ("" where it does not)."""
    t = words[i]
    e = t.entry
    assert e is not None
    low = t.low
    if (
        e.flags & F.FIRST and not e.clinical and low not in CALENDAR and t.text[:1].isupper()
        and t.text[1:].islower() and i > 0 and words[i - 1].text.islower() and text[words[i - 1].end : t.start] == " "
        and intro_before(words, i, text)
    ):  # fmt: skip
        return "introduced"  # "this is Will at the pharmacy", "it's Hope": the capital makes it the name
    if (
        e.zipf < RARE_ZIPF and not e.clinical and not t.eponym and t.text[:1].isupper() and t.text[1:].islower()
        and signed_with_initial(t, text)
    ):  # fmt: skip
        return "a name with its initial"  # "Hemi W., ED CCN": a rare word signed as a name
    if _plain(t):
        # the same answer as the contexts below, without their lookups
        if e.zipf >= FUNCTION_ZIPF or low in ROLE_WORDS or t.eponym or low[:2] in ("i'", "i’"):
            return ""
        if e.clinical:
            return ""
        if t.text.islower():
            why = plain_name_cue(words, i, text)
            if why:
                return why  # "kia ora, its mere here", "rahul bhaiya": lower-case chat's own cues
        if i == 0 or not adjacent(text, words, i, i - 1):
            return ""
        if title_before(words, i - 1) or _honorific(words[i - 1], t):
            return "after a title"
        if _police_rank(words[i - 1], t):
            return "after a rank"  # "OFFICER GRANT BADGE #4471", "Constable Rose took a statement"
        if e.zipf >= RARE_NAME_ZIPF:
            return ""  # (the two rules below read only rare words: most words stop here)
        if e.name and low not in CALENDAR and intro_before(words, i, text):
            return "introduced"  # "my name is Tariq", "this is amber": names the lexicon also files as words
        if not mixed and e.name and kinship_word(words[i - 1], world=True, text=text):
            return f"after {words[i - 1].low!r}"  # "son anil", "baby jace": rare words that are names
        if (
            e.zipf < RARE_ZIPF and t.text[:1].isupper() and t.text[1:].islower() and low not in CALENDAR
            and (kinship_word(words[i - 1], world=True, text=text) or (
                words[i - 1].text.islower() and intro_before(words, i, text)))
        ):  # fmt: skip
            return "a rare word capitalised as a name"  # "aunty Huia", "its Kiri here": a bird, a name
        return ""
    if (
        2 <= len(t.text) <= 3 and t.text.isalpha() and (t.text.isupper() or t.text.islower())
        and not (e.english or e.clinical) and low not in cues.UNITS
        and (e.zipf < 4.0 or (e.zipf < WEAK_ZIPF and dash_before(t, text)))
        and t.text.title() not in STOP_NAME_WORDS
        and (
            ((t.text.isupper() or (t.text.islower() and dash_before(t, text))) and signed_off(t, text))
            or initials_by(t, text)
        )
    ):  # fmt: skip
        return "initials signing off"  # "... consent. – AK", "cheers, TW", "taken by: dl"
    why = chat_cue(words, i, text) or name_before_honorific(words, i, text)
    if why:
        return why  # how a chat opens, greets, introduces or passes on a name (strict/openings.py)
    if e.zipf >= FUNCTION_ZIPF or low in ROLE_WORDS or t.eponym or low[:2] in ("i'", "i’"):
        return ""  # ("I'm", "I've": the lexicon has no contractions)
    prev = words[i - 1] if i > 0 and adjacent(text, words, i, i - 1) else None
    nxt = words[i + 1] if i + 1 < len(words) and adjacent(text, words, i, i + 1) else None
    plain = e.english or e.clinical  # a dictionary word: needs a name to be read as one
    if prev is not None and (title_before(words, i - 1) or _honorific(prev, t) or _police_rank(prev, t)) \
            and (not e.clinical or (e.name and t.text[:1].isupper() and title_before(words, i - 1))):  # ("Dra. Camila": also a pill)
        return "after a title"  # "Mrs Ley", "DR.GATEMAN", "fr. o'halloran", "ông lộc"
    if (
        prev is not None and prev.low in cues.HONORIFICS_TITLED and text[prev.end : t.start] == " "
        and t.text[:1].isupper() and t.text[1:].islower() and (not e.clinical or e.name)
    ):  # fmt: skip
        return "after a title"  # "Madame Colette", "Herr Müller", "dottoressa Pinna" (a surname, also the ear's)
    if (
        prev is not None and prev.low in ("boy", "girl") and i > 1 and words[i - 2].low == "baby"
        and not e.clinical and t.text[:1].isupper()
    ):  # fmt: skip
        return "a newborn's name"  # "Baby Boy Okafor", "BABY GIRL NWOSU": how a newborn is registered
    if (
        prev is not None and prev.text in ("BB", "BG") and text[prev.end : t.start] == " "
        and e.name and not plain and t.text[:1].isupper()
    ):  # fmt: skip
        return "a newborn's name"  # "BG OKAFOR": baby girl; "BG 5.2", "BG HIGH" are a glucose
    if prev is not None and intro_before(words, i, text) and (
        not plain or e.flags & F.FIRST or (e.name and e.zipf < RARE_NAME_ZIPF and low not in CALENDAR)
    ) and not (low.endswith("ed") and e.flags & F.KNOWN and not e.name):  # ("the patient is intubated": a state)
        return "introduced"  # "this is kez", "it's Babs", "named jaylen", "called Faith"
    shape = t.text[:-2] if low.endswith(("'s", "’s")) else t.text
    titled = shape[:1].isupper() and shape[1:].islower()
    if prev is not None and (prev.text in _ROLE_ABBREVIATIONS or prev.text in _WARD_GRADES) and titled and not plain and (
        e.name or e.flags & F.FIRST or (e.zipf < RARE_ZIPF and not low.endswith(("ing", "ed")))
    ):  # ("OT Ambulating": the role doing something)
        return f"after {prev.text!r}"  # "SW Tamsin", "OT Mariko": a colleague by role
    if (
        prev is not None and prev.low in _ROLE_NOUNS and titled and e.flags & F.FIRST and not e.clinical
        and text[prev.end : t.start] == " "
    ):  # fmt: skip
        return f"after {prev.low!r}"  # "ward clerk Pat", "the porter Will": a first name after a job
    if mixed and titled and not plain and e.zipf < WEAK_ZIPF:
        for w in (prev, nxt):
            we = w.entry if w is not None else None
            if (
                w is not None and we is not None and not w.eponym
                and w.text[:1].isupper() and w.text[1:].islower()
                and not (we.english or we.clinical) and we.zipf < WEAK_ZIPF
                and (e.name or we.name)
            ):  # fmt: skip
                return "capitalised pair with a name"  # "Olusegun Obasanjo", "Korle Bu"
    # a name, or an unknown word, not a known one
    nameish = ((not plain and e.zipf < 4.0) or (bool(e.flags & F.FIRST) and e.zipf < WEAK_ZIPF)) and not (
        low in cues.UNITS or low in cues.SHORTHAND or low in cues.DEPARTMENTS
        or t.text.title() in STOP_NAME_WORDS)
    if nameish and prev is not None and prev.low in cues.MESSAGE_VERBS and nxt is not None \
            and nxt.low in cues.MESSAGE_AFTER:
        return f"after {prev.low!r}"  # "tell ade to", "ask femi if"
    if nameish and nxt is not None and nxt.low == "from" and i + 2 < len(words) \
            and words[i + 2].low in cues.DEPARTMENTS and adjacent(text, words, i + 1, i + 2):
        return "someone from a department"  # "femi from renal says"
    if nxt is not None and nxt.low == "here" and not e.clinical and (  # ("Pain here, 6/10": where it hurts)
        (titled and opens_line(text, t.start) and (not plain or e.flags & F.FIRST or e.name))
        or (t.text.islower() and (e.flags & F.FIRST or (e.name and not e.english)) and opens_clause(text, t.start))
        or (titled and (not plain or e.flags & F.FIRST) and opens_clause(text, t.start) and text[nxt.end : nxt.end + 1] == ",")
    ):  # (the last: after a greeting, "Good evening, Dinesh here, ...": a self-introduction)
        return "introduced"  # "Brook here from the ward clerk desk", "Hemi here,", "... saab. rahul here"
    # (a first name that is also a word is a name here only where the structure says so)
    personal = (
        shape[:1].isupper() and (bool(e.flags & F.FIRST) or e.name) and not e.clinical
        and e.zipf < FUNCTION_ZIPF and low not in cues.SHORTHAND and low not in cues.TITLES
        and low not in ROLE_WORDS
        and all(p[:1].isupper() and p[1:].islower() for p in shape.split("-"))  # "Vance-Otieno"
    )  # fmt: skip
    if personal:
        if nxt is not None and nxt.low in cues.REPORTING_VERBS and _opens_item(text, t.start):
            return "a name opening an item"  # "2. Summer reported", "Dmitri will ask"
        if prev is not None and prev.low == "of" and i > 1 and words[i - 2].low in cues.KIN \
                and adjacent(text, words, i - 1, i - 2):
            return "someone's relative"  # "daughter of Park Soon-ja"
        first = prev if prev is not None and prev.text[:1].isupper() and text[prev.end : t.start] == " " else t
        if mixed and any(c.isdigit() for c in text[max(0, first.start - 6) : first.start]) and _BED_BEFORE.search(
            text, max(0, first.start - 16), first.start
        ):
            return "after a bed number"  # "bed 7 Eleanor Vance-Otieno 89F"
    if mixed and titled and not plain and e.zipf < RARE_ZIPF and len(low) > 2:
        for w in (prev, nxt):
            if w is not None and rare_titled(w) and not DOSE_AFTER.match(text, (nxt if w is nxt else t).end):
                return "capitalised pair of rare words"  # "re Aroha Ngata", "Wapun Kakegamic"
    if titled and e.name and e.zipf < WEAK_ZIPF and signed_off(t, text) and dash_before(t, text):
        return "signed off"  # "Mera number ... hai - Anil": a name after the closing dash
    # after a kinship word: in lower-case chat the world's ones too ("mama tolu", "nan mere")
    # (the kinship word before the word, if any)
    kin = prev if prev is not None and low not in cues.FOREIGN_FUNCTION_WORDS and kinship_word(
        prev, world=titled or not mixed, text=text
    ) else None
    if t.verdict == SAFE:
        if not plain:  # web jargon ("cpap", "jaz"): a name only after a kinship word, or
            # capitalised as a message's signature ("thx, Lindiwe")
            if kin is not None:
                return f"after {kin.low!r}"
            if (
                nxt is not None and nxt.low in cues.KIN and low != t.text.lower() and len(low) > 2
                and low not in cues.SHORTHAND and low not in ROLE_WORDS and low not in cues.UNITS
            ):  # fmt: skip
                return "someone's relative"  # "temi's mum"
            if (
                prev is not None and prev.low in _CARE_TITLES and t.start - prev.end == 1 and unlisted(t)
                and low not in cues.FOREIGN_FUNCTION_WORDS and not low.endswith(("ing", *CLINICAL_ENDINGS))
            ):  # fmt: skip
                return f"after {prev.low!r}"  # "for nurse harpreet", "doctor okonjo"
            if nxt is not None and nxt.low in cues.CREDENTIALS and len(low) > 3 and low not in cues.UNITS:
                return f"before {nxt.low!r}"  # "- c. bellweather rn"
            if titled and e.zipf < RARE_ZIPF and web_word_as_name(t, text):
                return "capitalised rare word mid-sentence"  # "chatting with Priyanka from"
            if not signed_off(t, text):  # (cheap: most words are not a message's last)
                return ""
            signer = (  # "dzięki, kasia", "- sunita (aarav's mom)"
                titled or (t.text.islower() and dash_before(t, text))
                or word_before(text, t.start, ",\n") in cues.SIGN_OFFS
            )
            return "signed off" if signer else ""
        if kin is not None and not mixed and e.name and e.zipf < RARE_NAME_ZIPF and not e.clinical:
            return f"after {kin.low!r}"  # "son anil", "baby jace": rare words that are names
        if kin is not None and titled and (e.name or e.flags & F.FIRST) and not e.clinical \
                and e.zipf < FUNCTION_ZIPF and t.start - kin.end == 1 and not kinship_word(t, world=True):
            return f"after {kin.low!r}"  # "aunty Patience", "his buddy Dutch": capitalised after one
        if e.flags & F.FIRST and e.zipf < WEAK_ZIPF and dash_before(t, text) and signed_off(t, text):
            return "signed off"  # "i go stay till she reach. - blessing"
        if not (e.first_log2 >= 4 or name_pop(e) >= 3):
            return ""
    if prev is not None and (
        kin is not None or (prev.low in cues.TITLES and not (prev.text == "MR" and low in cues.DOSE_FREQUENCIES))
        or prev.low in cues.NAME_VERBS  # "brat Tomek", "ukhti Mariam" ("MR OD": modified release, once a day)
    ):
        return f"after {prev.low!r}"
    if nxt is not None and (nxt.low in cues.CREDENTIALS or nxt.low in cues.AFTER_NAME) and low not in cues.UNITS:
        return f"before {nxt.low!r}"  # (not "SICU RN NOTE": the unit's nurse)
    possessive = t.text.lower().endswith(("'s", "’s"))
    if nxt is not None and possessive and kinship_word(nxt, world=True):
        return "someone's relative"  # "Kayden's mum", "fiadh's mammy"
    if nxt is not None and nxt.low in cues.OWN_IDENTIFIERS and possessive and (not plain or e.flags & F.FIRST):
        return "someone's identifier"  # "Ray's MRN is ...", "jaz's dob"
    if nxt is not None and possessive and titled and e.flags & F.FIRST and nxt.low in cues.OWN_THINGS:
        return "someone's own thing"  # "Hope's health card", "Will's school": a person's, not a word's
    if signed_off(t, text) and (not plain or e.flags & F.FIRST) and e.zipf < WEAK_ZIPF:
        return "signed off"  # "... sorry 😞 - sammy", "thanks, – Ade"
    if prev is not None and is_initial(prev, text):
        return "after an initial"
    if t.verdict == JARGON:
        return ""  # "Levo", "Wean", "Ho": no weak evidence makes these names
    if (
        mixed
        and titled
        and not (e.flags & (F.ENGLISH | F.CLINICAL | F.KNOWN))
        and "'" not in low
    ):
        partner = any(
            w is not None and w.text[:1].isupper() and w.text[1:].islower() and w.verdict != SAFE
            and not (  # ("Ferrum Lek 1 tablet": a two-word brand and its dose)
                text[min(w.end, t.end) : max(w.start, t.start)] == " "
                and counted_dose_after(text, (nxt if w is nxt else t).end)
            )
            for w in (prev, nxt)
        )  # fmt: skip
        if partner:  # "Summer Delacroix", "Faith Mbeki": two capitalised unknown names
            return "capitalised unknown word"
    if (
        mixed and titled and e.zipf < WEAK_ZIPF and not DOSE_AFTER.match(text, t.end)
        and not (  # a two-word brand and its dose
            nxt is not None and nxt.text[:1].isupper() and text[t.end : nxt.start] == " "
            and counted_dose_after(text, nxt.end)
        )
        and not sentence_start(text, t.start)
    ):  # fmt: skip
        return "capitalised mid-sentence"
    return ""
