"""The small sets medgate ships (written for it, not copied from a benchmark), so the quick start
and the tests run offline. A name here stands for its file anywhere a DATASET path is accepted."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType

SAMPLES: Mapping[str, tuple[str, str]] = MappingProxyType({
    "sample": ("sample.jsonl", "15 questions: 12 lettered (4-5 options), 3 yes/no/maybe with a context"),
    "sample-open": ("sample_open.jsonl", "3 open questions with HealthBench-style rubrics (needs --judge)"),
})


def sample_path(name: str) -> Path | None:
    entry = SAMPLES.get(name)
    if entry is None:
        return None
    return Path(str(resources.files("medgate.evaluation").joinpath("data").joinpath(entry[0])))
