"""Files the installers and the desktop rely on."""

from __future__ import annotations

import configparser
from pathlib import Path

from desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_the_desktop_entry_opens_calendar_files_with_meetdesk() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "linux" / "org.meetdesk.Meetdesk.desktop")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "meetdesk" and "%f" in section["Exec"]
    assert "text/calendar" in section["MimeType"].split(";")


def test_the_app_icon_is_found_from_a_checkout() -> None:
    icon = resource_path("icons", "meetdesk.svg")
    assert icon is not None and icon.read_text().lstrip().startswith("<svg")
    assert resource_path("icons", "missing.svg") is None
