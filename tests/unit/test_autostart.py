"""Start at login: the Linux autostart file for real, the Windows and macOS entries as made."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from desktop.platform import autostart

COMMAND = ["/opt/Meetdesk/meetdesk", "--silent-start"]


def test_the_linux_autostart_file_is_written_updated_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = autostart.entry_for("linux", COMMAND, home=tmp_path)
    path = Path(entry.location)
    assert path == tmp_path / "config" / "autostart" / "org.meetdesk.Meetdesk.desktop"
    assert not autostart.is_enabled(entry)
    assert autostart.apply(True, entry) is True
    text = path.read_text(encoding="utf-8")
    assert "Exec=/opt/Meetdesk/meetdesk --silent-start\n" in text
    assert "X-GNOME-Autostart-enabled=true" in text and text.startswith("[Desktop Entry]")
    assert autostart.apply(True, entry) is False  # re-checked at start: nothing to do
    moved = autostart.entry_for("linux", ["/home/a b/meetdesk", "--silent-start"], home=tmp_path)
    assert autostart.apply(True, moved) is True  # the install moved: the path follows
    assert "Exec='/home/a b/meetdesk' --silent-start" in path.read_text(encoding="utf-8")
    assert autostart.apply(False, moved) is True and not path.exists()
    assert autostart.apply(False, moved) is False


def test_the_windows_run_value_quotes_a_path_with_spaces() -> None:
    entry = autostart.entry_for(
        "win32", [r"C:\Users\Ann\AppData\Local\Meetdesk\meetdesk.exe", "--silent-start"]
    )
    assert entry.location == (r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run\Meetdesk")
    assert entry.content == r"C:\Users\Ann\AppData\Local\Meetdesk\meetdesk.exe --silent-start"
    spaced = autostart.entry_for(
        "win32", [r"C:\Program Files\Meetdesk\meetdesk.exe", "--silent-start"]
    )
    assert spaced.content == r'"C:\Program Files\Meetdesk\meetdesk.exe" --silent-start'


def test_the_macos_launch_agent_runs_at_load(tmp_path: Path) -> None:
    entry = autostart.entry_for("darwin", COMMAND, home=tmp_path)
    assert entry.location == str(
        tmp_path / "Library" / "LaunchAgents" / "org.meetdesk.Meetdesk.plist"
    )
    plist = plistlib.loads(entry.content.encode("utf-8"))
    assert plist["ProgramArguments"] == COMMAND
    assert plist["RunAtLoad"] is True and plist["Label"] == "org.meetdesk.Meetdesk"


def test_the_launch_command_starts_silently() -> None:
    assert autostart.launch_command()[-1] == "--silent-start"
