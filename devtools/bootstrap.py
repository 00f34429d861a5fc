"""Create .venv beside the checkout and install Meetdesk into it; stdlib only.

Both Quick start commands call this, so each works on its own and in either order.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("MEETDESK_VENV", ROOT / ".venv"))

# Debian packages Qt needs on a bare Linux machine (offscreen and xcb), the Secret Service
# keyring the tests use, and a font so text is not drawn as boxes.
DEBIAN_PACKAGES_QT = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0",
    "libx11-6",
    "fonts-dejavu-core",
]
DEBIAN_PACKAGES_XCB = [
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libx11-xcb1",
]
DEBIAN_PACKAGES_TESTS = ["dbus", "gnome-keyring", "xvfb", "xauth"]


def python_in_venv() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _requirements_stamp(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(extras.encode())
    return digest.hexdigest()


def ensure_venv(extras: str = "") -> Path:
    """Make .venv and install the project (editable) with the given extras, once per change."""
    if sys.version_info < (3, 11):
        sys.exit("Meetdesk needs Python 3.11 or newer.")
    python = python_in_venv()
    if not python.exists():
        print(f"Creating {VENV} …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    stamp_file = VENV / f".meetdesk-installed{('-' + extras) if extras else ''}"
    stamp = _requirements_stamp(extras)
    if not stamp_file.exists() or stamp_file.read_text() != stamp:
        print("Installing Meetdesk and what it needs (first run only) …", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-e",
                target,
            ],
            check=True,
            cwd=ROOT,
        )
        stamp_file.write_text(stamp)
    return python


def _missing_debian_packages(packages: list[str]) -> list[str]:
    if shutil.which("dpkg-query") is None:
        return []
    missing = []
    for package in packages:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True,
            text=True,
            check=False,
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def ensure_debian_packages(packages: list[str]) -> None:
    """Install missing Debian packages when we may (root + apt-get); otherwise say how."""
    if not sys.platform.startswith("linux"):
        return
    missing = _missing_debian_packages(packages)
    if not missing:
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        print(f"Installing Debian packages: {' '.join(missing)} …", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(
            ["apt-get", "update", "-qq"], check=False, env=env, stdout=subprocess.DEVNULL
        )
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
    else:
        print(
            "Some system libraries may be missing. Install them with:\n"
            f"  sudo apt-get install {' '.join(missing)}",
            flush=True,
        )
