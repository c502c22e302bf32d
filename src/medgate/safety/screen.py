"""The red-flag screen: concept regexes, ConText assertion, then per-category rules.

Rules only, no model call. Every pattern is compiled once per process (`default_screener`).
Mentions are collected over all the texts given (a patient often spreads one story over several
turns); each mention is asserted or dropped within its own sentence by ConText.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from medgate.regex_starts import ASCII, first_chars
from medgate.safety.context import ConText, Modifier
from medgate.safety.escalation import Escalation, build, region
from medgate.safety.rules import CATEGORIES, Category
from medgate.safety.rules.base import ResourceKind

MAX_EVIDENCE = 8
MAX_EVIDENCE_CHARS = 80
_BLOCKING = frozenset(
    {Modifier.NEGATED, Modifier.HISTORICAL, Modifier.FAMILY, Modifier.HYPOTHETICAL}
)
_Bucket = tuple[re.Pattern[str], tuple[int, ...]]
_SPACES = re.compile(r"\s+")
_POSITIONS = re.compile(r"(?<!\w).", re.S)  # every position not preceded by a word character


@dataclass(frozen=True)
class Mention:
    """One concept match: where, which category and concept, and what ConText said."""

    start: int
    end: int
    category: str
    concept: str
    text: str
    modifiers: frozenset[Modifier]

    @property
    def asserted(self) -> bool:
        return not (self.modifiers & _BLOCKING)


class Screener:
    """Compiled concepts for a set of categories, plus a ConText instance."""

    def __init__(
        self, categories: Sequence[Category] = CATEGORIES, context: ConText | None = None
    ) -> None:
        self._categories = tuple(categories)
        self._context = context or ConText()
        self._concepts: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
            (cat.name, concept.name, re.compile(rf"(?:{concept.regex()})(?!\w)", re.I))
            for cat in self._categories
            for concept in cat.concepts
        )
        # At each word start only the concepts whose first character can begin there are tried
        # (one alternation per character); the first alternative that matches names a concept and
        # gives its match; the later concepts of that bucket are then tried one by one. Within a
        # bucket a concept keeps only the patterns that can start with its character (the others
        # cannot match there, so the first match is the same). The buckets are exact supersets
        # (see firstchars), so this finds what a scan of every concept would.
        # Concept patterns are case-insensitive: analyse them as such.
        patterns = [
            [(p, first_chars(f"(?i:{p})")) for p in concept.patterns]
            for cat in self._categories
            for concept in cat.concepts
        ]
        starts = [first_chars(f"(?i:{rx.pattern})") for _, _, rx in self._concepts]
        alphabet = set().union(*(s for s in starts if s is not None))
        self._buckets: dict[str, _Bucket] = {}
        # "" = ASCII characters no analysed concept starts with; "*" = any non-ASCII character,
        # where every pattern is tried (the analysis covers ASCII starts only).
        for ch in [*sorted(alphabet), "", "*"]:
            idx = tuple(
                i for i, s in enumerate(starts) if ch == "*" or s is None or (ch and ch in s)
            )
            if not idx:
                continue
            alternatives = [
                "|".join(
                    f"(?:{p})" for p, f in patterns[i] if ch == "*" or f is None or (ch and ch in f)
                )
                for i in idx
            ]
            self._buckets[ch] = (_alternation(alternatives), idx)
        self._ascii_fallback = self._buckets.get("")
        self._non_ascii = self._buckets["*"]

    def mentions(self, text: str) -> list[Mention]:
        """Every concept match in `text`, each with its ConText modifiers."""
        found: list[tuple[int, int, str, str]] = []
        buckets, concepts = self._buckets, self._concepts
        for start in _POSITIONS.finditer(text):
            pos = start.start()
            ch = text[pos]
            bucket = buckets.get(ch)
            if bucket is None:
                bucket = self._ascii_fallback if ord(ch) < ASCII else self._non_ascii
            if bucket is None:
                continue
            combined, idx = bucket
            hit = combined.match(text, pos)
            if hit is None:
                continue
            k = int((hit.lastgroup or "c0")[1:])  # its place in the bucket
            cat, concept, _ = concepts[idx[k]]
            found.append((pos, hit.end(), cat, concept))
            for i in idx[k + 1 :]:
                cat, concept, regex = concepts[i]
                m = regex.match(text, pos)
                if m is not None:
                    found.append((pos, m.end(), cat, concept))
        if not found:
            return []
        modifiers = self._context.assess(text, [(s, e) for s, e, _, _ in found])
        return [
            Mention(s, e, cat, concept, text[s:e], mods)
            for (s, e, cat, concept), mods in zip(found, modifiers, strict=True)
        ]

    def screen(self, texts: Iterable[str], region_code: str = "US") -> Escalation | None:
        reg = region(region_code)  # an unknown region is an error even for benign text
        asserted: dict[str, dict[str, list[Mention]]] = {}
        for text in texts:
            for m in self.mentions(text):
                if m.asserted:
                    asserted.setdefault(m.category, {}).setdefault(m.concept, []).append(m)
        if not asserted:
            return None
        categories: list[str] = []
        evidence: list[str] = []
        kinds: set[ResourceKind] = set()
        for cat in self._categories:
            fired = _fired(cat, asserted.get(cat.name, {}))
            if not fired:
                continue
            categories.append(cat.name)
            kinds.update(cat.resources)
            last_end = -1
            for m in sorted(fired, key=lambda m: (m.start, -m.end)):
                if m.end <= last_end:
                    continue  # inside a longer phrase already quoted ("speech is slurred")
                last_end = m.end
                phrase = _SPACES.sub(" ", m.text.strip())[:MAX_EVIDENCE_CHARS]
                if phrase not in evidence:
                    evidence.append(phrase)
        if not categories:
            return None
        return build(reg, tuple(categories), tuple(evidence[:MAX_EVIDENCE]), kinds)


def _alternation(concepts: Sequence[str]) -> re.Pattern[str]:
    """One regex trying the concept regexes in order; group c<k> is the k-th of them."""
    rx = "|".join(f"(?P<c{k}>(?:{c})(?!\\w))" for k, c in enumerate(concepts))
    return re.compile(rf"(?:{rx})", re.I)


def _fired(cat: Category, concepts: Mapping[str, list[Mention]]) -> list[Mention]:
    """The mentions behind every rule of `cat` that fires (empty when none fires)."""
    used: list[Mention] = []
    if not concepts:
        return used
    for rule in cat.rules:
        if all(name in concepts for name in rule.all_of) and not any(
            name in concepts for name in rule.none_of
        ):
            for name in rule.all_of:
                used.extend(m for m in concepts[name] if m not in used)
    return used


@functools.cache
def default_screener() -> Screener:
    """The process-wide screener, compiled on first use (immutable afterwards)."""
    return Screener()


def screen(texts: Iterable[str], region: str = "US") -> Escalation | None:
    """Screen free texts for emergency red flags; None when there are none."""
    if isinstance(texts, str):
        texts = (texts,)
    return default_screener().screen(texts, region)


def user_texts(body: Mapping[str, Any]) -> list[str]:
    """The text of the `role: user` messages of an OpenAI chat body (strings and text parts)."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        return []
    texts: list[str] = []
    for message in messages:
        if not isinstance(message, dict) or message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            texts.append(content)
        elif isinstance(content, list):
            texts.extend(
                part["text"]
                for part in content
                if isinstance(part, dict)
                and part.get("type") == "text"
                and isinstance(part.get("text"), str)
            )
    return texts


def screen_request(body: Mapping[str, Any], region: str = "US") -> Escalation | None:
    """Screen the user messages of a chat body; images, system, assistant and tool are ignored."""
    return screen(user_texts(body), region)


def emergency_reply_text(esc: Escalation) -> str:
    """The plain message sent instead of a model answer when `on_emergency: respond`."""
    lines = [esc.advice, ""]
    lines += [f"- {r.name}: {r.contact}" for r in esc.resources]
    lines += [
        "",
        "This automatic safety message was triggered by: " + "; ".join(esc.evidence) + ".",
        "It is not a diagnosis. If this is not an emergency, please rephrase your question.",
    ]
    return "\n".join(lines)
