"""The answer a model gave, read from `content` only — never from reasoning.

Content is first cut to what follows any reasoning left in it: a `<think>…</think>` block (an
engine without a reasoning parser), or the text after a lone `</think>` (R1 without its opening
tag); an unclosed `<think>` leaves nothing. Then the rules in `RULES` are tried in order and the
first that finds a valid option wins:

    marker      "Answer: C", "the answer is (c)", "Final answer: **C**", "answer is yes"
    boxed       \\boxed{C}
    alone       the whole answer is the option: "C", "(C)", "C.", "Yes."
    leading     the answer starts with the option: "C. Xanthine oxidase…", "(B) …", "No, …"
    text        the answer names exactly one option's text (longest match wins over its parts)
    option      "option C", "choice (B)"

Nothing found, or a letter that is not an option, is unparseable: scored wrong and reported apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from medgate.evaluation.items import Item

_THINK_BLOCK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_MARKUP = re.compile(r"[*_`#]+")
_SPACE = re.compile(r"\s+")
_VERB = r"(?:\s+(?:is|would\s+be|will\s+be))?\s*[:=\-]?"


@dataclass(frozen=True, slots=True)
class Extraction:
    answer: str | None  # an option key (letter or word), or None
    rule: str | None  # which rule found it; None when unparseable
    invalid: str | None = None  # a letter the model named that is not an option


def strip_reasoning(content: str) -> str:
    """The part of `content` after any reasoning an engine left in it."""
    text = _THINK_BLOCK.sub("", content)
    low = text.lower()
    if "</think>" in low:  # R1 with no opening tag: everything before the last close is reasoning
        text = text[low.rindex("</think>") + len("</think>"):]
    elif "<think>" in low:  # reasoning that never closed: there is no answer
        return ""
    return text.strip()


def visible_answer(content: str) -> str:
    """The answer without reasoning and without Markdown emphasis (`**C**` is `C`)."""
    return _MARKUP.sub("", strip_reasoning(content)).strip()


def _key_pattern(item: Item) -> str:
    if item.lettered:
        return r"[A-Za-z]"
    return "|".join(re.escape(k) for k in sorted(item.options, key=len, reverse=True))


def _norm(key: str, item: Item) -> str:
    return key.upper() if item.lettered else key.lower()


def _last(pattern: str, text: str, item: Item, flags: int = re.IGNORECASE) -> str | None:
    """The last match that names an option; else the last match at all (reported as invalid)."""
    found = valid = None
    for m in re.finditer(pattern, text, flags):
        key = next(g for g in m.groups() if g is not None)
        found = key
        if _norm(key, item) in item.options:
            valid = key
    return valid or found


def _marker(text: str, item: Item) -> str | None:
    key = _key_pattern(item)
    if item.lettered:  # a lower-case letter only in brackets or alone: "the answer is a stroke" is no "A"
        key = r"(?:\(([A-Za-z])\)|(?-i:([A-Z]))(?![\w'])|([a-z])(?=\s*(?:[.)]|$)))"
    else:
        key = rf"\(?({key})\b"
    return _last(rf"\banswer\b{_VERB}\s*(?:option\s+)?{key}", text, item, re.IGNORECASE | re.MULTILINE)


def _boxed(text: str, item: Item) -> str | None:
    return _last(rf"\\boxed\{{\s*(?:\\text\{{)?\s*({_key_pattern(item)})\s*\}}", text, item)


def _alone(text: str, item: Item) -> str | None:
    m = re.fullmatch(rf"[\s(\[]*(?P<key>{_key_pattern(item)})[\s)\].:!]*", text, re.IGNORECASE)
    return m.group("key") if m else None


def _leading(text: str, item: Item) -> str | None:
    if item.lettered:
        m = re.match(r"\s*[(\[]?(?P<key>[A-Z])(?:[).:\]]|\s+-)\s+\S", text)
    else:
        m = re.match(rf"\s*(?P<key>{_key_pattern(item)})\b[\s,.;:!]", text + " ", re.IGNORECASE)
    return m.group("key") if m else None


def _squash(s: str) -> str:
    return _SPACE.sub(" ", re.sub(r"[^\w\s%./-]", " ", s.lower())).strip(" .")


def _text(text: str, item: Item) -> str | None:
    if not item.lettered:
        return None
    said = _squash(text)
    hits = {k for k, v in item.options.items() if (o := _squash(v)) and re.search(rf"(?<!\w){re.escape(o)}(?!\w)", said)}
    # "paralysis of the facial muscles" is inside "... muscles and loss of taste": keep the longest.
    maximal = {k for k in hits if not any(k != j and _squash(item.options[k]) in _squash(item.options[j])
                                          for j in hits)}
    return next(iter(maximal)) if len(maximal) == 1 else None


def _option(text: str, item: Item) -> str | None:
    return _last(rf"\b(?:option|choice)\s*\(?({_key_pattern(item)})\b", text, item)


RULES: tuple[tuple[str, Callable[[str, Item], str | None]], ...] = (
    ("marker", _marker),
    ("boxed", _boxed),
    ("alone", _alone),
    ("leading", _leading),
    ("text", _text),
    ("option", _option),
)


def extract(content: str | None, item: Item) -> Extraction:
    """The option the model chose, the rule that found it, or why there is none."""
    text = visible_answer(content or "")
    if not text:
        return Extraction(None, None)
    invalid = None
    for name, rule in RULES:
        key = rule(text, item)
        if key is None:
            continue
        key = _norm(key, item)
        if key in item.options:
            return Extraction(key, name)
        invalid = invalid or key
    return Extraction(None, None, invalid=invalid)
