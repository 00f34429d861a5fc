#!/usr/bin/env python3
"""Quick start: run Meetdesk from this checkout (installs what it needs into .venv first)."""

import os
import subprocess
import sys

from devtools.bootstrap import (
    DEBIAN_PACKAGES_QT,
    DEBIAN_PACKAGES_XCB,
    ensure_debian_packages,
    ensure_venv,
)

if __name__ == "__main__":
    python = ensure_venv()
    env = dict(os.environ)
    if sys.platform.startswith("linux"):
        has_display = bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
        ensure_debian_packages(DEBIAN_PACKAGES_QT + (DEBIAN_PACKAGES_XCB if has_display else []))
        if not has_display and "QT_QPA_PLATFORM" not in env:
            print(
                "No display found: Meetdesk runs off screen (use the `meetdesk` commands, "
                "or start it under a desktop session).",
                flush=True,
            )
            env["QT_QPA_PLATFORM"] = "offscreen"
    sys.exit(subprocess.call([str(python), "-m", "desktop", *sys.argv[1:]], env=env))
