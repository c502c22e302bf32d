"""The name that closes a message: "... thank you funmi", "ty jojo", "call mi pon 876 442 9187
kadian", "- Mei Ling". People sign a chat with their first name after a thanks, their phone number
a dash or a blessing, in lower case as often as not; there the last words are the writer's name unless they
are ordinary English ("thank you so much", "thanks doctor")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType

_CLOSING: Final = re.compile(
    r"(?:(?i:thank[ \t]*you|thanks|thx|tnx|ty|tq|ta|cheers|regards"
    # thanks (and "love you") in the languages chats end in: Somali, Tagalog, Swahili, Spanish, Portuguese, French,
    # Haitian, Polish, Vietnamese, Arabic, Hindi/Urdu, Zulu, Welsh; the Muslim thanks "jazakallah (khair)"
    r"|jazak(?:um)?[ \t]*allah(?:[ \t]*khair(?:an)?)?|mahadsanid|salamat|asante|gracias|obrigad[oa]|merci|m[eè]si|dzi[eę]kuj[eę]|c[aả]m[ \t]+[oơ]n|diolch(?:[ \t]+yn[ \t]+fawr)?"
    r"|shukran|dhanyavad|shukriya|ngiyabonga|love[ \t]+(?:you|u|ya)|lots[ \t]+of[ \t]+love|love)[,.!]*|\d[.,!]?|[.!?]|[-–—])(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?P<v>[A-Za-z][a-z'’]{1,15}(?:[ \t]+[A-Za-z][a-z'’]{1,15})?)[ \t.!,]*[^\w\s]{0,6}"
    r"(?:[ \t]*(?i:x{1,4}|xo+x*))?[ \t.!]*\s*\Z"  # (kisses after the name: "love you, bex x")
)
_BLESSING: Final = re.compile(
    r"(?i:\bbless(?:ed|ings)?(?:[ \t]+(?:you|u|unnu|una|yu|all|una[ \t]+all))?)[ \t]*[.!,]+[ \t]*\n?[ \t]*\Z"
)
_KISSES: Final = re.compile(r"(?i:x{1,4}|xo+x*)")
_SHORT_THANKS: Final = (" ta", " thx", " cheers", " tnx", " ty", " tq")
_SHORT_CLOSERS: Final = frozenset(w.strip() for w in _SHORT_THANKS)
# words that close or open a message without being anyone's name (closings and edge_names.py)
NOT_NAMES: Final = frozenset({
    "doc", "doctor", "dr", "sir", "maam", "ma'am", "mam", "madam", "po", "dear", "all", "team", "nurse",
    "sister", "bro", "sis", "lol", "pls", "please", "again", "guys", "everyone", "much", "so", "very",
    "lots", "ok", "okay", "bye", "sa", "na", "ah", "lah", "leh", "oh", "ya", "yah", "x", "xx",
    "hun", "hon", "love", "luv", "babe", "mate", "pal", "darling", "sweetie", "heaps", "loads", "folks",
    # thanks and blessings in the languages chats mix in
    "gracias", "porfa", "salamat", "hai", "ji", "bhai", "allah", "hafiz", "inshallah", "asante", "sana",
    "shukriya", "dhanyavad", "merci", "obrigado", "obrigada", "danke", "tqvm", "kia", "ora", "ngā", "mihi",
    "mahadsanid", "mesi", "shukran", "ngiyabonga", "diolch", "yn", "fawr", "dhaqtar", "doctora", "doutor", "doutora", "docteur",
    # and words of address at a message's edge ("thanks guys", "cheers boss")
    "advance", "b'y", "babes", "boss", "both", "bud", "buddy", "byee", "chief", "chum", "cuz", "darl", "doll", "duck", "ducks", "eh", "everybody", "for", "in", "kindly", "la", "man", "mates", "opo", "pet", "u", "xxx", "y'all", "yall", "you",
})  # fmt: skip


def closing_name(text: str, lex: Lexicon) -> list[Entity]:
    """The writer's name at the end of `text`, if the last words are one."""
    window = text[-60:]
    m = _CLOSING.search(window.rstrip())
    if m is None:
        return []
    offset = len(text) - len(window)
    before = window[max(0, m.start("v") - 24) : m.start("v")]
    words = m.group("v").split()
    value = m.group("v")
    skip = 0
    if len(words) == 2 and (words[0].lower() in cues.SIGN_OFFS or words[0].lower() in _SHORT_CLOSERS):
        skip = m.group("v").index(words[1])  # "thanks. cheers will": the second closer, then the name
        words, value = words[1:], words[1]
    elif before.rstrip(" .,!")[-1:].isdigit() and sum(c.isdigit() for c in before) < 7:
        return []  # after a number that is no phone: "q 6 hr fs", "bed 4 tonight"
    if len(words) == 2 and _KISSES.fullmatch(words[1]):
        words, value = words[:1], words[0]  # "love you, tash xx": the kisses are not the name
    # a capitalised first name signed after a dash is one whatever else it means ("- Faith", "- Will");
    # after a dash or a comma that follows the thanks, a name that is a rarer word too ("- pinky",
    # "cheers, ash"): there it stands alone as the signature
    lead = window[: m.start("v") + skip].rstrip()[-1:]
    dash_signed = lead in "-–—"
    # after a sentence's full stop alone, only a name the lexicon knows ("... see you at 4. faisal")
    sentence = lead in ".!?" and not before.rstrip(" .,!")[-1:].isdigit()
    # after a blessing, a capitalised first name is the signature even when it is a word too ("God
    # bless you. Comfort", "Be blessed! Mercy")
    blessed = lead in ".!," and _BLESSING.search(window, 0, m.start("v") + skip) is not None
    # a first name that is also a common word, alone after a short thanks ("ta will", "cheers hope")
    short_thanks = len(words) == 1 and window[: m.start("v") + skip].rstrip().rstrip(",.!").lower().endswith(_SHORT_THANKS)
    for w in words:
        low = w.lower()
        e = lex(low)
        if low in NOT_NAMES or low in cues.KIN or low in cues.TITLES or e.clinical:
            return []
        named = bool(e.flags & (F.FIRST | F.LAST))
        signed = ((dash_signed or blessed) and w[:1].isupper() and bool(e.flags & F.FIRST)) or (
            len(words) == 1 and lead in "-–—," and e.zipf < (4.5 if named else 3.6)
        )
        if sentence and not named:
            return []  # "... see you then. hehe"
        if short_thanks and e.flags & F.FIRST and e.first_log2 >= 3 and e.zipf < 6.5:
            continue
        if e.english and not (named and e.zipf < 4.0) and not signed:
            return []  # "thank you kindly", "thanks again"
    start = offset + m.start("v") + skip
    return [Entity(PhiType.NAME, start, start + len(value), value)]
