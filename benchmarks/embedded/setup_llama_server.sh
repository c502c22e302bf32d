#!/usr/bin/env bash
# benchmarks/.venv-llama-server: llama-cpp-python's own OpenAI server, for channels.py (channel B).
# It reuses the llama-cpp-python that ./install.sh built in .venv (a .pth line: no second build)
# and adds only the [server] extra's packages. Git-ignored; CI never installs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=benchmarks/.venv-llama-server
python3 -m venv "$venv"
site=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
own=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
echo "$site" > "$own/medgate-venv.pth"
"$venv/bin/pip" install --quiet "fastapi==0.163.2" "sse-starlette==3.7.0" "starlette-context==0.3.6" \
    "pydantic-settings==2.16.3" "uvicorn==0.54.0" "pyyaml==6.0.3"
"$venv/bin/python" -c 'import llama_cpp.server.app; print("llama_cpp.server ready in '"$venv"'")'
