"""Our own bounded RRULE parser and expander (RFC 5545 subset).

dateutil's rrule is not used: it loops forever on INTERVAL=0, spends seconds
on never-matching rules and walks every instance of COUNT=1000000000. Here
every expansion is bounded by ``max_periods`` (calendar periods examined) and
``max_occurrences`` (instances returned), and a series without a binding
COUNT jumps straight to the view window, so a daily rule from 1900 costs as
much as one from last week.

Supported: FREQ=DAILY/WEEKLY/MONTHLY/YEARLY, INTERVAL (1..1000), COUNT, UNTIL,
BYDAY (ordinals such as 2TU or -1FR for MONTHLY/YEARLY), BYMONTHDAY (±1..31),
BYMONTH, BYSETPOS and WKST. Everything else raises RecurrenceError.

Semantics worth knowing (all per RFC 5545 unless noted):
- DTSTART is always the first instance, even when the rule would not produce it.
- Instances keep their wall-clock time in the series' zone across DST changes,
  and keep the wall-clock duration of the first instance (an all-day or
  09:00-10:00 event stays so on both sides of a change).
- A wall-clock time that does not exist on a spring-forward day (02:30 in
  Europe/Amsterdam) is read with fold=0, i.e. with the offset in force before
  the change, which puts it one hour later (03:30 local); an ambiguous time in
  the autumn is the first (summer-time) one.
- Months lacking the day (the 31st, Feb 29/30) are skipped, not clamped.
- EXDATE and overridden instances (``skip``) are removed but still count
  towards COUNT.
- COUNT may be any positive number. It only costs work when it can actually
  end the series before the end of the view window; otherwise it is ignored
  for that window, so COUNT=1000000000 is as cheap as no COUNT.
- UNTIL is inclusive; a date UNTIL includes that whole day in the series' zone,
  a UTC date-time is compared as an instant, a floating one as wall time.
  COUNT together with UNTIL (forbidden by the RFC) is accepted: whichever
  ends the series first wins.
- All-day series: pass midnight datetimes in the series' zone.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

from desktop.i18n import Text
from desktop.timezones import resolve_timezone

if TYPE_CHECKING:
    from desktop.domain import Event

__all__ = [
    "Expansion",
    "RecurrenceError",
    "RecurrenceRule",
    "describe",
    "expand",
    "expand_event",
    "parse_rrule",
]

Frequency = Literal["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]
ByDay = tuple[int | None, int]  # (ordinal or None, weekday 0=Monday .. 6=Sunday)

FREQUENCIES: tuple[Frequency, ...] = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_FREQ_BY_NAME: dict[str, Frequency] = {f: f for f in FREQUENCIES}
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Texts: English as they are, translated where describe()'s sentence is shown.
WEEKDAY_NAMES = (
    Text("Monday"),
    Text("Tuesday"),
    Text("Wednesday"),
    Text("Thursday"),
    Text("Friday"),
    Text("Saturday"),
    Text("Sunday"),
)
MONTH_NAMES = (
    Text("January"),
    Text("February"),
    Text("March"),
    Text("April"),
    Text("May"),
    Text("June"),
    Text("July"),
    Text("August"),
    Text("September"),
    Text("October"),
    Text("November"),
    Text("December"),
)
MAX_INTERVAL = 1000
_MAX_RULE_CHARS = 2000
_UTC = UTC

_UNSUPPORTED_FREQ: dict[str, Text] = {
    "SECONDLY": Text("Repeating every second is not supported"),
    "MINUTELY": Text("Repeating every minute is not supported"),
    "HOURLY": Text("Repeating every hour is not supported"),
}
_UNSUPPORTED_PARTS: dict[str, Text] = {
    "BYSECOND": Text("Repeating at given seconds (BYSECOND) is not supported"),
    "BYMINUTE": Text("Repeating at given minutes (BYMINUTE) is not supported"),
    "BYHOUR": Text("Repeating at several times of day (BYHOUR) is not supported"),
    "BYYEARDAY": Text("Repeating on days of the year (BYYEARDAY) is not supported"),
    "BYWEEKNO": Text("Repeating in numbered weeks (BYWEEKNO) is not supported"),
    "BYEASTER": Text("Repeating relative to Easter is not supported"),
    "RSCALE": Text("Non-Gregorian calendars (RSCALE) are not supported"),
    "SKIP": Text("The SKIP rule part is not supported"),
}
_KNOWN_PARTS = (
    "FREQ",
    "INTERVAL",
    "COUNT",
    "UNTIL",
    "BYDAY",
    "BYMONTHDAY",
    "BYMONTH",
    "BYSETPOS",
    "WKST",
)
_BYDAY_ITEM = re.compile(r"([+-]?)(\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_INT_ITEM = re.compile(r"[+-]?\d{1,3}")
_UNTIL = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?")


class RecurrenceError(ValueError):
    """A repeat rule we refuse, with a message fit to show to a person."""


@dataclass(frozen=True)
class RecurrenceRule:
    """A validated RRULE. Tuples are sorted and free of duplicates."""

    freq: Frequency
    interval: int = 1
    count: int | None = None
    until: datetime | date | None = None
    by_day: tuple[ByDay, ...] = ()
    by_month_day: tuple[int, ...] = ()
    by_month: tuple[int, ...] = ()
    by_set_pos: tuple[int, ...] = ()
    week_start: int = 0

    def __post_init__(self) -> None:
        _validate(self)
        # Canonical order makes equal rules compare equal.
        object.__setattr__(
            self, "by_day", tuple(sorted(set(self.by_day), key=lambda d: (d[1], d[0] or 0)))
        )
        object.__setattr__(self, "by_month_day", tuple(sorted(set(self.by_month_day))))
        object.__setattr__(self, "by_month", tuple(sorted(set(self.by_month))))
        object.__setattr__(self, "by_set_pos", tuple(sorted(set(self.by_set_pos))))

    def to_ical(self) -> str:
        """The canonical RRULE value (without the "RRULE:" prefix)."""
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.until is not None:
            parts.append(f"UNTIL={_format_until(self.until)}")
        if self.by_month:
            parts.append("BYMONTH=" + ",".join(str(m) for m in self.by_month))
        if self.by_month_day:
            parts.append("BYMONTHDAY=" + ",".join(str(d) for d in self.by_month_day))
        if self.by_day:
            parts.append("BYDAY=" + ",".join(_format_by_day(d) for d in self.by_day))
        if self.by_set_pos:
            parts.append("BYSETPOS=" + ",".join(str(p) for p in self.by_set_pos))
        if self.week_start != 0:
            parts.append(f"WKST={WEEKDAY_CODES[self.week_start]}")
        return ";".join(parts)


def _format_by_day(item: ByDay) -> str:
    ordinal, weekday = item
    return f"{'' if ordinal is None else ordinal}{WEEKDAY_CODES[weekday]}"


def _format_until(until: datetime | date) -> str:
    if isinstance(until, datetime):
        if until.tzinfo is not None:
            return until.astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")
        return until.strftime("%Y%m%dT%H%M%S")
    return until.strftime("%Y%m%d")


def _validate(rule: RecurrenceRule) -> None:
    if rule.freq in _UNSUPPORTED_FREQ:
        raise RecurrenceError(_UNSUPPORTED_FREQ[rule.freq])
    if rule.freq not in FREQUENCIES:
        raise RecurrenceError(
            Text("Unknown repeat frequency {name}", name=repr(str(rule.freq)[:20]))
        )
    if not isinstance(rule.interval, int) or rule.interval < 1:
        raise RecurrenceError(Text("INTERVAL must be at least 1"))
    if rule.interval > MAX_INTERVAL:
        raise RecurrenceError(Text("INTERVAL must be at most {limit}", limit=MAX_INTERVAL))
    if rule.count is not None and (not isinstance(rule.count, int) or rule.count < 1):
        raise RecurrenceError(Text("COUNT must be at least 1"))
    if rule.until is not None and not isinstance(rule.until, date):
        raise RecurrenceError(Text("UNTIL must be a date or a date-time"))
    if not 0 <= rule.week_start <= 6:
        raise RecurrenceError(Text("WKST must be a weekday"))
    for ordinal, weekday in rule.by_day:
        if not 0 <= weekday <= 6:
            raise RecurrenceError(Text("BYDAY must name weekdays"))
        if ordinal is None:
            continue
        if rule.freq in ("DAILY", "WEEKLY"):
            raise RecurrenceError(
                Text("BYDAY with a number (like 2TU) only works for monthly or yearly repeats")
            )
        limit = 53 if rule.freq == "YEARLY" and not rule.by_month else 5
        if ordinal == 0 or abs(ordinal) > limit:
            raise RecurrenceError(
                Text("BYDAY numbers must be between -{limit} and {limit}, not 0", limit=limit)
            )
    for day in rule.by_month_day:
        if day == 0 or not -31 <= day <= 31:
            raise RecurrenceError(Text("BYMONTHDAY must be between -31 and 31, not 0"))
    if rule.by_month_day and rule.freq == "WEEKLY":
        raise RecurrenceError(Text("BYMONTHDAY cannot be used with weekly repeats"))
    for month in rule.by_month:
        if not 1 <= month <= 12:
            raise RecurrenceError(Text("BYMONTH must be between 1 and 12"))
    for pos in rule.by_set_pos:
        if pos == 0 or not -366 <= pos <= 366:
            raise RecurrenceError(Text("BYSETPOS must be between -366 and 366, not 0"))


def _parse_int_list(name: str, value: str) -> tuple[int, ...]:
    items = value.split(",")
    if not value or len(items) > 400 or not all(_INT_ITEM.fullmatch(i) for i in items):
        raise RecurrenceError(Text("{part} must be a list of numbers", part=name))
    return tuple(int(i) for i in items)


def _parse_until(value: str) -> datetime | date:
    match = _UNTIL.fullmatch(value)
    if match is None:
        raise RecurrenceError(Text("UNTIL must be a date like 20260131 or 20260131T120000Z"))
    y, mo, d, h, mi, s, z = match.groups()
    try:
        if h is None:
            return date(int(y), int(mo), int(d))
        # Leap seconds (60) are clamped rather than refused.
        moment = datetime(int(y), int(mo), int(d), int(h), int(mi), min(int(s), 59))
    except ValueError:
        raise RecurrenceError(Text("UNTIL is not a real date ({value})", value=value)) from None
    return moment.replace(tzinfo=_UTC) if z else moment


def _not_a_weekday(item: str) -> Text:
    return Text("BYDAY item {item} is not a weekday like MO or 2TU", item=repr(item[:10]))


def parse_rrule(text: str) -> RecurrenceRule:
    """Parse an RRULE value, with or without the "RRULE:" prefix."""
    if not isinstance(text, str):
        raise RecurrenceError(Text("A repeat rule must be text"))
    text = text.strip()
    if len(text) > _MAX_RULE_CHARS:
        raise RecurrenceError(Text("The repeat rule is too long"))
    if text[:6].upper() == "RRULE:":
        text = text[6:]
    parts: dict[str, str] = {}
    for raw in text.split(";"):
        raw = raw.strip()
        if not raw:
            continue  # a trailing ";" is common and harmless
        name, sep, value = raw.partition("=")
        name = name.strip().upper()
        value = value.strip().upper()
        if not sep or not name:
            raise RecurrenceError(
                Text("The repeat rule part {part} has no value", part=repr(raw[:30]))
            )
        if name in _UNSUPPORTED_PARTS:
            raise RecurrenceError(_UNSUPPORTED_PARTS[name])
        if name not in _KNOWN_PARTS:
            raise RecurrenceError(Text("Unknown repeat rule part {part}", part=repr(name[:30])))
        if name in parts:
            raise RecurrenceError(
                Text("The repeat rule part {part} appears more than once", part=name)
            )
        parts[name] = value
    freq = parts.get("FREQ")
    if freq is None:
        raise RecurrenceError(Text("The repeat rule has no FREQ"))
    if freq in _UNSUPPORTED_FREQ:
        raise RecurrenceError(_UNSUPPORTED_FREQ[freq])
    if freq not in _FREQ_BY_NAME:
        raise RecurrenceError(Text("Unknown repeat frequency {name}", name=repr(freq[:20])))

    interval = 1
    if "INTERVAL" in parts:
        if not re.fullmatch(r"\d{1,9}", parts["INTERVAL"]):
            raise RecurrenceError(Text("INTERVAL must be a whole number"))
        interval = int(parts["INTERVAL"])
    count: int | None = None
    if "COUNT" in parts:
        if not re.fullmatch(r"\d{1,18}", parts["COUNT"]):
            raise RecurrenceError(Text("COUNT must be a whole number"))
        count = int(parts["COUNT"])
    until = _parse_until(parts["UNTIL"]) if "UNTIL" in parts else None
    by_day: list[ByDay] = []
    if "BYDAY" in parts:
        items = parts["BYDAY"].split(",")
        if len(items) > 400:
            raise RecurrenceError(Text("BYDAY has too many items"))
        for item in items:
            match = _BYDAY_ITEM.fullmatch(item.strip())
            if match is None:
                raise RecurrenceError(_not_a_weekday(item))
            sign, number, code = match.groups()
            ordinal = None if number is None else int(number) * (-1 if sign == "-" else 1)
            if number is None and sign:
                raise RecurrenceError(_not_a_weekday(item))
            by_day.append((ordinal, WEEKDAY_CODES.index(code)))
    week_start = 0
    if "WKST" in parts:
        if parts["WKST"] not in WEEKDAY_CODES:
            raise RecurrenceError(Text("WKST must be a weekday like MO or SU"))
        week_start = WEEKDAY_CODES.index(parts["WKST"])
    return RecurrenceRule(
        freq=_FREQ_BY_NAME[freq],
        interval=interval,
        count=count,
        until=until,
        by_day=tuple(by_day),
        by_month_day=_parse_int_list("BYMONTHDAY", parts["BYMONTHDAY"])
        if "BYMONTHDAY" in parts
        else (),
        by_month=_parse_int_list("BYMONTH", parts["BYMONTH"]) if "BYMONTH" in parts else (),
        by_set_pos=_parse_int_list("BYSETPOS", parts["BYSETPOS"]) if "BYSETPOS" in parts else (),
        week_start=week_start,
    )


# --------------------------------------------------------------------------- describe

# describe() writes one Text: each part of the rule extends the sentence so far through a
# template ("{repeat} on {days}"), and the words put in (weekdays, months, ordinals, the list
# separators) are Texts themselves, so the window shows the whole sentence translated.

_ORDINAL_WORDS = {
    1: Text("first"),
    2: Text("second"),
    3: Text("third"),
    4: Text("fourth"),
    5: Text("fifth"),
    -1: Text("last"),
    -2: Text("second to last"),
}
# The English suffix of a number written as an ordinal: 21st, 22nd, 23rd, 24th.
_ORDINAL_SUFFIXES = {1: Text("st"), 2: Text("nd"), 3: Text("rd")}
_ORDINAL_SUFFIX_TH = Text("th")
_ADVERBS: dict[Frequency, Text] = {
    "DAILY": Text("Daily"),
    "WEEKLY": Text("Weekly"),
    "MONTHLY": Text("Monthly"),
    "YEARLY": Text("Yearly"),
}
_WEEKDAY_SETS = {
    "weekdays": Text("weekday"),
    "weekend": Text("weekend day"),
    "every day": Text("day"),
}


def _every(rule: RecurrenceRule) -> Text:
    """ "Weekly", "Every 2 weeks"."""
    interval = rule.interval
    if interval == 1:
        return _ADVERBS[rule.freq]
    if rule.freq == "DAILY":
        return Text("Every {interval} days", interval=interval)
    if rule.freq == "WEEKLY":
        return Text("Every {interval} weeks", interval=interval)
    if rule.freq == "MONTHLY":
        return Text("Every {interval} months", interval=interval)
    return Text("Every {interval} years", interval=interval)


def _ordinal_word(n: int) -> Text:
    if n in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[n]
    if n < 0:
        return Text("{ordinal} to last", ordinal=_ordinal_word(-n))
    if 10 <= n % 100 <= 20:
        suffix = _ORDINAL_SUFFIX_TH
    else:
        suffix = _ORDINAL_SUFFIXES.get(n % 10, _ORDINAL_SUFFIX_TH)
    return Text("{number}{suffix}", number=n, suffix=suffix)


def _listed(words: Sequence[str], *, alternatives: bool = False) -> str:
    """ "Monday, Wednesday" (compact, as in the series editor); with alternatives
    "Monday, Tuesday or Friday"."""
    if not words:
        return ""
    listed = words[0]
    for index, word in enumerate(words[1:], start=2):
        if alternatives and index == len(words):
            listed = Text("{list} or {item}", list=listed, item=word)
        else:
            listed = Text("{list}, {item}", list=listed, item=word)
    return listed


def _weekday_set(weekdays: Sequence[int]) -> str | None:
    """The key in _WEEKDAY_SETS of a set of weekdays that has a name."""
    days = set(weekdays)
    if days == {0, 1, 2, 3, 4}:
        return "weekdays"
    if days == {5, 6}:
        return "weekend"
    if days == set(range(7)):
        return "every day"
    return None


# The first of the month is written apart where languages mark it ("1er" in French).
_FIRST_DAY = Text("1")


def _day_number(day: int) -> str:
    return _FIRST_DAY if day == 1 else str(day)


def _on_month_days(repeat: Text, days: Sequence[int]) -> Text:
    words = [_ordinal_word(d) if d < 0 else _day_number(d) for d in days]
    if all(d < 0 for d in days):
        return Text("{repeat} on the {days} day", repeat=repeat, days=_listed(words))
    if len(days) > 1:
        return Text("{repeat} on days {days}", repeat=repeat, days=_listed(words))
    return Text("{repeat} on day {day}", repeat=repeat, day=words[0])


def describe(rule: RecurrenceRule) -> Text:
    """A short sentence: "Every 2 weeks on Monday, Wednesday, 10 times" (a Text)."""
    text = _every(rule)
    plain_days = [wd for n, wd in rule.by_day if n is None]
    numbered = [(n, wd) for n, wd in rule.by_day if n is not None]
    if rule.by_set_pos and rule.by_day and not numbered:
        kind = _weekday_set(plain_days)
        days = (
            _WEEKDAY_SETS[kind]
            if kind is not None
            else _listed([WEEKDAY_NAMES[d] for d in plain_days], alternatives=True)
        )
        positions = _listed([_ordinal_word(p) for p in rule.by_set_pos])
        text = Text(
            "{repeat} on the {positions} {days}", repeat=text, positions=positions, days=days
        )
    else:
        if plain_days:
            kind = _weekday_set(plain_days)
            if kind == "weekdays":
                text = Text("{repeat} on weekdays", repeat=text)
            elif kind == "weekend":
                text = Text("{repeat} on weekends", repeat=text)
            elif kind != "every day" or rule.freq != "DAILY":
                days = _listed([WEEKDAY_NAMES[d] for d in plain_days])
                text = Text("{repeat} on {days}", repeat=text, days=days)
        if numbered:
            days = _listed(
                [
                    Text("{ordinal} {weekday}", ordinal=_ordinal_word(n), weekday=WEEKDAY_NAMES[wd])
                    for n, wd in numbered
                ]
            )
            text = Text("{repeat} on the {days}", repeat=text, days=days)
        if rule.by_month_day:
            text = _on_month_days(text, rule.by_month_day)
        if rule.by_set_pos:
            positions = _listed([_ordinal_word(p) for p in rule.by_set_pos])
            text = Text("{repeat}, only the {positions} of them", repeat=text, positions=positions)
    if rule.by_month:
        months = _listed([MONTH_NAMES[m - 1] for m in rule.by_month])
        text = Text("{repeat} in {months}", repeat=text, months=months)
    if rule.count is not None:
        if rule.count == 1:
            text = Text("{repeat}, once", repeat=text)
        else:
            text = Text("{repeat}, {count} times", repeat=text, count=rule.count)
    if rule.until is not None:
        until = rule.until
        if isinstance(until, datetime) and until.tzinfo is not None:
            until = until.astimezone(_UTC)
        day = Text(
            "{day} {month} {year}",
            day=_day_number(until.day),
            month=MONTH_NAMES[until.month - 1],
            year=until.year,
        )
        text = Text("{repeat}, until {date}", repeat=text, date=day)
    return text


# --------------------------------------------------------------------------- expansion


@dataclass(frozen=True)
class Expansion:
    """Instances overlapping the window; ``truncated`` when a limit stopped the walk."""

    occurrences: list[tuple[datetime, datetime]] = field(default_factory=list)
    truncated: bool = False


def _month_days(
    year: int,
    month: int,
    by_month_day: tuple[int, ...],
    by_day: tuple[ByDay, ...],
    default_day: int | None,
) -> list[int]:
    """Days of one month (1-based) selected by BYMONTHDAY and/or BYDAY."""
    first_weekday, length = calendar.monthrange(year, month)
    return _span_days(first_weekday, length, by_month_day, by_day, default_day)


def _span_days(
    first_weekday: int,
    length: int,
    by_month_day: tuple[int, ...],
    by_day: tuple[ByDay, ...],
    default_day: int | None,
) -> list[int]:
    """Days (1-based) of a month-or-year span of ``length`` days."""
    month_days: set[int] | None = None
    if by_month_day:
        month_days = set()
        for d in by_month_day:
            day = d if d > 0 else length + 1 + d
            if 1 <= day <= length:
                month_days.add(day)
    week_days: set[int] | None = None
    if by_day:
        week_days = set()
        last_weekday = (first_weekday + length - 1) % 7
        for ordinal, weekday in by_day:
            first = 1 + (weekday - first_weekday) % 7
            if ordinal is None:
                week_days.update(range(first, length + 1, 7))
            elif ordinal > 0:
                day = first + 7 * (ordinal - 1)
                if day <= length:
                    week_days.add(day)
            else:
                day = length - (last_weekday - weekday) % 7 + 7 * (ordinal + 1)
                if day >= 1:
                    week_days.add(day)
    if month_days is not None and week_days is not None:
        return sorted(month_days & week_days)
    if month_days is not None:
        return sorted(month_days)
    if week_days is not None:
        return sorted(week_days)
    if default_day is not None and default_day <= length:
        return [default_day]
    return []


# Periods after which the Gregorian calendar repeats itself (400 years): a rule
# that yields nothing during that many consecutive periods never will.
_CYCLE = {"DAILY": 146_097, "WEEKLY": 20_871, "MONTHLY": 4_800, "YEARLY": 400}
_WEEK_BATCH = 64  # weekly periods handled per step when BYMONTH does not filter
_DAY_BATCH = 1024  # daily periods handled per step when no BY* part filters


def _pick_positions(found: list[int], positions: tuple[int, ...]) -> list[int]:
    if not positions or not found:
        return found
    size = len(found)
    return sorted({found[p - 1 if p > 0 else size + p] for p in positions if -size <= p <= size})


class _Periods:
    """Calendar periods of a rule (day/week/month/year × INTERVAL) from DTSTART.

    Day selections depend only on a month's (first weekday, length) or a
    year's (first weekday, leap), so they are computed once per shape.
    """

    def __init__(self, rule: RecurrenceRule, first: date) -> None:
        self.rule = rule
        self.first = first
        self.first_ord = first.toordinal()
        self.week0 = self.first_ord - (first.weekday() - rule.week_start) % 7
        self.month_sets = frozenset(rule.by_month)
        self.positive_days = frozenset(d for d in rule.by_month_day if d > 0)
        self.negative_days = frozenset(d for d in rule.by_month_day if d < 0)
        self.weekdays = frozenset(wd for _, wd in rule.by_day)
        week_offsets = sorted({(wd - rule.week_start) % 7 for wd in self.weekdays})
        self.week_offsets = week_offsets or [(first.weekday() - rule.week_start) % 7]
        # Without BYMONTH every week looks the same, BYSETPOS included.
        self.week_pattern = _pick_positions(self.week_offsets, rule.by_set_pos)
        self.max_per_period = self._max_per_period()
        self.cycle = _CYCLE[rule.freq]
        self._month_shapes: dict[tuple[int, int], list[int]] = {}
        self._year_shapes: dict[tuple[int, bool], list[int]] = {}

    def _max_per_period(self) -> int:
        rule = self.rule
        if rule.freq == "DAILY":
            most = 1
        elif rule.freq == "WEEKLY":
            most = len(self.week_offsets)
        elif rule.freq == "MONTHLY":
            most = 31 if rule.by_day or rule.by_month_day else 1
        else:
            most = 366 if rule.by_day or rule.by_month_day else max(1, len(rule.by_month))
        return min(most, len(rule.by_set_pos)) if rule.by_set_pos else most

    @property
    def dead(self) -> bool:
        """True if BYSETPOS can never pick anything (only DTSTART remains)."""
        if not self.rule.by_set_pos or self.rule.freq not in ("DAILY", "WEEKLY"):
            return False
        size = len(self.week_offsets) if self.rule.freq == "WEEKLY" else 1
        return all(not -size <= p <= size for p in self.rule.by_set_pos)

    def index_of(self, day: date) -> int:
        """The (floor) index of the period containing ``day``; may be negative."""
        rule = self.rule
        if rule.freq == "DAILY":
            return (day.toordinal() - self.first_ord) // rule.interval
        if rule.freq == "WEEKLY":
            return (day.toordinal() - self.week0) // (7 * rule.interval)
        if rule.freq == "MONTHLY":
            months = (day.year - self.first.year) * 12 + day.month - self.first.month
            return months // rule.interval
        return (day.year - self.first.year) // rule.interval

    def start_ordinal(self, k: int) -> int:
        """First day (proleptic ordinal) of period ``k``; raises past year 9999."""
        rule = self.rule
        if rule.freq == "DAILY":
            return self.first_ord + k * rule.interval
        if rule.freq == "WEEKLY":
            return self.week0 + 7 * rule.interval * k
        if rule.freq == "MONTHLY":
            year, month = self._month(k)
            return date(year, month, 1).toordinal()
        return date(self.first.year + k * rule.interval, 1, 1).toordinal()

    def _month(self, k: int) -> tuple[int, int]:
        months = self.first.month - 1 + k * self.rule.interval
        return self.first.year + months // 12, months % 12 + 1

    def _next_allowed_month(self, year: int, month: int) -> tuple[int, int]:
        """The first BYMONTH month strictly after (year, month)."""
        for _ in range(12):
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            if month in self.month_sets:
                break
        return year, month

    def chunk(self, k: int) -> tuple[list[int], int]:
        """Candidates from period ``k`` on, and the next period index to look at.

        One step covers one period, or for DAILY all of k's periods in the same
        month, or for WEEKLY without BYMONTH a batch of weeks. The day
        ordinals come sorted, after BY* filters and BYSETPOS. Periods that
        BYMONTH rules out are jumped over.
        """
        rule = self.rule
        if rule.freq == "DAILY":
            return self._daily_chunk(k)
        if rule.freq == "WEEKLY":
            return self._weekly_chunk(k)
        if rule.freq == "MONTHLY":
            year, month = self._month(k)
            if self.month_sets and month not in self.month_sets:
                return [], k + 1
            first_weekday, length = calendar.monthrange(year, month)
            days = self._month_shapes.get((first_weekday, length))
            if days is None:
                default = None if rule.by_day or rule.by_month_day else self.first.day
                days = _span_days(first_weekday, length, rule.by_month_day, rule.by_day, default)
                days = _pick_positions(days, rule.by_set_pos)
                self._month_shapes[(first_weekday, length)] = days
            base = date(year, month, 1).toordinal() - 1
            return [base + d for d in days], k + 1
        year = self.first.year + k * rule.interval
        jan1 = date(year, 1, 1)
        key = (jan1.weekday(), calendar.isleap(year))
        offsets = self._year_shapes.get(key)
        if offsets is None:
            base = jan1.toordinal()
            offsets = [o - base for o in _pick_positions(self._yearly(year), rule.by_set_pos)]
            self._year_shapes[key] = offsets
        base = jan1.toordinal()
        return [base + off for off in offsets], k + 1

    def _weekly_chunk(self, k: int) -> tuple[list[int], int]:
        step = 7 * self.rule.interval
        start = self.week0 + step * k
        if not self.month_sets:
            pattern = self.week_pattern
            found = [start + step * j + off for j in range(_WEEK_BATCH) for off in pattern]
            return found, k + _WEEK_BATCH
        found = [
            o
            for o in (start + off for off in self.week_offsets)
            if date.fromordinal(o).month in self.month_sets
        ]
        if not found:
            last = date.fromordinal(start + 6)
            if last.month in self.month_sets:
                return [], k + 1
            year, month = self._next_allowed_month(last.year, last.month)
            return [], max(k + 1, self.index_of(date(year, month, 1)))
        return _pick_positions(found, self.rule.by_set_pos), k + 1

    def _daily_chunk(self, k: int) -> tuple[list[int], int]:
        step = self.rule.interval
        ordinal = self.first_ord + k * step
        day = date.fromordinal(ordinal)
        if self.month_sets and day.month not in self.month_sets:
            year, month = self._next_allowed_month(day.year, day.month)
            target = date(year, month, 1).toordinal()
            return [], max(k + 1, -((self.first_ord - target) // step))  # ceil division
        if not (self.weekdays or self.positive_days or self.negative_days or self.month_sets):
            # Nothing filters by month: take a long run of days at once.
            return list(range(ordinal, ordinal + _DAY_BATCH * step, step)), k + _DAY_BATCH
        length = calendar.monthrange(day.year, day.month)[1]
        base = ordinal - day.day  # ordinal of the day before the 1st
        last_k = (base + length - self.first_ord) // step
        found = list(range(ordinal, self.first_ord + last_k * step + 1, step))
        if self.weekdays:
            found = [o for o in found if (o - 1) % 7 in self.weekdays]
        if self.positive_days or self.negative_days:
            wanted = set(self.positive_days)
            wanted.update(length + 1 + d for d in self.negative_days)
            found = [o for o in found if o - base in wanted]
        # BYSETPOS on one-day periods keeps the day only for 1 or -1 (see dead).
        return found, last_k + 1

    def _yearly(self, year: int) -> list[int]:
        """Day ordinals of one year before BYSETPOS."""
        rule = self.rule
        if rule.by_month:
            found: list[int] = []
            default = None if rule.by_day or rule.by_month_day else self.first.day
            for month in rule.by_month:
                base = date(year, month, 1).toordinal() - 1
                days = _month_days(year, month, rule.by_month_day, rule.by_day, default)
                found.extend(base + d for d in days)
            return found
        jan1 = date(year, 1, 1).toordinal()
        if rule.by_day:
            # Ordinals count within the year when there is no BYMONTH.
            length = 366 if calendar.isleap(year) else 365
            days = _span_days(date(year, 1, 1).weekday(), length, (), rule.by_day, None)
            chosen = {jan1 - 1 + d for d in days}
            if rule.by_month_day:
                chosen &= set(self._year_month_days(year))
            return sorted(chosen)
        if rule.by_month_day:
            return self._year_month_days(year)
        try:
            return [date(year, self.first.month, self.first.day).toordinal()]
        except ValueError:  # Feb 29 in a common year
            return []

    def _year_month_days(self, year: int) -> list[int]:
        found: list[int] = []
        for month in range(1, 13):
            base = date(year, month, 1).toordinal() - 1
            days = _month_days(year, month, self.rule.by_month_day, (), None)
            found.extend(base + d for d in days)
        return found


def _as_utc(moment: datetime, tz: ZoneInfo) -> datetime:
    # Naive values are read as wall time in the series' zone.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(_UTC)


def _local_naive(moment: datetime, tz: ZoneInfo) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(tz).replace(tzinfo=None)


def _wall_to_utc(local: datetime, tz: ZoneInfo) -> datetime:
    # fold=0: a non-existent time uses the offset before the change (see module doc).
    return local.replace(tzinfo=tz, fold=0).astimezone(_UTC)


def _shift_date(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _clamped_utc(moment: datetime, tz: ZoneInfo) -> datetime:
    try:
        return _as_utc(moment, tz)
    except OverflowError:  # a window bound at the very edge of year 1 / 9999
        edge = datetime.min if moment.year < 5000 else datetime.max
        return edge.replace(tzinfo=_UTC)


def expand(
    start: datetime,
    end: datetime,
    tz: ZoneInfo,
    rule: RecurrenceRule,
    window_start: datetime,
    window_end: datetime,
    *,
    exdates: Iterable[datetime] = (),
    skip: Iterable[datetime] = (),
    max_occurrences: int = 1000,
    max_periods: int = 200_000,
) -> Expansion:
    """Instances of a series that overlap [window_start, window_end).

    ``start``/``end`` are the first instance (aware; naive means wall time in
    ``tz``). Returns (start, end) pairs, aware in ``tz``, sorted by start.
    ``skip`` takes the RECURRENCE-IDs of overridden instances: they are left
    out like EXDATEs (the override is shown instead) but still count towards
    COUNT. ``truncated`` is set when ``max_occurrences`` or ``max_periods``
    stopped the walk before the window's end.
    """
    window_lo = _clamped_utc(window_start, tz)
    window_hi = _clamped_utc(window_end, tz)
    out: list[tuple[datetime, datetime]] = []
    if window_hi <= window_lo:
        return Expansion(out, False)
    walk = _Walk(start, end, tz, rule, window_lo, window_hi, out, max_occurrences, max_periods)
    try:
        walk.add_exclusions(exdates, skip)
        walk.run()
    except OverflowError:
        pass  # instances at the edge of year 1 / 9999: what was found so far stands
    out.sort(key=lambda pair: pair[0])
    return Expansion(out, walk.truncated)


class _Walk:
    """One expansion: DTSTART, then the rule's periods up to the window's end."""

    def __init__(
        self,
        start: datetime,
        end: datetime,
        tz: ZoneInfo,
        rule: RecurrenceRule,
        window_lo: datetime,
        window_hi: datetime,
        out: list[tuple[datetime, datetime]],
        max_occurrences: int,
        max_periods: int,
    ) -> None:
        self.tz = tz
        self.rule = rule
        self.window_lo = window_lo
        self.window_hi = window_hi
        self.out = out
        self.max_occurrences = max_occurrences
        self.max_periods = max_periods
        self.truncated = False
        self.excluded: set[datetime] = set()
        self.start = start
        self.end = end

    def add_exclusions(self, exdates: Iterable[datetime], skip: Iterable[datetime]) -> None:
        for moment in (*exdates, *skip):
            self.excluded.add(_as_utc(moment, self.tz))

    def instance(self, local: datetime) -> tuple[datetime, datetime]:
        begin = _wall_to_utc(local, self.tz)
        finish = _wall_to_utc(local + self.wall_duration, self.tz)
        return begin, max(finish, begin)

    def keep(self, begin: datetime, finish: datetime) -> bool:
        """Record an instance if shown; False once max_occurrences is exceeded."""
        if begin in self.excluded or begin >= self.window_hi:
            return True
        if not (finish > self.window_lo or (finish == begin and begin >= self.window_lo)):
            return True
        if len(self.out) >= self.max_occurrences:
            self.truncated = True
            return False
        self.out.append((begin.astimezone(self.tz), finish.astimezone(self.tz)))
        return True

    def run(self) -> None:
        tz = self.tz
        rule = self.rule
        local_start = _local_naive(self.start, tz)
        self.wall_duration = max(_local_naive(self.end, tz) - local_start, timedelta(0))

        until = rule.until
        until_day: int | None = None  # last day (ordinal) that may hold an instance
        until_utc: datetime | None = None
        until_local: datetime | None = None
        if isinstance(until, datetime):
            if until.tzinfo is None:
                until_local = until
                until_day = until.toordinal()
            else:
                until_utc = until.astimezone(_UTC)
                until_day = until_utc.astimezone(tz).toordinal()
        elif until is not None:
            until_day = until.toordinal()

        # DTSTART is the first instance whatever the rule says.
        if not self.keep(*self.instance(local_start)):
            return
        periods = _Periods(rule, local_start.date())
        if periods.dead:
            return

        try:
            lo_local = self.window_lo.astimezone(tz).replace(tzinfo=None) - self.wall_duration
            lo_day = _shift_date(lo_local.date(), -2)
        except OverflowError:
            lo_day = date.min
        hi_day = _shift_date(self.window_hi.astimezone(tz).date(), 2)
        hi_ord = hi_day.toordinal()
        if until_day is not None:
            hi_ord = min(hi_ord, until_day + 1)
        count = rule.count
        if count is not None:
            # COUNT can only hide instances we would show if the series might
            # reach it by the window's end; otherwise ignore it and skip ahead.
            last_period = periods.index_of(hi_day)
            if (last_period + 1) * periods.max_per_period + 1 <= count:
                count = None
        k = 0 if count is not None else max(0, periods.index_of(lo_day))
        k_first = k
        seen_any = False
        produced = 1  # DTSTART
        start_ord = local_start.toordinal()
        # Instances on days before ``quick_end`` (before the window, and surely
        # not after UNTIL) are only counted, in bulk, without datetimes: this is
        # the COUNT walk from DTSTART.
        if until_day is None:
            until_safe = hi_ord + 1
        elif until_utc is None and until_local is None:
            until_safe = until_day + 1
        else:
            until_safe = until_day - 1
        quick_end = min(lo_day.toordinal(), until_safe)
        time_of_day: time = local_start.time()
        examined = 0
        while True:
            examined += 1
            if examined > self.max_periods:
                self.truncated = True
                return
            if not seen_any and k - k_first >= periods.cycle:
                return  # a whole 400-year cycle without a match: it never matches
            try:
                if periods.start_ordinal(k) > hi_ord:
                    return
                days, k_next = periods.chunk(k)
            except (ValueError, OverflowError):  # beyond year 9999
                return
            if days:
                seen_any = True
                first = bisect.bisect_right(days, start_ord)  # DTSTART is already counted
                quick = bisect.bisect_left(days, quick_end, lo=first)
                produced += quick - first
                if count is not None and produced > count:
                    return
                for ordinal in days[quick:]:
                    if ordinal > hi_ord:
                        return
                    produced += 1
                    if count is not None and produced > count:
                        return
                    local = datetime.combine(date.fromordinal(ordinal), time_of_day)
                    begin, finish = self.instance(local)
                    if until_utc is not None and begin > until_utc:
                        return
                    if until_local is not None and local > until_local:
                        return
                    if until_day is not None and ordinal > until_day:
                        return
                    if not self.keep(begin, finish):
                        return
            k = k_next


def expand_event(
    event: Event,
    window_start: datetime,
    window_end: datetime,
    *,
    skip: Iterable[datetime] = (),
    max_occurrences: int = 1000,
    max_periods: int = 200_000,
) -> Expansion:
    """Expand a domain Event (its rrule, exdates and zone) over a window.

    A non-recurring event gives itself if it overlaps the window. Raises
    RecurrenceError if the event's rule is invalid; an unknown zone name is
    read as UTC.
    """
    tz = resolve_timezone(event.timezone) or ZoneInfo("UTC")
    if not event.rrule:
        lo = _as_utc(window_start, tz)
        hi = _as_utc(window_end, tz)
        s = _as_utc(event.start, tz)
        e = max(_as_utc(event.end, tz), s)
        hit = s < hi and (e > lo or (e == s and s >= lo))
        return Expansion([(event.start, event.end)] if hit else [], False)
    return expand(
        event.start,
        event.end,
        tz,
        parse_rrule(event.rrule),
        window_start,
        window_end,
        exdates=event.exdates,
        skip=skip,
        max_occurrences=max_occurrences,
        max_periods=max_periods,
    )
