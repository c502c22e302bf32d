"""Property-based checks of the stream parsers: any chunking of the same bytes or text gives the
same result as the whole (reasoning splitters, SSE decoding)."""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from medgate.engines.families import FAMILIES
from medgate.engines.families.splitters import Split, split_all
from medgate.engines.sse import SseDecoder

FRAGMENTS = ["<think>", "</think>", "<thi", "nk>", "</", "\n\n", " ", "<|channel|>", "analysis", "final",
             "<|message|>", "<|end|>", "<|start|>", "assistant", "<|return|>", "<|", "|>", "<", "Pneumonia.",
             "fever 38.9", "é", "🙂"]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=30).map("".join)


def cut(text: str, points: list[int]) -> list[str]:
    bounds = sorted({p % (len(text) + 1) for p in points} | {0, len(text)})
    return [text[a:b] for a, b in pairwise(bounds)]


@settings(max_examples=300, deadline=None)
@given(family=st.sampled_from(sorted(FAMILIES)), text=texts, points=st.lists(st.integers(0, 400), max_size=12))
def test_splitter_stream_equals_whole(family: str, text: str, points: list[int]) -> None:
    whole = split_all(FAMILIES[family]().splitter(), text)
    splitter = FAMILIES[family]().splitter()
    streamed = Split()
    for piece in cut(text, points):
        streamed += splitter.feed(piece)
    streamed += splitter.flush()
    assert (streamed.reasoning, streamed.content) == (whole.reasoning, whole.content)


@settings(max_examples=100, deadline=None)
@given(family=st.sampled_from(sorted(FAMILIES)), text=texts)
def test_splitter_loses_no_text_outside_markers(family: str, text: str) -> None:
    out = split_all(FAMILIES[family]().splitter(), text)
    assert len(out.reasoning) + len(out.content) <= len(text)
    if "<" not in text and "\n" not in text and not text.startswith(" "):
        assert out.reasoning + out.content == text  # no marker: nothing dropped or invented


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)


@st.composite
def sse_streams(draw: st.DrawFn) -> tuple[list[Any], bytes]:
    events = draw(st.lists(st.dictionaries(st.text(max_size=6), json_values, max_size=4), min_size=1, max_size=6))
    newline = draw(st.sampled_from([b"\n", b"\r\n", b"\r"]))
    out = b""
    for event in events:
        if draw(st.booleans()):
            out += b": keep-alive" + newline
        if draw(st.booleans()):
            out += b"event: chunk" + newline
        payload = json.dumps(event, indent=draw(st.sampled_from([None, 1])))  # indent: data over many lines
        sep = draw(st.sampled_from([b"data: ", b"data:"]))
        out += b"".join(sep + line.encode() + newline for line in payload.split("\n")) + newline
    out += b"data: [DONE]" + newline + newline
    return events, out


@settings(max_examples=300, deadline=None)
@given(stream=sse_streams(), points=st.lists(st.integers(0, 2000), max_size=20))
def test_sse_decoder_any_chunking(stream: tuple[list[Any], bytes], points: list[int]) -> None:
    events, raw = stream
    bounds = sorted({p % (len(raw) + 1) for p in points} | {0, len(raw)})
    decoder = SseDecoder()
    payloads: list[bytes] = []
    for a, b in pairwise(bounds):
        payloads += decoder.feed(raw[a:b])
    payloads += decoder.close()
    assert payloads[-1] == b"[DONE]"
    assert [json.loads(p) for p in payloads[:-1]] == events


def test_sse_decoder_end_without_blank_line() -> None:
    decoder = SseDecoder()
    assert decoder.feed(b'data: {"a": 1}\n\ndata: [DONE]') == [b'{"a": 1}']
    assert decoder.close() == [b"[DONE]"]
