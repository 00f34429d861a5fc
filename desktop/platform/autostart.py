"""Start at login, silently: the XDG autostart file (Linux), the HKCU Run key (Windows) and a
LaunchAgent (macOS), written and removed by the app and re-checked at every start (a moved
or updated install gets its new path).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import plistlib
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PLATFORM: str = sys.platform

APP_ID = "org.meetdesk.Meetdesk"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Meetdesk"


def launch_command() -> list[str]:
    """How to start this Meetdesk: the frozen executable, or this Python with -m desktop."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--silent-start"]
    return [sys.executable, "-m", "desktop", "--silent-start"]


@dataclass(frozen=True, slots=True)
class AutostartEntry:
    platform: str  # linux | win32 | darwin
    location: str  # a file path, or the registry key\\value on Windows
    content: str  # the file's text, or the registry value


def entry_for(platform: str, command: list[str], home: Path | None = None) -> AutostartEntry:
    home = home or Path.home()
    if platform == "win32":
        value = " ".join(f'"{part}"' if " " in part else part for part in command)
        return AutostartEntry(platform, f"HKCU\\{RUN_KEY}\\{RUN_VALUE}", value)
    if platform == "darwin":
        path = home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        plist = {
            "Label": APP_ID,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
        return AutostartEntry(platform, str(path), plistlib.dumps(plist).decode("utf-8"))
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    path = config / "autostart" / f"{APP_ID}.desktop"
    text = (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Meetdesk\n"
        "Comment=Meeting reminders from the moment you sign in\n"
        f"Exec={shlex.join(command)}\n"
        "Icon=org.meetdesk.Meetdesk\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
    return AutostartEntry(platform, str(path), text)


def current_entry(command: list[str] | None = None) -> AutostartEntry:
    return entry_for(sys.platform, command or launch_command())


def is_enabled(entry: AutostartEntry | None = None) -> bool:
    entry = entry or current_entry()
    if entry.platform == "win32":
        return _read_run_value() is not None
    return Path(entry.location).is_file()


def apply(enabled: bool, entry: AutostartEntry | None = None) -> bool:
    """Write or remove the entry so that it matches `enabled` (and this install's path).
    Returns whether anything changed."""
    entry = entry or current_entry()
    if entry.platform == "win32":
        current = _read_run_value()
        if enabled and current != entry.content:
            _write_run_value(entry.content)
            return True
        if not enabled and current is not None:
            _write_run_value(None)
            return True
        return False
    path = Path(entry.location)
    if enabled:
        try:
            if path.read_text(encoding="utf-8") == entry.content:
                return False
        except OSError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(entry.content, encoding="utf-8")
        return True
    if path.exists():
        path.unlink()
        return True
    return False


def _winreg() -> Any:  # pragma: no cover - Windows only
    # Imported by name: the module (and its stubs) exist on Windows only.
    return importlib.import_module("winreg")


def _read_run_value() -> str | None:  # pragma: no cover - Windows only
    winreg = _winreg()
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _ = winreg.QueryValueEx(key, RUN_VALUE)
            return str(value)
    except OSError:
        return None


def _write_run_value(value: str | None) -> None:  # pragma: no cover - Windows only
    winreg = _winreg()
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        if value is None:
            with contextlib.suppress(OSError):
                winreg.DeleteValue(key, RUN_VALUE)
        else:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, value)


INSTALLER_KEY = r"Software\Meetdesk"
INSTALLER_VALUE = "SilentStart"


def installer_asked_for_silent_start() -> bool:
    """Windows: the MSI's MEETDESKSILENTSTART=1 property left HKCU\\Software\\Meetdesk\\
    SilentStart = 1: start at login unless the person (or the policy) decided otherwise."""
    if PLATFORM != "win32":  # a str, not sys.platform: checked on every system
        return False
    winreg = _winreg()  # pragma: no cover - Windows only
    try:  # pragma: no cover - Windows only
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, INSTALLER_KEY) as key:
            value, _ = winreg.QueryValueEx(key, INSTALLER_VALUE)
            return int(value) == 1
    except (OSError, ValueError, TypeError):  # pragma: no cover - Windows only
        return False
