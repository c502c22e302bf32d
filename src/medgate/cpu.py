"""What this CPU offers, and what a llama.cpp build asks of it (`medgate doctor`, install.sh).

A build's features come from llama.cpp's own `llama_print_system_info()` line ("CPU : SSE3 = 1 |
AVX2 = 1 | ..."), read in a runner probe; the CPU's from /proc/cpuinfo. A feature the build uses
that the CPU does not list is a crash waiting for its first instruction (SIGILL). Advertised is not
always usable: a VM may list AMX and still fault on it, which only a real generation shows.
"""

from __future__ import annotations

import platform
from collections.abc import Mapping
from pathlib import Path

# llama.cpp's feature name → the /proc/cpuinfo flag (x86) or Features word (arm64) it needs.
BUILD_TO_FLAG: Mapping[str, str] = {
    "SSE3": "pni", "SSSE3": "ssse3", "SSE4_2": "sse4_2", "AVX": "avx", "AVX2": "avx2", "F16C": "f16c",
    "FMA": "fma", "BMI2": "bmi2", "AVX_VNNI": "avx_vnni", "AVX512": "avx512f", "AVX512_VBMI": "avx512vbmi",
    "AVX512_VNNI": "avx512_vnni", "AVX512_BF16": "avx512_bf16", "AMX_INT8": "amx_int8",
    "NEON": "asimd", "ARM_FMA": "asimd", "FP16_VA": "fphp", "DOTPROD": "asimddp", "MATMUL_INT8": "i8mm",
    "SVE": "sve", "SVE2": "sve2", "SME": "sme",
}
# The flags worth showing: what llama.cpp's CPU variants choose between.
NOTABLE = ("sse4_2", "avx", "avx2", "fma", "f16c", "bmi2", "avx_vnni", "avx512f", "avx512_vnni",
           "avx512_bf16", "amx_tile", "amx_int8", "amx_bf16", "asimd", "asimddp", "i8mm", "sve", "sve2", "sme")


def cpu_flags(cpuinfo: Path = Path("/proc/cpuinfo")) -> frozenset[str]:
    """The CPU's feature flags (empty where /proc/cpuinfo is not available, e.g. macOS)."""
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return frozenset()
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("flags", "Features"):
            return frozenset(value.split())
    return frozenset()


def build_features(system_info: str) -> frozenset[str]:
    """The CPU features a llama.cpp build uses, from its system-info line."""
    used = set()
    for part in system_info.replace("\n", "|").split("|"):
        name, eq, value = part.partition("=")
        name = name.split(":")[-1].strip()
        if eq and value.strip() == "1" and name:
            used.add(name)
    return frozenset(used)


def unsupported(build: frozenset[str], flags: frozenset[str]) -> list[str]:
    """Features the build uses that the CPU does not list (nothing, if the CPU's flags are unknown)."""
    if not flags:
        return []
    return sorted(f for f in build if f in BUILD_TO_FLAG and BUILD_TO_FLAG[f] not in flags)


def machine() -> str:
    return f"{platform.machine()} ({platform.processor() or platform.system()})"
