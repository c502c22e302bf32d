"""The one helper the cue lists share."""

from __future__ import annotations


def word_set(blob: str) -> frozenset[str]:
    """The words of a blank-separated blob, as a set."""
    return frozenset(blob.split())
