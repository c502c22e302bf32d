"""Request/response walks: every text field, tool args and results, image parts untouched."""

from __future__ import annotations

import copy
import json

from medgate.privacy import Pseudonymiser
from medgate.privacy.messages import (
    ChunkRestorer,
    pseudonymise_request,
    request_has_phi,
    restore_response,
)

IMG = {"type": "image_url", "image_url": {"url": "data:image/png;base64,Sm9obiBTbWl0aA=="}}
BODY = {
    "model": "m",
    "messages": [
        {"role": "system", "content": "You are careful."},
        {
            "role": "user",
            "content": [{"type": "text", "text": "Pt: John Smith, MRN: 00482913"}, IMG],
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "c1",
                    "type": "function",
                    "function": {
                        "name": "lookup",
                        "arguments": json.dumps({"patient": "Pt: John Smith", "n": 3}),
                    },
                },
                {
                    "id": "c2",
                    "type": "function",
                    "function": {"name": "raw", "arguments": "Pt: John Smith {"},
                },
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "MRN: 00482913 belongs to Mr. Smith"},
    ],
}


def test_request_walk_is_complete_and_pure() -> None:
    before = copy.deepcopy(BODY)
    p = Pseudonymiser(seed=1)
    out = pseudonymise_request(BODY, p)
    assert before == BODY
    dumped = json.dumps(out)
    assert "Smith" not in dumped and "00482913" not in dumped
    assert out["messages"][1]["content"][1] == IMG
    args = json.loads(out["messages"][2]["tool_calls"][0]["function"]["arguments"])
    assert args["n"] == 3 and "John" not in args["patient"]
    assert out["messages"][0]["content"] == "You are careful."
    assert p.restore(out["messages"][3]["content"]) == BODY["messages"][3]["content"]


def test_request_has_phi_counts() -> None:
    counts = request_has_phi(BODY)
    assert counts["NAME"] >= 3 and counts["MRN"] == 2


def test_restore_response_and_stream() -> None:
    p = Pseudonymiser(seed=2)
    fake = p.pseudonymise("Pt: John Smith, MRN: 00482913")
    resp = {
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": fake,
                    "reasoning_content": fake,
                    "tool_calls": [
                        {"function": {"name": "f", "arguments": json.dumps({"q": fake})}}
                    ],
                },
            }
        ]
    }
    out = restore_response(resp, p)
    msg = out["choices"][0]["message"]
    assert msg["content"] == msg["reasoning_content"] == "Pt: John Smith, MRN: 00482913"
    assert (
        json.loads(msg["tool_calls"][0]["function"]["arguments"])["q"]
        == "Pt: John Smith, MRN: 00482913"
    )
    assert resp["choices"][0]["message"]["content"] == fake

    for size in (1, 2, 3, 5, 8):
        cr = ChunkRestorer(p)
        pieces = [fake[i : i + size] for i in range(0, len(fake), size)]
        text, args = "", ""
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            chunk = {
                "id": "x",
                "choices": [
                    {
                        "index": 0,
                        "delta": {
                            "content": piece,
                            "tool_calls": [{"index": 0, "function": {"arguments": piece}}],
                        },
                        "finish_reason": "stop" if last else None,
                    }
                ],
            }
            d = cr.chunk(chunk)["choices"][0]["delta"]
            text += d.get("content") or ""
            args += "".join(tc["function"]["arguments"] for tc in d.get("tool_calls", []))
        assert text == "Pt: John Smith, MRN: 00482913"
        assert args == "Pt: John Smith, MRN: 00482913"
        assert cr.flush() is None


def test_chunk_flush_returns_leftover() -> None:
    p = Pseudonymiser(seed=3)
    fake = p.pseudonymise("Pt: John Smith")
    cr = ChunkRestorer(p)
    d = cr.chunk(
        {"id": "x", "choices": [{"index": 0, "delta": {"content": fake}, "finish_reason": None}]}
    )
    tail = cr.flush()
    assert tail is not None
    assert (
        d["choices"][0]["delta"]["content"] + tail["choices"][0]["delta"]["content"]
        == "Pt: John Smith"
    )
