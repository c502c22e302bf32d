"""GLM-4.5V: images pass through, a thinking switch per engine, grounding boxes parsed from the
answer (their markers taken out of it), tool calls as GLM-4.5's `<tool_call>` blocks (glm_tools.py)."""

from __future__ import annotations

import re
from typing import Any, ClassVar, Final

from medgate.engines.families.base import Body, Family
from medgate.engines.families.glm_tools import GlmToolScanner
from medgate.engines.families.toolcalls import ToolScanner, ToolSpec
from medgate.engines.image_size import first_image_size

BOX_TOKENS: Final = ("<|begin_of_box|>", "<|end_of_box|>")
_BOX = re.compile(r"<\|begin_of_box\|>(.*?)<\|end_of_box\|>", re.S)
_NUM = re.compile(r"-?\d+(?:\.\d+)?")


class Glm45V(Family):
    name: ClassVar[str] = "glm-4.5v"
    has_thinking_switch: ClassVar[bool] = True
    strip_tokens: ClassVar[tuple[str, ...]] = BOX_TOKENS

    def tool_scanner(self, tools: ToolSpec) -> ToolScanner | None:
        return GlmToolScanner(tools)

    def annotate(self, content: str, body: Body, image_size: tuple[int, int] | None = None) -> dict[str, Any]:
        boxes = parse_boxes(content)
        if not boxes:
            return {}
        size = image_size or first_image_size(body)
        if size is not None:
            w, h = size
            for box in boxes:
                x1, y1, x2, y2 = box["box_1000"]
                box["box_pixels"] = [round(x1 * w / 1000), round(y1 * h / 1000),
                                     round(x2 * w / 1000), round(y2 * h / 1000)]
                box["image_size"] = [w, h]
        return {"boxes": boxes}


def parse_boxes(content: str) -> list[dict[str, Any]]:
    """`<|begin_of_box|>[[x1,y1,x2,y2]]<|end_of_box|>`, coordinates on a 0–1000 scale (GLM-V README).
    A box may hold several quadruples; each becomes one entry."""
    boxes: list[dict[str, Any]] = []
    for m in _BOX.finditer(content):
        nums = [float(n) for n in _NUM.findall(m.group(1))]
        for i in range(0, len(nums) - len(nums) % 4, 4):
            quad = [int(n) if n.is_integer() else n for n in nums[i:i + 4]]
            boxes.append({"box_1000": quad, "text": m.group(1).strip(), "offset": m.start()})
    return boxes
