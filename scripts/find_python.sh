#!/usr/bin/env bash
# Print the path of a working Python 3.10 interpreter (Rasa 3.6 needs 3.8-3.10).
# Order: $PYTHON, python3.10 on PATH, pyenv's 3.10, ~/.pyenv/versions/3.10*. Exit 1 if none works.
set -euo pipefail

is_py310() {
    "$@" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1
}

# Symlinks are resolved, so a venv's python yields its base interpreter and .venv can be rebuilt from it.
resolve() {
    "$@" -c 'import os, sys; print(os.path.realpath(sys.executable))'
}

candidates() {
    [ -n "${PYTHON:-}" ] && echo "$PYTHON"
    command -v python3.10 || true
    if command -v pyenv >/dev/null 2>&1; then
        PYENV_VERSION=3.10 pyenv which python 2>/dev/null || true
    fi
    ls -d "$HOME"/.pyenv/versions/3.10*/bin/python 2>/dev/null || true
}

while IFS= read -r python; do
    if is_py310 "$python"; then
        resolve "$python"
        exit 0
    fi
done < <(candidates)

echo "error: Python 3.10 not found (Rasa 3.6 needs Python 3.8-3.10)." >&2
echo "  Install it (e.g. 'pyenv install 3.10' or your OS package python3.10)," >&2
echo "  or point to one: make install PYTHON=/path/to/python3.10" >&2
exit 1
