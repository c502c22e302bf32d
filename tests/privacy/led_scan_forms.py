"""The scans rewritten to start from their first characters (the regex engine skips to them) or from
their cue words, each beside its earlier form: the table `test_led_scans.py` checks, group for group, on
its texts. Earlier forms were led by a lookbehind, a word boundary or a case-blind word alternation, which
the engine tries at every position.

`BEFORE` maps a name to (the scan now, the earlier form's pattern), gathered from one module per subject;
`ID_TAILS_BEFORE` is the earlier single scan of `id_tails`, which is now a scan and its variant."""

from __future__ import annotations

from tests.privacy.led_forms_names import NAMES
from tests.privacy.led_forms_numbers import ID_TAILS_BEFORE, NUMBERS
from tests.privacy.led_forms_places import PLACES

BEFORE = NUMBERS | PLACES | NAMES

__all__ = ["BEFORE", "ID_TAILS_BEFORE"]
