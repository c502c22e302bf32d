#!/usr/bin/env bash
# Create the LiteLLM comparison venv for benchmarks/gateway/run.py (never run by CI).
#
#   bash benchmarks/gateway/setup_litellm.sh [VENV_DIR]     # default: benchmarks/.venv-litellm
#
# Pins the version measured in shared/research/litellm-overhead.md so the anchor stays comparable.
# httptools is deliberately NOT installed here: LiteLLM's default parser is h11, as in the anchor.
# py-spy is added for the optional profile of medgate (run.py --profile).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${1:-$here/../.venv-litellm}"
version="${LITELLM_VERSION:-1.108.7}"
python="${PYTHON:-python3.11}"
command -v "$python" >/dev/null 2>&1 || python=python3
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet "litellm[proxy]==$version"
"$venv/bin/pip" install --quiet py-spy || echo "setup_litellm: py-spy not installed (optional)" >&2
"$venv/bin/litellm" --version 2>/dev/null || "$venv/bin/python" -c "import litellm; print('litellm ok')"
echo "setup_litellm: ready in $venv"
