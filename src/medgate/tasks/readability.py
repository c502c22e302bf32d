"""Reading grade of patient text with textstat: Flesch-Kincaid grade (gating) and SMOG.

Both formulas are English-only, so other languages get `null` grades (never a fake English
grade) plus that language's own textstat formula where one exists. textstat counts English
syllables with NLTK's CMUdict and tries to *download* it when missing; medgate must not reach
the network on its own, so when CMUdict is not installed locally textstat is called with its
Pyphen-only path (language code "en-US", same constants) and the report says which was used.
SMOG needs 3+ sentences to mean much; fewer is flagged.
"""

from __future__ import annotations

import re
from typing import Any

import nltk
from textstat.backend import counts, metrics

FORMULA = "flesch-kincaid-grade"
_LANGUAGES = {
    "english": "en",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "german": "de",
    "deutsch": "de",
    "italian": "it",
    "italiano": "it",
    "french": "fr",
    "français": "fr",
    "portuguese": "pt",
    "chinese": "zh",
    "arabic": "ar",
    "vietnamese": "vi",
    "russian": "ru",
}
_OTHER_FORMULAS = {
    "es": ("fernandez_huerta", "szigriszt_pazos"),
    "de": ("wiener_sachtextformel",),
    "it": ("gulpease_index",),
}


def language_code(language: str | None) -> str:
    """ "Spanish" / "es" / "es-MX" -> "es"; None -> "en"."""
    if not language:
        return "en"
    name = language.strip().lower()
    return _LANGUAGES.get(name, re.split(r"[-_]", name)[0][:3])


def _english_lang() -> tuple[str, str]:
    """textstat's language code and the syllable source, without any download."""
    try:
        nltk.data.find("corpora/cmudict")
    except LookupError:
        return "en-US", "pyphen"
    return "en_US", "cmudict"


def normalise(text: str) -> str:
    """One sentence per line or bullet: textstat mis-splits text without end punctuation."""
    parts = [re.sub(r"^\s*[-*•]\s*", "", line).strip() for line in text.splitlines()]
    return " ".join(p if p[-1] in ".!?:" else p + "." for p in parts if p)


def measure(text: str, language: str | None = None) -> dict[str, Any]:
    """Grades for `text`; FK grade and SMOG are null for languages other than English."""
    code = language_code(language)
    clean = normalise(text)
    if code != "en":
        other = {
            name: round(float(getattr(metrics, name)(clean, code)), 1)
            for name in _OTHER_FORMULAS.get(code, ())
        }
        return {
            "fk_grade": None,
            "smog": None,
            "formula": None,
            "language": code,
            "sentences": counts.count_sentences(clean),
            "other": other,
        }
    lang, syllables = _english_lang()
    sentences = counts.count_sentences(clean)
    return {
        "fk_grade": round(float(metrics.flesch_kincaid_grade(clean, lang)), 1),
        "smog": round(float(metrics.smog_index(clean, lang)), 1),
        "formula": FORMULA,
        "language": code,
        "sentences": sentences,
        "smog_reliable": sentences >= 3,
        "syllables": syllables,
    }
