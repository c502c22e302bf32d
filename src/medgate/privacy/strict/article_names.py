"""A short first name after a definite article, as Portuguese, Spanish and Italian chats write a
child's or a relative's name ("A Bia vai ter alta", "o número de utente da Bia", "la Fer tiene
fiebre", "il Tommi ha la febbre"): a capitalised word after the article that the lexicon knows as a
name, where the text is in another language (many of its words are no English word). A capitalised
common word or a noun of the language ("o Hospital", "a Pediatria"), a place after "in the" ("no Brasil"), a month, a title ("la Dra"), and a
proper noun of more than one word ("do Santa Maria", "no Banco do Brasil": read by the place and
firm passes) stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.web_words import CALENDAR
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

# Portuguese "o/a/da/do", Spanish "el/la/del", Italian "il/lo/la"; then one capitalised word and
# no capitalised word after it (not "no/na", in the: a place follows them, "nasceu no Brasil")
# (led by the class of the articles' first letters, which the regex engine skips to; a lookbehind
# then reads the word's edge before it, and which letter it was picks the rest of the article)
_ARTICLE_NAME: Final = re.compile(
    r"[OoAaDdEeLlIi](?<![\w'’-].)(?:(?<=[OoAa])|(?<=[Dd])(?:[ao]|el)|(?<=[Ee])l|(?<=[Ll])[ao]|(?<=[Ii])l)[ \t]+(?P<v>[A-Z][a-zà-ÿ]{1,9})"
    r"(?=[ \t]+[a-zà-ÿ]|[ \t]*[,.;:!?)]|[ \t]*\Z)"
)
# a joiner and a capital after the word: it opens a longer proper noun ("no Banco do Brasil")
_JOINED: Final = re.compile(r"[ \t]+(?P<j>[a-z]{1,4})[ \t]+[A-Z]")
# a capitalised word right before the article: the article joins a longer proper noun ("Banco do Brasil")
_CAPITAL_BEFORE: Final = re.compile(r"[A-Z][\w'’-]*[ \t]+\Z")
_WORD: Final = re.compile(r"(?<![\w'’-])[a-zà-ÿ]{2,}(?![\w'’-])")
_SAMPLE: Final = 60  # lower-case words read to tell the text's language
_FOREIGN_SHARE: Final = 0.35  # this share of them no English word: the text is in another language
_COMMON_ZIPF: Final = 3.5  # (a word this common is a noun capitalised, not a child's name)
_NOT_NAMES: Final = CALENDAR | cues.TITLES | cues.HONORIFICS_WORLD | cues.HONORIFICS_TITLED | cues.DEPARTMENTS


def _foreign(text: str, lex: Lexicon) -> bool:
    """Written in another language: many of its lower-case words are no English word (a function
    word of another language counts even where English has it too: "con", "es")."""
    words = _WORD.findall(text, 0, 3000)[:_SAMPLE]
    if len(words) < 6:
        return False
    other = sum(1 for w in words if w in cues.FOREIGN_FUNCTION_WORDS or not lex(w).english)
    return other >= _FOREIGN_SHARE * len(words)


def article_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    hits = list(_ARTICLE_NAME.finditer(text))
    if not hits or not _foreign(text, lex):
        return out
    for m in hits:
        v = m.group("v")
        low = v.lower()
        e = lex(low)
        if e.clinical or e.place or v in CLINICAL_WORDS or low in _NOT_NAMES or e.zipf >= _COMMON_ZIPF:
            continue
        j = _JOINED.match(text, m.end())
        if (j is not None and j.group("j") in cues.NAME_JOINERS) or _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if e.name:  # (a known name: a noun of the language is no English word either, "a Pediatria")
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
