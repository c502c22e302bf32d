"""The red-flag screen: concept regexes, ConText assertion, then two layers of rules.

No model call. Every pattern is compiled once per process (`default_screener`). One scan per
text finds the concepts of both layers (the red-flag rules' categories and the findings groups)
and the numbers it reports; ConText asserts or drops each within its own sentence. Mentions are
collected over all the texts given (a patient often spreads one story over several turns).

Layer `rules`: a category fires when one of its rules' concepts co-occur (`emergent`, or `urgent` for the
few rules that say so when no emergent rule of the category fires).
Layer `findings`: vital signs, age, course and signs scored against published thresholds
(`medgate.safety.findings`), `emergent` or `urgent`.
Layer `learned`: a classifier trained on the written vignette sets (`medgate.safety.learned`),
`emergent` only; asked only when the other layers have not already said emergent.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, NamedTuple

from medgate.digest_memo import DigestMemo
from medgate.safety import dose, learned
from medgate.safety.accents import unmarked
from medgate.safety.context import ConText
from medgate.safety.dispatch import PrefixIndex
from medgate.safety.dispatch_regex import Lookaheads
from medgate.safety.escalation import Escalation, Fired, Layer, Level, build, region
from medgate.safety.findings import GROUPS, FindingsLayer, Group
from medgate.safety.findings.common import DENIAL_CONCEPTS, UNSHIELDED_CONCEPTS
from medgate.safety.findings.measures import MeasureExtractor, Reading
from medgate.safety.learned import LearnedLayer
from medgate.safety.rules import CATEGORIES, Category
from medgate.safety.rules.base import Concept, ResourceKind, Rule
from medgate.safety.triggers import Modifier

MAX_EVIDENCE_CHARS = 80
SCAN_CACHE_SIZE = 4096  # texts whose scans are kept (a conversation's earlier turns)
FINDINGS = "findings"  # the owner of the findings groups' concepts (no rule category has it)
ALL_LAYERS: tuple[Layer, ...] = ("rules", "findings", "learned")
RULES_AND_FINDINGS: tuple[Layer, ...] = ("rules", "findings")  # `safety.learned_layer: false`
_BLOCKING = frozenset(
    {Modifier.NEGATED, Modifier.HISTORICAL, Modifier.FAMILY, Modifier.HYPOTHETICAL}
)
_NEGATION = frozenset({Modifier.NEGATED})
# a rule concept that is only a date ("two weeks ago", read as a TIA's over): it dates what it follows, as the
# findings' time concepts do, so it hides no trigger ("had a temp of 38 two weeks ago, fine since")
_UNSHIELDED_RULE_CONCEPTS: Final = frozenset({("stroke", "tia_resolved")})
NORMAL_TEMP_C = (36.0, 38.0)  # NICE NG143: fever is 38 °C or more; under 36 is a low one (a red flag)
_SPACES = re.compile(r"\s+")
_RuleSets = tuple[Rule, frozenset[str], frozenset[str]]  # a rule, its all_of and none_of as sets


class Mention(NamedTuple):
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
    """Compiled concepts of the rule categories and the findings groups, readings, ConText."""

    def __init__(
        self,
        categories: Sequence[Category] = CATEGORIES,
        context: ConText | None = None,
        findings: Sequence[Group] = GROUPS,
        cache_size: int = SCAN_CACHE_SIZE,
        learned_layer: LearnedLayer | None = None,
    ) -> None:
        self._learned_layer = learned_layer
        self._categories = tuple(categories)
        # each rule's concepts as sets, built once: two set tests per rule instead of generators
        self._rule_sets: tuple[tuple[_RuleSets, ...], ...] = tuple(
            tuple((r, frozenset(r.all_of), frozenset(r.none_of)) for r in cat.rules)
            for cat in self._categories
        )
        self._scans: DigestMemo[tuple[tuple[Mention, ...], tuple[Reading, ...]]] = DigestMemo(cache_size)
        self._context = context or ConText()
        self._findings = FindingsLayer(findings)
        self._finding_resources = {g.category: g.resources for g in findings if g.resources}
        self._measures = MeasureExtractor()
        owned: list[tuple[str, Concept]] = [
            (cat.name, concept) for cat in self._categories for concept in cat.concepts
        ] + [(FINDINGS, concept) for group in findings for concept in group.concepts]
        self._concepts: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
            (owner, concept.name, re.compile(rf"(?:{concept.regex()})(?!\w)", re.I))
            for owner, concept in owned
        )
        self._names: tuple[tuple[str, str], ...] = tuple((o, c) for o, c, _ in self._concepts)
        # At each word start only the concepts that can begin with the first characters there are
        # tried (`dispatch.PrefixIndex`); one match call of the bucket's regex, each concept an
        # optional lookahead group, tells every concept that matches there and where it ends.
        # On an ASCII text the buckets run on its lowercase (`dispatch`: only positions are read).
        self._index = PrefixIndex([concept.patterns for _, concept in owned], Lookaheads(),
                                  positions_only=True)
        self._starts = self._index.starts(r"(?<!\w)", re.S)

    def _matches(self, text: str) -> list[tuple[int, int, str, str]]:
        names = self._names
        return [(s, e, *names[item]) for s, e, item in self._index.every_match(self._starts, text)]

    def scan(self, text: str) -> tuple[list[Mention], list[Reading]]:
        """Every concept match in `text` with its ConText modifiers, and the asserted readings."""
        found = self._matches(text)
        plain = unmarked(text)
        if plain != text:  # ("bad indigestión": the English phrase, marks off)
            found = sorted(set(found) | set(self._matches(plain)))
        readings = self._measures.readings(text)
        if plain != text and (extra := _unmarked_readings(self._measures.readings(plain), readings, text)):
            readings = sorted(readings + extra, key=lambda r: r.start)
        if not found and not readings:
            return [], []
        spans = [(s, e) for s, e, _, _ in found]
        shields = [(s, e) for s, e, owner, concept in found
                   if (owner, concept) not in _UNSHIELDED_RULE_CONCEPTS
                   and (owner != FINDINGS or concept not in UNSHIELDED_CONCEPTS)]
        modifiers = self._context.assess(text, spans + [(r.start, r.end) for r in readings], shields)
        # a denial's own "no" ("no breathlessness") negates the symptom, not the denial
        mentions = [
            Mention(s, e, owner, concept, text[s:e],
                    mods - _NEGATION if owner == FINDINGS and concept in DENIAL_CONCEPTS else mods)
            for (s, e, owner, concept), mods in zip(found, modifiers[: len(found)], strict=True)
        ]
        kept = [r for r, mods in zip(readings, modifiers[len(found) :], strict=True)
                if not (mods - _NEGATION if _normal_temp(r) else mods) & _BLOCKING]
        return mentions, kept

    def forget(self) -> None:
        """Drop the memo of scans (benchmarks measure cold and warm conversations with it)."""
        self._scans.clear()
        if self._learned_layer is not None:
            self._learned_layer.forget()

    def _learned(self) -> LearnedLayer:
        if self._learned_layer is None:  # loaded (trained, if the cache lacks it) on first use
            self._learned_layer = learned.layer()
        return self._learned_layer

    def _frozen_scan(self, text: str) -> tuple[tuple[Mention, ...], tuple[Reading, ...]]:
        mentions, readings = self.scan(text)
        return tuple(mentions), tuple(readings)

    def mentions(self, text: str) -> list[Mention]:
        """Every concept match in `text`, each with its ConText modifiers."""
        return self.scan(text)[0]

    def screen(
        self, texts: Iterable[str], region_code: str = "US", layers: Sequence[Layer] = ALL_LAYERS
    ) -> Escalation | None:
        reg = region(region_code)  # an unknown region is an error even for benign text
        texts = list(texts)
        asserted: dict[str, dict[str, list[Mention]]] = {}
        readings: list[Reading] = []
        for text in texts:
            mentions, found = self._scans.get(text, self._frozen_scan)
            readings += found
            for m in mentions:
                if m.asserted:
                    asserted.setdefault(m.category, {}).setdefault(m.concept, []).append(m)
        fired: list[Fired] = []
        kinds: set[ResourceKind] = set()
        if "rules" in layers:
            fired += self._rules(asserted, kinds)
        if "findings" in layers and (asserted.get(FINDINGS) or readings):
            by_findings = self._findings_layer(asserted.get(FINDINGS, {}), readings)
            for f in by_findings:
                kinds.update(self._finding_resources.get(f.category, ()))
            fired += by_findings
        if "learned" in layers and texts and not any(f.level == "emergent" for f in fired):
            opinion = self._learned().fire(texts)
            if opinion is not None:
                fired.append(opinion)
        if fired and readings and dose.below_line(asserted.get("overdose", {}), readings):
            fired = dose.calmed(fired)  # a child's paracetamol under 75 mg/kg (TOXBASE)
        if fired and readings and dose.ibuprofen_below_line(asserted.get("overdose", {}), readings):
            fired = dose.capped(fired)  # ibuprofen under 100 mg/kg (TOXBASE): urgent at most
        return build(reg, fired, kinds)

    def _rules(self, asserted: Mapping[str, Mapping[str, list[Mention]]],
               kinds: set[ResourceKind]) -> list[Fired]:
        fired: list[Fired] = []
        for cat, rules in zip(self._categories, self._rule_sets, strict=True):
            concepts = asserted.get(cat.name)
            if not concepts:
                continue  # no asserted concept of the category: none of its rules can fire
            names, used, level = _fired(rules, concepts)
            if not used:
                continue
            kinds.update(cat.resources)
            evidence: list[str] = []
            last_end = -1
            for m in sorted(used, key=lambda m: (m.start, -m.end)):
                if m.end <= last_end:
                    continue  # inside a longer phrase already quoted ("speech is slurred")
                last_end = m.end
                phrase = _phrase(m.text)
                if phrase not in evidence:
                    evidence.append(phrase)
            fired.append(Fired("rules", ", ".join(names), cat.name, level, tuple(evidence)))
        return fired

    def _findings_layer(self, asserted: Mapping[str, list[Mention]],
                        readings: Sequence[Reading]) -> list[Fired]:
        concepts = {
            name: tuple(dict.fromkeys(_phrase(m.text) for m in ms)) for name, ms in asserted.items()
        }
        return [
            Fired("findings", f.name, f.category, f.level, f.evidence, f.source)
            for f in self._findings.fire(concepts, readings)
        ]


def _unmarked_readings(extra: Sequence[Reading], found: Sequence[Reading], text: str) -> list[Reading]:
    """Readings found only with the marks off (a number after an accented word: "la presión salió 166/104"),
    quoted as written; none that overlaps a reading found in the text as written."""
    return [dataclasses.replace(r, text=text[r.start:r.end]) for r in extra
            if not any(r.start < f.end and f.start < r.end for f in found)]


def _normal_temp(r: Reading) -> bool:
    """A normal temperature read in a list a "no" opened ("No rash, feeding well, temp 36.9"): the "no"
    denies the symptoms, not the number; a normal value can only clear a fever, never raise one."""
    return r.kind == "temp_c" and NORMAL_TEMP_C[0] <= r.value < NORMAL_TEMP_C[1]


def _phrase(text: str) -> str:
    phrase = text.strip()
    # a printable text holds no whitespace but " " (str.isprintable): only a double space to fold
    if "  " in phrase or not phrase.isprintable():
        phrase = _SPACES.sub(" ", phrase)
    return phrase[:MAX_EVIDENCE_CHARS]


def _fired(rules: Sequence[_RuleSets], concepts: Mapping[str, list[Mention]]
           ) -> tuple[list[str], list[Mention], Level]:
    """The rules (of one category, with their concept sets) that fire at the highest level any
    does, the mentions behind them, and that level (empty lists when none fires)."""
    names: list[str] = []
    used: list[Mention] = []
    level: Level = "urgent"
    if not concepts:
        return names, used, level
    present = concepts.keys()
    for rule, all_of, none_of in rules:
        if present >= all_of and present.isdisjoint(none_of):
            if rule.level != level:
                if rule.level == "urgent":
                    continue  # an emergent rule of the category has fired
                names, used, level = [], [], "emergent"
            if rule.name not in names:  # (a rule may be told in two forms under one name)
                names.append(rule.name)
            for name in rule.all_of:
                used.extend(m for m in concepts[name] if m not in used)
    return names, used, level


@functools.cache
def default_screener() -> Screener:
    """The process-wide screener, compiled on first use (immutable afterwards)."""
    return Screener()


def warm_up(*, learned: bool = True) -> None:
    """Compile the screen and load its learned layer now (training it if the cache lacks it), so
    the first request does not wait for either: the gateway and batch workers call this at start."""
    screener = default_screener()
    if learned:
        screener._learned()


def screen(
    texts: Iterable[str], region: str = "US", layers: Sequence[Layer] = ALL_LAYERS
) -> Escalation | None:
    """Screen free texts for red flags (emergent or urgent); None when there are none."""
    if isinstance(texts, str):
        texts = (texts,)
    return default_screener().screen(texts, region, layers)


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


def screen_request(
    body: Mapping[str, Any], region: str = "US", layers: Sequence[Layer] = ALL_LAYERS
) -> Escalation | None:
    """Screen the user messages of a chat body; images, system, assistant and tool are ignored."""
    return screen(user_texts(body), region, layers)


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
