"""First- and last-name dictionaries, built once from faker's locale lists (no faker instance).

Only Latin-script names are kept; accent-stripped forms are added so "Garcia" matches "García".
If faker is missing the dictionaries are empty and names are found by cues and propagation only.
"""

from __future__ import annotations

import importlib
import unicodedata
from collections.abc import Iterable
from typing import Final

from medgate.privacy.vocab import CLINICAL_WORDS

DICTIONARY_LOCALES: Final = (
    "en_US", "en_GB", "en_IE", "en_IN", "es_MX", "es_ES", "de_DE", "fr_FR", "it_IT", "pt_BR",
    "zh_CN", "ja_JP", "pl_PL", "vi_VN", "nl_NL", "tr_TR", "cs_CZ", "sv_SE", "no_NO", "da_DK",
    "fi_FI", "hu_HU", "ro_RO", "hr_HR", "pt_PT", "id_ID", "en_NG", "yo_NG", "ig_NG", "ha_NG",
    "tw_GH", "en_KE", "sw", "zu_ZA", "ga_IE", "en_PK", "fr_QC", "az_AZ", "uz_UZ",
)  # fmt: skip
_FIRST_ATTRS: Final = (
    "first_names", "first_names_female", "first_names_male", "first_romanized_names",
)  # fmt: skip
_LAST_ATTRS: Final = ("last_names", "last_romanized_names")


def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def provider_names(locale: str, attrs: Iterable[str]) -> set[str]:
    """Latin-script single-word names a faker person provider lists under `attrs`."""
    try:
        module = importlib.import_module(f"faker.providers.person.{locale}")
    except ImportError:  # faker absent or locale missing: dictionaries just get smaller
        return set()
    provider = module.Provider
    out: set[str] = set()
    for attr in attrs:
        for name in getattr(provider, attr, ()):
            for part in str(name).replace("-", " ").split():
                plain = strip_accents(part)
                if len(plain) > 1 and plain.isascii() and plain.isalpha() and part[0].isupper():
                    out.add(part)
                    out.add(plain)
    return out


def _build(attrs: Iterable[str]) -> frozenset[str]:
    names: set[str] = set()
    for loc in DICTIONARY_LOCALES:
        names |= provider_names(loc, attrs)
    return frozenset(names)


# Every listed name, note words included ("West", "White", "Will"): used to decide that a word
# at the edge of a cued name is a name, not note vocabulary.
ANY_NAME: Final[frozenset[str]] = _build(_FIRST_ATTRS) | _build(_LAST_ATTRS)
FIRST_NAMES: Final[frozenset[str]] = frozenset(
    n for n in _build(_FIRST_ATTRS) if n.title() not in CLINICAL_WORDS
)
LAST_NAMES: Final[frozenset[str]] = frozenset(
    n for n in _build(_LAST_ATTRS) if n.title() not in CLINICAL_WORDS
)
