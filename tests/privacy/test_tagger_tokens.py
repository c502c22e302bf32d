"""The tagger reads the strict filter's tokens (detect.py hands them over rather than the tagger
scanning the text again): they are the tagger's own scan's, token for token, less the strict
filter's lone underscores, on notes, chats and texts with underscores, apostrophes, digits glued
to letters and characters that are word characters but no letters (superscripts, fractions)."""

from __future__ import annotations

from medgate.privacy.detect import _strict, _tagger_tokens
from medgate.privacy.learned.features import tokens
from medgate.privacy.lexicon import lexicon
from tests.privacy.blind_notes import CHAT, NOTES, NOTES_6
from tests.privacy.test_led_scans import EDGES

_EXTRA = [
    "jdoe_wanderer__x _ _a a_ 12_34; o'connell’s d'arcy' 'quoted' x²abc ½dose Ⅳ fluids 3rd ١٢ كلمة 漢字かな",
    "snake_case_name@host_1; __init__; A_B; x_1_y; l'hôpital; rock'n'roll; it’s; 5'10\"; ‘single’",
]


def test_the_tagger_reads_the_strict_tokens_less_underscores() -> None:
    strict = _strict(lexicon())
    texts = [n.text for n in NOTES + CHAT + NOTES_6] + EDGES + _EXTRA
    for text in texts:
        toks = strict.analyse(text)[3]
        assert _tagger_tokens(toks) == tokens(text), text[:80]
    assert any("_" in t for t in texts)
