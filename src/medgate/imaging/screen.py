"""The burned-in text rule: an image bound for a remote deployment must not carry text on its
pixels (a name, an ID, a date) unless the caller overrides with `burned_in: allow`."""

from __future__ import annotations

from collections.abc import Sequence

from medgate.errors import BurnedInText
from medgate.imaging.pixel_text import Box

HOW_TO = ("route it to a local deployment, crop or mask the text, or send burned_in: allow "
          "(header X-Medgate-Burned-In: allow) if it may leave")


def refuse_if_text(lines: Sequence[Box] | None, flags: Sequence[str], *, where: str) -> None:
    """Raise BurnedInText when a DICOM flag is set or text lines were found (None: not looked)."""
    if flags:
        raise BurnedInText(f"{where}: {' and '.join(f'{f} is YES' for f in flags)}, so its pixels may "
                           f"show identifiers and it would go to a remote model; {HOW_TO}",
                           param="burned_in")
    if lines:
        x, y, w, h = lines[0]
        more = f" and {len(lines) - 1} more" if len(lines) > 1 else ""
        raise BurnedInText(f"{where}: text found on the pixels (a line at x={x}, y={y}, {w}×{h} px{more}) "
                           f"and it would go to a remote model; {HOW_TO}", param="burned_in")
