"""The SQLite cache: accounts, calendars, events, contacts, sync state and the outbox.

One Store per process. WAL with synchronous=FULL: a change the UI shows as saved
survives a crash and a power loss together with its outbox entry.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import sys
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop import i18n
from desktop.domain import (
    LOCAL_ACCOUNT_ID,
    LOCAL_CALENDAR_ID,
    LOCAL_CONTACTS_FOLDER_ID,
    Account,
    AccountState,
    Attendee,
    Calendar,
    Contact,
    Event,
    EventStatus,
    Folder,
    MeetingOptions,
    Occurrence,
    Permission,
    Person,
    ResponseStatus,
    ServiceKind,
)
from desktop.i18n import Text, message_of
from desktop.store.migrations import MIGRATIONS


class StoreError(RuntimeError):
    """The store could not be opened or is from a newer Meetdesk."""


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    seq: int
    account_id: str
    collection_id: str
    item_kind: str
    item_id: str
    op: str
    base_etag: str
    idempotency_key: str
    state: str
    attempts: int
    last_error: str


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _epoch(value: datetime) -> int:
    if value.tzinfo is None:
        raise ValueError("naive datetime reached the store")
    return int(value.timestamp())


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return ZoneInfo("UTC")


def _from_epoch(seconds: int, zone: ZoneInfo) -> datetime:
    return datetime.fromtimestamp(seconds, UTC).astimezone(zone)


_EVENT_COLUMNS = (
    "id, calendar_id, uid, recurrence_id, title, start_utc, end_utc, timezone, all_day, rrule,"
    " exdates, location, description, organizer_name, organizer_email, attendees, join_url,"
    " options, scheduled_here, private, status, extra_ical, remote_id, etag"
)
_EVENT_COLUMNS_E = ", ".join(f"e.{c.strip()}" for c in _EVENT_COLUMNS.split(","))


def _event_from_row(row: Sequence[object]) -> Event:
    (
        id_,
        calendar_id,
        uid,
        recurrence_id,
        title,
        start_utc,
        end_utc,
        tz_name,
        all_day,
        rrule,
        exdates,
        location,
        description,
        organizer_name,
        organizer_email,
        attendees,
        join_url,
        options,
        scheduled_here,
        private,
        status,
        extra_ical,
        remote_id,
        etag,
    ) = row
    zone = _zone(str(tz_name))
    organizer = (
        Person(str(organizer_name or ""), str(organizer_email or ""))
        if organizer_name or organizer_email
        else None
    )
    attendee_list = tuple(
        Attendee(
            email=a["email"],
            name=a.get("name", ""),
            response=ResponseStatus(a.get("response", "needs_action")),
            optional=bool(a.get("optional", False)),
        )
        for a in json.loads(str(attendees))
    )
    known = {f.name for f in dataclasses.fields(MeetingOptions)}
    opts = {k: v for k, v in json.loads(str(options)).items() if k in known}
    if "alternative_hosts" in opts:
        opts["alternative_hosts"] = tuple(opts["alternative_hosts"])
    return Event(
        id=str(id_),
        calendar_id=str(calendar_id),
        uid=str(uid),
        recurrence_id=(
            datetime.fromisoformat(str(recurrence_id)).astimezone(zone) if recurrence_id else None
        ),
        title=str(title),
        start=_from_epoch(int(str(start_utc)), zone),
        end=_from_epoch(int(str(end_utc)), zone),
        timezone=str(tz_name),
        all_day=bool(all_day),
        rrule=str(rrule) if rrule else None,
        exdates=tuple(_from_epoch(int(x), zone) for x in json.loads(str(exdates))),
        location=str(location),
        description=str(description),
        organizer=organizer,
        attendees=attendee_list,
        join_url=str(join_url) if join_url else None,
        options=MeetingOptions(**opts),
        scheduled_here=bool(scheduled_here),
        private=bool(private),
        status=EventStatus(str(status)),
        extra_ical=str(extra_ical),
        remote_id=str(remote_id),
        etag=str(etag),
    )


_OPTION_FIELDS = dataclasses.fields(MeetingOptions)


def _event_params(event: Event) -> tuple[object, ...]:
    # A shallow field copy: dataclasses.asdict deep-copies and showed up in sync profiles.
    options = {f.name: getattr(event.options, f.name) for f in _OPTION_FIELDS}
    options["alternative_hosts"] = list(event.options.alternative_hosts)
    attendees = [
        {"email": a.email, "name": a.name, "response": a.response.value, "optional": a.optional}
        for a in event.attendees
    ]
    return (
        event.id,
        event.calendar_id,
        event.uid,
        event.recurrence_id.astimezone(UTC).isoformat() if event.recurrence_id else None,
        event.title,
        _epoch(event.start),
        _epoch(event.end),
        event.timezone,
        int(event.all_day),
        event.rrule,
        json.dumps([_epoch(x) for x in event.exdates]),
        event.location,
        event.description,
        event.organizer.name if event.organizer else None,
        event.organizer.email if event.organizer else None,
        json.dumps(attendees),
        event.join_url,
        json.dumps(options),
        int(event.scheduled_here),
        int(event.private),
        event.status.value,
        event.extra_ical,
        event.remote_id,
        event.etag,
    )


def _contact_from_row(row: Sequence[object]) -> Contact:
    return Contact(
        id=str(row[0]),
        folder_id=str(row[1]),
        display_name=str(row[2]),
        given_name=str(row[3]),
        family_name=str(row[4]),
        emails=tuple(json.loads(str(row[5]))),
        phones=tuple(json.loads(str(row[6]))),
        company=str(row[7]),
        job_title=str(row[8]),
        notes=str(row[9]),
        remote_id=str(row[10]),
        etag=str(row[11]),
        extra_vcard=str(row[12]),
    )


_CONTACT_COLUMNS = (
    "id, folder_id, display_name, given_name, family_name, emails, phones, company, job_title,"
    " notes, remote_id, etag, extra_vcard"
)


def _fts_prefix_query(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 prefix query (no FTS syntax leaks through)."""
    terms = []
    for raw in text.split():
        cleaned = "".join(ch for ch in raw if ch.isalnum() or ch in "@.+-_")
        if cleaned:
            terms.append('"' + cleaned.replace('"', "") + '"*')
    return " ".join(terms) if terms else None


class Store:
    """Typed access to the SQLite cache. Thread-safe through one lock around the connection."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=10
            )
        except sqlite3.Error as exc:
            raise StoreError(
                Text(
                    "Cannot open the Meetdesk database at {path}: {reason}",
                    path=str(path),
                    reason=message_of(exc),
                )
            ) from exc
        self._lock = threading.RLock()
        self._depth = 0
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = FULL")
        if self._migrate():
            # A new database starts with the built-in local calendar and address book; a
            # person may remove it later and it then stays removed until connected again.
            self.create_local_account()

    # -- plumbing -----------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> bool:
        """Apply pending migrations; True when the database was new."""
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreError(
                Text(
                    "The database at {path} was written by a newer Meetdesk"
                    " (schema {version}, this version knows {known}).",
                    path=str(self.path),
                    version=version,
                    known=len(MIGRATIONS),
                )
            )
        for number in range(version, len(MIGRATIONS)):
            with self.transaction():
                for statement in _split_sql(MIGRATIONS[number]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number + 1}")
        return version == 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested calls join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._db
                finally:
                    self._depth -= 1
                return
            self._db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self._db
            except BaseException:
                self._depth = 0
                self._db.execute("ROLLBACK")
                raise
            self._depth = 0
            self._db.execute("COMMIT")

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            return list(self._db.execute(sql, params).fetchall())

    def create_local_account(self, permissions: frozenset[Permission] | None = None) -> Account:
        account = Account(
            LOCAL_ACCOUNT_ID,
            ServiceKind.LOCAL,
            "On this computer",
            permissions=permissions if permissions is not None else frozenset(Permission),
        )
        with self.transaction():
            self.save_account(account)
            self.save_calendar(
                Calendar(LOCAL_CALENDAR_ID, LOCAL_ACCOUNT_ID, "On this computer", writable=True)
            )
            self.save_folder(Folder(LOCAL_CONTACTS_FOLDER_ID, LOCAL_ACCOUNT_ID, "Contacts"))
        return account

    # -- accounts -----------------------------------------------------------------------------

    def save_account(self, account: Account, config: dict[str, object] | None = None) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO accounts(id, kind, display_name, email, permissions, state,"
                " state_reason, config, created_at) VALUES (?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(id) DO UPDATE SET kind=excluded.kind,"
                " display_name=excluded.display_name, email=excluded.email,"
                " permissions=excluded.permissions, state=excluded.state,"
                " state_reason=excluded.state_reason,"
                " config=CASE WHEN ? THEN excluded.config ELSE accounts.config END",
                (
                    account.id,
                    account.kind.value,
                    _name_stored(account.id, account.display_name),
                    account.email,
                    json.dumps(sorted(p.value for p in account.permissions)),
                    account.state.value,
                    i18n.dump(account.state_reason),
                    json.dumps(config or {}),
                    _now_iso(),
                    config is not None,
                ),
            )

    def account_config(self, account_id: str) -> dict[str, object]:
        rows = self._query("SELECT config FROM accounts WHERE id = ?", (account_id,))
        return dict(json.loads(str(rows[0][0]))) if rows else {}

    def get_account(self, account_id: str) -> Account | None:
        rows = self._query(
            "SELECT id, kind, display_name, email, permissions, state, state_reason,"
            " syncing_pid FROM accounts WHERE id = ?",
            (account_id,),
        )
        return _account_from_row(rows[0]) if rows else None

    def list_accounts(self) -> list[Account]:
        rows = self._query(
            "SELECT id, kind, display_name, email, permissions, state, state_reason,"
            " syncing_pid FROM accounts ORDER BY rowid"
        )
        return [_account_from_row(r) for r in rows]

    def delete_account(self, account_id: str) -> None:
        """Remove an account and everything cached for it (cascades to calendars, events...)."""
        with self.transaction() as db:
            db.execute("DELETE FROM accounts WHERE id = ?", (account_id,))

    def set_account_state(self, account_id: str, state: AccountState, reason: str = "") -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE accounts SET state = ?, state_reason = ?, syncing_pid = ? WHERE id = ?",
                (
                    state.value,
                    i18n.dump(reason),
                    os.getpid() if state is AccountState.SYNCING else 0,
                    account_id,
                ),
            )

    # -- calendars ----------------------------------------------------------------------------

    def save_calendar(self, calendar: Calendar) -> None:
        with self.transaction() as db:
            db.execute(
                # An upsert, never REPLACE: REPLACE deletes the row and cascades to its events.
                "INSERT INTO calendars(id, account_id, remote_id, name, writable,"
                " owner_name, owner_email, can_view_private) VALUES (?,?,?,?,?,?,?,?)"
                " ON CONFLICT(id) DO UPDATE SET account_id=excluded.account_id,"
                " remote_id=excluded.remote_id, name=excluded.name, writable=excluded.writable,"
                " owner_name=excluded.owner_name, owner_email=excluded.owner_email,"
                " can_view_private=excluded.can_view_private",
                (
                    calendar.id,
                    calendar.account_id,
                    calendar.remote_id,
                    _name_stored(calendar.id, calendar.name),
                    int(calendar.writable),
                    calendar.owner.name if calendar.owner else None,
                    calendar.owner.email if calendar.owner else None,
                    int(calendar.can_view_private),
                ),
            )

    def list_calendars(self, account_id: str | None = None) -> list[Calendar]:
        sql = (
            "SELECT id, account_id, remote_id, name, writable, owner_name, owner_email,"
            " can_view_private FROM calendars"
        )
        params: tuple[object, ...] = ()
        if account_id is not None:
            sql += " WHERE account_id = ?"
            params = (account_id,)
        return [_calendar_from_row(r) for r in self._query(sql + " ORDER BY rowid", params)]

    def get_calendar(self, calendar_id: str) -> Calendar | None:
        rows = self._query(
            "SELECT id, account_id, remote_id, name, writable, owner_name, owner_email,"
            " can_view_private FROM calendars WHERE id = ?",
            (calendar_id,),
        )
        return _calendar_from_row(rows[0]) if rows else None

    # -- events -------------------------------------------------------------------------------

    def save_event(self, event: Event) -> None:
        """Insert or replace an event. Occurrences are written separately (replace_occurrences)."""
        params = _event_params(event)
        with self.transaction() as db:
            db.execute(
                f"INSERT INTO events({_EVENT_COLUMNS}) VALUES ({','.join('?' * len(params))})"
                " ON CONFLICT(id) DO UPDATE SET "
                + ", ".join(
                    f"{c.strip()}=excluded.{c.strip()}" for c in _EVENT_COLUMNS.split(",")[1:]
                ),
                params,
            )

    def get_event(self, event_id: str) -> Event | None:
        rows = self._query(f"SELECT {_EVENT_COLUMNS} FROM events WHERE id = ?", (event_id,))
        return _event_from_row(rows[0]) if rows else None

    def find_events_by_uid(self, calendar_id: str, uid: str) -> list[Event]:
        rows = self._query(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE calendar_id = ? AND uid = ?",
            (calendar_id, uid),
        )
        return [_event_from_row(r) for r in rows]

    def count_events_by_uid(self, calendar_id: str, uid: str) -> int:
        rows = self._query(
            "SELECT count(*) FROM events WHERE calendar_id = ? AND uid = ?", (calendar_id, uid)
        )
        return int(str(rows[0][0]))

    def delete_event(self, event_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM events WHERE id = ?", (event_id,))

    def count_events(self) -> int:
        return int(str(self._query("SELECT count(*) FROM events")[0][0]))

    def replace_occurrences(
        self,
        event_id: str,
        spans: Iterable[tuple[datetime, datetime]],
        *,
        expanded_until: datetime | None,
        problem: str = "",
    ) -> None:
        rows = [(event_id, _epoch(s), _epoch(e)) for s, e in spans]
        with self.transaction() as db:
            db.execute("DELETE FROM occurrences WHERE event_id = ?", (event_id,))
            db.executemany(
                "INSERT OR IGNORE INTO occurrences(event_id, start_utc, end_utc) VALUES (?,?,?)",
                rows,
            )
            db.execute(
                "UPDATE events SET expanded_until = ?, recurrence_problem = ? WHERE id = ?",
                (_epoch(expanded_until) if expanded_until else None, i18n.dump(problem), event_id),
            )

    def recurrence_problem(self, event_id: str) -> str:
        rows = self._query("SELECT recurrence_problem FROM events WHERE id = ?", (event_id,))
        return i18n.load(str(rows[0][0])) if rows else ""

    def series_needing_expansion(self, horizon: datetime) -> list[Event]:
        """Recurring masters whose materialised occurrences stop before the horizon."""
        rows = self._query(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE rrule IS NOT NULL"
            " AND recurrence_problem = '' AND (expanded_until IS NULL OR expanded_until < ?)",
            (_epoch(horizon),),
        )
        return [_event_from_row(r) for r in rows]

    def occurrences_between(
        self, start: datetime, end: datetime, *, limit: int | None = None
    ) -> list[Occurrence]:
        """Occurrences overlapping [start, end), ordered by start time."""
        sql = (
            f"SELECT o.start_utc, o.end_utc, {_EVENT_COLUMNS_E} FROM occurrences o"
            " JOIN events e ON e.id = o.event_id"
            " WHERE o.end_utc > ? AND o.start_utc < ? AND e.status != 'cancelled'"
            " ORDER BY o.start_utc, e.title"
        )
        params: list[object] = [_epoch(start), _epoch(end)]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        result = []
        events: dict[str, Event] = {}
        for row in self._query(sql, params):
            event_id = str(row[2])
            event = events.get(event_id)
            if event is None:
                event = events[event_id] = _event_from_row(row[2:])
            zone = _zone(event.timezone)
            result.append(
                Occurrence(
                    event,
                    _from_epoch(int(str(row[0])), zone),
                    _from_epoch(int(str(row[1])), zone),
                )
            )
        return result

    # -- folders and contacts -----------------------------------------------------------------

    def save_folder(self, folder: Folder) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO folders(id, account_id, parent_id, remote_id, name)"
                " VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                " account_id=excluded.account_id, parent_id=excluded.parent_id,"
                " remote_id=excluded.remote_id, name=excluded.name",
                (
                    folder.id,
                    folder.account_id,
                    folder.parent_id,
                    folder.remote_id,
                    _name_stored(folder.id, folder.name),
                ),
            )

    def list_folders(self, account_id: str | None = None) -> list[Folder]:
        sql = "SELECT id, account_id, name, parent_id, remote_id FROM folders"
        params: tuple[object, ...] = ()
        if account_id is not None:
            sql += " WHERE account_id = ?"
            params = (account_id,)
        return [
            Folder(
                str(r[0]),
                str(r[1]),
                _name_read(str(r[0]), str(r[2])),
                str(r[3]) if r[3] else None,
                str(r[4]),
            )
            for r in self._query(sql + " ORDER BY rowid", params)
        ]

    def delete_folder(self, folder_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM folders WHERE id = ?", (folder_id,))

    def save_contact(self, contact: Contact) -> None:
        with self.transaction() as db:
            db.execute(
                f"INSERT INTO contacts({_CONTACT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(id) DO UPDATE SET "
                + ", ".join(
                    f"{c.strip()}=excluded.{c.strip()}" for c in _CONTACT_COLUMNS.split(",")[1:]
                ),
                Store.contact_record(contact),
            )

    def save_contacts(self, contacts: Iterable[Contact]) -> None:
        with self.transaction():
            for contact in contacts:
                self.save_contact(contact)

    def get_contact(self, contact_id: str) -> Contact | None:
        rows = self._query(f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE id = ?", (contact_id,))
        return _contact_from_row(rows[0]) if rows else None

    def delete_contact(self, contact_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))

    def contacts_in_folders(
        self, folder_ids: Sequence[str], *, limit: int | None = None
    ) -> list[Contact]:
        if not folder_ids:
            return []
        marks = ",".join("?" * len(folder_ids))
        sql = (
            f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE folder_id IN ({marks})"
            " ORDER BY display_name COLLATE NOCASE"
        )
        params: list[object] = list(folder_ids)
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_contact_from_row(r) for r in self._query(sql, params)]

    def contact_rows_in_folders(self, folder_ids: Sequence[str]) -> list[tuple[str, str, str, str]]:
        """(id, name, first e-mail, first phone) for list views: cheap at 20,000 contacts."""
        if not folder_ids:
            return []
        marks = ",".join("?" * len(folder_ids))
        rows = self._query(
            "SELECT id, display_name, coalesce(json_extract(emails, '$[0]'), ''),"
            " coalesce(json_extract(phones, '$[0]'), '') FROM contacts"
            f" WHERE folder_id IN ({marks}) ORDER BY display_name COLLATE NOCASE",
            list(folder_ids),
        )
        return [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]

    def count_contacts(self, folder_ids: Sequence[str] | None = None) -> int:
        if folder_ids is None:
            return int(str(self._query("SELECT count(*) FROM contacts")[0][0]))
        marks = ",".join("?" * len(folder_ids))
        rows = self._query(
            f"SELECT count(*) FROM contacts WHERE folder_id IN ({marks})", list(folder_ids)
        )
        return int(str(rows[0][0]))

    def search_contacts(
        self, text: str, *, limit: int = 200, account_ids: Sequence[str] | None = None
    ) -> list[Contact]:
        """Prefix search over names, e-mail addresses, phone numbers and companies.

        With `account_ids`, only contacts of those accounts' folders (filtered in SQL, so
        hidden address books never take places in the limit).
        """
        query = _fts_prefix_query(text)
        if query is None:
            return []
        scope = ""
        params: list[object] = [query]
        if account_ids is not None:
            if not account_ids:
                return []
            scope = (
                " AND c.folder_id IN (SELECT id FROM folders WHERE account_id IN"
                f" ({','.join('?' * len(account_ids))}))"
            )
            params += list(account_ids)
        # No ORDER BY rank: ranking every match of a one-letter prefix costs ~45 ms at
        # 20,000 contacts; the first `limit` matches sorted by name read just as well.
        rows = self._query(
            f"SELECT {', '.join('c.' + c.strip() for c in _CONTACT_COLUMNS.split(','))}"
            " FROM contacts_fts f JOIN contacts c ON c.rowid = f.rowid"
            f" WHERE contacts_fts MATCH ?{scope} LIMIT ?",
            [*params, limit],
        )
        rows.sort(key=lambda r: str(r[2]).casefold())
        return [_contact_from_row(r) for r in rows]

    # -- sync state and outbox ----------------------------------------------------------------

    def get_cursor(self, account_id: str, collection_id: str) -> str | None:
        rows = self._query(
            "SELECT cursor FROM sync_state WHERE account_id = ? AND collection_id = ?",
            (account_id, collection_id),
        )
        return str(rows[0][0]) if rows and rows[0][0] is not None else None

    def set_cursor(self, account_id: str, collection_id: str, cursor: str | None) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO sync_state(account_id, collection_id, cursor, updated_at)"
                " VALUES (?,?,?,?)",
                (account_id, collection_id, cursor, _now_iso()),
            )

    def add_outbox(
        self,
        *,
        account_id: str,
        collection_id: str,
        item_kind: str,
        item_id: str,
        op: str,
        base_etag: str = "",
        payload: dict[str, object] | None = None,
    ) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO outbox(account_id, collection_id, item_kind, item_id, op, base_etag,"
                " payload, idempotency_key, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    account_id,
                    collection_id,
                    item_kind,
                    item_id,
                    op,
                    base_etag,
                    json.dumps(payload or {}),
                    uuid.uuid4().hex,
                    _now_iso(),
                ),
            )
            return int(cursor.lastrowid or 0)

    def pending_outbox(self, account_id: str | None = None) -> list[OutboxEntry]:
        sql = (
            "SELECT seq, account_id, collection_id, item_kind, item_id, op, base_etag,"
            " idempotency_key, state, attempts, last_error FROM outbox"
        )
        params: tuple[object, ...] = ()
        if account_id is not None:
            sql += " WHERE account_id = ?"
            params = (account_id,)
        return [
            OutboxEntry(
                int(str(r[0])),
                str(r[1]),
                str(r[2]),
                str(r[3]),
                str(r[4]),
                str(r[5]),
                str(r[6]),
                str(r[7]),
                str(r[8]),
                int(str(r[9])),
                str(r[10]),
            )
            for r in self._query(sql + " ORDER BY seq", params)
        ]

    def remove_outbox(self, seq: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM outbox WHERE seq = ?", (seq,))

    # -- settings -----------------------------------------------------------------------------

    def get_setting(self, key: str, default: object = None) -> object:
        rows = self._query("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(str(rows[0][0])) if rows else default

    def set_setting(self, key: str, value: object) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                (key, json.dumps(value)),
            )

    def all_settings(self) -> dict[str, object]:
        return {
            str(k): json.loads(str(v)) for k, v in self._query("SELECT key, value FROM settings")
        }

    # -- sync engine support ------------------------------------------------------------------
    # Used by desktop/sync. Rows marked conflict='theirs' show the server's side of a
    # conflict: they are displayed, never synced, and never match a remote id.

    @staticmethod
    def event_record(event: Event) -> list[object]:
        """A JSON-safe record of an event (the column values), for outbox snapshots."""
        return list(_event_params(event))

    @staticmethod
    def event_from_record(record: Sequence[object]) -> Event:
        return _event_from_row(record)

    @staticmethod
    def contact_record(contact: Contact) -> list[object]:
        return [
            contact.id,
            contact.folder_id,
            contact.display_name,
            contact.given_name,
            contact.family_name,
            json.dumps(list(contact.emails)),
            json.dumps(list(contact.phones)),
            contact.company,
            contact.job_title,
            contact.notes,
            contact.remote_id,
            contact.etag,
            contact.extra_vcard,
        ]

    @staticmethod
    def contact_from_record(record: Sequence[object]) -> Contact:
        return _contact_from_row(record)

    # save_calendar and save_folder are in-place upserts; these names read better in sync code.
    def upsert_calendar(self, calendar: Calendar) -> None:
        self.save_calendar(calendar)

    def upsert_folder(self, folder: Folder) -> None:
        self.save_folder(folder)

    def remove_collection(self, account_id: str, collection_id: str) -> None:
        """Drop a calendar or folder with everything cached and queued for it."""
        with self.transaction() as db:
            db.execute("DELETE FROM calendars WHERE id = ?", (collection_id,))
            db.execute("DELETE FROM folders WHERE id = ?", (collection_id,))
            for table in ("outbox", "sync_state", "sync_shadows", "sync_conflicts"):
                db.execute(
                    f"DELETE FROM {table} WHERE account_id = ? AND collection_id = ?",
                    (account_id, collection_id),
                )

    def count_collection_rows(self, collection_id: str) -> int:
        """Events or contacts (not conflict counterparts) cached in a calendar or folder."""
        rows = self._query(
            "SELECT (SELECT count(*) FROM events WHERE calendar_id = ? AND conflict != 'theirs')"
            " + (SELECT count(*) FROM contacts WHERE folder_id = ? AND conflict != 'theirs')",
            (collection_id, collection_id),
        )
        return int(str(rows[0][0]))

    # outbox

    def outbox_with_payloads(
        self, account_id: str, seq: int | None = None
    ) -> list[tuple[OutboxEntry, dict[str, object]]]:
        sql = (
            "SELECT seq, account_id, collection_id, item_kind, item_id, op, base_etag,"
            " idempotency_key, state, attempts, last_error, payload FROM outbox"
            " WHERE account_id = ?"
        )
        params: list[object] = [account_id]
        if seq is not None:
            sql += " AND seq = ?"
            params.append(seq)
        result = []
        for r in self._query(sql + " ORDER BY seq", params):
            entry = OutboxEntry(
                int(str(r[0])),
                str(r[1]),
                str(r[2]),
                str(r[3]),
                str(r[4]),
                str(r[5]),
                str(r[6]),
                str(r[7]),
                str(r[8]),
                int(str(r[9])),
                str(r[10]),
            )
            payload = json.loads(str(r[11]) or "{}")
            result.append((entry, dict(payload) if isinstance(payload, dict) else {}))
        return result

    def update_outbox(
        self,
        seq: int,
        *,
        op: str | None = None,
        state: str | None = None,
        base_etag: str | None = None,
        payload: dict[str, object] | None = None,
        attempts: int | None = None,
        last_error: str | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        changes: dict[str, object] = {
            "op": op,
            "state": state,
            "base_etag": base_etag,
            "payload": json.dumps(payload) if payload is not None else None,
            "attempts": attempts,
            "last_error": last_error,
            "idempotency_key": idempotency_key,
        }
        columns = [(k, v) for k, v in changes.items() if v is not None]
        if not columns:
            return
        with self.transaction() as db:
            db.execute(
                f"UPDATE outbox SET {', '.join(f'{k} = ?' for k, _ in columns)} WHERE seq = ?",
                [v for _, v in columns] + [seq],
            )

    # events and contacts as the engine sees them (conflict counterparts left out)

    def _sync_events_where(self, calendar_id: str, column: str, value: str) -> list[Event]:
        # `column` is one of our own names (remote_id, uid), never input.
        rows = self._query(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE calendar_id = ? AND {column} = ?"
            " AND conflict != 'theirs' ORDER BY recurrence_id IS NOT NULL, recurrence_id",
            (calendar_id, value),
        )
        return [_event_from_row(r) for r in rows]

    def sync_events_by_remote_id(self, calendar_id: str, remote_id: str) -> list[Event]:
        return self._sync_events_where(calendar_id, "remote_id", remote_id)

    def sync_events_by_uid(self, calendar_id: str, uid: str) -> list[Event]:
        return self._sync_events_where(calendar_id, "uid", uid)

    def sync_contacts_by_remote_id(self, folder_id: str, remote_id: str) -> list[Contact]:
        rows = self._query(
            f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE folder_id = ? AND remote_id = ?"
            " AND conflict != 'theirs'",
            (folder_id, remote_id),
        )
        return [_contact_from_row(r) for r in rows]

    def events_asking_for_links(self, location: str, category: str) -> list[Event]:
        """Master events whose location is `location` (any case) or that carry the
        CATEGORIES `category`, not handled before (see auto_links)."""
        conditions = ["lower(trim(e.location)) = ?"]
        params: list[object] = [location.strip().lower()]
        if category:
            conditions.append("instr(lower(e.extra_ical), ?) > 0")
            params.append("categories")
        rows = self._query(
            f"SELECT {_EVENT_COLUMNS_E} FROM events e LEFT JOIN auto_links a"
            " ON a.calendar_id = e.calendar_id AND a.uid = e.uid"
            f" WHERE a.uid IS NULL AND e.recurrence_id IS NULL AND ({' OR '.join(conditions)})",
            params,
        )
        events = [_event_from_row(r) for r in rows]
        if not category:
            return events
        wanted = category.strip().lower()
        return [
            e
            for e in events
            if e.location.strip().lower() == location.strip().lower()
            or wanted in _categories(e.extra_ical)
        ]

    # -- reminders ----------------------------------------------------------------------------

    def save_reminder_state(
        self,
        occurrence_key: str,
        *,
        dismissed: bool,
        snoozed_until: datetime | None,
        forget_after: datetime,
    ) -> None:
        """Remember a dismissed or snoozed reminder until forget_after (then it is pruned)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO reminder_states(occurrence_key, dismissed, snoozed_until,"
                " forget_after) VALUES (?,?,?,?) ON CONFLICT(occurrence_key) DO UPDATE SET"
                " dismissed=excluded.dismissed, snoozed_until=excluded.snoozed_until,"
                " forget_after=excluded.forget_after",
                (
                    occurrence_key,
                    int(dismissed),
                    snoozed_until.astimezone(UTC).isoformat() if snoozed_until else None,
                    forget_after.astimezone(UTC).isoformat(),
                ),
            )

    def reminder_states(self, now: datetime) -> dict[str, tuple[bool, datetime | None]]:
        """{occurrence key: (dismissed, snoozed until)}; rows past their use are dropped."""
        with self.transaction() as db:
            db.execute(
                "DELETE FROM reminder_states WHERE forget_after < ?",
                (now.astimezone(UTC).isoformat(),),
            )
        rows = self._query("SELECT occurrence_key, dismissed, snoozed_until FROM reminder_states")
        return {
            str(key): (bool(dismissed), datetime.fromisoformat(str(until)) if until else None)
            for key, dismissed, until in rows
        }

    def mark_auto_linked(self, calendar_id: str, uid: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO auto_links(calendar_id, uid, done_at) VALUES (?,?,?)",
                (calendar_id, uid, datetime.now(UTC).isoformat()),
            )

    def unsent_event_uids(self, calendar_id: str) -> set[str]:
        """Uids of a calendar's events the server has not got yet (no remote id)."""
        rows = self._query(
            "SELECT DISTINCT uid FROM events WHERE calendar_id = ? AND remote_id = ''"
            " AND conflict != 'theirs'",
            (calendar_id,),
        )
        return {str(r[0]) for r in rows}

    def synced_remote_ids(self, collection_id: str) -> set[str]:
        """Remote ids of the items of a calendar or folder that the server has (or had)."""
        rows = self._query(
            "SELECT remote_id FROM events WHERE calendar_id = ? AND remote_id != ''"
            " AND conflict != 'theirs' UNION SELECT remote_id FROM contacts WHERE folder_id = ?"
            " AND remote_id != '' AND conflict != 'theirs'",
            (collection_id, collection_id),
        )
        return {str(r[0]) for r in rows}

    def set_event_sync_ids(self, event_ids: Sequence[str], remote_id: str, etag: str) -> None:
        with self.transaction() as db:
            db.executemany(
                "UPDATE events SET remote_id = ?, etag = ? WHERE id = ?",
                [(remote_id, etag, i) for i in event_ids],
            )

    def set_contact_sync_ids(self, contact_id: str, remote_id: str, etag: str) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE contacts SET remote_id = ?, etag = ? WHERE id = ?",
                (remote_id, etag, contact_id),
            )

    def delete_events(self, event_ids: Sequence[str]) -> None:
        with self.transaction() as db:
            db.executemany("DELETE FROM events WHERE id = ?", [(i,) for i in event_ids])

    def set_conflict_marker(self, item_kind: str, ids: Sequence[str], marker: str, of: str) -> None:
        table = "events" if item_kind == "event" else "contacts"
        with self.transaction() as db:
            db.executemany(
                f"UPDATE {table} SET conflict = ?, conflict_of = ? WHERE id = ?",
                [(marker, of if marker else "", i) for i in ids],
            )

    def conflict_marker(self, item_kind: str, item_id: str) -> tuple[str, str]:
        """(marker, item key) of an event or contact row; ('', '') when not in conflict."""
        table = "events" if item_kind == "event" else "contacts"
        rows = self._query(f"SELECT conflict, conflict_of FROM {table} WHERE id = ?", (item_id,))
        return (str(rows[0][0]), str(rows[0][1])) if rows else ("", "")

    def marked_events(self, item_key: str, marker: str) -> list[Event]:
        rows = self._query(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE conflict_of = ? AND conflict = ?"
            " ORDER BY recurrence_id IS NOT NULL, recurrence_id",
            (item_key, marker),
        )
        return [_event_from_row(r) for r in rows]

    def marked_contacts(self, item_key: str, marker: str) -> list[Contact]:
        rows = self._query(
            f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE conflict_of = ? AND conflict = ?",
            (item_key, marker),
        )
        return [_contact_from_row(r) for r in rows]

    # shadows: the server's version of items with local changes waiting

    def put_shadow(
        self,
        account_id: str,
        collection_id: str,
        remote_id: str,
        etag: str,
        *,
        deleted: bool,
        data: Sequence[object],
    ) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO sync_shadows(account_id, collection_id, remote_id, etag,"
                " deleted, data) VALUES (?,?,?,?,?,?)",
                (account_id, collection_id, remote_id, etag, int(deleted), json.dumps(list(data))),
            )

    def get_shadow(
        self, account_id: str, collection_id: str, remote_id: str
    ) -> tuple[str, bool, list[object]] | None:
        """(etag, deleted, data) of the server's version, if one was kept."""
        rows = self._query(
            "SELECT etag, deleted, data FROM sync_shadows"
            " WHERE account_id = ? AND collection_id = ? AND remote_id = ?",
            (account_id, collection_id, remote_id),
        )
        if not rows:
            return None
        data = json.loads(str(rows[0][2]))
        return str(rows[0][0]), bool(rows[0][1]), list(data) if isinstance(data, list) else []

    def delete_shadow(self, account_id: str, collection_id: str, remote_id: str) -> None:
        with self.transaction() as db:
            db.execute(
                "DELETE FROM sync_shadows WHERE account_id = ? AND collection_id = ?"
                " AND remote_id = ?",
                (account_id, collection_id, remote_id),
            )

    # conflicts waiting for the person

    def add_sync_conflict(
        self,
        item_key: str,
        *,
        account_id: str,
        collection_id: str,
        item_kind: str,
        remote_id: str,
        server_etag: str,
    ) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO sync_conflicts(item_key, account_id, collection_id,"
                " item_kind, remote_id, server_etag, created_at) VALUES (?,?,?,?,?,?,?)",
                (
                    item_key,
                    account_id,
                    collection_id,
                    item_kind,
                    remote_id,
                    server_etag,
                    _now_iso(),
                ),
            )

    def sync_conflicts(
        self, account_id: str | None = None, item_key: str | None = None
    ) -> list[tuple[str, str, str, str, str, str]]:
        """(item_key, account_id, collection_id, item_kind, remote_id, server_etag) rows."""
        sql = (
            "SELECT item_key, account_id, collection_id, item_kind, remote_id, server_etag"
            " FROM sync_conflicts WHERE 1 = 1"
        )
        params: list[object] = []
        if account_id is not None:
            sql += " AND account_id = ?"
            params.append(account_id)
        if item_key is not None:
            sql += " AND item_key = ?"
            params.append(item_key)
        rows = self._query(sql + " ORDER BY rowid", params)
        return [(str(a), str(b), str(c), str(d), str(e), str(f)) for a, b, c, d, e, f in rows]

    def set_conflict_server_etag(self, item_key: str, server_etag: str) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE sync_conflicts SET server_etag = ? WHERE item_key = ?",
                (server_etag, item_key),
            )

    def delete_sync_conflict(self, item_key: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM sync_conflicts WHERE item_key = ?", (item_key,))

    # mass deletions waiting for a confirmation

    def record_mass_delete(
        self, account_id: str, collection_id: str, *, kind: str, count: int, total: int, reason: str
    ) -> None:
        """Remember a held-back deletion (a confirmation given earlier stays given)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO sync_mass_deletes(account_id, collection_id, kind, count, total,"
                " reason, created_at) VALUES (?,?,?,?,?,?,?)"
                " ON CONFLICT(account_id, collection_id) DO UPDATE SET kind = excluded.kind,"
                " count = excluded.count, total = excluded.total, reason = excluded.reason",
                (account_id, collection_id, kind, count, total, i18n.dump(reason), _now_iso()),
            )

    def mass_deletes(
        self, account_id: str | None = None
    ) -> list[tuple[str, str, str, int, int, str, bool]]:
        """(account_id, collection_id, kind, count, total, reason, confirmed) rows."""
        sql = (
            "SELECT account_id, collection_id, kind, count, total, reason, confirmed"
            " FROM sync_mass_deletes"
        )
        params: tuple[object, ...] = ()
        if account_id is not None:
            sql += " WHERE account_id = ?"
            params = (account_id,)
        return [
            (str(a), str(c), str(k), int(str(n)), int(str(t)), i18n.load(str(r)), bool(ok))
            for a, c, k, n, t, r, ok in self._query(sql + " ORDER BY rowid", params)
        ]

    def confirm_mass_delete(self, account_id: str, collection_id: str) -> bool:
        with self.transaction() as db:
            cursor = db.execute(
                "UPDATE sync_mass_deletes SET confirmed = 1"
                " WHERE account_id = ? AND collection_id = ?",
                (account_id, collection_id),
            )
            return cursor.rowcount > 0

    def clear_mass_delete(self, account_id: str, collection_id: str) -> None:
        with self.transaction() as db:
            db.execute(
                "DELETE FROM sync_mass_deletes WHERE account_id = ? AND collection_id = ?",
                (account_id, collection_id),
            )


def _categories(extra_ical: str) -> set[str]:
    """Lower-case CATEGORIES values of an event's kept iCalendar lines."""
    found: set[str] = set()
    for line in extra_ical.splitlines():
        name, _, value = line.partition(":")
        if name.split(";")[0].strip().upper() == "CATEGORIES":
            found.update(v.strip().lower() for v in value.split(",") if v.strip())
    return found


INTERRUPTED_SYNC = Text("The last sync was interrupted. It runs again at the next sync.")


# The built-in account, calendar and folder are stored under their English names and read in
# the interface's language (i18n.localized), so they follow a change of language.
_BUILT_IN_NAMES: dict[str, Text] = {
    LOCAL_ACCOUNT_ID: Text("On this computer"),
    LOCAL_CALENDAR_ID: Text("On this computer"),
    LOCAL_CONTACTS_FOLDER_ID: Text("Contacts"),
}


def _name_read(item_id: str, stored: str) -> str:
    built_in = _BUILT_IN_NAMES.get(item_id)
    return i18n.localized(built_in) if built_in is not None and stored == built_in else stored


def _name_stored(item_id: str, name: str) -> str:
    built_in = _BUILT_IN_NAMES.get(item_id)
    if built_in is not None and name == i18n.localized(built_in):
        return str(built_in)
    return name


def process_alive(pid: int) -> bool:
    """Whether process `pid` still runs (without signalling it: os.kill(pid, 0) would end
    a process on Windows)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def _account_from_row(row: Sequence[object]) -> Account:
    state, reason = AccountState(str(row[5])), i18n.load(str(row[6]))
    if state is AccountState.SYNCING and not process_alive(int(str(row[7]))):
        # The process that was syncing ended without saying how it went (a crash).
        state, reason = AccountState.ERROR, INTERRUPTED_SYNC
    return Account(
        id=str(row[0]),
        kind=ServiceKind(str(row[1])),
        display_name=_name_read(str(row[0]), str(row[2])),
        email=str(row[3]),
        permissions=frozenset(Permission(p) for p in json.loads(str(row[4]))),
        state=state,
        state_reason=reason,
    )


def _calendar_from_row(row: Sequence[object]) -> Calendar:
    owner = Person(str(row[5] or ""), str(row[6] or "")) if row[5] or row[6] else None
    return Calendar(
        id=str(row[0]),
        account_id=str(row[1]),
        remote_id=str(row[2]),
        name=_name_read(str(row[0]), str(row[3])),
        writable=bool(row[4]),
        owner=owner,
        can_view_private=bool(row[7]),
    )


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
