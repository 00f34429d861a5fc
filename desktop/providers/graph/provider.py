"""Microsoft 365 calendars and contacts through Graph: a thin translator for the engine.

Calendars sync with calendarView/delta over a fixed window (Graph cannot move the window of
a token chain, so a cursor older than a month is dropped and the calendar listed anew).
Each instance Graph returns (single event, occurrence, exception) is one item. An
@removed entry can mean "left the window" as well as "deleted": the item is looked up
before it is reported deleted, and kept when it is still in the window.
Contacts: the default folder and its child folders, each with its own delta chain.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlencode

from desktop.domain import Calendar, Contact, Event, Folder
from desktop.i18n import Text, message_of
from desktop.providers.base import ContactPage, CursorExpired, Page, ProviderError
from desktop.providers.graph.client import GraphClient, NotFound, json_of
from desktop.providers.graph.mapping import (
    UnsupportedRecurrence,
    calendar_from_graph,
    contact_from_graph,
    contact_to_graph,
    event_from_graph,
    event_to_graph,
    folder_from_graph,
)

# Our own extended property: the idempotency key of a create, to find it after a lost answer.
KEY_PROPERTY = "String {5e0b3a52-8c4e-4c1a-9a57-0d2f8c8f3b71} Name MeetdeskKey"
TRANSACTION_PREFIX = "meetdesk-"
DEFAULT_FOLDER = "contacts"  # our remote id for the default Contacts folder (/me/contacts)
WINDOW_DRIFT = timedelta(days=30)  # a delta chain older than this is listed anew
MAX_FOLDER_DEPTH = 8
DELTA_PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class SyncWindow:
    """Which events sync: two-way sync version 2 (default) or version 1 of the policy."""

    back: timedelta = timedelta(days=183)
    ahead: timedelta = timedelta(days=548)
    only_scheduled_here: bool = False

    @classmethod
    def for_version(cls, version: int) -> SyncWindow:
        if version == 1:
            return cls(back=timedelta(0), ahead=timedelta(days=30), only_scheduled_here=True)
        return cls()


def _q(item_id: str) -> str:
    return quote(item_id, safe="")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _encode_cursor(link: str, since: datetime) -> str:
    return json.dumps({"link": link, "since": _iso(since)})


def _decode_cursor(cursor: str) -> tuple[str, datetime]:
    try:
        data = json.loads(cursor)
        return str(data["link"]), datetime.fromisoformat(str(data["since"]))
    except (ValueError, KeyError, TypeError):
        raise CursorExpired(Text("unreadable cursor")) from None


def _why(exc: BaseException) -> str:
    """An exception's message for a person: its Text if it has one, else str(exc)."""
    message = message_of(exc)
    return message if isinstance(message, Text) else str(exc)


def _is_ours(item: dict[str, Any]) -> bool:
    return str(item.get("transactionId") or "").startswith(TRANSACTION_PREFIX)


class GraphProvider:
    def __init__(
        self,
        account_id: str,
        client: GraphClient,
        *,
        me_email: str,
        may_write_calendars: bool | Callable[[], bool] = True,
        window: SyncWindow | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        mailbox: str | None = None,
    ) -> None:
        self.account_id = account_id
        # Delegated sign-in reads "me"; admin mode (application permissions) one user's box.
        self._base = f"users/{_q(mailbox)}" if mailbox else "me"
        self.client = client
        self._me = me_email
        # A callable: Configure can take the write permission away while the app runs.
        self._may_write_now = (
            may_write_calendars
            if callable(may_write_calendars)
            else (lambda: bool(may_write_calendars))
        )
        self._window = window or SyncWindow()
        self._clock = clock

    @property
    def _may_write(self) -> bool:
        return self._may_write_now()

    async def aclose(self) -> None:
        await self.client.aclose()

    # -- calendars --------------------------------------------------------------------------

    async def calendars(self) -> list[Calendar]:
        listed = await self.client.list_all(f"{self._base}/calendars")
        return [
            calendar_from_graph(item, self.account_id, self._me, may_write=self._may_write)
            for item in listed
            if item.get("id")
        ]

    def _events_path(self, calendar: Calendar) -> str:
        return f"{self._base}/calendars/{_q(calendar.remote_id)}"

    async def pull(self, calendar: Calendar, cursor: str | None) -> Page:
        now = self._clock()
        if cursor is None:
            since = now - self._window.back
            query = urlencode(
                {"startDateTime": _iso(since), "endDateTime": _iso(now + self._window.ahead)}
            )
            link = self.client.url(f"{self._events_path(calendar)}/calendarView/delta?{query}")
        else:
            link, since = _decode_cursor(cursor)
            # Version 1's 30-day window goes stale fast: list anew every 3 days there.
            drift = min(WINDOW_DRIFT, self._window.ahead / 10)
            if now - self._window.back - since > drift:
                raise CursorExpired(Text("the sync window moved on"))
        until = since + self._window.back + self._window.ahead
        data = await self.client.get_json(link, page_size=DELTA_PAGE_SIZE)
        upserts: list[Event] = []
        deletions: list[str] = []
        problems: list[str] = []
        removed: list[str] = []
        for item in data.get("value") or []:
            if not isinstance(item, dict) or not item.get("id"):
                problems.append(Text("an entry without an id"))
                continue
            if "@removed" in item:
                removed.append(str(item["id"]))
                continue
            self._take(item, calendar, upserts, deletions, problems)
        if removed:
            await self._confirm_removed(calendar, removed, since, until, upserts, deletions)
        next_link = data.get("@odata.nextLink")
        delta_link = data.get("@odata.deltaLink")
        if next_link:
            return Page(
                tuple(upserts),
                tuple(deletions),
                _encode_cursor(self.client.url(str(next_link)), since),
                True,
                tuple(problems),
            )
        if delta_link:
            return Page(
                tuple(upserts),
                tuple(deletions),
                _encode_cursor(self.client.url(str(delta_link)), since),
                False,
                tuple(problems),
            )
        raise ProviderError(Text("Microsoft 365 ended a listing without saying where to go on."))

    def _take(
        self,
        item: dict[str, Any],
        calendar: Calendar,
        upserts: list[Event],
        deletions: list[str],
        problems: list[str],
    ) -> None:
        if self._window.only_scheduled_here and not _is_ours(item):
            return
        try:
            upserts.append(event_from_graph(item, calendar))
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(Text("an event could not be read ({reason})", reason=_why(exc)))

    async def _confirm_removed(
        self,
        calendar: Calendar,
        removed: list[str],
        since: datetime,
        until: datetime,
        upserts: list[Event],
        deletions: list[str],
    ) -> None:
        """@removed also means "left the window": look each one up before deleting it."""

        async def look(item_id: str) -> dict[str, Any] | None:
            try:
                return await self.client.get_json(
                    f"{self._events_path(calendar)}/events/{_q(item_id)}"
                )
            except NotFound:
                return None

        found = await asyncio.gather(*(look(i) for i in removed))
        for item_id, item in zip(removed, found, strict=True):
            if item is None or item.get("isCancelled"):
                deletions.append(item_id)
                continue
            try:
                event = event_from_graph(item, calendar)
            except (ValueError, KeyError, TypeError):
                deletions.append(item_id)
                continue
            if (
                event.end > since
                and event.start < until
                and (not self._window.only_scheduled_here or _is_ours(item))
            ):
                upserts.append(event)  # still there and still ours to show
            else:
                deletions.append(item_id)  # it left the window: gone from here, not deleted

    async def _created_with_key(self, list_path: str, key: str) -> Mapping[str, Any] | None:
        """The item a create with this idempotency key made, if an earlier answer was lost."""
        query = urlencode(
            {
                "$filter": (
                    f"singleValueExtendedProperties/Any(ep: ep/id eq '{KEY_PROPERTY}'"
                    f" and ep/value eq '{key}')"
                )
            }
        )
        data = await self.client.get_json(f"{list_path}?{query}")
        for item in data.get("value") or []:
            if isinstance(item, dict) and item.get("id"):
                return item
        return None

    async def _find_created(self, calendar: Calendar, key: str) -> Event | None:
        item = await self._created_with_key(f"{self._events_path(calendar)}/events", key)
        return event_from_graph(item, calendar) if item is not None else None

    async def create(
        self,
        calendar: Calendar,
        event: Event,
        idempotency_key: str,
        overrides: Sequence[Event] = (),
    ) -> Event:
        self._check_writable(calendar, overrides)
        existing = await self._find_created(calendar, idempotency_key)
        if existing is not None:
            return existing
        body = self._event_body(event, transaction_id=TRANSACTION_PREFIX + idempotency_key)
        body["singleValueExtendedProperties"] = [{"id": KEY_PROPERTY, "value": idempotency_key}]
        response = await self.client.request(
            "POST", f"{self._events_path(calendar)}/events", body=body
        )
        return event_from_graph(json_of(response), calendar)

    async def update(
        self, calendar: Calendar, event: Event, if_match: str, overrides: Sequence[Event] = ()
    ) -> Event:
        self._check_writable(calendar, overrides)
        response = await self.client.request(
            "PATCH",
            f"{self._events_path(calendar)}/events/{_q(event.remote_id)}",
            body=self._event_body(event),
            headers={"If-Match": if_match} if if_match else None,
        )
        return event_from_graph(json_of(response), calendar)

    async def delete(self, calendar: Calendar, remote_id: str, if_match: str) -> None:
        if not self._may_write or not calendar.writable:
            raise ProviderError(Text("'{name}' is read-only on Microsoft 365.", name=calendar.name))
        try:
            await self.client.request(
                "DELETE",
                f"{self._events_path(calendar)}/events/{_q(remote_id)}",
                headers={"If-Match": if_match} if if_match else None,
            )
        except NotFound:
            return  # already gone: what we wanted

    def _check_writable(self, calendar: Calendar, overrides: Sequence[Event]) -> None:
        if not self._may_write or not calendar.writable:
            raise ProviderError(Text("'{name}' is read-only on Microsoft 365.", name=calendar.name))
        if overrides:
            raise ProviderError(
                Text(
                    "Microsoft 365 takes changes to single occurrences of a series only from "
                    "Outlook; Meetdesk sends the series without them."
                )
            )

    @staticmethod
    def _event_body(event: Event, *, transaction_id: str | None = None) -> dict[str, Any]:
        if event.private:
            raise ProviderError(Text("A private meeting of someone else cannot be changed."))
        try:
            return event_to_graph(
                event,
                teams_meeting=event.options.online_meeting == "teams",
                transaction_id=transaction_id,
            )
        except UnsupportedRecurrence as exc:
            raise ProviderError(message_of(exc)) from None
        except ValueError as exc:  # a time zone Microsoft 365 would not know
            raise ProviderError(
                Text(
                    "Microsoft 365 cannot take '{title}': {reason}",
                    title=event.title,
                    reason=_why(exc),
                )
            ) from None

    # -- contacts ---------------------------------------------------------------------------

    async def folders(self) -> list[Folder]:
        root = Folder("", self.account_id, "Contacts", None, DEFAULT_FOLDER)
        found: list[Folder] = [root]
        top = await self.client.list_all(f"{self._base}/contactFolders")
        queue: list[tuple[dict[str, Any], str, int]] = [(f, DEFAULT_FOLDER, 1) for f in top]
        seen = {DEFAULT_FOLDER}
        while queue:
            item, parent, depth = queue.pop(0)
            folder_id = str(item.get("id") or "")
            if not folder_id or folder_id in seen:
                continue
            seen.add(folder_id)
            found.append(folder_from_graph(item, self.account_id, parent))
            if depth < MAX_FOLDER_DEPTH:
                children = await self.client.list_all(
                    f"{self._base}/contactFolders/{_q(folder_id)}/childFolders"
                )
                queue.extend((child, folder_id, depth + 1) for child in children)
        return found

    def _contacts_path(self, folder: Folder) -> str:
        if folder.remote_id == DEFAULT_FOLDER:
            return f"{self._base}/contacts"
        return f"{self._base}/contactFolders/{_q(folder.remote_id)}/contacts"

    async def pull_contacts(self, folder: Folder, cursor: str | None) -> ContactPage:
        link = cursor or self.client.url(f"{self._contacts_path(folder)}/delta")
        data = await self.client.get_json(link, page_size=DELTA_PAGE_SIZE)
        upserts: list[Contact] = []
        deletions: list[str] = []
        problems: list[str] = []
        for item in data.get("value") or []:
            if not isinstance(item, dict) or not item.get("id"):
                problems.append(Text("an entry without an id"))
            elif "@removed" in item:
                deletions.append(str(item["id"]))
            else:
                try:
                    upserts.append(contact_from_graph(item, folder))
                except (ValueError, KeyError, TypeError) as exc:
                    problems.append(
                        Text("a contact could not be read ({reason})", reason=_why(exc))
                    )
        next_link = data.get("@odata.nextLink")
        delta_link = data.get("@odata.deltaLink")
        if not next_link and not delta_link:
            raise ProviderError(
                Text("Microsoft 365 ended a listing without saying where to go on.")
            )
        return ContactPage(
            tuple(upserts),
            tuple(deletions),
            self.client.url(str(next_link or delta_link)),
            bool(next_link),
            tuple(problems),
        )

    async def create_contact(
        self, folder: Folder, contact: Contact, idempotency_key: str
    ) -> Contact:
        # Contacts have no transactionId: our key goes in an extended property, and a create
        # sent again (its answer was lost) finds the first one instead of making a second.
        existing = await self._created_with_key(self._contacts_path(folder), idempotency_key)
        if existing is not None:
            return contact_from_graph(existing, folder)
        body = contact_to_graph(contact)
        body["singleValueExtendedProperties"] = [{"id": KEY_PROPERTY, "value": idempotency_key}]
        response = await self.client.request("POST", self._contacts_path(folder), body=body)
        return contact_from_graph(json_of(response), folder)

    async def update_contact(self, folder: Folder, contact: Contact, if_match: str) -> Contact:
        response = await self.client.request(
            "PATCH",
            f"{self._base}/contacts/{_q(contact.remote_id)}",
            body=contact_to_graph(contact),
            headers={"If-Match": if_match} if if_match else None,
        )
        return contact_from_graph(json_of(response), folder)

    async def delete_contact(self, folder: Folder, remote_id: str, if_match: str) -> None:
        try:
            await self.client.request(
                "DELETE",
                f"{self._base}/contacts/{_q(remote_id)}",
                headers={"If-Match": if_match} if if_match else None,
            )
        except NotFound:
            return
