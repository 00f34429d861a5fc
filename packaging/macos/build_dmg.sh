#!/usr/bin/env bash
# Build Meetdesk.app and Meetdesk-<version>.dmg on macOS; sign and notarise when the
# credentials are in the environment.
#
#   packaging/macos/build_dmg.sh
#
# Signing (all optional; without them the app is ad-hoc signed and the DMG unsigned):
#   MACOS_CERT_P12        base64 of a "Developer ID Application" certificate (.p12)
#   MACOS_CERT_PASSWORD   its password
#   MACOS_SIGN_IDENTITY   the identity to use (default: the first Developer ID Application
#                         identity in the imported certificate)
# Notarisation (needs signing too):
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password)
#
# PYTHON selects the interpreter (default: python3; a venv is made in build/packaging-venv).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
mkdir -p "$ROOT/build"

venv="$ROOT/build/packaging-venv"
if [[ ! -x "$venv/bin/python" ]]; then
    "${PYTHON:-python3}" -m venv "$venv"
fi
python="$venv/bin/python"
"$python" -m pip install --quiet --disable-pip-version-check -e "$ROOT"
"$python" -m pip install --quiet --disable-pip-version-check -r "$ROOT/packaging/requirements.txt" \
    "dmgbuild==1.6.7"
VERSION="$("$python" -c 'import desktop; print(desktop.__version__)')"
echo "build_dmg.sh: Meetdesk $VERSION"

# --- Signing identity in a throwaway keychain -------------------------------------------------
keychain=""
cleanup() {
    if [[ -n "$keychain" ]]; then
        security delete-keychain "$keychain" || true
    fi
    rm -f "$ROOT/build/signing.p12"
}
trap cleanup EXIT
if [[ -n "${MACOS_CERT_P12:-}" && -n "${MACOS_CERT_PASSWORD:-}" ]]; then
    keychain="$ROOT/build/meetdesk-signing.keychain-db"
    keychain_password="$(uuidgen)"
    security create-keychain -p "$keychain_password" "$keychain"
    security set-keychain-settings -lut 21600 "$keychain"
    security unlock-keychain -p "$keychain_password" "$keychain"
    printf '%s' "$MACOS_CERT_P12" | base64 --decode >"$ROOT/build/signing.p12"
    security import "$ROOT/build/signing.p12" -k "$keychain" -P "$MACOS_CERT_PASSWORD" \
        -T /usr/bin/codesign
    security set-key-partition-list -S apple-tool:,apple:,codesign: -s \
        -k "$keychain_password" "$keychain" >/dev/null
    # Search the new keychain first, keep the others.
    # shellcheck disable=SC2046
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
    if [[ -z "${MACOS_SIGN_IDENTITY:-}" ]]; then
        MACOS_SIGN_IDENTITY="$(security find-identity -v -p codesigning "$keychain" |
            awk -F'"' '/Developer ID Application/ {print $2; exit}')"
    fi
    export MACOS_SIGN_IDENTITY
    echo "build_dmg.sh: signing as $MACOS_SIGN_IDENTITY"
else
    unset MACOS_SIGN_IDENTITY
    echo "build_dmg.sh: no MACOS_CERT_P12/MACOS_CERT_PASSWORD: ad-hoc signature, no notarisation"
fi

# --- The app ----------------------------------------------------------------------------------
# With MACOS_SIGN_IDENTITY set, PyInstaller signs every binary and the bundle with the
# hardened runtime, a timestamp and packaging/macos/entitlements.plist.
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/meetdesk.spec"
app="$DIST/Meetdesk.app"
exe="$app/Contents/MacOS/meetdesk"

echo "build_dmg.sh: Info.plist"
plutil -p "$app/Contents/Info.plist" | grep -E \
    'CFBundleIdentifier|CFBundleShortVersionString|LSUIElement|NSHighResolutionCapable|LSMinimumSystemVersion'

# Smoke test: version, a CLI command, the window (headless) on a throwaway profile.
smoke="$(mktemp -d)"
test "$("$exe" --version)" = "Meetdesk $VERSION"
test "$("$exe" --profile "$smoke/profile" meetings list --json)" = "[]"
QT_QPA_PLATFORM=offscreen MEETDESK_EXIT_WHEN_SHOWN=1 "$exe" --profile "$smoke/profile" \
    2>"$smoke/stderr" | grep -q '^shown_ms='
if grep -q Traceback "$smoke/stderr"; then
    cat "$smoke/stderr"
    exit 1
fi
rm -rf "$smoke"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    codesign --verify --deep --strict --verbose=2 "$app"
fi

# --- The disk image ---------------------------------------------------------------------------
dmg="$DIST/Meetdesk-$VERSION.dmg"
rm -f "$dmg"
"$python" -m dmgbuild -s "$ROOT/packaging/macos/dmg_settings.py" -D app="$app" \
    "Meetdesk $VERSION" "$dmg"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    codesign --sign "$MACOS_SIGN_IDENTITY" --timestamp "$dmg"
    if [[ -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" ]]; then
        echo "build_dmg.sh: notarising (this waits for Apple's answer)"
        xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
        xcrun stapler staple "$dmg"
        xcrun stapler validate "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose "$dmg"
    else
        echo "build_dmg.sh: APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD missing: not notarised"
    fi
fi

echo "build_dmg.sh: built $dmg ($(du -h "$dmg" | cut -f1))"
