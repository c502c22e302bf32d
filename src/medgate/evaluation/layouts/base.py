"""What a dataset layout is: it recognises its rows and turns them into items.

A new layout is one small class in its own file and one line in `LAYOUTS` (layouts/__init__.py).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, ClassVar

from medgate.errors import DatasetError
from medgate.evaluation.files import Row
from medgate.evaluation.items import Item


class Layout(ABC):
    name: ClassVar[str]
    description: ClassVar[str]

    @abstractmethod
    def matches(self, row: Row) -> bool:
        """True when a row has this layout's shape (checked on the first row)."""

    @abstractmethod
    def item(self, row: Row, n: int, path: Path) -> Item:
        """One item from one row (`n` counts rows from 0, for ids a layout has to make up)."""

    def items(self, rows: list[Row], path: Path) -> list[Item]:
        out = []
        for n, row in enumerate(rows):
            try:
                out.append(self.item(row, n, path))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise DatasetError(f"{path}: row {n + 1} is not a valid {self.name} row ({_why(exc)})") from exc
        return out


def _why(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc) or type(exc).__name__


def keyed(row: Row) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise TypeError("expected an object")
    return row


def text(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{field} must be a non-empty string")
    return value


def letter_key(options: dict[str, str], answer: Any) -> str:
    key = str(answer).strip().upper()
    if key not in options:
        raise ValueError(f"answer {answer!r} is not one of the options {sorted(options)}")
    return key


def lettered_options(raw: Any) -> dict[str, str]:
    """{"A": text, ...} from a mapping, or from a list in letter order."""
    if isinstance(raw, list):
        raw = {chr(ord("A") + i): v for i, v in enumerate(raw)}
    if not isinstance(raw, dict) or not raw:
        raise ValueError("options must be a non-empty mapping or list")
    out = {str(k).strip().upper(): str(v) for k, v in raw.items()}
    if any(len(k) != 1 or not "A" <= k <= "Z" for k in out):
        raise ValueError(f"option keys must be single letters, got {sorted(out)}")
    return dict(sorted(out.items()))
