"""CPU features: what /proc/cpuinfo lists, what a llama.cpp build uses, and the difference."""

from __future__ import annotations

from pathlib import Path

from medgate.cpu import build_features, cpu_flags, unsupported

PORTABLE = "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | LLAMAFILE = 1 | OPENMP = 1 |"
AMX = "CPU : SSE3 = 1 | AVX2 = 1 | AVX512 = 1 | AVX512_VNNI = 1 | AMX_INT8 = 1 | AVX_VNNI = 0 | REPACK = 1 |"


def test_build_features_are_the_ones_set_to_1() -> None:
    assert build_features(PORTABLE) >= {"AVX2", "FMA", "F16C", "SSE3"}
    assert "AVX_VNNI" not in build_features(AMX) and "AMX_INT8" in build_features(AMX)
    assert build_features("") == frozenset()


def test_cpu_flags_read_x86_and_arm_cpuinfo(tmp_path: Path) -> None:
    x86 = tmp_path / "x86"
    x86.write_text("processor\t: 0\nflags\t\t: fpu sse4_2 avx avx2 amx_tile\n\nprocessor\t: 1\nflags\t: fpu\n")
    assert cpu_flags(x86) == {"fpu", "sse4_2", "avx", "avx2", "amx_tile"}  # the first CPU's line
    arm = tmp_path / "arm"
    arm.write_text("processor\t: 0\nFeatures\t: fp asimd asimddp sve\n")
    assert cpu_flags(arm) == {"fp", "asimd", "asimddp", "sve"}
    assert cpu_flags(tmp_path / "missing") == frozenset()


def test_unsupported_names_what_the_build_needs_and_the_cpu_lacks() -> None:
    vm = frozenset({"pni", "ssse3", "avx", "avx2", "f16c", "fma", "bmi2", "avx512f", "avx512_vnni"})
    assert unsupported(build_features(PORTABLE), vm) == []
    assert unsupported(build_features(AMX), vm) == ["AMX_INT8"]
    assert unsupported(build_features(AMX), frozenset()) == []  # unknown CPU: nothing claimed
