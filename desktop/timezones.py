"""Time-zone names from untrusted data, resolved safely to ``zoneinfo.ZoneInfo``.

Calendar data names zones in several ways: IANA names ("Europe/Berlin"),
Windows names from Exchange/Graph/Outlook ("W. Europe Standard Time"),
Mozilla/libical prefixed names ("/mozilla.org/20050126_1/Europe/Berlin") and
Outlook display names ("(UTC+01:00) Amsterdam, Berlin, ..."). All of them are
mapped to an IANA key here, and only a validated key is ever given to
``ZoneInfo`` so a TZID can never name a file outside the time-zone database
(``dateutil.tz.gettz`` happily opens paths such as ``../../etc/localtime``;
it is never used).
"""

from __future__ import annotations

import functools
import os
import re
import sys
import time
import zoneinfo
from collections.abc import Mapping
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

__all__ = [
    "WINDOWS_ZONES",
    "common_timezones",
    "is_valid_timezone",
    "resolve_timezone",
    "system_timezone_name",
]

_MAX_NAME = 64
_IANA_CHARS = re.compile(r"[A-Za-z0-9_+\-/]+")
# Files that live in the zoneinfo directories but are not real zones for our purpose:
# "localtime" is the machine's own zone (a symlink into /etc), the others are artefacts.
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})
# Regions of the canonical IANA names (everything else is a legacy alias or a
# "posix/" / "right/" duplicate).
_REGIONS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)

# CLDR windowsZones.xml, territory "001" (the default zone of each Windows id),
# using the current IANA spelling where tzdata has renamed a zone (Kolkata,
# Kyiv, Nuuk, ...). A few retired Windows ids that old Outlook files still
# carry are at the end.
WINDOWS_ZONES: Mapping[str, str] = {
    "Dateline Standard Time": "Etc/GMT+12",
    "UTC-11": "Etc/GMT+11",
    "Aleutian Standard Time": "America/Adak",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Marquesas Standard Time": "Pacific/Marquesas",
    "Alaskan Standard Time": "America/Anchorage",
    "UTC-09": "Etc/GMT+9",
    "Pacific Standard Time (Mexico)": "America/Tijuana",
    "UTC-08": "Etc/GMT+8",
    "Pacific Standard Time": "America/Los_Angeles",
    "US Mountain Standard Time": "America/Phoenix",
    "Mountain Standard Time (Mexico)": "America/Mazatlan",
    "Mountain Standard Time": "America/Denver",
    "Yukon Standard Time": "America/Whitehorse",
    "Central America Standard Time": "America/Guatemala",
    "Central Standard Time": "America/Chicago",
    "Easter Island Standard Time": "Pacific/Easter",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "Canada Central Standard Time": "America/Regina",
    "SA Pacific Standard Time": "America/Bogota",
    "Eastern Standard Time (Mexico)": "America/Cancun",
    "Eastern Standard Time": "America/New_York",
    "Haiti Standard Time": "America/Port-au-Prince",
    "Cuba Standard Time": "America/Havana",
    "US Eastern Standard Time": "America/Indiana/Indianapolis",
    "Turks And Caicos Standard Time": "America/Grand_Turk",
    "Paraguay Standard Time": "America/Asuncion",
    "Atlantic Standard Time": "America/Halifax",
    "Venezuela Standard Time": "America/Caracas",
    "Central Brazilian Standard Time": "America/Cuiaba",
    "SA Western Standard Time": "America/La_Paz",
    "Pacific SA Standard Time": "America/Santiago",
    "Newfoundland Standard Time": "America/St_Johns",
    "Tocantins Standard Time": "America/Araguaina",
    "E. South America Standard Time": "America/Sao_Paulo",
    "SA Eastern Standard Time": "America/Cayenne",
    "Argentina Standard Time": "America/Argentina/Buenos_Aires",
    "Greenland Standard Time": "America/Nuuk",
    "Montevideo Standard Time": "America/Montevideo",
    "Magallanes Standard Time": "America/Punta_Arenas",
    "Saint Pierre Standard Time": "America/Miquelon",
    "Bahia Standard Time": "America/Bahia",
    "UTC-02": "Etc/GMT+2",
    "Azores Standard Time": "Atlantic/Azores",
    "Cape Verde Standard Time": "Atlantic/Cape_Verde",
    "UTC": "UTC",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "Sao Tome Standard Time": "Africa/Sao_Tome",
    "Morocco Standard Time": "Africa/Casablanca",
    "W. Europe Standard Time": "Europe/Berlin",
    "Central Europe Standard Time": "Europe/Budapest",
    "Romance Standard Time": "Europe/Paris",
    "Central European Standard Time": "Europe/Warsaw",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "Jordan Standard Time": "Asia/Amman",
    "GTB Standard Time": "Europe/Bucharest",
    "Middle East Standard Time": "Asia/Beirut",
    "Egypt Standard Time": "Africa/Cairo",
    "E. Europe Standard Time": "Europe/Chisinau",
    "Syria Standard Time": "Asia/Damascus",
    "West Bank Standard Time": "Asia/Hebron",
    "South Africa Standard Time": "Africa/Johannesburg",
    "FLE Standard Time": "Europe/Kyiv",
    "Israel Standard Time": "Asia/Jerusalem",
    "South Sudan Standard Time": "Africa/Juba",
    "Kaliningrad Standard Time": "Europe/Kaliningrad",
    "Sudan Standard Time": "Africa/Khartoum",
    "Libya Standard Time": "Africa/Tripoli",
    "Namibia Standard Time": "Africa/Windhoek",
    "Arabic Standard Time": "Asia/Baghdad",
    "Turkey Standard Time": "Europe/Istanbul",
    "Arab Standard Time": "Asia/Riyadh",
    "Belarus Standard Time": "Europe/Minsk",
    "Russian Standard Time": "Europe/Moscow",
    "E. Africa Standard Time": "Africa/Nairobi",
    "Volgograd Standard Time": "Europe/Volgograd",
    "Iran Standard Time": "Asia/Tehran",
    "Arabian Standard Time": "Asia/Dubai",
    "Astrakhan Standard Time": "Europe/Astrakhan",
    "Azerbaijan Standard Time": "Asia/Baku",
    "Russia Time Zone 3": "Europe/Samara",
    "Mauritius Standard Time": "Indian/Mauritius",
    "Saratov Standard Time": "Europe/Saratov",
    "Georgian Standard Time": "Asia/Tbilisi",
    "Caucasus Standard Time": "Asia/Yerevan",
    "Afghanistan Standard Time": "Asia/Kabul",
    "West Asia Standard Time": "Asia/Tashkent",
    "Ekaterinburg Standard Time": "Asia/Yekaterinburg",
    "Pakistan Standard Time": "Asia/Karachi",
    "Qyzylorda Standard Time": "Asia/Qyzylorda",
    "India Standard Time": "Asia/Kolkata",
    "Sri Lanka Standard Time": "Asia/Colombo",
    "Nepal Standard Time": "Asia/Kathmandu",
    "Central Asia Standard Time": "Asia/Bishkek",
    "Bangladesh Standard Time": "Asia/Dhaka",
    "Omsk Standard Time": "Asia/Omsk",
    "Myanmar Standard Time": "Asia/Yangon",
    "SE Asia Standard Time": "Asia/Bangkok",
    "Altai Standard Time": "Asia/Barnaul",
    "W. Mongolia Standard Time": "Asia/Hovd",
    "North Asia Standard Time": "Asia/Krasnoyarsk",
    "N. Central Asia Standard Time": "Asia/Novosibirsk",
    "Tomsk Standard Time": "Asia/Tomsk",
    "China Standard Time": "Asia/Shanghai",
    "North Asia East Standard Time": "Asia/Irkutsk",
    "Singapore Standard Time": "Asia/Singapore",
    "W. Australia Standard Time": "Australia/Perth",
    "Taipei Standard Time": "Asia/Taipei",
    "Ulaanbaatar Standard Time": "Asia/Ulaanbaatar",
    "Aus Central W. Standard Time": "Australia/Eucla",
    "Transbaikal Standard Time": "Asia/Chita",
    "Tokyo Standard Time": "Asia/Tokyo",
    "North Korea Standard Time": "Asia/Pyongyang",
    "Korea Standard Time": "Asia/Seoul",
    "Yakutsk Standard Time": "Asia/Yakutsk",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "AUS Central Standard Time": "Australia/Darwin",
    "E. Australia Standard Time": "Australia/Brisbane",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "West Pacific Standard Time": "Pacific/Port_Moresby",
    "Tasmania Standard Time": "Australia/Hobart",
    "Vladivostok Standard Time": "Asia/Vladivostok",
    "Lord Howe Standard Time": "Australia/Lord_Howe",
    "Bougainville Standard Time": "Pacific/Bougainville",
    "Russia Time Zone 10": "Asia/Srednekolymsk",
    "Magadan Standard Time": "Asia/Magadan",
    "Norfolk Standard Time": "Pacific/Norfolk",
    "Sakhalin Standard Time": "Asia/Sakhalin",
    "Central Pacific Standard Time": "Pacific/Guadalcanal",
    "Russia Time Zone 11": "Asia/Kamchatka",
    "New Zealand Standard Time": "Pacific/Auckland",
    "UTC+12": "Etc/GMT-12",
    "Fiji Standard Time": "Pacific/Fiji",
    "Chatham Islands Standard Time": "Pacific/Chatham",
    "UTC+13": "Etc/GMT-13",
    "Tonga Standard Time": "Pacific/Tongatapu",
    "Samoa Standard Time": "Pacific/Apia",
    "Line Islands Standard Time": "Pacific/Kiritimati",
    # Retired ids still found in old Outlook/Exchange data.
    "Mexico Standard Time": "America/Mexico_City",
    "Mexico Standard Time 2": "America/Chihuahua",
    "Mid-Atlantic Standard Time": "Etc/GMT+2",
    "Kamchatka Standard Time": "Asia/Kamchatka",
    "Armenian Standard Time": "Asia/Yerevan",
    "Coordinated Universal Time": "UTC",
    "Greenwich Mean Time": "Etc/GMT",
    "tzone://Microsoft/Utc": "UTC",
}

_WINDOWS_LOWER: Mapping[str, str] = {k.lower(): v for k, v in WINDOWS_ZONES.items()}

# Outlook display names whose labels are not city names ("(UTC-08:00) Pacific
# Time (US & Canada)"); labels that are cities are matched against IANA names.
_DISPLAY_LABELS: Mapping[str, str] = {
    "coordinated universal time": "UTC",
    "pacific time (us & canada)": "America/Los_Angeles",
    "mountain time (us & canada)": "America/Denver",
    "central time (us & canada)": "America/Chicago",
    "eastern time (us & canada)": "America/New_York",
    "atlantic time (canada)": "America/Halifax",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "arizona": "America/Phoenix",
    "indiana (east)": "America/Indiana/Indianapolis",
    "saskatchewan": "America/Regina",
    "newfoundland": "America/St_Johns",
    "brasilia": "America/Sao_Paulo",
    "greenland": "America/Nuuk",
    "west central africa": "Africa/Lagos",
    "beijing": "Asia/Shanghai",
    "new delhi": "Asia/Kolkata",
    "canberra": "Australia/Sydney",
    "wellington": "Pacific/Auckland",
}

_DISPLAY_NAME = re.compile(
    r"\(\s*(?:UTC|GMT)\s*(?:(?P<sign>[+-])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?)?\s*\)\s*(?P<rest>.+)",
    re.IGNORECASE,
)
# "/mozilla.org/20050126_1/Europe/Berlin", "/softwarestudio.org/Olson_20011030_5/...",
# "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin": a domain-like first
# segment, then the IANA name after at most two more segments.
_PREFIXED = re.compile(r"/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/(?P<rest>.+)")


def _plain_iana_key(name: str) -> bool:
    """True if ``name`` is shaped like an IANA key (no path tricks possible)."""
    return (
        0 < len(name) <= _MAX_NAME
        and _IANA_CHARS.fullmatch(name) is not None
        and not name.startswith("/")
        and not name.endswith("/")
        and "//" not in name
        and ".." not in name  # unreachable with the character set, kept as a second lock
        and name not in _NOT_ZONES
    )


@functools.cache
def _available() -> frozenset[str]:
    # Walks the zoneinfo directories once (~0.1 s); only needed for the rare
    # case-insensitive and city look-ups.
    return frozenset(n for n in zoneinfo.available_timezones() if n not in _NOT_ZONES)


@functools.cache
def _lower_index() -> Mapping[str, str]:
    return {n.lower(): n for n in sorted(_available())}


@functools.cache
def _city_index() -> Mapping[str, str]:
    """ "kolkata" -> "Asia/Kolkata" for the canonical region zones."""
    index: dict[str, str] = {}
    for name in sorted(_available()):
        parts = name.split("/")
        if parts[0] in _REGIONS:
            index.setdefault(parts[-1].replace("_", " ").lower(), name)
    return index


def _load_iana(name: str) -> ZoneInfo | None:
    if not _plain_iana_key(name):
        return None
    try:
        return ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        pass
    # Case-insensitive second chance ("europe/berlin"), only among known names.
    canonical = _lower_index().get(name.lower())
    if canonical is None or canonical == name:
        return None
    try:
        return ZoneInfo(canonical)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _offsets(tz: ZoneInfo) -> set[timedelta]:
    year = datetime.now().year
    found: set[timedelta] = set()
    for month in (1, 7):
        offset = datetime(year, month, 1, 12, tzinfo=tz).utcoffset()
        if offset is not None:
            found.add(offset)
    return found


def _from_display_name(name: str) -> ZoneInfo | None:
    match = _DISPLAY_NAME.fullmatch(name)
    if match is None:
        return None
    offset = timedelta(0)
    if match["sign"]:
        offset = timedelta(hours=int(match["h"]), minutes=int(match["m"] or 0))
        if match["sign"] == "-":
            offset = -offset
    rest = match["rest"].strip()
    labels = [rest, *re.split(r"\s*[,/]\s*", rest)]
    for label in labels:
        key = label.strip().lower().replace(" - old", "")
        iana = _DISPLAY_LABELS.get(key) or _city_index().get(key.replace("st. ", "st "))
        if iana is None:
            continue
        tz = _load_iana(iana)
        # Guards against a display name whose cities and offset disagree.
        if tz is not None and offset in _offsets(tz):
            return tz
    return None


@functools.lru_cache(maxsize=512)
def resolve_timezone(name: str) -> ZoneInfo | None:
    """Return the zone a calendar TZID names, or None if it is unknown or unsafe.

    Accepts IANA names, Windows zone names, Mozilla/libical prefixed TZIDs and
    Outlook display names. Anything path-like ("/etc/passwd", "../../x",
    "//host/share/tz", backslashes, NUL) is refused without touching the disk.
    """
    name = name.strip().strip('"').strip()
    if not name or len(name) > 256 or "\\" in name or "\x00" in name:
        return None
    windows = _WINDOWS_LOWER.get(name.lower())
    if windows is not None:
        return _load_iana(windows)
    if name.startswith("/"):
        match = _PREFIXED.fullmatch(name)
        if match is None:
            return None
        # The IANA name may follow the version segment or a "Tzfile" segment.
        parts = match["rest"].split("/")
        for skip in range(min(3, len(parts))):
            found = _load_iana("/".join(parts[skip:]))
            if found is not None:
                return found
        return None
    if name.startswith("("):
        return _from_display_name(name)
    return _load_iana(name)


def is_valid_timezone(name: str) -> bool:
    """True if ``name`` is an IANA key that can be stored as an event's time zone.

    Windows and display names are resolvable (see resolve_timezone) but not
    valid storage names: store ``resolve_timezone(name).key`` instead.
    """
    tz = resolve_timezone(name)
    return tz is not None and tz.key == name


@functools.cache
def _common() -> tuple[str, ...]:
    names = {n for n in _available() if n.split("/")[0] in _REGIONS}
    names.add("UTC")
    return tuple(sorted(names))


def common_timezones() -> list[str]:
    """Sorted IANA names for a picker: region zones plus "UTC", no legacy aliases."""
    return list(_common())


def _zone_from_path(path: str) -> str | None:
    # ".../zoneinfo/Europe/Berlin" (Linux, macOS /var/db/timezone/zoneinfo/...).
    marker = "zoneinfo/"
    index = path.rfind(marker)
    if index < 0:
        return None
    candidate = path[index + len(marker) :]
    for prefix in ("posix/", "right/"):
        candidate = candidate.removeprefix(prefix)
    return candidate if _load_iana(candidate) is not None else None


def _offset_zone_name(offset: timedelta) -> str:
    seconds = int(offset.total_seconds())
    if seconds == 0 or seconds % 3600:
        return "UTC"
    hours = seconds // 3600
    # POSIX-style inverted sign: UTC+1 is "Etc/GMT-1".
    return f"Etc/GMT{-hours:+d}"


# The machine's zone, remembered briefly: a sync reads it once per item, and each look
# touches the file system. Keyed on $TZ so a changed variable is seen at once.
_SYSTEM_ZONE_TTL = 5.0
_system_zone_cache: tuple[str | None, float, str] | None = None


def system_timezone_name(
    *, environ: Mapping[str, str] | None = None, etc: Path | None = None
) -> str:
    """IANA name of this machine's time zone (see _system_timezone_name)."""
    global _system_zone_cache
    if environ is not None or etc is not None:
        return _system_timezone_name(environ=environ, etc=etc)
    key = os.environ.get("TZ")
    now = time.monotonic()
    cached = _system_zone_cache
    if cached is not None and cached[0] == key and now - cached[1] < _SYSTEM_ZONE_TTL:
        return cached[2]
    name = _system_timezone_name()
    _system_zone_cache = (key, now, name)
    return name


def _system_timezone_name(
    *, environ: Mapping[str, str] | None = None, etc: Path | None = None
) -> str:
    """IANA name of this machine's time zone ("UTC" when it cannot be told).

    Looks at $TZ, /etc/timezone and the /etc/localtime symlink. On Windows the
    English standard-time name is mapped through the Windows table; otherwise
    the current UTC offset gives an "Etc/GMT±N" zone (no DST) or "UTC".
    ``environ`` and ``etc`` exist for tests.
    """
    env = os.environ if environ is None else environ
    etc_dir = Path("/etc") if etc is None else etc
    value = env.get("TZ", "").strip()
    if value:
        value = value.removeprefix(":")
        tz = resolve_timezone(value)
        if tz is not None:
            return tz.key
        from_path = _zone_from_path(value)
        if from_path is not None:
            return from_path
    if sys.platform != "win32" or etc is not None:
        try:
            first = (etc_dir / "timezone").read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            first = []
        if first:
            tz = _load_iana(first[0].strip())
            if tz is not None:
                return tz.key
        try:
            target = os.readlink(etc_dir / "localtime")
        except OSError:
            target = ""
        if target:
            from_link = _zone_from_path(target)
            if from_link is not None:
                return from_link
    if sys.platform == "win32" and etc is None:
        tz = resolve_timezone(time.tzname[0])
        if tz is not None:
            return tz.key
    local_offset = datetime.now().astimezone().utcoffset() or timedelta(0)
    return _offset_zone_name(local_offset)
