"""Plain-text rendering of task results (CLI output, FHIR narrative and attachments)."""

from __future__ import annotations

from typing import Any


def heading(key: str) -> str:
    """`hospital_course` -> `Hospital course`."""
    return key.replace("_", " ").strip().capitalize()


def inline(value: Any) -> str:
    """One line for a scalar or a flat object: its first field, then the others in brackets
    ("metformin (dose: 500 mg, frequency: twice daily)")."""
    if isinstance(value, dict):
        items = [(k, v) for k, v in value.items() if v not in (None, "", [], {})]
        if not items:
            return ""
        (_, head), rest = items[0], items[1:]
        details = ", ".join(f"{heading(k).lower()}: {inline(v)}" for k, v in rest)
        return f"{inline(head)} ({details})" if details else inline(head)
    if isinstance(value, list):
        return ", ".join(inline(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def as_text(value: Any, indent: int = 0) -> str:
    """Headings for keys, bullets for lists, nothing for empty values."""
    pad = "  " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if item in (None, "", [], {}):
                continue
            if isinstance(item, (dict, list)):
                lines.append(f"{pad}{heading(key)}:")
                lines.append(as_text(item, indent + 1))
            else:
                lines.append(f"{pad}{heading(key)}: {inline(item)}")
        return "\n".join(lines)
    if isinstance(value, list):
        if not value:
            return f"{pad}(none)"
        return "\n".join(f"{pad}- {inline(item)}" for item in value)
    return f"{pad}{inline(value)}"
