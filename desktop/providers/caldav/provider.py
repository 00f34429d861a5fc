"""CalDAV and CardDAV through our own async WebDAV client (httpx).

Why not the `caldav` library: it blocks, and on an expired sync token it silently falls
back to a full listing with a fake token and no deletions. Here an expired token is
CursorExpired, and the engine reconciles.

Pull (RFC 6578): one sync-collection REPORT asking only for etags; changed members are
then fetched with calendar-multiget / addressbook-multiget in batches. A sync with no
change therefore costs exactly one request per collection.

Writes are conditional (RFC 4791 5.3.2 / RFC 7232): a create is a PUT with
If-None-Match: * to a name derived from the UID, so a retry after a lost answer finds
its own earlier PUT instead of making a duplicate; updates and deletes carry If-Match.

Remote ids are the server's hrefs as absolute paths (spelled as the server spells them).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import unquote, urljoin, urlsplit

import httpx

from desktop.domain import Calendar, Contact, Event, Folder
from desktop.i18n import Text, joined, message_of
from desktop.ical import IcsError, events_to_ics, parse_ics
from desktop.providers.base import (
    AuthError,
    Conflict,
    ContactPage,
    CursorExpired,
    Page,
    ProviderError,
)
from desktop.providers.caldav._http import (
    AUTH_MESSAGE,
    DavReply,
    DavSession,
    host_of,
    status_error,
)
from desktop.providers.caldav._xml import (
    CALDAV,
    CARDDAV,
    DAV,
    DavResponse,
    addressbook_query_uid,
    calendar_query_uid,
    child_href,
    has_child,
    href_path,
    mentions,
    multiget,
    propfind,
    responses,
    same_href,
    sync_collection,
    tag,
)
from desktop.providers.caldav.discovery import DavAccount
from desktop.providers.caldav.vcard import contact_uid, parse_vcard, with_uid, write_vcard

MAX_EVENT_BYTES = 2_000_000
MAX_CONTACT_BYTES = 4_000_000  # the card itself is capped at 1 MB; a photo may add to it
MULTIGET_BATCH = 100

GETETAG = tag(DAV, "getetag")
RESOURCETYPE = tag(DAV, "resourcetype")
DISPLAYNAME = tag(DAV, "displayname")
PRIVILEGE_SET = tag(DAV, "current-user-privilege-set")
SYNC_TOKEN = tag(DAV, "sync-token")
CALENDAR = tag(CALDAV, "calendar")
CALENDAR_DATA = tag(CALDAV, "calendar-data")
COMPONENT_SET = tag(CALDAV, "supported-calendar-component-set")
ADDRESSBOOK = tag(CARDDAV, "addressbook")
ADDRESS_DATA = tag(CARDDAV, "address-data")
_WRITE_PRIVILEGES = frozenset(tag(DAV, n) for n in ("write", "write-content", "all"))

# Names we PUT to are made only of RFC 3986 unreserved characters, so every server
# spells the href the same way; anything else is hashed (same UID, same name).
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.~-]{0,99}")

# Does the item text found on the server say the same as what we meant to write?
_SameCheck = Callable[[str], bool]


@dataclass
class _Kind:
    """What differs between calendars and address books."""

    noun: str  # for messages: "calendar" / "address book"
    data: str  # calendar-data / address-data
    multiget: str  # the REPORT's root element
    suffix: str
    content_type: str
    max_bytes: int
    namespace: str  # of the no-uid-conflict precondition


_EVENTS = _Kind(
    "calendar",
    CALENDAR_DATA,
    tag(CALDAV, "calendar-multiget"),
    ".ics",
    "text/calendar; charset=utf-8",
    MAX_EVENT_BYTES,
    CALDAV,
)
_CONTACTS = _Kind(
    "address book",
    ADDRESS_DATA,
    tag(CARDDAV, "addressbook-multiget"),
    ".vcf",
    "text/vcard; charset=utf-8",
    MAX_CONTACT_BYTES,
    CARDDAV,
)


@dataclass
class _Round:
    """What one sync-collection round found, before items are read."""

    token: str
    changed: dict[str, str] = field(default_factory=dict)  # href -> etag from the listing
    deleted: list[str] = field(default_factory=list)
    more: bool = False
    # Items whose data came with the listing (first and full syncs): href -> (etag, text).
    inline: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class _Fetched:
    bodies: list[tuple[str, str, str]] = field(default_factory=list)  # href, etag, text
    deleted: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def resource_name(uid: str, suffix: str) -> str:
    """A file name for a new item: the UID if it is URL-safe, else a hash of it."""
    if _SAFE_NAME.fullmatch(uid) and not uid.endswith("."):
        return uid + suffix
    return hashlib.sha256(uid.encode("utf-8", "surrogatepass")).hexdigest()[:40] + suffix


def _collection_path(remote_id: str) -> str:
    return remote_id if remote_id.endswith("/") else remote_id + "/"


def _quoted_etag(etag: str) -> str:
    etag = etag.strip()
    if etag.startswith(('"', "W/")):
        return etag
    return f'"{etag}"'


def _too_large(href: str, max_bytes: int) -> Text:
    return Text(
        "{href} skipped: it is larger than {size} MB", href=href, size=max_bytes // 1_000_000
    )


def read_event_item(
    href: str, etag: str, text: str, calendar_id: str
) -> tuple[list[Event], list[str]]:
    """The events of one calendar resource, or none and the reason (never raises)."""
    size = len(text.encode("utf-8", "replace"))
    if size > MAX_EVENT_BYTES:
        return [], [_too_large(href, MAX_EVENT_BYTES)]
    if not text.lstrip("\ufeff \t\r\n")[:15].upper().startswith("BEGIN:VCALENDAR"):
        return [], [Text("{href} skipped: it is not iCalendar data", href=href)]
    try:
        result = parse_ics(text, calendar_id=calendar_id, max_bytes=MAX_EVENT_BYTES)
    except IcsError as exc:
        return [], [Text("{href} skipped: {reason}", href=href, reason=message_of(exc))]
    except Exception:  # the reader is defensive; this is the last line, one item only
        return [], [Text("{href} skipped: it could not be read", href=href)]
    count = result.components
    if count == 0:
        return [], []  # a task or journal in a mixed collection: not ours to show
    # parse_ics makes up a UID for an event without one (right for a file import); a
    # server item without one cannot be synced.
    if result.missing_uids:
        return [], [Text("{href} skipped: it has no UID", href=href)]
    if len({e.uid for e in result.events}) > 1:
        return [], [Text("{href} skipped: it holds events with different UIDs", href=href)]
    notes: list[str] = [Text("{href}: {problem}", href=href, problem=p) for p in result.problems]
    if len(result.events) < count:
        # Writing back a series without the part we could not read would delete it.
        reason = joined(result.problems) or Text("part of it could not be read")
        return [], [Text("{href} skipped: {reason}", href=href, reason=reason)]
    events = [
        replace(e, id="", calendar_id=calendar_id, remote_id=href, etag=etag) for e in result.events
    ]
    return events, notes


def read_contact_item(
    href: str, etag: str, text: str, folder_id: str
) -> tuple[Contact | None, list[str]]:
    """The contact of one address book resource, or None and the reason (never raises)."""
    if len(text.encode("utf-8", "replace")) > MAX_CONTACT_BYTES:
        return None, [_too_large(href, MAX_CONTACT_BYTES)]
    try:
        contact, problems = parse_vcard(text)
    except Exception:
        return None, [Text("{href} skipped: it could not be read", href=href)]
    if contact is None:
        if not problems:
            return None, [Text("{href} skipped: it could not be read", href=href)]
        return None, [Text("{href} skipped: {reason}", href=href, reason=joined(problems))]
    contact = replace(contact, id="", folder_id=folder_id, remote_id=href, etag=etag)
    return contact, [Text("{href}: {problem}", href=href, problem=p) for p in problems]


def _series_key(events: Iterable[Event]) -> list[Event]:
    """Events compared for 'is this the same item?': ids, etags and order do not count."""
    # Servers may reorder the properties we do not model (Radicale sorts them).
    cleaned = [
        replace(
            e,
            id="",
            calendar_id="",
            remote_id="",
            etag="",
            extra_ical="\r\n".join(sorted(e.extra_ical.split("\r\n"))),
        )
        for e in events
    ]
    return sorted(cleaned, key=lambda e: (e.uid, e.recurrence_id is not None, e.recurrence_id))


class DavProvider:
    """CalendarProvider and ContactsProvider for one CalDAV/CardDAV account."""

    def __init__(
        self,
        account_id: str,
        account: DavAccount,
        password: str,
        *,
        client: httpx.AsyncClient | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.account_id = account_id
        self.account = account
        self._session = DavSession(account.username, password, client=client, timeout=timeout)

    async def aclose(self) -> None:
        await self._session.aclose()

    async def __aenter__(self) -> DavProvider:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- plumbing -------------------------------------------------------------------

    def _url(self, path: str) -> str:
        """Remote ids are paths; the home they live under gives the origin."""
        account = self.account
        for home in (account.addressbook_home, account.calendar_home):
            if home and unquote(path).startswith(unquote(urlsplit(home).path)):
                return urljoin(home, path)
        base = account.calendar_home or account.addressbook_home or account.principal_url
        return urljoin(base, path)

    async def _request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        max_text: int = 1_000_000,
    ) -> DavReply:
        reply = await self._session.request(
            method, self._url(path), body=body, headers=headers, max_text=max_text
        )
        if reply.status == 401:
            raise AuthError(AUTH_MESSAGE)
        return reply

    async def _collections(self, home: str, listing: str) -> list[DavResponse]:
        """The collections under `home`; `listing` names what is listed, for messages."""
        reply = await self._request(
            "PROPFIND",
            home,
            body=propfind([RESOURCETYPE, DISPLAYNAME, COMPONENT_SET, PRIVILEGE_SET]),
            headers={"Depth": "1"},
        )
        if reply.status != 207 or reply.xml is None:
            raise status_error(reply, what=listing)
        return [r for r in responses(reply.xml) if not same_href(r.href, home)]

    @staticmethod
    def _name(response: DavResponse) -> str:
        path = unquote(response.href).strip("/")
        name = (response.text(DISPLAYNAME) or "").strip()
        # Radicale reports its path ("alice/work") when no display name was set.
        if name and name != path:
            return name
        return path.rsplit("/", 1)[-1] or response.href

    def _denied(self, reply: DavReply, what: str, *, collection: str) -> ProviderError:
        if reply.status == 403:
            return ProviderError(
                Text("The server does not allow changes to {name}.", name=collection)
            )
        return status_error(reply, what=what)

    # --- listing --------------------------------------------------------------------

    async def calendars(self) -> list[Calendar]:
        home = self.account.calendar_home
        if not home:
            return []
        found: list[Calendar] = []
        for response in await self._collections(home, Text("listing the calendars")):
            if not has_child(response.props.get(RESOURCETYPE), CALENDAR):
                continue
            components = response.props.get(COMPONENT_SET)
            if components is not None and len(components):
                names = {(c.get("name") or "").upper() for c in components}
                if "VEVENT" not in names:
                    continue  # a task list
            privileges = response.props.get(PRIVILEGE_SET)
            writable = True
            if privileges is not None:
                granted = {p.tag for privilege in privileges for p in privilege}
                writable = bool(granted & _WRITE_PRIVILEGES)
            found.append(
                Calendar(
                    id="",
                    account_id=self.account_id,
                    name=self._name(response),
                    writable=writable,
                    remote_id=response.href,
                )
            )
        return sorted(found, key=lambda c: (c.name.casefold(), c.remote_id))

    async def folders(self) -> list[Folder]:
        home = self.account.addressbook_home
        if not home:
            return []
        found = [
            Folder(id="", account_id=self.account_id, name=self._name(r), remote_id=r.href)
            for r in await self._collections(home, Text("listing the address books"))
            if has_child(r.props.get(RESOURCETYPE), ADDRESSBOOK)
        ]
        return sorted(found, key=lambda f: (f.name.casefold(), f.remote_id))

    # --- pull -----------------------------------------------------------------------

    async def _sync_round(
        self, collection: str, name: str, cursor: str | None, kind: _Kind
    ) -> _Round:
        # A first (or full) listing asks for the data too: one request instead of a listing
        # and a multiget per hundred items. Later rounds list etags only, so a sync with no
        # changes stays one small request.
        with_data = cursor is None
        reply = await self._request(
            "REPORT",
            collection,
            body=sync_collection(cursor, [GETETAG, kind.data] if with_data else [GETETAG]),
            headers={"Depth": "0"},
            max_text=kind.max_bytes if with_data else 1_000_000,
        )
        if reply.status in (403, 412) and (
            mentions(reply.xml, tag(DAV, "valid-sync-token")) or (cursor and reply.status == 412)
        ):
            raise CursorExpired(
                Text("The server no longer knows where the last sync of {name} ended.", name=name)
            )
        if reply.status == 404:
            raise ProviderError(Text("{name} no longer exists on the server.", name=name))
        if reply.status != 207 or reply.xml is None:
            raise status_error(reply, what=Text("syncing {name}", name=name))
        token = (reply.xml.findtext(SYNC_TOKEN) or "").strip()
        if not token:
            raise ProviderError(
                Text(
                    "{host} did not send a sync token for {name}.",
                    host=host_of(reply.url),
                    name=name,
                )
            )
        found = _Round(token=token)
        for response in responses(reply.xml):
            if same_href(response.href, collection):
                # RFC 6578 3.6: a 507 on the collection itself means "more to come".
                found.more = found.more or response.status == 507
            elif response.status in (404, 410):
                found.deleted.append(response.href)
            else:
                etag = (response.text(GETETAG) or "").strip()
                found.changed[response.href] = etag
                data = response.text(kind.data) if with_data else None
                if data and etag and not response.truncated(kind.data):
                    found.inline[response.href] = (etag, data)
        return found

    async def _fetch(self, collection: str, name: str, kind: _Kind, hrefs: list[str]) -> _Fetched:
        fetched = _Fetched()
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            batch = hrefs[start : start + MULTIGET_BATCH]
            reply = await self._request(
                "REPORT",
                collection,
                body=multiget(kind.multiget, [GETETAG, kind.data], batch),
                headers={"Depth": "1"},
                max_text=kind.max_bytes,  # characters; bytes are checked when reading
            )
            if reply.status != 207 or reply.xml is None:
                raise status_error(reply, what=Text("reading {name}", name=name))
            missing = set(batch)
            for response in responses(reply.xml):
                requested = next((h for h in missing if same_href(h, response.href)), None)
                if requested is None:
                    continue
                missing.discard(requested)
                if response.status in (404, 410):
                    fetched.deleted.append(requested)  # removed between listing and fetch
                elif response.truncated(kind.data):
                    fetched.problems.append(_too_large(requested, kind.max_bytes))
                elif response.text(kind.data) is None:
                    fetched.problems.append(
                        Text("{href} skipped: the server did not send it", href=requested)
                    )
                else:
                    etag = (response.text(GETETAG) or "").strip()
                    fetched.bodies.append((requested, etag, response.text(kind.data) or ""))
            for href in sorted(missing):
                fetched.problems.append(
                    Text("{href} skipped: the server did not send it", href=href)
                )
        return fetched

    async def pull(self, calendar: Calendar, cursor: str | None) -> Page:
        collection = _collection_path(calendar.remote_id)
        found = await self._sync_round(collection, calendar.name, cursor, _EVENTS)
        if not found.changed:
            return Page(deletions=tuple(found.deleted), cursor=found.token, more=found.more)
        missing = [h for h in found.changed if h not in found.inline]
        fetched = await self._fetch(collection, calendar.name, _EVENTS, missing)
        upserts: list[Event] = []
        problems = list(fetched.problems)
        bodies = [(h, etag, text) for h, (etag, text) in found.inline.items()]
        for href, etag, text in [*bodies, *fetched.bodies]:
            events, notes = read_event_item(href, etag or found.changed[href], text, calendar.id)
            upserts.extend(events)
            problems.extend(notes)
        return Page(
            upserts=tuple(upserts),
            deletions=tuple([*found.deleted, *fetched.deleted]),
            cursor=found.token,
            more=found.more,
            problems=tuple(problems),
        )

    async def pull_contacts(self, folder: Folder, cursor: str | None) -> ContactPage:
        collection = _collection_path(folder.remote_id)
        found = await self._sync_round(collection, folder.name, cursor, _CONTACTS)
        if not found.changed:
            return ContactPage(deletions=tuple(found.deleted), cursor=found.token, more=found.more)
        missing = [h for h in found.changed if h not in found.inline]
        fetched = await self._fetch(collection, folder.name, _CONTACTS, missing)
        upserts: list[Contact] = []
        problems = list(fetched.problems)
        bodies = [(h, etag, text) for h, (etag, text) in found.inline.items()]
        for href, etag, text in [*bodies, *fetched.bodies]:
            contact, notes = read_contact_item(href, etag or found.changed[href], text, folder.id)
            if contact is not None:
                upserts.append(contact)
            problems.extend(notes)
        return ContactPage(
            upserts=tuple(upserts),
            deletions=tuple([*found.deleted, *fetched.deleted]),
            cursor=found.token,
            more=found.more,
            problems=tuple(problems),
        )

    # --- writing --------------------------------------------------------------------

    async def _etag_of(self, href: str) -> str:
        reply = await self._request(
            "PROPFIND", href, body=propfind([GETETAG]), headers={"Depth": "0"}
        )
        if reply.status != 207 or reply.xml is None:
            raise status_error(reply, what=Text("reading the new version's tag"))
        for response in responses(reply.xml):
            etag = (response.text(GETETAG) or "").strip()
            if etag:
                return etag
        raise ProviderError(
            Text("{host} did not tell the version of {href}.", host=host_of(reply.url), href=href)
        )

    async def _new_etag(self, reply: DavReply, href: str) -> str:
        etag = (reply.header("ETag") or "").strip()
        # A weak ETag on a PUT answer does not name the stored bytes (RFC 4791 5.3.4).
        if etag and not etag.startswith("W/"):
            return etag
        return await self._etag_of(href)

    async def _get(self, href: str, kind: _Kind) -> tuple[str, str] | None:
        """(etag, text) of one item, or None if it is gone."""
        reply = await self._request("GET", href, headers={"Accept": kind.content_type})
        if reply.status in (404, 410):
            return None
        if reply.status != 200:
            raise status_error(reply, what=Text("reading {name}", name=href))
        if reply.too_large:
            raise ProviderError(Text("{href} on the server is too large to read.", href=href))
        etag = (reply.header("ETag") or "").strip() or await self._etag_of(href)
        return etag, reply.body.decode("utf-8", "replace")

    async def _find_uid(self, collection: str, uid: str, kind: _Kind) -> str | None:
        """The href holding `uid` in the collection (RFC 4791 7.8 / RFC 6352 8.6)."""
        query = calendar_query_uid if kind is _EVENTS else addressbook_query_uid
        reply = await self._request(
            "REPORT", collection, body=query(uid, [GETETAG]), headers={"Depth": "1"}
        )
        if reply.status == 207 and reply.xml is not None:
            for response in responses(reply.xml):
                if not same_href(response.href, collection) and response.status is None:
                    return response.href
        return None

    async def _put(
        self, href: str, body: bytes, kind: _Kind, condition: dict[str, str]
    ) -> DavReply:
        return await self._request(
            "PUT", href, body=body, headers={"Content-Type": kind.content_type, **condition}
        )

    async def _create(
        self,
        collection: str,
        name: str,
        uid: str,
        body: bytes,
        kind: _Kind,
        same: _SameCheck,
    ) -> tuple[str, str]:
        """PUT a new item; returns (href, etag). Recognises our own earlier PUT."""
        href = collection + resource_name(uid, kind.suffix)
        reply = await self._put(href, body, kind, {"If-None-Match": "*"})
        if reply.status in (200, 201, 204):
            return href, await self._new_etag(reply, href)
        if reply.status == 412:
            existing = href  # the name is taken: our lost PUT, or a UID clash
        elif reply.status == 409 and mentions(reply.xml, tag(kind.namespace, "no-uid-conflict")):
            # The UID already lives under another name (RFC 4791 5.3.2.1); the server may
            # name it (Radicale does not), else we ask for it.
            named = _conflicting_href(reply, kind) or await self._find_uid(collection, uid, kind)
            if named is None:
                raise Conflict(
                    Text("An item with the same UID already exists in {name}.", name=name)
                )
            existing = named
        else:
            raise self._denied(reply, Text("saving to {name}", name=name), collection=name)
        current = await self._get(existing, kind)
        if current is None:
            raise Conflict(
                Text("The item was removed from {name} while it was being saved.", name=name)
            )
        etag, text = current
        if not same(text):
            raise Conflict(
                Text("{name} already holds a different item with the same UID.", name=name)
            )
        return existing, etag

    async def _update(self, href: str, name: str, body: bytes, kind: _Kind, if_match: str) -> str:
        condition = {"If-Match": _quoted_etag(if_match)} if if_match else {}
        reply = await self._put(href, body, kind, condition)
        if reply.status in (200, 201, 204):
            return await self._new_etag(reply, href)
        if reply.status in (404, 410, 412):
            raise Conflict(
                Text("This item was changed or removed in {name} by someone else.", name=name)
            )
        raise self._denied(reply, Text("saving to {name}", name=name), collection=name)

    async def _delete(self, href: str, name: str, if_match: str) -> None:
        condition = {"If-Match": _quoted_etag(if_match)} if if_match else {}
        reply = await self._request("DELETE", href, headers=condition)
        if reply.status in (200, 202, 204, 404, 410):
            return  # gone either way
        if reply.status == 412:
            raise Conflict(Text("This item was changed in {name} by someone else.", name=name))
        raise self._denied(reply, Text("deleting from {name}", name=name), collection=name)

    # --- events ---------------------------------------------------------------------

    async def create(
        self,
        calendar: Calendar,
        event: Event,
        idempotency_key: str,
        overrides: Sequence[Event] = (),
    ) -> Event:
        body = events_to_ics([event, *overrides])
        ours = _series_key(parse_ics(body).events)

        def same(text: str) -> bool:
            events, _ = read_event_item("", "", text, "")
            return bool(events) and _series_key(events) == ours

        href, etag = await self._create(
            _collection_path(calendar.remote_id), calendar.name, event.uid, body, _EVENTS, same
        )
        return replace(event, remote_id=href, etag=etag)

    async def update(
        self, calendar: Calendar, event: Event, if_match: str, overrides: Sequence[Event] = ()
    ) -> Event:
        if not event.remote_id:
            raise ProviderError(Text("This meeting has not been saved to the server yet."))
        body = events_to_ics([event, *overrides])
        etag = await self._update(event.remote_id, calendar.name, body, _EVENTS, if_match)
        return replace(event, etag=etag)

    async def delete(self, calendar: Calendar, remote_id: str, if_match: str) -> None:
        await self._delete(remote_id, calendar.name, if_match)

    # --- contacts -------------------------------------------------------------------

    async def create_contact(
        self, folder: Folder, contact: Contact, idempotency_key: str
    ) -> Contact:
        uid = contact_uid(contact) or idempotency_key or contact.id
        if not uid:
            raise ProviderError(Text("This contact has no identity to save it under."))
        contact = with_uid(contact, uid)
        text = write_vcard(contact, uid)
        ours, _ = parse_vcard(text)

        def same(existing: str) -> bool:
            theirs, _ = parse_vcard(existing)
            return (
                theirs is not None
                and ours is not None
                and _contact_key(theirs) == (_contact_key(ours))
            )

        href, etag = await self._create(
            _collection_path(folder.remote_id),
            folder.name,
            uid,
            text.encode("utf-8"),
            _CONTACTS,
            same,
        )
        return replace(contact, remote_id=href, etag=etag)

    async def update_contact(self, folder: Folder, contact: Contact, if_match: str) -> Contact:
        if not contact.remote_id:
            raise ProviderError(Text("This contact has not been saved to the server yet."))
        uid = contact_uid(contact)
        if uid is None:
            # Keep the UID the server has (changing it would look like a new contact).
            current = await self._get(contact.remote_id, _CONTACTS)
            server = parse_vcard(current[1])[0] if current else None
            uid = (server and contact_uid(server)) or contact.id or contact.remote_id
            contact = with_uid(contact, uid)
        body = write_vcard(contact, uid).encode("utf-8")
        etag = await self._update(contact.remote_id, folder.name, body, _CONTACTS, if_match)
        return replace(contact, etag=etag)

    async def delete_contact(self, folder: Folder, remote_id: str, if_match: str) -> None:
        await self._delete(remote_id, folder.name, if_match)


def _conflicting_href(reply: DavReply, kind: _Kind) -> str | None:
    if reply.xml is None:
        return None
    for element in reply.xml.iter(tag(kind.namespace, "no-uid-conflict")):
        href = child_href(element)
        if href:
            return href_path(href)
    return None


def _contact_key(contact: Contact) -> Contact:
    return replace(contact, id="", folder_id="", remote_id="", etag="")
