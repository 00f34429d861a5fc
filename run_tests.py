#!/usr/bin/env python3
"""Quick start: run every test headless (installs what it needs into .venv first).

On Linux the tests talk to a real Secret Service keyring: they run inside their own D-Bus
session with an unlocked GNOME Keyring, so nothing touches the person's own keyring.
"""

import os
import shutil
import subprocess
import sys
import tempfile

from devtools.bootstrap import (
    DEBIAN_PACKAGES_QT,
    DEBIAN_PACKAGES_TESTS,
    DEBIAN_PACKAGES_XCB,
    ROOT,
    ensure_debian_packages,
    ensure_venv,
)

if __name__ == "__main__":
    python = ensure_venv("test")
    ensure_debian_packages(DEBIAN_PACKAGES_QT + DEBIAN_PACKAGES_XCB + DEBIAN_PACKAGES_TESTS)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    pytest = [str(python), "-m", "pytest", *sys.argv[1:]]
    if (
        sys.platform.startswith("linux")
        and shutil.which("dbus-run-session")
        and shutil.which("gnome-keyring-daemon")
    ):
        # A throwaway keyring folder, unlocked with a throwaway password.
        keyring_home = tempfile.mkdtemp(prefix="meetdesk-keyring-")
        env["XDG_DATA_HOME"] = keyring_home
        env["MEETDESK_REAL_KEYRING"] = "1"
        inner = (
            "printf meetdesk-tests | gnome-keyring-daemon --unlock --components=secrets "
            '>/dev/null 2>&1; exec "$@"'
        )
        command = ["dbus-run-session", "--", "sh", "-c", inner, "sh", *pytest]
    else:
        command = pytest
    sys.exit(subprocess.call(command, cwd=ROOT, env=env))
