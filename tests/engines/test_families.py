"""Family adapters: request preparation is pure and family-specific."""

from __future__ import annotations

from typing import Any

import pytest

from medgate.engines.dialects import dialect_for
from medgate.engines.families import FAMILIES, family_for
from medgate.engines.families.glm45v import parse_boxes
from medgate.errors import ConfigError


def body(**extra: Any) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": "system", "content": "Be brief."},
                                       {"role": "user", "content": "Q?"}], **extra}


def test_table_names_every_family() -> None:
    assert set(FAMILIES) == {"deepseek-r1", "gpt-oss", "glm-4.5v", "generic"}
    with pytest.raises(ConfigError, match="known"):
        family_for("llama")


def test_r1_defaults_and_system_fold() -> None:
    original = body()
    out, applied = family_for("deepseek-r1").prepare(original, thinking=None, dialect=dialect_for("vllm"))
    assert out["temperature"] == 0.6 and out["top_p"] == 0.95
    assert applied["temperature"] == 0.6 and "system_prompt" in applied
    assert [m["role"] for m in out["messages"]] == ["user"]
    assert out["messages"][0]["content"].startswith("Be brief.") and out["messages"][0]["content"].endswith("Q?")
    assert original["messages"][0]["role"] == "system"  # never mutated


def test_r1_caller_sampling_wins() -> None:
    out, applied = family_for("deepseek-r1").prepare(body(temperature=0.1), thinking=None, dialect=dialect_for("vllm"))
    assert out["temperature"] == 0.1 and "temperature" not in applied


def test_r1_fold_into_multimodal_user() -> None:
    b = {"model": "m", "messages": [{"role": "system", "content": "S"},
                                    {"role": "user", "content": [{"type": "text", "text": "Q"}]}]}
    out, _ = family_for("deepseek-r1").prepare(b, thinking=None, dialect=dialect_for("vllm"))
    assert out["messages"][0]["content"][0] == {"type": "text", "text": "S"}


def test_gpt_oss_passes_reasoning_effort() -> None:
    out, applied = family_for("gpt-oss").prepare(body(reasoning_effort="high"), thinking=None, dialect=dialect_for("vllm"))
    assert out["reasoning_effort"] == "high" and applied == {}
    assert out["messages"][0]["role"] == "system"


@pytest.mark.parametrize(("engine", "expected"), [
    ("vllm", {"chat_template_kwargs": {"enable_thinking": False}}),
    ("sglang", {"chat_template_kwargs": {"enable_thinking": False}}),
    ("siliconflow", {"enable_thinking": False}),
    ("ollama", {"think": False}),
])
def test_glm_thinking_switch_per_engine(engine: str, expected: dict[str, Any]) -> None:
    out, _ = family_for("glm-4.5v").prepare(body(), thinking=False, dialect=dialect_for(engine))
    for key, value in expected.items():
        assert out[key] == value


def test_glm_switch_keeps_other_template_kwargs() -> None:
    out, _ = family_for("glm-4.5v").prepare(body(chat_template_kwargs={"x": 1}), thinking=True, dialect=dialect_for("vllm"))
    assert out["chat_template_kwargs"] == {"x": 1, "enable_thinking": True}


def test_glm_boxes_parsed_and_scaled() -> None:
    boxes = parse_boxes("Nodule <|begin_of_box|>[[100,200,500,800]]<|end_of_box|> and "
                        "<|begin_of_box|>[[0,0,10,10],[20,20,30,30]]<|end_of_box|>")
    assert [b["box_1000"] for b in boxes] == [[100, 200, 500, 800], [0, 0, 10, 10], [20, 20, 30, 30]]


def test_glm_pixel_boxes_from_png_size() -> None:
    import base64
    import struct
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", 640, 480) + b"\x08\x02\x00\x00\x00"
    url = "data:image/png;base64," + base64.b64encode(png).decode()
    b = {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}}]}]}
    glm = family_for("glm-4.5v")
    extras = glm.annotate("<|begin_of_box|>[[100,200,500,1000]]<|end_of_box|>", b)
    assert extras["boxes"][0]["box_pixels"] == [64, 96, 320, 480]
    # the size the client submitted (medgate converted and downscaled the file) wins over the body's
    extras = glm.annotate("<|begin_of_box|>[[100,200,500,1000]]<|end_of_box|>", b, (1280, 960))
    assert extras["boxes"][0]["box_pixels"] == [128, 192, 640, 960]
    assert extras["boxes"][0]["image_size"] == [1280, 960]
