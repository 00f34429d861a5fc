"""Time-zone names from calendar data: IANA, Windows, prefixed, display names, path tricks."""

from __future__ import annotations

import builtins
import os
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from desktop import timezones
from desktop.timezones import (
    WINDOWS_ZONES,
    common_timezones,
    is_valid_timezone,
    resolve_timezone,
    system_timezone_name,
)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("Etc/GMT+5", "Etc/GMT+5"),
        ("UTC", "UTC"),
        ("  Europe/Paris  ", "Europe/Paris"),
        ('"Europe/Paris"', "Europe/Paris"),
        ("europe/berlin", "Europe/Berlin"),
    ],
)
def test_iana_names(name: str, key: str) -> None:
    zone = resolve_timezone(name)
    assert zone is not None
    assert zone.key == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("Romance Standard Time", "Europe/Paris"),
        ("GMT Standard Time", "Europe/London"),
        ("Eastern Standard Time", "America/New_York"),
        ("India Standard Time", "Asia/Kolkata"),
        ("China Standard Time", "Asia/Shanghai"),
        ("Tokyo Standard Time", "Asia/Tokyo"),
        ("AUS Eastern Standard Time", "Australia/Sydney"),
        ("UTC", "UTC"),
        ("w. europe standard time", "Europe/Berlin"),
        ("tzone://Microsoft/Utc", "UTC"),
    ],
)
def test_windows_names(name: str, key: str) -> None:
    zone = resolve_timezone(name)
    assert zone is not None
    assert zone.key == key


def test_windows_table_is_large_and_every_entry_loads() -> None:
    assert len(WINDOWS_ZONES) >= 60
    for windows, iana in WINDOWS_ZONES.items():
        zone = resolve_timezone(windows)
        assert zone is not None, windows
        assert zone.key == iana


def test_windows_table_agrees_with_cldr_as_shipped_by_icalendar() -> None:
    # icalendar ships CLDR's windowsZones (older IANA spellings): same offsets all year.
    for windows, olson in WINDOWS_TO_OLSON.items():
        ours = resolve_timezone(windows)
        assert ours is not None, windows
        theirs = ZoneInfo(olson)
        for month in (1, 4, 7, 10):
            moment = datetime(2026, month, 15, 12)
            assert (
                moment.replace(tzinfo=ours).utcoffset() == moment.replace(tzinfo=theirs).utcoffset()
            ), windows


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin"),
        ("/mozilla.org/20070129_1/America/New_York", "America/New_York"),
        ("/softwarestudio.org/Olson_20011030_5/America/New_York", "America/New_York"),
        ("/freeassociation.sourceforge.net/Tzfile/Europe/London", "Europe/London"),
        ("/citadel.org/20190914_1/Asia/Tokyo", "Asia/Tokyo"),
    ],
)
def test_prefixed_tzids(name: str, key: str) -> None:
    zone = resolve_timezone(name)
    assert zone is not None
    assert zone.key == key


@pytest.mark.parametrize(
    ("name", "offset_hours"),
    [
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", 1),
        ("(UTC-08:00) Pacific Time (US & Canada)", -8),
        ("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", 5.5),
        ("(UTC) Coordinated Universal Time", 0),
        ("(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna", 1),
        ("(UTC+10:00) Canberra, Melbourne, Sydney", 10),
    ],
)
def test_outlook_display_names(name: str, offset_hours: float) -> None:
    zone = resolve_timezone(name)
    assert zone is not None
    january = datetime(2026, 1, 15, 12, tzinfo=zone).utcoffset()
    july = datetime(2026, 7, 15, 12, tzinfo=zone).utcoffset()
    assert offset_hours * 3600 in {january.total_seconds(), july.total_seconds()}  # type: ignore[union-attr]


def test_display_name_with_inconsistent_offset_is_refused() -> None:
    assert resolve_timezone("(UTC+09:00) Amsterdam") is None


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd",
        "/etc/localtime",
        "../../x",
        "../../../etc/localtime",
        "Europe/../../../etc/passwd",
        "//host/share/tz",
        "\\\\host\\share\\tz",
        "Europe\\Berlin",
        "Europe/Berlin\x00",
        "/mozilla.org/20050126_1/../../../etc/passwd",
        "/usr/share/zoneinfo/Europe/Berlin",
        "file:///etc/passwd",
        "localtime",
        "Europe/",
        "Europe",
        "Mars/Olympus_Mons",
        "",
        " ",
        "x" * 65,
        "A/" * 40,
        "Europe/Berlin; rm -rf",
        "zone.tab",
    ],
)
def test_unknown_and_path_like_names_are_refused(name: str) -> None:
    assert resolve_timezone(name) is None


def test_no_file_outside_tzdata_is_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    real_open = builtins.open

    def spy(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(os.fspath(file) if isinstance(file, str | Path) else repr(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    resolve_timezone.cache_clear()
    for name in ("/etc/passwd", "../../x", "//host/share/tz", "../../../etc/localtime", "C:/x"):
        assert resolve_timezone(name) is None
    assert not [p for p in opened if "passwd" in p or "share" in p or "localtime" in p]


def test_is_valid_timezone_accepts_only_storable_iana_keys() -> None:
    assert is_valid_timezone("Europe/Amsterdam")
    assert is_valid_timezone("UTC")
    assert not is_valid_timezone("W. Europe Standard Time")  # resolvable, but not a key
    assert not is_valid_timezone("europe/amsterdam")
    assert not is_valid_timezone("/etc/passwd")
    assert not is_valid_timezone("Nowhere/Special")


def test_common_timezones_is_sorted_and_clean() -> None:
    names = common_timezones()
    assert names == sorted(names)
    assert {"UTC", "Europe/Amsterdam", "America/New_York", "Asia/Kolkata"} <= set(names)
    assert not [n for n in names if n.startswith(("posix/", "right/", "Etc/", "US/"))]
    assert "localtime" not in names
    assert "EST5EDT" not in names
    assert all(ZoneInfo(n) for n in names[:50])


def test_system_timezone_from_tz_variable(tmp_path: Path) -> None:
    assert system_timezone_name(environ={"TZ": "Asia/Tokyo"}, etc=tmp_path) == "Asia/Tokyo"
    assert system_timezone_name(environ={"TZ": ":Europe/Paris"}, etc=tmp_path) == "Europe/Paris"
    assert (
        system_timezone_name(environ={"TZ": "/usr/share/zoneinfo/America/Chicago"}, etc=tmp_path)
        == "America/Chicago"
    )


def test_system_timezone_from_etc_timezone(tmp_path: Path) -> None:
    (tmp_path / "timezone").write_text("Europe/Lisbon\n", encoding="utf-8")
    assert system_timezone_name(environ={}, etc=tmp_path) == "Europe/Lisbon"


def test_system_timezone_from_localtime_symlink(tmp_path: Path) -> None:
    (tmp_path / "localtime").symlink_to("/usr/share/zoneinfo/Australia/Perth")
    assert system_timezone_name(environ={}, etc=tmp_path) == "Australia/Perth"
    other = tmp_path / "mac"
    other.mkdir()
    (other / "localtime").symlink_to("/var/db/timezone/zoneinfo/America/Denver")
    assert system_timezone_name(environ={}, etc=other) == "America/Denver"


def test_system_timezone_falls_back_to_an_offset_zone(tmp_path: Path) -> None:
    name = system_timezone_name(environ={"TZ": "Not/AZone"}, etc=tmp_path)
    assert name == "UTC" or name.startswith("Etc/GMT")
    assert ZoneInfo(name)


def test_offset_zone_names() -> None:
    from datetime import timedelta

    assert timezones._offset_zone_name(timedelta(hours=1)) == "Etc/GMT-1"
    assert timezones._offset_zone_name(timedelta(hours=-5)) == "Etc/GMT+5"
    assert timezones._offset_zone_name(timedelta(hours=5, minutes=30)) == "UTC"
    assert timezones._offset_zone_name(timedelta(0)) == "UTC"


def test_system_timezone_of_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Chicago")
    assert system_timezone_name() == "America/Chicago"
    monkeypatch.setenv("TZ", "Pacific Standard Time")  # as set on some Windows setups
    assert system_timezone_name() == "America/Los_Angeles"
