"""Reasoning splitters: one case table, run whole and streamed at every split point (STYLE.md §1)."""

from __future__ import annotations

import pytest

from medgate.engines.families import family_for
from medgate.engines.families.harmony import HarmonySplitter
from medgate.engines.families.splitters import (
    Split,
    Splitter,
    ThinkTagSplitter,
    split_all,
)

CASES = [
    # (id, family, raw text, expected reasoning, expected content)
    ("r1-plain", "deepseek-r1", "<think>\nA then B.\n</think>\n\nAnswer: B.", "\nA then B.\n", "Answer: B."),
    ("r1-no-open-tag", "deepseek-r1", "A then B.\n</think>\n\nAnswer: B.", "A then B.\n", "Answer: B."),
    ("r1-short-untagged-is-answer", "deepseek-r1", "Pneumonia.", "", "Pneumonia."),
    ("r1-long-unclosed-is-reasoning", "deepseek-r1", "x" * 2100, "x" * 2100, ""),
    ("r1-empty-think", "deepseek-r1", "<think></think>Answer.", "", "Answer."),
    ("r1-leading-space", "deepseek-r1", "  <think>x</think>y", "x", "y"),
    ("generic-no-tags", "generic", "Just an answer with a < sign.", "", "Just an answer with a < sign."),
    ("generic-think", "generic", "<think>hmm</think>\nOK", "hmm", "OK"),
    ("generic-lt-start", "generic", "<b>bold</b>", "", "<b>bold</b>"),
    ("glm-think", "glm-4.5v", "<think>look</think>Box at <|begin_of_box|>[[1,2,3,4]]<|end_of_box|>",
     "look", "Box at <|begin_of_box|>[[1,2,3,4]]<|end_of_box|>"),
    ("harmony", "gpt-oss",
     "<|channel|>analysis<|message|>Think.<|end|><|start|>assistant<|channel|>final<|message|>Done.<|return|>",
     "Think.", "Done."),
    ("harmony-passthrough", "gpt-oss", "Already parsed answer.", "", "Already parsed answer."),
    ("harmony-lt-in-answer", "gpt-oss",
     "<|channel|>final<|message|>x < 3 and y<|end|>", "", "x < 3 and y"),
]


def _stream(splitter: Splitter, pieces: list[str]) -> Split:
    out = Split()
    for p in pieces:
        out += splitter.feed(p)
    out += splitter.flush()
    return out


@pytest.mark.parametrize(("family", "text", "reasoning", "content"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_whole_text(family: str, text: str, reasoning: str, content: str) -> None:
    out = split_all(family_for(family).splitter(), text)
    assert (out.reasoning, out.content) == (reasoning, content)


@pytest.mark.parametrize(("family", "text", "reasoning", "content"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_stream_equals_whole_at_every_split(family: str, text: str, reasoning: str, content: str) -> None:
    step = max(1, len(text) // 60)  # long cases: a sample of split points keeps the test quick
    for i in range(0, len(text) + 1, step):
        for j in range(i, len(text) + 1, step):
            out = _stream(family_for(family).splitter(), [text[:i], text[i:j], text[j:]])
            assert (out.reasoning, out.content) == (reasoning, content), (i, j)


def test_character_by_character() -> None:
    text = "<think>abc</think>\n\ndef"
    out = _stream(ThinkTagSplitter(), list(text))
    assert (out.reasoning, out.content) == ("abc", "def")


def test_holds_back_at_most_marker_length() -> None:
    s = ThinkTagSplitter()
    s.feed("<think>")
    out = s.feed("reasoning text </thi")
    assert out.reasoning == "reasoning text "
    assert s.buf == "</thi"


def test_harmony_drops_constrain_and_tool_headers() -> None:
    text = ("<|channel|>commentary to=functions.lookup <|constrain|>json<|message|>{\"q\":1}<|call|>"
            "<|start|>assistant<|channel|>final<|message|>ok<|return|>")
    out = split_all(HarmonySplitter(), text)
    assert out.content == "ok"
    assert '{"q":1}' in out.reasoning


BOXED = "The opacity is at <|begin_of_box|>[[100,200,500,800]]<|end_of_box|> and <|begin_of_box|>x<|end_of_box|>."


def test_box_tokens_leave_streams_at_every_split() -> None:
    from medgate.engines.families.glm45v import BOX_TOKENS
    from medgate.engines.families.splitters import TokenStripper

    whole = TokenStripper(BOX_TOKENS).strip(BOXED)
    assert whole == "The opacity is at [[100,200,500,800]] and x."
    for i in range(len(BOXED) + 1):
        for j in range(i, len(BOXED) + 1, 3):
            s = TokenStripper(BOX_TOKENS)
            assert s.feed(BOXED[:i]) + s.feed(BOXED[i:j]) + s.feed(BOXED[j:]) + s.flush() == whole, (i, j)
    s = TokenStripper(BOX_TOKENS)
    assert s.feed("a <|begin_of") == "a "  # only a tail that may still become a token waits
    assert s.flush() == "<|begin_of"  # and it is text after all when the stream ends there
