"""Per-request reversible pseudonymisation: consistent surrogates, one date shift, restore.

The surrogate map lives only in this object (request memory). `counts()` reports how many
replacements were made per type, never the values.
"""

from __future__ import annotations

import random
import re
import secrets
from collections import Counter
from collections.abc import Callable, Sequence

from medgate.privacy.dates import DateKey, date_key, held_tail, restore_dates
from medgate.privacy.detect import Policy
from medgate.privacy.memo import MEMO
from medgate.privacy.names import FIRST_NAMES, LAST_NAMES
from medgate.privacy.surrogates import (
    fake_value,
    first_pool,
    last_pool,
    match_case,
    shift_date,
)
from medgate.privacy.types import Entity, PhiType, Replacement

_NAME_PART = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\S")
_INITIALS = re.compile(r"[A-Z]{2,3}/[a-z]{2,3}")
_INITIAL = re.compile(r"\b[A-Z](?=\.|\b)")
_BOUNDARY_L = r"(?<![A-Za-z0-9])"


def _random_initials(gap: str, rng: random.Random) -> str:
    """Middle initials ("Q.") between name words get a random letter."""
    return _INITIAL.sub(lambda m: chr(rng.randint(65, 90)), gap) if gap.strip() else gap


_BOUNDARY_R = r"(?![A-Za-z0-9])"


def whole_token(text: str, m: re.Match[str]) -> bool:
    return whole_token_at(text, m.start(), m.end())


def whole_token_at(text: str, start: int, end: int) -> bool:
    """text[start:end] is a token of its own: a name may touch a digit ("Stahl0") or a letter of
    the other case ("aMirte"), a number a letter ("MRN12345"); neither may run on into more of its
    own kind ("Stahlberg", "123456")."""
    value = text[start:end]
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    for edge, nxt, first in ((value[0], before, True), (value[-1], after, False)):
        if nxt and edge.isdecimal() and nxt.isdecimal():
            return False
        # letters run on only in the same case and alphabet: "Stahlberg" does, "aMirte" (camel
        # case) does not, nor "Smithµ" (the detector's word edges are ASCII ones); but a capital
        # before lower-case letters starts their word: "sian" in "Asian" is no name
        same_kind = (
            edge.isupper() == nxt.isupper()
            and edge.islower() == nxt.islower()
            and edge.isascii() == nxt.isascii()
        )
        capitalised = first and edge.islower() and nxt.isupper() and nxt.isascii() == edge.isascii()
        if nxt and edge.isalpha() and nxt.isalpha() and (same_kind or capitalised):
            return False  # (an uncased letter, Thai or CJK, is another word's)
    return True


def _near_whole_years(days: int) -> bool:
    """A shift within two days of whole years leaves a date without a year ("8/23") as it was."""
    return any(min(abs(days) % n, n - abs(days) % n) <= 2 for n in (365, 366))


class Pseudonymiser:
    """One per request. Same original → same surrogate; surrogates never collide."""

    def __init__(self, *, seed: int | None = None, policy: Policy = "standard") -> None:
        self.policy: Policy = policy
        self._rng = random.Random(seed if seed is not None else secrets.randbits(64))
        self.date_offset_days = -self._rng.randint(90, 1000)
        while _near_whole_years(self.date_offset_days):  # "8/23" shifted by 730 days is "8/23"
            self.date_offset_days = -self._rng.randint(90, 1000)
        self._forward: dict[tuple[PhiType, str], str] = {}
        self._reverse: dict[str, str] = {}
        self._name_tokens: dict[str, str] = {}
        self._originals: set[str] = set()
        self._ages: set[str] = set()
        self._counts: Counter[str] = Counter()
        self._glued: set[str] = set()  # surrogates written touching a word: restored so too
        self._index: tuple[re.Pattern[str] | None, frozenset[str], int] | None = None
        self._lowered = ("", "")  # (text, text.lower()) of the last request text seen
        self.date_keys: list[DateKey] = []  # values of the surrogate dates, for reformatted ones

    # -- forward -------------------------------------------------------------------------
    def pseudonymise(self, text: str) -> str:
        return self.apply(text, MEMO.detect(text, self.policy))[0]

    def apply(self, text: str, entities: Sequence[Entity]) -> tuple[str, list[Replacement]]:
        """Replace the given entities of `text`; returns the new text and the replacements."""
        self._originals.update(e.text for e in entities)
        out: list[str] = []
        reps: list[Replacement] = []
        spans: list[tuple[int, int]] = []  # where each surrogate lands in the new text
        last = size = 0
        for e in entities:
            sur = self.surrogate(e.type, e.text, text)
            out.append(text[last : e.start])
            size += e.start - last
            out.append(sur)
            spans.append((size, size + len(sur)))
            size += len(sur)
            reps.append(Replacement(e.type, e.start, e.end, sur))
            self._counts[e.type.value] += 1
            last = e.end
        out.append(text[last:])
        new = "".join(out)
        for (start, end), rep in zip(spans, reps, strict=True):
            # an identifier masked where it ran into a word ("Smithjohn", a name found elsewhere
            # in the text) must come back from the same glued spelling
            if not whole_token_at(new, start, end):
                self._glued.add(rep.replacement)
        return new, reps

    def surrogate(self, kind: PhiType, original: str, context: str = "") -> str:
        key = (kind, original)
        if key in self._forward:
            return self._forward[key]
        if kind is PhiType.NAME:
            sur = self._name(original, context)
        elif kind is PhiType.DATE:
            shifted = shift_date(original, self.date_offset_days)
            # a shifted date that is the original, or a value the text already holds ("5/5"
            # strength), could not be told apart when restoring: a fresh value then
            usable = shifted is not None and shifted != original and not self._taken(shifted, context)
            sur = shifted if shifted is not None and usable else self._fresh(kind, original, context)
            value = date_key(sur) if usable else None
            if value is not None:
                self.date_keys.append(value)
        elif kind is PhiType.AGE:
            sur = "90+"
            self._ages.add(original)
        else:
            sur = self._fresh(kind, original, context)
        self._forward[key] = sur
        if kind is not PhiType.AGE:
            self._reverse.setdefault(sur, original)
        elif len(self._ages) == 1:
            self._reverse["90+"] = original
        else:
            self._reverse.pop("90+", None)  # several ages share "90+": not reversible
        self._index = None
        return sur

    def _taken(self, value: str, context: str) -> bool:
        return (
            value in self._reverse
            or value in self._originals
            or (bool(context) and value in context)
        )

    def _lower(self, context: str) -> str:
        if self._lowered[0] is not context:
            self._lowered = (context, context.lower())
        return self._lowered[1]

    def _fresh(self, kind: PhiType, original: str, context: str) -> str:
        for _ in range(50):
            sur = fake_value(kind, original, self._rng)
            if sur != original and not self._taken(sur, context):
                return sur
        return f"[{kind.value}-{len(self._reverse) + 1}]"

    def _name(self, original: str, context: str) -> str:
        if _INITIALS.fullmatch(original):
            return self._fresh(PhiType.NAME, original, context)
        parts = list(_NAME_PART.finditer(original))
        words = [m for m in parts if len(m.group()) > 1 and m.group()[0].isalpha()]
        comma = original.find(",")
        out: list[str] = []
        last = 0
        for i, m in enumerate(words):
            w = m.group()
            if comma >= 0:
                role = "last" if m.start() < comma else "first"
            elif len(words) == 1:
                role = (
                    "first" if w.title() in FIRST_NAMES and w.title() not in LAST_NAMES else "last"
                )
            else:
                role = "last" if i == len(words) - 1 else "first"
            out += [
                _random_initials(original[last : m.start()], self._rng),
                self._name_token(w, role, context),
            ]
            last = m.end()
        out.append(_random_initials(original[last:], self._rng))
        return "".join(out)

    def _name_token(self, word: str, role: str, context: str) -> str:
        # one surrogate for "Smith", "SMITH" and "smith" (match_case spells it back); a word in
        # another case ("SmithJohn") gets its own, or restoring could not tell them apart
        cased = word in (word.title(), word.upper(), word.lower())
        key = word.casefold() if cased else word
        if key not in self._name_tokens:
            pool = first_pool() if role == "first" else last_pool()
            for _ in range(100):
                cand = self._rng.choice(pool)
                fresh = cand not in self._name_tokens.values()
                if (
                    cand.casefold() != key
                    and fresh
                    and not self._taken(cand, context)
                    and cand.lower() not in self._lower(context)
                ):  # a name is restored in any case: not one the text holds as "avery" either
                    break
            self._name_tokens[key] = cand
            if cased:
                self._reverse.setdefault(cand, word.title())
                self._reverse.setdefault(cand.upper(), word.upper())
                self._reverse.setdefault(cand.lower(), word.lower())
            else:
                self._reverse.setdefault(cand, word)
        return match_case(word, self._name_tokens[key])

    # -- reverse -------------------------------------------------------------------------
    def restore_index(self) -> tuple[re.Pattern[str] | None, frozenset[str], int]:
        """(regex over all surrogates, every prefix of a surrogate, longest surrogate length)."""
        if self._index is None:
            keys = sorted(self._reverse, key=len, reverse=True)
            if not keys:
                self._index = (None, frozenset(), 0)
            else:
                alt = "|".join(re.escape(k) for k in keys)
                rx = re.compile(f"(?:{alt})")
                prefixes = frozenset(k[:i] for k in keys for i in range(1, len(k) + 1))
                self._index = (rx, prefixes, len(keys[0]))
        return self._index

    def original_of(self, surrogate: str) -> str:
        return self._reverse[surrogate]

    def restore(self, text: str) -> str:
        rx = self.restore_index()[0]
        if rx is None or not text:
            return text
        return self.restore_reformatted(
            rx.sub(lambda m: self._reverse[m.group()] if self.restorable(text, m) else m.group(), text)
        )

    def restorable(self, text: str, m: re.Match[str]) -> bool:
        return whole_token(text, m) or m.group() in self._glued

    def restore_reformatted(self, text: str) -> str:
        """Surrogate dates the model rewrote in another format ("11/02/2022" → "2 Nov 2022")."""
        if not self.date_keys:
            return text
        return restore_dates(text, self.date_keys, self.date_offset_days, keep=self._originals)

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def stream_restorer(self, escape: Callable[[str], str] | None = None) -> StreamRestorer:
        return StreamRestorer(self, escape)


class StreamRestorer:
    """Restores surrogates in a stream of text pieces, holding back only a possible prefix.
    `escape`: how an original is written into the text (JSON-escaped inside tool arguments)."""

    def __init__(self, p: Pseudonymiser, escape: Callable[[str], str] | None = None) -> None:
        self._p = p
        self._escape = escape
        self._pending = ""
        self._ctx = ""
        self._dated = ""  # restored text held back while it may end inside a date

    def feed(self, piece: str) -> str:
        return self._dates(self._feed(piece), final=False)

    def flush(self) -> str:
        return self._dates(self._flush(), final=True)

    def _dates(self, text: str, *, final: bool) -> str:
        if not self._p.date_keys:
            return text
        text = self._dated + text
        cut = len(text) if final else held_tail(text)
        self._dated = text[cut:]
        return self._p.restore_reformatted(text[:cut])

    def _original(self, surrogate: str) -> str:
        original = self._p.original_of(surrogate)
        return self._escape(original) if self._escape is not None else original

    def _feed(self, piece: str) -> str:
        buf = self._pending + piece
        if not buf:
            return ""
        rx, prefixes, longest = self._p.restore_index()
        if rx is None:
            self._pending, self._ctx = "", buf[-1]
            return buf
        n = len(buf)
        keep = n
        for length in range(min(longest, n), 0, -1):
            if buf[n - length :] in prefixes:
                keep = n - length
                break
        text = self._ctx + buf
        off = len(self._ctx)
        cut = keep + off
        out: list[str] = []
        last = off
        for m in rx.finditer(text, off):
            if m.end() < len(text) and not self._p.restorable(text, m):
                continue
            if m.start() >= cut:
                break
            if m.end() == len(text):
                cut = m.start()
                break
            out.append(text[last : m.start()])
            out.append(self._original(m.group()))
            last = m.end()
            cut = max(cut, last)
        out.append(text[last:cut])
        self._pending = text[cut:]
        if cut > 0:
            self._ctx = text[cut - 1]
        return "".join(out)

    def _flush(self) -> str:
        text = self._ctx + self._pending
        off = len(self._ctx)
        self._pending = ""
        rx = self._p.restore_index()[0]
        if rx is None:
            return text[off:]
        out: list[str] = []
        last = off
        for m in rx.finditer(text, off):
            if not self._p.restorable(text, m):
                continue
            out.append(text[last : m.start()])
            out.append(self._original(m.group()))
            last = m.end()
        out.append(text[last:])
        if text:
            self._ctx = text[-1]
        return "".join(out)
