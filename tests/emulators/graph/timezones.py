"""Time zone names as Graph accepts them (IANA and Windows) and Graph's date-time rendering."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# The Windows names Outlook uses most (CLDR windowsZones "001" territory mapping).
WINDOWS_TO_IANA: dict[str, str] = {
    "UTC": "UTC",
    "Coordinated Universal Time": "UTC",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev",
    "GTB Standard Time": "Europe/Bucharest",
    "Russian Standard Time": "Europe/Moscow",
    "Turkey Standard Time": "Europe/Istanbul",
    "Israel Standard Time": "Asia/Jerusalem",
    "South Africa Standard Time": "Africa/Johannesburg",
    "Arabian Standard Time": "Asia/Dubai",
    "India Standard Time": "Asia/Calcutta",
    "China Standard Time": "Asia/Shanghai",
    "Singapore Standard Time": "Asia/Singapore",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Korea Standard Time": "Asia/Seoul",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "New Zealand Standard Time": "Pacific/Auckland",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix",
    "Pacific Standard Time": "America/Los_Angeles",
    "Alaskan Standard Time": "America/Anchorage",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Atlantic Standard Time": "America/Halifax",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Canada Central Standard Time": "America/Regina",
}

_LOWER_WINDOWS = {name.lower(): iana for name, iana in WINDOWS_TO_IANA.items()}


class UnknownTimeZone(ValueError):
    """The name is neither an IANA zone nor a Windows zone Graph knows."""


def resolve_zone(name: str | None) -> ZoneInfo:
    """ZoneInfo for a Graph ``timeZone`` value (IANA, "UTC" or a Windows name)."""
    if not name:
        return ZoneInfo("UTC")
    iana = _LOWER_WINDOWS.get(name.strip().lower())
    if iana:
        return ZoneInfo(iana)
    if "/" in name or name in ("UTC", "GMT", "Etc/UTC"):
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    raise UnknownTimeZone(name)


_FRACTION = re.compile(r"(\.\d+)")


def parse_local(value: str) -> tuple[datetime, bool]:
    """Parse a Graph ``dateTime`` string; returns (datetime, has_offset)."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    # Graph writes 7 fractional digits; Python takes at most 6.
    text = _FRACTION.sub(lambda m: "." + m.group(1)[1:7].ljust(6, "0"), text, count=1)
    parsed = datetime.fromisoformat(text)
    return parsed, parsed.tzinfo is not None


def to_utc(date_time: str, zone_name: str | None) -> datetime:
    """A Graph dateTimeTimeZone pair as an aware UTC datetime (raises UnknownTimeZone)."""
    zone = resolve_zone(zone_name)
    parsed, has_offset = parse_local(date_time)
    if not has_offset:
        parsed = parsed.replace(tzinfo=zone)
    return parsed.astimezone(UTC)


def parse_query_datetime(value: str) -> datetime:
    """startDateTime/endDateTime query values: ISO 8601; without an offset the value is UTC."""
    parsed, has_offset = parse_local(value)
    if not has_offset:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def render(moment: datetime, zone_name: str | None) -> dict[str, str]:
    """Graph's ``dateTimeTimeZone``: wall-clock time in the zone, 7 fractional digits."""
    zone = resolve_zone(zone_name)
    local = moment.astimezone(zone)
    text = local.strftime("%Y-%m-%dT%H:%M:%S") + f".{local.microsecond:06d}0"
    return {"dateTime": text, "timeZone": zone_name or "UTC"}


def iso_utc(moment: datetime) -> str:
    """DateTimeOffset as Graph writes it for createdDateTime and friends."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{moment.microsecond:06d}0Z"


def iso_utc_seconds(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
