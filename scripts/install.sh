#!/usr/bin/env bash
# Create .venv with Python 3.10 and install requirements.lock into it.
# A no-op when .venv already holds this exact lock: the stamp file records the lock file's sha256.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
LOCK=requirements.lock
STAMP="$VENV/.requirements.lock.sha256"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore PIP_NO_INPUT=1

venv_is_py310() {
    "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1
}

lock_hash=$(sha256sum "$LOCK" | cut -d' ' -f1)
if venv_is_py310 && [ "$(cat "$STAMP" 2>/dev/null)" = "$lock_hash" ]; then
    echo "install: $VENV is up to date with $LOCK"
    exit 0
fi

if ! venv_is_py310; then
    python=$(scripts/find_python.sh)
    echo "install: creating $VENV with $python"
    rm -rf "$VENV"
    "$python" -m venv "$VENV"
fi

echo "install: installing $LOCK into $VENV (a few minutes on a fresh machine)"
# Pin the installer first: newer pip rejects metadata of some packages in the tree.
grep -E '^(pip|setuptools|wheel)==' "$LOCK" | xargs "$VENV/bin/python" -m pip install --quiet
"$VENV/bin/python" -m pip install --quiet -r "$LOCK"
"$VENV/bin/python" -m pip check
echo "$lock_hash" > "$STAMP"
echo "install: done"
