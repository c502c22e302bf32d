"""Which catalogue use case a benchmark measures, by the benchmark's name (its items' `source`
or the file's stem). `eval publish --use-case` overrides it; a name not here has none."""

from __future__ import annotations

USE_CASES: tuple[tuple[str, str], ...] = (
    ("pubmedqa", "medical-research"),
    ("medqa", "diagnostic-support"),
    ("medxpertqa", "diagnostic-support"),
    ("medmcqa", "medical-education"),
    ("mmlu", "medical-education"),
    ("healthbench", "patient-communication"),
    ("medgate_sample", "medical-education"),
)


def use_case_for(benchmark: str) -> str | None:
    name = benchmark.lower()
    return next((uc for prefix, uc in USE_CASES if name.startswith(prefix)), None)
