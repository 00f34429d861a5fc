#!/usr/bin/env bash
# Build the Linux one-folder bundle: dist/meetdesk/meetdesk (+ share/ with the desktop entry).
#
#   packaging/linux/build.sh            # uses .venv when it exists, else makes build/packaging-venv
#   PYTHON=/path/to/python packaging/linux/build.sh
#   DIST=/tmp/out WORK=/tmp/work packaging/linux/build.sh   # other output folders
#   SMOKE=0 packaging/linux/build.sh    # skip the quick `--version` check at the end
#
# Needs Python 3.11+ and, to run the GUI headless, the Qt libraries listed in
# devtools/bootstrap.py (libegl1, libxkbcommon0, libfontconfig1, …).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
DIST="${DIST:-$ROOT/dist}"
WORK="${WORK:-$ROOT/build/pyinstaller}"
SMOKE="${SMOKE:-1}"

if [[ -n "${PYTHON:-}" ]]; then
    python="$PYTHON"
elif [[ -x "$ROOT/.venv/bin/python" ]]; then
    python="$ROOT/.venv/bin/python"
else
    venv="$ROOT/build/packaging-venv"
    if [[ ! -x "$venv/bin/python" ]]; then
        python3 -m venv "$venv"
    fi
    python="$venv/bin/python"
fi
echo "build.sh: using $("$python" -c 'import sys; print(sys.executable, sys.version.split()[0])')"

# The app and its dependencies (not the test extra), and the pinned packaging tools.
"$python" -m pip install --quiet --disable-pip-version-check -e "$ROOT"
"$python" -m pip install --quiet --disable-pip-version-check -r "$ROOT/packaging/requirements.txt"

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/meetdesk.spec"
end=$(date +%s)

bundle="$DIST/meetdesk"
# The desktop entry and the icon, laid out as under /usr (or ~/.local): copy share/ there.
install -Dm644 "$ROOT/packaging/linux/org.meetdesk.Meetdesk.desktop" \
    "$bundle/share/applications/org.meetdesk.Meetdesk.desktop"
install -Dm644 "$ROOT/resources/icons/meetdesk.svg" \
    "$bundle/share/icons/hicolor/scalable/apps/org.meetdesk.Meetdesk.svg"

echo "build.sh: built $bundle in $((end - start)) s, $(du -sh "$bundle" | cut -f1)"
if [[ "$SMOKE" == "1" ]]; then
    "$bundle/meetdesk" --version
    echo "build.sh: full smoke test: MEETDESK_FROZEN_APP=$bundle/meetdesk" \
        "$python -m pytest tests/integration/test_frozen_app.py"
fi
