"""Which meeting reminders are due: for the GUI's reminder window and the tray.

Everything is worked out in absolute (UTC) time from the occurrences table, every time it
is asked, so a reminder is right after the computer slept, after a time-zone change and
across midnight: nothing depends on a timer having fired at the right moment. The caller
asks again at least once a minute and when it is woken.

Dismissed and snoozed reminders are kept in the store (until their meeting is over), so a
restart or the silent start after a reboot does not bring back a reminder already closed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop.domain import EventStatus, ResponseStatus
from desktop.services.meetings import MeetingService, UpcomingMeeting
from desktop.services.settings import SettingsService
from desktop.store import Store

# A reminder still shows this long after its meeting started (joining late is common).
LATE_GRACE = timedelta(minutes=10)
DEFAULT_SNOOZE = timedelta(minutes=5)
RECHECK = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str  # the occurrence's key: one reminder per meeting instance
    meeting: UpcomingMeeting

    @property
    def start(self) -> datetime:
        return self.meeting.occurrence.start

    @property
    def title(self) -> str:
        return self.meeting.title


class ReminderService:
    def __init__(
        self,
        meetings: MeetingService,
        settings: SettingsService,
        store: Store | None = None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._meetings = meetings
        self._settings = settings
        self._store = store
        self._clock = clock
        self._dismissed: set[str] = set()
        self._snoozed: dict[str, datetime] = {}
        if store is not None:
            for key, (dismissed, until) in store.reminder_states(clock()).items():
                if dismissed:
                    self._dismissed.add(key)
                elif until is not None:
                    self._snoozed[key] = until

    def lead(self) -> timedelta | None:
        """How long before a meeting its reminder shows; None when reminders are off."""
        value = self._settings.get("reminder_minutes")
        minutes = value if isinstance(value, int) and not isinstance(value, bool) else 1
        return timedelta(minutes=minutes) if minutes > 0 else None

    def _candidates(self, now: datetime) -> list[UpcomingMeeting]:
        lead = self.lead()
        if lead is None:
            return []
        # Meetings that have not ended; a day ahead is plenty for any lead up to 24 h.
        return [
            row
            for row in self._meetings.upcoming(days=2, now=now - LATE_GRACE)
            if self._wanted(row)
        ]

    def _wanted(self, row: UpcomingMeeting) -> bool:
        event = row.event
        if event.status is EventStatus.CANCELLED or event.all_day:
            return False
        mine = self._my_addresses(row)
        for attendee in event.attendees:
            if attendee.email.lower() in mine and attendee.response is ResponseStatus.DECLINED:
                return False  # the person said no: no reminder
        return True

    def _my_addresses(self, row: UpcomingMeeting) -> set[str]:
        addresses = {self._settings.get_str("my_email").lower()}
        account_email = self._meetings.account_email(row.calendar.account_id)
        if account_email:
            addresses.add(account_email.lower())
        addresses.discard("")
        return addresses

    def due(self, now: datetime | None = None) -> list[Reminder]:
        """Reminders to show now, soonest first."""
        now = now or self._clock()
        lead = self.lead()
        if lead is None:
            return []
        found: list[Reminder] = []
        for row in self._candidates(now):
            key = row.occurrence.key
            start = row.occurrence.start
            if key in self._dismissed:
                continue
            if now < start - lead or now > start + LATE_GRACE:
                continue
            snoozed = self._snoozed.get(key)
            if snoozed is not None and now < snoozed:
                continue
            found.append(Reminder(key, row))
        return found

    def next_change(self, now: datetime | None = None) -> datetime:
        """When `due()` may next give another answer (at most RECHECK from now)."""
        now = now or self._clock()
        soonest = now + RECHECK
        lead = self.lead()
        if lead is None:
            return soonest
        for row in self._candidates(now):
            key = row.occurrence.key
            for moment in (
                row.occurrence.start - lead,
                row.occurrence.start + LATE_GRACE,
                self._snoozed.get(key),
            ):
                if moment is not None and now < moment < soonest:
                    soonest = moment
        return soonest

    def dismiss(self, key: str) -> None:
        self._dismissed.add(key)
        self._snoozed.pop(key, None)
        self._remember(key, dismissed=True, snoozed_until=None)

    def snooze(
        self, key: str, delay: timedelta = DEFAULT_SNOOZE, now: datetime | None = None
    ) -> None:
        until = (now or self._clock()) + delay
        self._snoozed[key] = until
        self._remember(key, dismissed=False, snoozed_until=until)

    def _remember(self, key: str, *, dismissed: bool, snoozed_until: datetime | None) -> None:
        if self._store is None:
            return
        # Kept while the reminder could still show: until its meeting's late grace is over.
        start = _occurrence_start(key)
        moments = [m for m in (start, snoozed_until, self._clock()) if m is not None]
        self._store.save_reminder_state(
            key,
            dismissed=dismissed,
            snoozed_until=snoozed_until,
            forget_after=max(moments) + LATE_GRACE + timedelta(days=1),
        )

    def next_meeting(self, now: datetime | None = None) -> UpcomingMeeting | None:
        """The next meeting that has not ended (for the tray), declined ones left out."""
        now = now or self._clock()
        for row in self._meetings.upcoming(days=7, now=now):
            if self._wanted(row) and row.occurrence.end > now:
                return row
        return None


def _occurrence_start(key: str) -> datetime | None:
    """The start written into an occurrence key ("<event id>@<unix seconds>")."""
    _, _, seconds = key.rpartition("@")
    try:
        return datetime.fromtimestamp(int(seconds), UTC)
    except (ValueError, OverflowError, OSError):
        return None
