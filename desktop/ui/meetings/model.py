"""The upcoming-meetings list: day header rows and meeting rows, built once per refresh.

Every string a row shows is worked out when the list is built (local times, day names,
host, service), so painting and filtering do no date arithmetic. Rows are plain Python
objects; the view shows them through MeetingDelegate, which paints text with drawText and
never interprets it as HTML.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from desktop.services.meetings import UpcomingMeeting
from desktop.timezones import resolve_timezone

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3
JOIN_URL_ROLE = Qt.ItemDataRole.UserRole + 4

HEADER = "header"
MEETING = "meeting"

_AnyIndex = QModelIndex | QPersistentModelIndex
_ONE_DAY = timedelta(days=1)


def display_zone(timezone_name: str) -> tzinfo:
    """The person's own time zone (as the meeting service names it) for showing times."""
    zone = resolve_timezone(timezone_name)
    if zone is not None:
        return zone
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC


def plain_tooltip(*lines: str) -> str:
    """A tooltip Qt shows literally: escaped text inside a paragraph."""
    return "<p>" + "<br>".join(html.escape(line) for line in lines if line) + "</p>"


@dataclass(frozen=True, slots=True)
class DayHeader:
    day: date
    label: str

    kind = HEADER


@dataclass(frozen=True, slots=True)
class MeetingItem:
    """One meeting row, with everything the delegate paints already formatted."""

    meeting: UpcomingMeeting
    key: str
    day: date
    time_text: str
    topic: str
    host_text: str
    service_text: str  # the join link's service name; "" without a link
    service_id: str  # the join link's service id (its icon); "" without a link
    join_url: str | None
    now: bool
    repeats: bool
    redacted: bool
    all_day: bool
    search_text: str
    accessible_text: str

    kind = MEETING


Row = DayHeader | MeetingItem


class MeetingListModel(QAbstractListModel):
    """Header rows ("Today", "Tomorrow", "Wednesday 25 November") and meeting rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._meeting_count = 0
        self.locale = QLocale()
        self._clock_cache: dict[tuple[int, int], str] = {}

    # -- building ---------------------------------------------------------------------------

    def day_label(self, day: date, today: date) -> str:
        if day == today:
            return self.tr("Today")
        if day == today + _ONE_DAY:
            return self.tr("Tomorrow")
        pattern = "dddd d MMMM" if day.year == today.year else "dddd d MMMM yyyy"
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    def _clock(self, moment: datetime) -> str:
        # Formatting through QLocale costs ~20 µs; a list has few distinct times.
        key = (moment.hour, moment.minute)
        text = self._clock_cache.get(key)
        if text is None:
            text = self._clock_cache[key] = self.locale.toString(
                QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
            )
        return text

    def _weekday(self, moment: datetime) -> str:
        return self.locale.toString(QDate(moment.year, moment.month, moment.day), "ddd")

    def make_items(
        self, meetings: Iterable[UpcomingMeeting], now: datetime, zone: tzinfo
    ) -> list[MeetingItem]:
        """Rows for `meetings`, with times in `zone` (the person's own time zone)."""
        today = now.astimezone(zone).date()
        self._clock_cache = {}
        items: list[MeetingItem] = []
        you = self.tr("You")
        unknown_host = self.tr("Unknown host")
        private = self.tr("Private meeting")
        all_day_text = self.tr("All day")
        for meeting in meetings:
            occurrence = meeting.occurrence
            event = meeting.event
            in_progress = occurrence.start <= now < occurrence.end
            if event.all_day:
                # An all-day event is a date, not a moment: keep its own calendar date.
                day = occurrence.start.date()
                time_text = all_day_text
            else:
                start = occurrence.start.astimezone(zone)
                end = occurrence.end.astimezone(zone)
                day = start.date()
                start_text = self._clock(start)
                end_text = self._clock(end)
                if in_progress and day < today:
                    start_text = f"{self._weekday(start)} {start_text}"
                    day = today
                ends_at_midnight = end.time() == time(0) and end.date() == start.date() + _ONE_DAY
                if end.date() != start.date() and not ends_at_midnight:
                    end_text = f"{self._weekday(end)} {end_text}"
                time_text = f"{start_text} – {end_text}"
            day = max(day, today)
            redacted = meeting.redacted
            link = None if redacted else meeting.join_link
            if redacted:
                topic, host_text, service_text = private, "", ""
            else:
                topic = " ".join(meeting.title.split()) or self.tr("(No topic)")
                host_text = you if meeting.hosted_by_me else (meeting.host.label or unknown_host)
                service_text = link.name if link is not None else ""
            repeats = bool(event.rrule) or event.recurrence_id is not None
            search_text = " ".join(
                part
                for part in (
                    topic,
                    host_text,
                    "" if redacted else meeting.host.name,
                    "" if redacted else meeting.host.email,
                    service_text,
                )
                if part
            ).casefold()
            items.append(
                MeetingItem(
                    meeting=meeting,
                    key=occurrence.key,
                    day=day,
                    time_text=time_text,
                    topic=topic,
                    host_text=host_text,
                    service_text=service_text,
                    service_id=link.service if link is not None else "",
                    join_url=link.url if link is not None else None,
                    now=in_progress,
                    repeats=repeats,
                    redacted=redacted,
                    all_day=event.all_day,
                    search_text=search_text,
                    accessible_text=self._accessible(
                        time_text, topic, host_text, service_text, in_progress, repeats, redacted
                    ),
                )
            )
        return items

    def _accessible(
        self,
        time_text: str,
        topic: str,
        host: str,
        service: str,
        now: bool,
        repeats: bool,
        redacted: bool,
    ) -> str:
        parts = [time_text.replace("–", self.tr("to")), topic]
        if now:
            parts.insert(0, self.tr("Now"))
        if not redacted:
            parts.append(self.tr("hosted by {host}").format(host=host))
            parts.append(
                self.tr("{service}, press Enter to join").format(service=service)
                if service
                else self.tr("No meeting link")
            )
        if repeats:
            parts.append(self.tr("repeats"))
        return ", ".join(parts)

    def set_items(self, items: Sequence[MeetingItem], today: date, search: str = "") -> None:
        """Show `items` that match `search`, under a header for each day that has any."""
        needle = search.strip().casefold()
        words = needle.split()
        by_day: dict[date, list[MeetingItem]] = {}
        for item in items:
            if words and not all(word in item.search_text for word in words):
                continue
            by_day.setdefault(item.day, []).append(item)
        rows: list[Row] = []
        count = 0
        for day in sorted(by_day):
            day_items = by_day[day]
            # All-day events first, then by start (the service already sorted by start).
            day_items.sort(key=lambda i: not i.all_day)
            rows.append(DayHeader(day, self.day_label(day, today)))
            rows.extend(day_items)
            count += len(day_items)
        self.beginResetModel()
        self._rows = rows
        self._meeting_count = count
        self.endResetModel()

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        if isinstance(row, DayHeader):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == KIND_ROLE:
            return row.kind
        if role == ITEM_ROLE:
            return row
        if isinstance(row, DayHeader):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row.label
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.topic
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.accessible_text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(row.topic, row.time_text, row.host_text, row.service_text)
        if role == KEY_ROLE:
            return row.key
        if role == JOIN_URL_ROLE:
            return row.join_url
        return None

    # -- helpers ----------------------------------------------------------------------------

    def row_at(self, number: int) -> Row | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def meeting_at(self, number: int) -> MeetingItem | None:
        row = self.row_at(number)
        return row if isinstance(row, MeetingItem) else None

    def meeting_count(self) -> int:
        return self._meeting_count

    def header_labels(self) -> list[str]:
        return [r.label for r in self._rows if isinstance(r, DayHeader)]

    def meetings(self) -> list[MeetingItem]:
        return [r for r in self._rows if isinstance(r, MeetingItem)]

    def row_of_key(self, key: str) -> int:
        for number, row in enumerate(self._rows):
            if isinstance(row, MeetingItem) and row.key == key:
                return number
        return -1

    def first_meeting_row(self) -> int:
        for number, row in enumerate(self._rows):
            if isinstance(row, MeetingItem):
                return number
        return -1
