"""How a chat names someone where it opens, greets, introduces or passes a name on: "hey will,",
"hiya sunny its liv", "this is will from the group home", "Agent Mikee:", "callums mum", "Pat cell
856-...", "my aunt glory 816 ...", Pidgin "Na Blessing,". Names that are also common words, read
here only from these structures; `name_context` asks `chat_cue` first."""

from __future__ import annotations

from typing import Final

from medgate.privacy import cues
from medgate.privacy.languages import french_possessive
from medgate.privacy.lexicon import flags as F
from medgate.privacy.lexicon import lexicon
from medgate.privacy.names import strip_accents as strip_marks
from medgate.privacy.strict.words import Tok, adjacent
from medgate.privacy.text import char_before


def chat_cue(words: list[Tok], i: int, text: str) -> str:
    """Why word i is a name by one of the structures above ("" when none holds)."""
    t = words[i]
    e = t.entry
    assert e is not None
    low = t.low
    if e.flags & F.FIRST and _introduced_from(words, i, text):
        return "introduced"  # "this is will from the group home", "this is Hope here": even a common word
    if prev_is(words, i, _SPEAKER_ROLES) and text[t.end : t.end + 1] == ":" and t.text[:1].isupper() \
            and opens_line(text, words[i - 1].start):
        return "a speaker's name"  # "Agent Mikee: Good evening!" in a chat transcript
    if i + 1 < len(words) and words[i + 1].low in cues.KIN and _apostrophe_dropped(low) \
            and adjacent(text, words, i, i + 1):
        return "someone's relative"  # "its lorna, callums mum", "tommys wife"
    if (
        e.flags & F.FIRST and e.zipf < _KIN_NAME_ZIPF and t.text[:1].isupper() and t.text[1:].islower() and i + 1 < len(words)
        and words[i + 1].low in _PHONE_WORDS and adjacent(text, words, i, i + 1)
        and any(c.isdigit() for c in text[words[i + 1].end : words[i + 1].end + 3])
    ):  # fmt: skip
        return "before a phone number"  # "Pat cell 856-555-0134", "Grace mob 0803 ..."
    if (e.flags & F.FIRST or (e.name and not e.english)) and not e.clinical and _greeted(words, i, text):
        return "greeted"  # "hey will, handing over", "hiya sunny its liv", "kia ora tane,"
    if (
        e.flags & F.FIRST and e.zipf < _KIN_NAME_ZIPF and t.text.islower() and not e.clinical and i > 0
        and len(low) > 2 and low not in cues.FOREIGN_FUNCTION_WORDS
        and words[i - 1].text.islower() and kinship_word(words[i - 1], world=True, text=text) and adjacent(text, words, i, i - 1)
    ):  # fmt: skip
        return f"after {words[i - 1].low!r}"  # "my aunt glory 816 ...", "grandad mick is allowed in"
    if (
        i > 0 and words[i - 1].text == "Na" and opens_clause(text, words[i - 1].start)
        and t.text[:1].isupper() and text[t.end : t.end + 1] == ","
    ):  # fmt: skip
        return "introduced"  # Pidgin "Na Blessing, Mama Tunde daughter": it's Blessing
    return ""


def kinship_word(w: Tok, world: bool, text: str = "") -> bool:
    """A kinship word before a name (with `world`, other languages' too: "mama", "lola"), not in the
    possessive: "grandad's parkinsons" is his, not him. With `text`, the end of an in-law too
    ("daughter-in-law sunny": the tokens split it at its hyphens)."""
    if w.text.lower().endswith(("'s", "’s")):
        return False
    if w.low == "law" and text:
        return text[max(0, w.start - 4) : w.start].lower() == "-in-"
    if text and french_possessive(text, w.start, w.end):
        return False
    return w.low in cues.KIN or (world and w.low in cues.KIN_WORLD)


def opens_line(text: str, start: int) -> bool:
    """Nothing but spaces between the start of the text or line and `start`."""
    return char_before(text, start, " \t") in ("", "\n")


def _apostrophe_dropped(low: str) -> bool:
    """A first name's possessive typed without its apostrophe ("callums", "tommys")."""
    if len(low) < 5 or not low.endswith("s") or low.endswith("ss"):
        return False
    stem = lexicon()(low[:-1])
    return bool(stem.flags & F.FIRST) and not stem.english


def opens_clause(text: str, start: int) -> bool:
    """At the start of a line or after a sentence's or clause's end: "... saab. rahul here"."""
    return char_before(text, start, " \t") in ("", "\n", ".", "!", "?", ",")


_PHONE_WORDS: Final = frozenset({"cell", "mobile", "mob", "ph", "phone", "tel", "cel", "whatsapp"})
_SPEAKER_ROLES: Final = frozenset({"agent", "advisor", "adviser", "rep", "representative", "operator", "specialist"})


def prev_is(words: list[Tok], i: int, lows: frozenset[str]) -> bool:
    return i > 0 and words[i - 1].low in lows and words[i].start - words[i - 1].end == 1


# (a first name that is also a common word after a kinship word: "aunt glory", not "son will")
_KIN_NAME_ZIPF: Final = 5.0
_GREETINGS: Final = frozenset({
    "hi", "hey", "hiya", "heya", "hello", "morning", "evening", "dear", "yo",
    # the world's chat openings: Hindi, Spanish, French, Portuguese, Arabic/Urdu, Tagalog, Fijian,
    # Samoan, Hawaiian ("ora" only after "kia": Māori)
    "namaste", "hola", "bonjour", "olá", "oi", "salaam", "salam", "kumusta", "bula", "talofa", "aloha", "ora",
})  # fmt: skip
_AFTER_GREETED: Final = frozenset({"its", "it's", "it’s", "im", "i'm", "i’m", "this"})


def _greeted(words: list[Tok], i: int, text: str) -> bool:
    """A first name right after a greeting that opens the message or a line, then a comma or the
    writer's own introduction: "hey will, handing over", "hiya sunny its liv"."""
    if i == 0 or words[i - 1].low not in _GREETINGS:
        return False
    greeting = words[i - 2] if words[i - 1].low == "ora" and i > 1 and words[i - 2].low == "kia" else words[i - 1]
    if greeting.low == "ora" or not opens_line(text, greeting.start):
        return False
    t = words[i]
    if text[words[i - 1].end : t.start] not in (" ", ", ") or t.low in cues.TITLES or t.low in cues.FORMAL_TITLES:
        return False  # ("hey miss it's Yesenia": a form of address)
    if text[t.end : t.end + 1] == ",":
        return True
    return i + 1 < len(words) and words[i + 1].low in _AFTER_GREETED and text[t.end : words[i + 1].start] == " "


def _introduced_from(words: list[Tok], i: int, text: str) -> bool:
    """ "this is X from ..." or "this is X here": a caller giving their name and where they are
    (not "it's bill from the dentist": only "this is" introduces a common word)."""
    if i < 2 or i + 1 >= len(words) or words[i - 2].low != "this" or words[i - 1].low != "is":
        return False
    nxt = words[i + 1]
    return nxt.low in ("from", "here") and adjacent(text, words, i, i + 1) and adjacent(text, words, i, i - 1)


# Honorifics written after a name in South Asian chats ("rahul bhaiya", "sharma ji", "priya didi",
# "anil sir"); the English ones only after a word that is a name or no English word
_AFTER_NAME: Final = frozenset({"bhaiya", "bhaiyya", "bhai", "didi", "ji", "jee", "bhabhi", "sahab", "saab", "sahib"})
_AFTER_NAME_ENGLISH: Final = frozenset({"sir", "madam", "maam", "ma'am", "aunty", "auntie", "uncle"})
_VOCATIVE: Final = frozenset({"oi", "ơi"})  # Vietnamese, after the name: "chị hai ơi"
_ITS: Final = frozenset({"its", "it's", "it’s"})
_FOLLOWING: Final = _AFTER_NAME | _AFTER_NAME_ENGLISH | _VOCATIVE | {"ah"}


def plain_name_cue(words: list[Tok], i: int, text: str) -> str:
    """Why a word that is also ordinary English is the name here ("" when it is not): greeted ("hi
    rose,"), giving one's name ("its mere here"), before an honorific ("rahul bhaiya")."""
    t = words[i]
    e = t.entry
    assert e is not None
    if e.clinical:
        return ""
    why = name_before_honorific(words, i, text)  # (any word: "rahul" is filed as English)
    if why or not (e.name or e.flags & F.FIRST):
        return why
    if _greeted(words, i, text):
        return "greeted"
    if (
        i > 0 and words[i - 1].low in _ITS and opens_clause(text, words[i - 1].start) and i + 1 < len(words)
        and words[i + 1].low == "here" and adjacent(text, words, i, i + 1) and adjacent(text, words, i, i - 1)
    ):  # fmt: skip
        return "introduced"  # "kia ora, its mere here": the writer's name, even a word
    return ""


def name_before_honorific(words: list[Tok], i: int, text: str) -> str:
    """A name right before an honorific that follows names ("rahul bhaiya", "sharma ji") or before
    the Vietnamese vocative after a form of address ("chi hai oi")."""
    if i + 1 >= len(words) or words[i + 1].low not in _FOLLOWING or not adjacent(text, words, i, i + 1):
        return ""  # (the word after decides first: one set lookup for nearly every word)
    t, nxt = words[i], words[i + 1]
    e = t.entry
    assert e is not None
    if not t.text.isalpha() or len(t.text) < 2 or e.clinical or e.zipf >= 4.5 or t.low in cues.KIN \
            or t.low in cues.TITLES:
        return ""
    if nxt.low in _VOCATIVE and i > 0 and strip_marks(words[i - 1].low) in _VIETNAMESE_KIN \
            and adjacent(text, words, i, i - 1):
        return "called by name"  # (even "hai", a Hindi word: the form of address says Vietnamese)
    if t.low in cues.FOREIGN_FUNCTION_WORDS:
        return ""
    if nxt.low in _AFTER_NAME or (nxt.low in _AFTER_NAME_ENGLISH and (e.name or not e.english)):
        return f"before {nxt.low!r}"
    if nxt.low == "ah" and e.name and not e.english and opens_line(text, t.start) and _called(text, nxt.end):
        return "called by name"  # Singlish, opening a message: "jas ah, can you...", "ken ah pls call"
    return ""


def _called(text: str, end: int) -> bool:
    """What follows a Singlish vocative "ah" that calls someone: a comma or the line's end, or the
    message going on ("ken ah pls call"), not a question's particle ("can ah?")."""
    return text[end : end + 1] in ("", ",", "\n", " ", "!")


_VIETNAMESE_KIN: Final = frozenset(strip_marks(w) for w in cues.VIETNAMESE_ADDRESS | {"em", "bà", "ông"})
