"""Issue 18: identifiers in tool-call arguments and tool results never reach a `trust: remote`
upstream, and come back restored in the calls the client receives, streamed argument fragments
included (a surrogate split across fragments, down to one character per chunk).

The notes are the held-out blind set 3 (tests/privacy/blind_notes_3.yaml, never tuned on). The
history carries each note in an earlier call's arguments and in a tool result (a FHIR-like JSON
record); the fake model echoes the result's text back as a new call in its family's raw format
(or parsed), so what left medgate is exactly what must come back.
"""

from __future__ import annotations

import json
from typing import Any

import openai
import pytest
from tests.conftest import RunningServer
from tests.fakes.tool_formats import TOOLS
from tests.fakes.upstream import FakeUpstream
from tests.privacy.blind_notes import NOTES_3, BlindNote
from tests.privacy.blind_scoring import occurrences

from medgate.privacy import Pseudonymiser

HELD_OUT = next(n for n in NOTES_3 if n.kind == "CCU nursing progress note")  # lower case, a date, 4 names


@pytest.fixture(scope="module")
def client(fake_server: RunningServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=fake_server.base_url, api_key="unused", max_retries=0, timeout=60)


def _history(note: str) -> list[dict[str, Any]]:
    return [
        {"role": "user", "content": "Summarise today's nursing note for the handover."},
        {"role": "assistant", "content": None, "tool_calls": [{
            "id": "c1", "type": "function",
            "function": {"name": "record_summary", "arguments": json.dumps({"text": note})}}]},
        {"role": "tool", "tool_call_id": "c1",
         "content": json.dumps({"resourceType": "DocumentReference", "status": "current", "text": note})},
    ]


def _strings(value: Any) -> list[str]:
    """Every string in a request body, JSON text inside strings decoded too (the tool result)."""
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, str):
        try:
            inner = json.loads(value)
        except json.JSONDecodeError:
            return [value]
        return [value, *_strings(inner)] if isinstance(inner, (dict, list)) else [value]
    return []


def _reached(note: BlindNote, sent: dict[str, Any]) -> set[str]:
    """The note's identifiers found (as whole tokens) anywhere in what the upstream received."""
    texts = _strings(sent["messages"])
    return {sub for sub, _ in note.phi if any(occurrences(t, sub) for t in texts)}


def _call_args(client: openai.OpenAI, model: str, note: str, piece: int | None) -> str:
    if piece is None:
        resp = client.chat.completions.create(model=model, messages=_history(note), tools=TOOLS)  # type: ignore[arg-type]
        calls = resp.choices[0].message.tool_calls or []
        assert len(calls) == 1 and calls[0].function.name == "record_summary"
        return calls[0].function.arguments
    stream = client.chat.completions.create(model=model, messages=_history(note), tools=TOOLS, stream=True,  # type: ignore[arg-type]
                                            extra_body={"fake_piece": piece})
    args, fragments = "", 0
    for chunk in stream:
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or ():
                if call.function and call.function.arguments:
                    args += call.function.arguments
                    fragments += 1
    assert fragments > 1  # the arguments really came in pieces
    return args


@pytest.mark.parametrize("model", ["remote-toolecho-r1-raw", "remote-toolecho-glm-raw", "remote-toolecho-harmony-raw",
                                   "remote-toolecho-r1-parsed", "remote-toolecho-harmony-parsed"])
@pytest.mark.parametrize("piece", [None, 1, 7])
def test_held_out_note_never_reaches_remote_and_comes_back(client: openai.OpenAI, upstream: FakeUpstream,
                                                           model: str, piece: int | None) -> None:
    args = _call_args(client, model, HELD_OUT.text, piece)
    sent = upstream.requests[-1]
    assert _reached(HELD_OUT, sent) == set(), "an identifier reached the remote model"
    assert all(sub in HELD_OUT.text for sub, _ in HELD_OUT.phi)
    text = json.loads(args)["text"]
    # GLM's values are stripped when read back (vLLM glm45 does the same); the others are exact
    assert text == (HELD_OUT.text.strip() if "glm" in model else HELD_OUT.text)


def test_every_held_out_note_leaks_nothing_more_through_tools(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    """All 25 notes, streamed in 4-character pieces: in tool arguments and results an identifier
    reaches the remote model only if the detector also misses it in plain text (the detector's
    own misses, measured in tests/privacy), and every identifier comes back. (Whole-text equality
    is asserted for the named note above: on 3 of these notes about 1 request in 300 turns a
    date-like non-identifier such as a pain score "5/10" into another date when the per-request
    shift makes a surrogate date equal to it, in plain text as in tools: a pseudonymiser matter.)"""
    misses_in_text: dict[str, set[str]] = {}
    for note in NOTES_3:
        p = Pseudonymiser(policy="strict")
        plain = p.pseudonymise(note.text)
        misses_in_text[note.kind] = {sub for sub, _ in note.phi if occurrences(plain, sub)}
        args = _call_args(client, "remote-toolecho-r1-raw", note.text, 4)
        assert _reached(note, upstream.requests[-1]) <= misses_in_text[note.kind], note.kind
        back = json.loads(args)["text"]
        for sub, _ in note.phi:
            assert len(occurrences(back, sub)) == len(occurrences(note.text, sub)), (note.kind, sub)
    clean = [k for k, v in misses_in_text.items() if not v]
    assert HELD_OUT.kind in clean and len(clean) >= 20, misses_in_text
