"""The sync engine: push the outbox, then pull every collection; never lose an edit.

Rules (DESIGN.md "Sync engine guarantees", sync-protocols.md section 6):

* Push first, in outbox order. An entry is marked in flight (with a snapshot of what is
  sent) and committed before the request; on success the returned remote id and etag are
  stored on the local rows and the entry removed in one transaction. An entry found in
  flight was maybe applied: creates are retried with the same idempotency key, updates and
  deletes with the etag they were based on, and a 412 whose server version equals ours is
  a success.
* A 412 is decided against the server's version (kept as a "shadow" when a pull had to skip
  an item with local changes, else read again): rule "ask" keeps both versions visible
  until the person chooses, "local_wins" re-pushes on the new etag, "server_wins" takes the
  server's. Delete against a changed item keeps the changed item (never silently lost);
  an edit of an item deleted on the server puts it back.
* Pull: one round (all pages) per collection, applied with its new cursor in one
  transaction. Our own writes come back with the etag we stored (echo: no change). Items
  with local changes waiting are never overwritten or deleted by a pull. An expired cursor
  means a full listing, reconciled against what we hold; rows never on the server are
  never deleted by it. A round that would delete too much waits for a confirmation.
* Auth errors stop only that account (needs sign-in); transient errors back off
  exponentially (honouring Retry-After) and then leave the account offline. The outbox is
  kept in both cases.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import uuid
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Literal, Protocol, TypeVar

from desktop.domain import (
    Account,
    AccountState,
    Calendar,
    Contact,
    Event,
    Folder,
    MeetingOptions,
    Permission,
    ServiceKind,
)
from desktop.i18n import Number, Text, message_of, shorten
from desktop.providers.base import (
    AuthError,
    CalendarProvider,
    Conflict,
    ContactPage,
    ContactsProvider,
    CursorExpired,
    Page,
    ProviderError,
    TransientError,
)
from desktop.store.database import OutboxEntry, Store
from desktop.store.occurrences import materialise_series

log = logging.getLogger(__name__)

ConflictRule = Literal["ask", "local_wins", "server_wins"]
Keep = Literal["mine", "theirs"]
CONFLICT_RULES: tuple[ConflictRule, ...] = ("ask", "local_wins", "server_wins")

# A round of more pages than this is a provider looping on its cursor.
MAX_PAGES_PER_ROUND = 100_000
# Rounds this large say "Saving N items" first: applying them takes a noticeable moment.
PROGRESS_FROM = 200
# How often one entry may go round conflict handling (local_wins, put back) in one run.
MAX_ENTRY_ROUNDS = 3
MAX_PROBLEM_CHARS = 300
# Versions of an item kept per outbox entry as "maybe on the server already".
MAX_SENT_VERSIONS = 4
# The etag of a version we cannot vouch for (a create sent again answers with whatever the
# server holds by then). Never sent as If-Match: the server's version is looked at first.
UNKNOWN_ETAG = "meetdesk:unknown"

R = TypeVar("R")


class SyncProvider(CalendarProvider, ContactsProvider, Protocol):
    """What the engine needs of an account's service: both protocols."""


@dataclass
class SyncReport:
    account_id: str
    pulled: int = 0  # items changed here by the server
    pushed: int = 0  # outbox entries the server took
    deleted: int = 0  # items deleted here because the server deleted them
    conflicts: int = 0  # conflicts found this run (rule "ask": kept for the person)
    problems: list[str] = field(default_factory=list)
    state: AccountState = AccountState.UP_TO_DATE
    reason: str = ""
    # progress
    collections_total: int = 0
    collections_done: int = 0
    items_seen: int = 0
    skipped: bool = False  # the local account: nothing to sync


@dataclass(frozen=True, slots=True)
class SyncConflict:
    """An item changed here and on the server; both versions are shown until resolved."""

    local_id: str  # the item's key: pass it to resolve_conflict
    account_id: str
    collection_id: str
    item_kind: str  # event | contact
    title: str  # the local version's title or name
    server_title: str
    local_ids: tuple[str, ...]
    counterpart_ids: tuple[str, ...]  # rows showing the server's version
    server_etag: str


@dataclass(frozen=True, slots=True)
class PendingMassDelete:
    account_id: str
    collection_id: str
    kind: str  # items | collection
    count: int
    total: int
    reason: str
    confirmed: bool


class _Retry:
    """Conflict handling changed the entry: send it again."""


_RETRY = _Retry()


@dataclass(slots=True)
class _Collection:
    kind: Literal["event", "contact"]
    id: str
    name: str
    remote_id: str
    calendar: Calendar | None = None
    folder: Folder | None = None


@dataclass(slots=True)
class _Round:
    """All pages of one pull, folded: the last word on each remote id wins."""

    full: bool
    events: dict[str, list[Event]] = field(default_factory=dict)
    contacts: dict[str, Contact] = field(default_factory=dict)
    deleted: dict[str, None] = field(default_factory=dict)  # ordered set
    cursor: str | None = None
    problems: list[str] = field(default_factory=list)

    def upserted(self) -> set[str]:
        return set(self.events) | set(self.contacts)


@dataclass(slots=True)
class _Pending:
    """What the outbox still holds for an account: such items are not the pull's to change."""

    uids: set[tuple[str, str]] = field(default_factory=set)  # (calendar id, uid)
    ids: set[tuple[str, str]] = field(default_factory=set)  # (folder id, contact id)
    rids: set[tuple[str, str]] = field(default_factory=set)  # (collection id, remote id)


@dataclass(slots=True)
class _Run:
    account: Account
    provider: SyncProvider
    report: SyncReport
    collections: dict[str, _Collection] = field(default_factory=dict)
    guarded: list[str] = field(default_factory=list)
    changed: set[str] = field(default_factory=set)
    requeued: bool = False  # a pull put a change back in the outbox
    last_seq: int = 0  # newest outbox entry the push has seen


@dataclass(frozen=True, slots=True)
class _Identity:
    key: tuple[str, str, str]  # (kind, collection, uid or contact id)
    remote_id: str


def stable_collection_id(account_id: str, kind: str, remote_id: str) -> str:
    digest = hashlib.sha256(f"{kind}\x1f{remote_id}".encode()).hexdigest()[:12]
    return f"{account_id}-{digest}"


def _short(text: str) -> str:
    """text on one line, cut to MAX_PROBLEM_CHARS; a Text that fits stays translatable."""
    return shorten(text, MAX_PROBLEM_CHARS)


def _why(exc: BaseException) -> str:
    """An exception's message for a person: its Text when it was raised with one, else str()
    (which, unlike the bare argument, is what a KeyError or a multi-argument error says)."""
    message = message_of(exc)
    return message if isinstance(message, Text) else str(exc)


def _event_content(events: Iterable[Event]) -> list[tuple[object, ...]]:
    """What must be equal for two versions of a series to count as the same."""
    rows = [
        (
            e.recurrence_id.timestamp() if e.recurrence_id else None,
            e.title,
            int(e.start.timestamp()),
            int(e.end.timestamp()),
            e.all_day,
            e.rrule or "",
            tuple(sorted(int(x.timestamp()) for x in e.exdates)),
            e.location,
            e.description,
            e.status.value,
        )
        for e in events
    ]
    return sorted(rows, key=repr)


def _contact_content(contacts: Iterable[Contact]) -> list[tuple[object, ...]]:
    return sorted(
        (
            (
                c.display_name,
                c.given_name,
                c.family_name,
                c.emails,
                c.phones,
                c.company,
                c.job_title,
                c.notes,
            )
            for c in contacts
        ),
        key=repr,
    )


def _records(value: object) -> list[list[object]]:
    """The records of a JSON list of records (anything else counts as none)."""
    if not isinstance(value, list):
        return []
    return [r for r in value if isinstance(r, list)]


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _maybe_applied(entry: OutboxEntry) -> bool:
    """Whether an earlier attempt of this entry may have reached the server: it was sent
    and the answer never came (in flight), or a later attempt was refused (failed) after
    one that may have landed. Its answer then tells the server's version, not ours."""
    return entry.state in ("in_flight", "failed") or entry.attempts > 0


def _master(events: Sequence[Event]) -> Event:
    return next((e for e in events if e.recurrence_id is None), events[0])


def _title(items: Sequence[Event] | Sequence[Contact]) -> str:
    if not items:
        return ""
    first = items[0]
    if isinstance(first, Contact):
        return first.display_name
    return _master([e for e in items if isinstance(e, Event)]).title


class SyncEngine:
    def __init__(
        self,
        store: Store,
        provider_for: Callable[[Account], SyncProvider | None],
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        on_change: Callable[[str], None] | None = None,
        mass_delete_share: float = 0.2,
        mass_delete_min: int = 5,
        max_attempts: int = 5,
        backoff_cap: float = 64.0,
        conflict_rule: ConflictRule = "ask",
        jitter: Callable[[], float] = random.random,
        permissions: Callable[[Account], frozenset[Permission]] | None = None,
    ) -> None:
        if conflict_rule not in CONFLICT_RULES:
            raise ValueError(f"unknown conflict rule {conflict_rule!r}")
        self._store = store
        self._provider_for = provider_for
        self._clock = clock
        self._sleep = sleep
        self._on_change = on_change
        self._share = mass_delete_share
        self._min = mass_delete_min
        self._max_attempts = max(1, max_attempts)
        self._cap = backoff_cap
        self._rule: ConflictRule = conflict_rule
        self._jitter = jitter
        # What an account may do now: the app passes the person's choice capped by policy.
        self._permissions = permissions or (lambda account: account.permissions)
        self._locks: dict[str, asyncio.Lock] = {}

    # -- public API -----------------------------------------------------------------------

    async def sync_all(self) -> dict[str, SyncReport]:
        """Sync every connected account at once; one account's failure stops only that one."""
        accounts = [a for a in self._store.list_accounts() if a.kind is not ServiceKind.LOCAL]
        results = await asyncio.gather(
            *(self.sync_account(a.id) for a in accounts), return_exceptions=True
        )
        reports: dict[str, SyncReport] = {}
        escaped: BaseException | None = None
        for account, result in zip(accounts, results, strict=True):
            if isinstance(result, SyncReport):
                reports[account.id] = result
            elif isinstance(result, Exception):
                reports[account.id] = SyncReport(
                    account.id, state=AccountState.ERROR, reason=_short(_why(result))
                )
            else:
                escaped = escaped or result
        if escaped is not None:
            raise escaped
        return reports

    async def sync_account(self, account_id: str) -> SyncReport:
        lock = self._locks.setdefault(account_id, asyncio.Lock())
        async with lock:
            return await self._sync_account(account_id)

    def conflicts(self, account_id: str | None = None) -> list[SyncConflict]:
        result = []
        for key, acc, coll, kind, _rid, etag in self._store.sync_conflicts(account_id):
            if kind == "event":
                mine_e = self._store.marked_events(key, "mine")
                theirs_e = self._store.marked_events(key, "theirs")
                local_ids = tuple(e.id for e in mine_e)
                counter_ids = tuple(e.id for e in theirs_e)
                title, server_title = _title(mine_e), _title(theirs_e)
            else:
                mine_c = self._store.marked_contacts(key, "mine")
                theirs_c = self._store.marked_contacts(key, "theirs")
                local_ids = tuple(c.id for c in mine_c)
                counter_ids = tuple(c.id for c in theirs_c)
                title, server_title = _title(mine_c), _title(theirs_c)
            result.append(
                SyncConflict(
                    key, acc, coll, kind, title, server_title, local_ids, counter_ids, etag
                )
            )
        return result

    def resolve_conflict(self, local_id: str, keep: Keep) -> None:
        """Keep one side of a conflict; "mine" is sent to the server at the next sync."""
        if keep not in ("mine", "theirs"):
            raise ValueError(f"keep must be 'mine' or 'theirs', not {keep!r}")
        key = self._conflict_key(local_id)
        if key is None:
            raise KeyError(f"no conflict for {local_id!r}")
        [(_, account_id, collection_id, kind, remote_id, server_etag)] = self._store.sync_conflicts(
            item_key=key
        )
        with self._store.transaction():
            entries = self._entries_for_item(account_id, kind, collection_id, key, remote_id)
            if kind == "event":
                mine_e = self._store.marked_events(key, "mine")
                theirs_e = self._store.marked_events(key, "theirs")
                self._store.delete_events([e.id for e in theirs_e])
                if keep == "mine":
                    self._store.set_conflict_marker(kind, [e.id for e in mine_e], "", "")
                    self._store.set_event_sync_ids([e.id for e in mine_e], remote_id, server_etag)
                else:
                    server = self._shadow_events(account_id, collection_id, remote_id)
                    if server is None:
                        server = [self._unmark_counterpart(e, remote_id) for e in theirs_e]
                    calendar = self._store.get_calendar(collection_id)
                    if calendar is not None and server:
                        self._write_events(calendar, remote_id, server_etag, server, mine_e)
            else:
                mine_c = self._store.marked_contacts(key, "mine")
                theirs_c = self._store.marked_contacts(key, "theirs")
                for c in theirs_c:
                    self._store.delete_contact(c.id)
                if keep == "mine":
                    self._store.set_conflict_marker(kind, [c.id for c in mine_c], "", "")
                    for c in mine_c:
                        self._store.set_contact_sync_ids(c.id, remote_id, server_etag)
                else:
                    shadow_c = self._shadow_contacts(account_id, collection_id, remote_id)
                    server_c = shadow_c[0] if shadow_c else (theirs_c[0] if theirs_c else None)
                    if server_c is not None:
                        base = mine_c[0] if mine_c else None
                        self._store.save_contact(
                            replace(
                                server_c,
                                id=base.id if base else key,
                                folder_id=collection_id,
                                remote_id=remote_id,
                                etag=server_etag,
                            )
                        )
                    self._store.set_conflict_marker(kind, [c.id for c in mine_c], "", "")
            for entry, payload in entries:
                if keep == "mine":
                    if entry.op == "delete":
                        payload["remote_id"] = remote_id
                    self._store.update_outbox(
                        entry.seq,
                        state="pending",
                        base_etag=server_etag,
                        attempts=0,
                        last_error="",
                        payload=payload,
                    )
                else:
                    self._store.remove_outbox(entry.seq)
            self._store.delete_sync_conflict(key)
            self._store.delete_shadow(account_id, collection_id, remote_id)
        self._notify("events" if kind == "event" else "contacts")

    def pending_mass_deletes(self, account_id: str | None = None) -> list[PendingMassDelete]:
        return [PendingMassDelete(*row) for row in self._store.mass_deletes(account_id)]

    def confirm_mass_delete(self, account_id: str, collection_id: str) -> bool:
        """Let the next sync apply the deletions the guard held back for this collection."""
        return self._store.confirm_mass_delete(account_id, collection_id)

    # -- one account ----------------------------------------------------------------------

    async def _sync_account(self, account_id: str) -> SyncReport:
        report = SyncReport(account_id)
        account = self._store.get_account(account_id)
        if account is None:
            report.state, report.reason = (
                AccountState.ERROR,
                Text("This account no longer exists."),
            )
            return report
        if account.kind is ServiceKind.LOCAL:
            report.skipped = True
            report.state, report.reason = account.state, account.state_reason
            return report
        try:
            provider = self._provider_for(account)
        except AuthError as exc:
            self._finish(report, AccountState.NEEDS_SIGN_IN, _short(_why(exc)))
            return report
        except Exception as exc:
            log.exception("no provider for account %s", account_id)
            self._finish(
                report,
                AccountState.ERROR,
                _short(Text("Cannot connect: {reason}", reason=_why(exc))),
            )
            return report
        if provider is None:
            self._finish(report, AccountState.NEEDS_SIGN_IN, Text("Sign in to sync this account."))
            return report
        run = _Run(account, provider, report)
        self._set_state(account_id, AccountState.SYNCING, "")
        state, reason = AccountState.UP_TO_DATE, ""
        try:
            await self._list_collections(run)
            await self._push(run)
            for collection in list(run.collections.values()):
                await self._pull_collection(run, collection)
                report.collections_done += 1
            newest = max(
                (e.seq for e, _ in self._store.outbox_with_payloads(account_id)), default=0
            )
            if run.requeued or newest > run.last_seq:  # queued while pulling, or put back
                await self._push(run)
            if run.guarded:
                state, reason = AccountState.ERROR, run.guarded[0]
        except AuthError as exc:
            state = AccountState.NEEDS_SIGN_IN
            reason = _short(_why(exc)) or Text("Sign in again to keep this account in sync.")
        except TransientError as exc:
            state = AccountState.OFFLINE
            reason = _short(_why(exc)) or Text("The service cannot be reached; trying again later.")
        except ProviderError as exc:
            state, reason = AccountState.ERROR, _short(_why(exc))
        except Exception as exc:
            log.exception("sync of account %s failed", account_id)
            state = AccountState.ERROR
            reason = _short(
                Text("Unexpected problem while syncing: {error}", error=type(exc).__name__)
            )
        finally:
            for topic in sorted(run.changed):
                self._notify(topic)
        self._finish(report, state, reason)
        return report

    def _finish(self, report: SyncReport, state: AccountState, reason: str) -> None:
        report.state, report.reason = state, reason
        self._set_state(report.account_id, state, reason)

    def _set_state(self, account_id: str, state: AccountState, reason: str) -> None:
        self._store.set_account_state(account_id, state, reason)
        self._notify("accounts")

    def _notify(self, topic: str) -> None:
        if self._on_change is None:
            return
        try:
            self._on_change(topic)
        except Exception:
            log.exception("sync change listener failed for %s", topic)

    def _problem(self, run: _Run, text: str) -> None:
        text = _short(text)
        log.warning("sync %s: %s", run.account.id, text)
        run.report.problems.append(text)

    # -- retries ----------------------------------------------------------------------------

    def _delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds to wait before attempt `attempt + 1`; None: longer than a sync should wait."""
        if retry_after is not None:
            if retry_after > self._cap:
                return None
            return max(0.0, float(retry_after))
        base = min(self._cap, float(2 ** (attempt - 1)))
        return min(self._cap, base * (1.0 + 0.5 * self._jitter()))

    async def _call(self, make: Callable[[], Awaitable[R]], tries: list[float] | None = None) -> R:
        """Run a request, retrying transient errors (each retry's delay goes into `tries`)."""
        attempt = 0
        while True:
            try:
                return await make()
            except TransientError as exc:
                attempt += 1
                if attempt >= self._max_attempts:
                    raise
                delay = self._delay(attempt, exc.retry_after)
                if delay is None:
                    raise
                if tries is not None:
                    tries.append(delay)
                log.info("transient error (%s); trying again in %.1f s", exc, delay)
                await self._sleep(delay)

    # -- collections ------------------------------------------------------------------------

    async def _list_collections(self, run: _Run) -> None:
        perms = self._permissions(run.account)
        if Permission.CALENDAR_READ in perms:
            calendars = await self._call(run.provider.calendars)
            self._merge_calendars(run, calendars)
        if Permission.CONTACTS_READ in perms:
            folders = await self._call(run.provider.folders)
            self._merge_folders(run, folders)
        run.report.collections_total = len(run.collections)

    def _merge_calendars(self, run: _Run, listed: Sequence[Calendar]) -> None:
        account_id = run.account.id
        existing = self._store.list_calendars(account_id)
        by_remote = {c.remote_id: c for c in existing if c.remote_id}
        seen: set[str] = set()
        for remote in listed:
            rid = remote.remote_id or remote.id
            if not rid or rid in seen:
                continue
            seen.add(rid)
            old = by_remote.get(rid)
            cal = Calendar(
                id=old.id if old else stable_collection_id(account_id, "calendar", rid),
                account_id=account_id,
                name=remote.name,
                writable=remote.writable,
                owner=remote.owner,
                can_view_private=remote.can_view_private,
                remote_id=rid,
            )
            if cal != old:
                self._store.upsert_calendar(cal)
            run.collections[cal.id] = _Collection("event", cal.id, cal.name, rid, calendar=cal)
        if listed:
            for old in existing:
                if old.remote_id and old.remote_id not in seen:
                    self._vanished(run, old.id, old.name, "meetings")

    def _merge_folders(self, run: _Run, listed: Sequence[Folder]) -> None:
        account_id = run.account.id
        existing = {f.id: f for f in self._store.list_folders(account_id)}
        by_remote = {f.remote_id: f for f in existing.values() if f.remote_id}
        local_of: dict[str, str] = {}
        chosen: list[tuple[Folder, str, str]] = []
        for remote in listed:
            rid = remote.remote_id or remote.id
            if not rid or rid in local_of:
                continue
            old = by_remote.get(rid)
            local_id = old.id if old else stable_collection_id(account_id, "folder", rid)
            local_of[rid] = local_id
            local_of.setdefault(remote.id, local_id)
            chosen.append((remote, rid, local_id))
        final: list[Folder] = []
        for remote, rid, local_id in chosen:
            parent = local_of.get(remote.parent_id) if remote.parent_id else None
            final.append(
                Folder(
                    local_id, account_id, remote.name, None if parent == local_id else parent, rid
                )
            )
        # New folders first without their parent (which may be new too), then as listed.
        for folder in final:
            if folder.id not in existing and folder.parent_id is not None:
                self._store.upsert_folder(replace(folder, parent_id=None))
        for folder in final:
            if folder != existing.get(folder.id):
                self._store.upsert_folder(folder)
            run.collections[folder.id] = _Collection(
                "contact", folder.id, folder.name, folder.remote_id, folder=folder
            )
        if listed:
            seen = {rid for _, rid, _ in chosen}
            for old_f in existing.values():
                if old_f.remote_id and old_f.remote_id not in seen:
                    self._vanished(run, old_f.id, old_f.name, "contacts")

    def _vanished(self, run: _Run, collection_id: str, name: str, noun: str) -> None:
        """A collection missing from a (non-empty) listing: remove it, or ask first."""
        account_id = run.account.id
        rows = self._store.count_collection_rows(collection_id)
        queued = [
            e
            for e, _ in self._store.outbox_with_payloads(account_id)
            if e.collection_id == collection_id
        ]
        confirmed = any(
            c == collection_id and ok
            for _, c, _, _, _, _, ok in self._store.mass_deletes(account_id)
        )
        if (rows == 0 and not queued) or confirmed:
            self._store.remove_collection(account_id, collection_id)
            self._store.clear_mass_delete(account_id, collection_id)
            run.changed.add("events" if noun == "meetings" else "contacts")
            return
        if rows == 1:
            reason = (
                Text(
                    "'{name}' is no longer on the server. Confirm in Meetdesk to remove its"
                    " meeting here too.",
                    name=name,
                )
                if noun == "meetings"
                else Text(
                    "'{name}' is no longer on the server. Confirm in Meetdesk to remove its"
                    " contact here too.",
                    name=name,
                )
            )
        elif noun == "meetings":
            reason = Text(
                "'{name}' is no longer on the server. Confirm in Meetdesk to remove its"
                " {count} meetings here too.",
                name=name,
                count=rows,
            )
        else:
            reason = Text(
                "'{name}' is no longer on the server. Confirm in Meetdesk to remove its"
                " {count} contacts here too.",
                name=name,
                count=rows,
            )
        self._store.record_mass_delete(
            account_id, collection_id, kind="collection", count=rows, total=rows, reason=reason
        )
        run.guarded.append(reason)

    # -- outbox identities ------------------------------------------------------------------

    def _identity(self, entry: OutboxEntry, payload: dict[str, object]) -> _Identity:
        rid = str(payload.get("remote_id") or "")
        if entry.item_kind == "contact":
            contact = self._store.get_contact(entry.item_id)
            if contact is not None and contact.remote_id:
                rid = contact.remote_id
            return _Identity(("contact", entry.collection_id, entry.item_id), rid)
        event = self._store.get_event(entry.item_id)
        uid = event.uid if event is not None else str(payload.get("uid") or entry.item_id)
        if event is not None and event.remote_id:
            rid = event.remote_id
        return _Identity(("event", entry.collection_id, uid), rid)

    def _pending_index(self, account_id: str) -> _Pending:
        pending = _Pending()
        for entry, payload in self._store.outbox_with_payloads(account_id):
            ident = self._identity(entry, payload)
            kind, coll, local = ident.key
            (pending.uids if kind == "event" else pending.ids).add((coll, local))
            if ident.remote_id:
                pending.rids.add((coll, ident.remote_id))
        return pending

    def _entries_for_item(
        self, account_id: str, kind: str, collection_id: str, key: str, remote_id: str
    ) -> list[tuple[OutboxEntry, dict[str, object]]]:
        """Outbox entries of an item in conflict (found by its key, uid or remote id)."""
        keys = {key}
        if kind == "event":
            for e in self._store.marked_events(key, "mine"):
                keys.add(e.uid)
        result = []
        for entry, payload in self._store.outbox_with_payloads(account_id):
            if entry.item_kind != kind or entry.collection_id != collection_id:
                continue
            ident = self._identity(entry, payload)
            if (
                ident.key[2] in keys
                or entry.item_id in keys
                or (remote_id and ident.remote_id == remote_id)
            ):
                result.append((entry, payload))
        return result

    # -- push -------------------------------------------------------------------------------

    async def _push(self, run: _Run) -> None:
        """Send the outbox in order; an item waits while an earlier change of it waits."""
        account_id = run.account.id
        queued = self._store.outbox_with_payloads(account_id)
        run.last_seq = max([run.last_seq] + [e.seq for e, _ in queued])
        blocked: set[tuple[str, str, str]] = set()
        total = len(queued)
        for number, (first, _) in enumerate(queued, 1):
            got = self._store.outbox_with_payloads(account_id, first.seq)
            if not got:
                continue
            entry, payload = got[0]
            ident = self._identity(entry, payload)
            if ident.key in blocked:
                continue
            if entry.state == "conflict":
                blocked.add(ident.key)
                continue
            collection = run.collections.get(entry.collection_id)
            if collection is None or collection.kind != entry.item_kind:
                blocked.add(ident.key)
                self._problem(
                    run, Text("A change waits for a calendar or folder the server did not list.")
                )
                continue
            if total > 25 and number % 25 == 0:
                self._set_state(
                    account_id,
                    AccountState.SYNCING,
                    Text("Sending {number} of {total} changes", number=number, total=total),
                )
            try:
                done = await self._push_entry(run, collection, entry.seq)
            except (AuthError, TransientError):
                raise
            except ProviderError as exc:
                # Refused for good (bad request, read-only...): keep it, tell, go on.
                self._store.update_outbox(entry.seq, state="failed", last_error=_short(str(exc)))
                self._problem(run, Text("The server refused a change: {reason}", reason=_why(exc)))
                done = False
            if not done:
                blocked.add(ident.key)

    def _outbox_payload(self, run: _Run, entry: OutboxEntry) -> dict[str, object]:
        got = self._store.outbox_with_payloads(run.account.id, entry.seq)
        return got[0][1] if got else {}

    def _mark_in_flight(
        self, entry: OutboxEntry, payload: dict[str, object], **extra: object
    ) -> dict[str, object]:
        """Persist "maybe sent" (and what is sent) before the request goes out."""
        payload = {**payload, **extra}
        if "snapshot" in extra:  # every version that may have reached the server
            sent = payload.get("sent")
            history = list(sent) if isinstance(sent, list) else []
            payload["sent"] = [*history, extra["snapshot"]][-MAX_SENT_VERSIONS:]
        self._store.update_outbox(
            entry.seq, state="in_flight", attempts=entry.attempts + 1, payload=payload
        )
        return payload

    def _after_push(
        self,
        run: _Run,
        coll: _Collection,
        entry: OutboxEntry,
        key: tuple[str, str, str],
        remote_id: str,
        etag: str,
        *,
        covered: int = 0,
        trusted: bool = True,
    ) -> None:
        """(Inside a transaction.) Done: later entries of the item build on the new version.

        Updates queued up to `covered` (the newest entry when the sent version was read)
        are already in what was sent. What this entry sent may be on the server: later
        entries inherit it, so a 412 on our own version is recognised as ours.
        """
        got = self._store.outbox_with_payloads(run.account.id, entry.seq)
        sent = _list(got[0][1].get("sent")) if got else []
        later_entries = False
        for later, payload in self._store.outbox_with_payloads(run.account.id):
            if later.seq <= entry.seq or self._identity(later, payload).key != key:
                continue
            if later.op == "update" and later.seq <= covered and later.state != "in_flight":
                self._store.remove_outbox(later.seq)
                continue
            later_entries = True
            if later.op == "delete":
                payload["remote_id"] = remote_id
            payload["sent"] = [*sent, *_list(payload.get("sent"))][-MAX_SENT_VERSIONS:]
            self._store.update_outbox(later.seq, base_etag=etag, payload=payload)
        self._store.remove_outbox(entry.seq)
        shadow = self._store.get_shadow(run.account.id, coll.id, remote_id) if remote_id else None
        if shadow is None:
            return
        if trusted or shadow[0] == etag:
            # The server had our base and now has our write: what was kept is older.
            self._store.delete_shadow(run.account.id, coll.id, remote_id)
        elif not later_entries:
            # A replayed create: the server may have moved on since; its newest is kept.
            self._apply_shadow(run, coll, remote_id)

    def _apply_shadow(self, run: _Run, coll: _Collection, remote_id: str) -> None:
        """(Inside a transaction.) Apply the kept server version of an item, as a pull would."""
        got = self._store.get_shadow(run.account.id, coll.id, remote_id)
        self._store.delete_shadow(run.account.id, coll.id, remote_id)
        if got is None:
            return
        etag, deleted, data = got
        if coll.kind == "event":
            assert coll.calendar is not None
            rows = self._store.sync_events_by_remote_id(coll.id, remote_id)
            events = [Store.event_from_record(r) for r in _records(data)]
            if deleted:
                if rows:
                    self._store.delete_events([e.id for e in rows])
                    run.report.deleted += 1
            elif events:
                self._write_events(coll.calendar, remote_id, etag, events, rows)
                run.report.pulled += 1
            run.changed.add("events")
        else:
            assert coll.folder is not None
            local = self._store.sync_contacts_by_remote_id(coll.id, remote_id)
            contacts = [Store.contact_from_record(r) for r in _records(data)]
            if deleted:
                for contact in local:
                    self._store.delete_contact(contact.id)
                    run.report.deleted += 1
            elif contacts:
                self._write_contact(
                    coll.folder, remote_id, etag, contacts[0], local[0] if local else None
                )
                run.report.pulled += 1
            run.changed.add("contacts")

    def _drop_item_entries(
        self, run: _Run, entry: OutboxEntry, key: tuple[str, str, str], remote_id: str
    ) -> None:
        """(Inside a transaction.) The server's version stands: forget the item's changes."""
        for other, payload in self._store.outbox_with_payloads(run.account.id):
            ident = self._identity(other, payload)
            same_remote = (
                bool(remote_id)
                and ident.remote_id == remote_id
                and other.collection_id == entry.collection_id
            )
            if other.seq == entry.seq or ident.key == key or same_remote:
                self._store.remove_outbox(other.seq)
        self._store.delete_shadow(run.account.id, entry.collection_id, remote_id)

    async def _push_entry(self, run: _Run, coll: _Collection, seq: int) -> bool:
        """Push one entry; True when done, False when it must wait (conflict, retries)."""
        for _ in range(MAX_ENTRY_ROUNDS):
            got = self._store.outbox_with_payloads(run.account.id, seq)
            if not got:
                return True
            entry, payload = got[0]
            if coll.kind == "event":
                outcome = await self._push_event(run, coll, entry, payload)
            else:
                outcome = await self._push_contact(run, coll, entry, payload)
            if outcome is not _RETRY:
                return outcome is True
        return False

    async def _push_event(
        self, run: _Run, coll: _Collection, entry: OutboxEntry, payload: dict[str, object]
    ) -> bool | _Retry:
        assert coll.calendar is not None
        calendar = coll.calendar
        marker, _ = self._store.conflict_marker("event", entry.item_id)
        if marker == "theirs":  # an edit of the server's side of a conflict: not ours to send
            self._store.remove_outbox(entry.seq)
            return True
        if entry.op == "delete":
            return await self._push_event_delete(run, coll, entry, payload)
        replay = _maybe_applied(entry)
        covered = max(e.seq for e, _ in self._store.outbox_with_payloads(run.account.id))
        row = self._store.get_event(entry.item_id)
        rows = self._store.sync_events_by_uid(calendar.id, row.uid) if row else []
        if rows:
            events = rows
        elif replay and _records(payload.get("snapshot")):
            events = [Store.event_from_record(r) for r in _records(payload.get("snapshot"))]
        else:  # deleted here before it was sent: the delete entry that follows says so
            self._store.remove_outbox(entry.seq)
            return True
        master = _master(events)
        overrides = [e for e in events if e is not master]
        remote_id = master.remote_id or str(payload.get("remote_id") or "")
        key = ("event", coll.id, master.uid)
        if_match = master.etag or entry.base_etag
        if remote_id and if_match == UNKNOWN_ETAG:
            # We do not know which version the server holds: look before writing.
            return await self._event_conflict(run, coll, entry, key, events, bool(rows), remote_id)
        self._mark_in_flight(
            entry,
            payload,
            uid=master.uid,
            remote_id=remote_id,
            snapshot=[Store.event_record(e) for e in events],
        )
        tries: list[float] = []
        try:
            if remote_id:
                result = await self._call(
                    lambda: run.provider.update(calendar, master, if_match, overrides)
                )
            else:
                idempotency_key = entry.idempotency_key
                result = await self._call(
                    lambda: run.provider.create(calendar, master, idempotency_key, overrides),
                    tries,
                )
        except Conflict:
            if not remote_id:
                raise ProviderError(
                    Text("The server refused to add '{title}'.", title=master.title)
                ) from None
            return await self._event_conflict(run, coll, entry, key, events, bool(rows), remote_id)
        # An update with If-Match wrote exactly our version. A create sent again answers with
        # the item as the server has it now, which someone may have changed in between.
        trusted = bool(remote_id) or not (replay or tries)
        with self._store.transaction():
            rid = result.remote_id or remote_id
            etag = result.etag if trusted else UNKNOWN_ETAG
            self._commit_event(
                run, coll, entry, key, rid, etag, covered=covered if rows else 0, trusted=trusted
            )
            if result.join_url and not master.join_url:
                # The service made the meeting's link (a Teams meeting): show it at once.
                for row in self._store.sync_events_by_uid(coll.id, master.uid):
                    if row.recurrence_id is None and not row.join_url:
                        self._store.save_event(replace(row, join_url=result.join_url))
                run.changed.add("events")
        run.report.pushed += 1
        return True

    def _commit_event(
        self,
        run: _Run,
        coll: _Collection,
        entry: OutboxEntry,
        key: tuple[str, str, str],
        rid: str,
        etag: str,
        *,
        covered: int = 0,
        trusted: bool = True,
    ) -> None:
        """(Inside a transaction.) The server has the item: note its id and etag here."""
        rows = self._store.sync_events_by_uid(coll.id, key[2])
        self._store.set_event_sync_ids([e.id for e in rows], rid, etag)
        # A copy of the same item pulled before we knew its remote id: ours is the one.
        ids = {e.id for e in rows}
        copies = [
            e.id for e in self._store.sync_events_by_remote_id(coll.id, rid) if e.id not in ids
        ]
        if copies:
            self._store.delete_events(copies)
            run.changed.add("events")
        self._after_push(run, coll, entry, key, rid, etag, covered=covered, trusted=trusted)

    async def _push_event_delete(
        self, run: _Run, coll: _Collection, entry: OutboxEntry, payload: dict[str, object]
    ) -> bool | _Retry:
        assert coll.calendar is not None
        calendar = coll.calendar
        remote_id = str(payload.get("remote_id") or "")
        key = self._identity(entry, payload).key
        if not remote_id:  # never reached the server
            self._store.remove_outbox(entry.seq)
            return True
        if_match = entry.base_etag
        conflict = if_match == UNKNOWN_ETAG
        if not conflict:
            self._mark_in_flight(entry, payload)
            try:
                await self._call(lambda: run.provider.delete(calendar, remote_id, if_match))
            except Conflict:
                conflict = True
        if conflict:
            server = await self._server_events(run, coll, remote_id)
            ours = server is not None and any(
                _event_content(server[1]) == _event_content(v) for v in self._sent_events(payload)
            )
            if server is not None and (ours or self._rule == "local_wins"):
                self._store.update_outbox(entry.seq, base_etag=server[0])
                return _RETRY
            with self._store.transaction():
                if server is not None:
                    # Changed there after we deleted it here: the change is not thrown away.
                    etag, events = server
                    leftovers = self._store.sync_events_by_remote_id(coll.id, remote_id)
                    self._write_events(calendar, remote_id, etag, events, leftovers)
                    self._problem(
                        run,
                        Text(
                            "'{title}' was changed on the server after you deleted it here;"
                            " it was kept.",
                            title=_master(events).title,
                        ),
                    )
                    run.report.pulled += 1
                    run.changed.add("events")
                self._drop_item_entries(run, entry, key, remote_id)
            return True
        with self._store.transaction():
            leftovers = self._store.sync_events_by_remote_id(coll.id, remote_id)
            if leftovers:  # overrides of a deleted series
                self._store.delete_events([e.id for e in leftovers])
                run.changed.add("events")
            self._after_push(run, coll, entry, key, remote_id, "")
        run.report.pushed += 1
        return True

    @staticmethod
    def _sent_events(payload: dict[str, object]) -> list[list[Event]]:
        """Versions of an item this entry (or an earlier one of the item) may have written."""
        return [
            [Store.event_from_record(r) for r in _records(version)]
            for version in _list(payload.get("sent"))
        ]

    async def _event_conflict(
        self,
        run: _Run,
        coll: _Collection,
        entry: OutboxEntry,
        key: tuple[str, str, str],
        events: list[Event],
        rows_present: bool,
        remote_id: str,
    ) -> bool | _Retry:
        """Decide an update the server refused (412), or one whose base etag is unknown."""
        assert coll.calendar is not None
        calendar = coll.calendar
        server = await self._server_events(run, coll, remote_id)
        master = _master(events)
        if server is None:  # deleted on the server
            with self._store.transaction():
                if self._rule == "server_wins" or not rows_present:
                    rows = self._store.sync_events_by_uid(calendar.id, master.uid)
                    if rows:
                        self._store.delete_events([e.id for e in rows])
                        run.report.deleted += 1
                        run.changed.add("events")
                    self._drop_item_entries(run, entry, key, remote_id)
                    return True
                self._put_back(run, coll, entry, key, remote_id)
            self._problem(
                run,
                Text(
                    "'{title}' was deleted on the server after you changed it here;"
                    " it was put back.",
                    title=master.title,
                ),
            )
            return _RETRY
        etag, server_events = server
        theirs = _event_content(server_events)
        if theirs == _event_content(events):
            # The server already has exactly this (a write whose answer was lost).
            with self._store.transaction():
                self._commit_event(run, coll, entry, key, remote_id, etag)
            run.report.pushed += 1
            return True
        sent = self._sent_events(self._outbox_payload(run, entry))
        if any(theirs == _event_content(version) for version in sent):
            # An earlier version of ours: send this one on top of it.
            if not rows_present:
                with self._store.transaction():
                    self._commit_event(run, coll, entry, key, remote_id, etag)
                return True
            rows = self._store.sync_events_by_uid(calendar.id, master.uid)
            self._store.set_event_sync_ids([e.id for e in rows], remote_id, etag)
            return _RETRY
        if not rows_present:  # deleted here meanwhile: the delete entry decides
            self._store.remove_outbox(entry.seq)
            return True
        if self._rule == "local_wins":
            rows = self._store.sync_events_by_uid(calendar.id, master.uid)
            self._store.set_event_sync_ids([e.id for e in rows], remote_id, etag)
            return _RETRY
        with self._store.transaction():
            rows = self._store.sync_events_by_uid(calendar.id, master.uid)
            if self._rule == "server_wins":
                self._write_events(calendar, remote_id, etag, server_events, rows)
                self._drop_item_entries(run, entry, key, remote_id)
                run.report.pulled += 1
                run.changed.add("events")
                return True
            self._keep_both_events(run, coll, entry, rows, remote_id, etag, server_events)
        run.report.conflicts += 1
        return False

    def _keep_both_events(
        self,
        run: _Run,
        coll: _Collection,
        entry: OutboxEntry,
        rows: list[Event],
        remote_id: str,
        etag: str,
        server_events: Sequence[Event],
    ) -> None:
        key = _master(rows).id
        self._store.set_conflict_marker("event", [e.id for e in rows], "mine", key)
        self._write_counterpart_events(coll, key, server_events, etag)
        self._store.add_sync_conflict(
            key,
            account_id=run.account.id,
            collection_id=coll.id,
            item_kind="event",
            remote_id=remote_id,
            server_etag=etag,
        )
        self._store.update_outbox(entry.seq, state="conflict", last_error="Changed on both sides.")
        run.changed.add("events")

    def _write_counterpart_events(
        self, coll: _Collection, key: str, server_events: Sequence[Event], etag: str
    ) -> None:
        old = self._store.marked_events(key, "theirs")
        if old:
            self._store.delete_events([e.id for e in old])
        old_ids: dict[datetime | None, str] = {e.recurrence_id: e.id for e in old}  # same rows
        uid = ""
        for ev in server_events:
            uid = f"{ev.uid}#server"
            copy = replace(
                ev,
                id=old_ids.pop(ev.recurrence_id, "") or uuid.uuid4().hex,
                calendar_id=coll.id,
                uid=uid,
                remote_id="",
                etag=etag,
                scheduled_here=False,
            )
            self._store.save_event(copy)
            self._store.set_conflict_marker("event", [copy.id], "theirs", key)
        if uid:
            materialise_series(self._store, coll.id, uid, self._clock())

    @staticmethod
    def _unmark_counterpart(event: Event, remote_id: str) -> Event:
        uid = event.uid[: -len("#server")] if event.uid.endswith("#server") else event.uid
        return replace(event, uid=uid, remote_id=remote_id)

    def _put_back(
        self,
        run: _Run,
        coll: _Collection,
        entry: OutboxEntry,
        key: tuple[str, str, str],
        remote_id: str,
    ) -> None:
        """(Inside a transaction.) The server lost an item we changed: send it as new."""
        run.requeued = True
        if coll.kind == "event":
            rows = self._store.sync_events_by_uid(coll.id, key[2])
            self._store.set_event_sync_ids([e.id for e in rows], "", "")
        else:
            self._store.set_contact_sync_ids(entry.item_id, "", "")
        for other, payload in self._store.outbox_with_payloads(run.account.id):
            if other.seq != entry.seq and self._identity(other, payload).key == key:
                payload["remote_id"] = ""
                self._store.update_outbox(other.seq, base_etag="", payload=payload)
        self._store.update_outbox(
            entry.seq,
            op="create",
            state="pending",
            base_etag="",
            idempotency_key=uuid.uuid4().hex,
            payload={"uid": key[2]} if coll.kind == "event" else {},
            last_error="",
        )
        self._store.delete_shadow(run.account.id, coll.id, remote_id)

    async def _push_contact(
        self, run: _Run, coll: _Collection, entry: OutboxEntry, payload: dict[str, object]
    ) -> bool | _Retry:
        assert coll.folder is not None
        folder = coll.folder
        key = ("contact", coll.id, entry.item_id)
        marker, _ = self._store.conflict_marker("contact", entry.item_id)
        if marker == "theirs":
            self._store.remove_outbox(entry.seq)
            return True
        if entry.op == "delete":
            return await self._push_contact_delete(run, coll, entry, payload)
        replay = _maybe_applied(entry)
        covered = max(e.seq for e, _ in self._store.outbox_with_payloads(run.account.id))
        row = self._store.get_contact(entry.item_id)
        snapshot = payload.get("snapshot")
        if row is not None:
            contact = row
        elif replay and isinstance(snapshot, list) and snapshot:
            contact = Store.contact_from_record(snapshot)
        else:
            self._store.remove_outbox(entry.seq)
            return True
        remote_id = contact.remote_id or str(payload.get("remote_id") or "")
        if_match = contact.etag or entry.base_etag
        if remote_id and if_match == UNKNOWN_ETAG:
            return await self._contact_conflict(
                run, coll, entry, key, contact, row is not None, remote_id
            )
        self._mark_in_flight(
            entry, payload, remote_id=remote_id, snapshot=Store.contact_record(contact)
        )
        tries: list[float] = []
        try:
            if remote_id:
                result = await self._call(
                    lambda: run.provider.update_contact(folder, contact, if_match)
                )
            else:
                idempotency_key = entry.idempotency_key
                result = await self._call(
                    lambda: run.provider.create_contact(folder, contact, idempotency_key), tries
                )
        except Conflict:
            if not remote_id:
                raise ProviderError(
                    Text("The server refused to add '{title}'.", title=contact.display_name)
                ) from None
            return await self._contact_conflict(
                run, coll, entry, key, contact, row is not None, remote_id
            )
        trusted = bool(remote_id) or not (replay or tries)
        with self._store.transaction():
            rid = result.remote_id or remote_id
            etag = result.etag if trusted else UNKNOWN_ETAG
            self._commit_contact(
                run, coll, entry, key, rid, etag, covered=covered if row else 0, trusted=trusted
            )
        run.report.pushed += 1
        return True

    async def _push_contact_delete(
        self, run: _Run, coll: _Collection, entry: OutboxEntry, payload: dict[str, object]
    ) -> bool | _Retry:
        assert coll.folder is not None
        folder = coll.folder
        key = ("contact", coll.id, entry.item_id)
        remote_id = str(payload.get("remote_id") or "")
        if not remote_id:
            self._store.remove_outbox(entry.seq)
            return True
        if_match = entry.base_etag
        conflict = if_match == UNKNOWN_ETAG
        if not conflict:
            self._mark_in_flight(entry, payload)
            try:
                await self._call(lambda: run.provider.delete_contact(folder, remote_id, if_match))
            except Conflict:
                conflict = True
        if conflict:
            server = await self._server_contact(run, coll, remote_id)
            ours = server is not None and any(
                _contact_content([server[1]]) == _contact_content([v])
                for v in self._sent_contacts(payload)
            )
            if server is not None and (ours or self._rule == "local_wins"):
                self._store.update_outbox(entry.seq, base_etag=server[0])
                return _RETRY
            with self._store.transaction():
                if server is not None:
                    self._write_contact(folder, remote_id, server[0], server[1], None)
                    self._problem(
                        run,
                        Text(
                            "'{title}' was changed on the server after you deleted it here;"
                            " it was kept.",
                            title=server[1].display_name,
                        ),
                    )
                    run.report.pulled += 1
                    run.changed.add("contacts")
                self._drop_item_entries(run, entry, key, remote_id)
            return True
        with self._store.transaction():
            for leftover in self._store.sync_contacts_by_remote_id(coll.id, remote_id):
                self._store.delete_contact(leftover.id)
            self._after_push(run, coll, entry, key, remote_id, "")
        run.report.pushed += 1
        return True

    @staticmethod
    def _sent_contacts(payload: dict[str, object]) -> list[Contact]:
        return [
            Store.contact_from_record(version)
            for version in _list(payload.get("sent"))
            if isinstance(version, list) and version
        ]

    def _commit_contact(
        self,
        run: _Run,
        coll: _Collection,
        entry: OutboxEntry,
        key: tuple[str, str, str],
        rid: str,
        etag: str,
        *,
        covered: int = 0,
        trusted: bool = True,
    ) -> None:
        if self._store.get_contact(entry.item_id) is not None:
            self._store.set_contact_sync_ids(entry.item_id, rid, etag)
        for copy in self._store.sync_contacts_by_remote_id(coll.id, rid):
            if copy.id != entry.item_id:
                self._store.delete_contact(copy.id)
                run.changed.add("contacts")
        self._after_push(run, coll, entry, key, rid, etag, covered=covered, trusted=trusted)

    async def _contact_conflict(
        self,
        run: _Run,
        coll: _Collection,
        entry: OutboxEntry,
        key: tuple[str, str, str],
        contact: Contact,
        row_present: bool,
        remote_id: str,
    ) -> bool | _Retry:
        assert coll.folder is not None
        server = await self._server_contact(run, coll, remote_id)
        if server is None:
            with self._store.transaction():
                if self._rule == "server_wins" or not row_present:
                    if row_present:
                        self._store.delete_contact(contact.id)
                        run.report.deleted += 1
                        run.changed.add("contacts")
                    self._drop_item_entries(run, entry, key, remote_id)
                    return True
                self._put_back(run, coll, entry, key, remote_id)
            self._problem(
                run,
                Text(
                    "'{title}' was deleted on the server after you changed it here;"
                    " it was put back.",
                    title=contact.display_name,
                ),
            )
            return _RETRY
        etag, theirs = server
        if _contact_content([theirs]) == _contact_content([contact]):
            with self._store.transaction():
                self._commit_contact(run, coll, entry, key, remote_id, etag)
            run.report.pushed += 1
            return True
        sent = self._sent_contacts(self._outbox_payload(run, entry))
        if any(_contact_content([theirs]) == _contact_content([v]) for v in sent):
            if not row_present:
                with self._store.transaction():
                    self._commit_contact(run, coll, entry, key, remote_id, etag)
                return True
            self._store.set_contact_sync_ids(contact.id, remote_id, etag)
            return _RETRY
        if not row_present:
            self._store.remove_outbox(entry.seq)
            return True
        if self._rule == "local_wins":
            self._store.set_contact_sync_ids(contact.id, remote_id, etag)
            return _RETRY
        with self._store.transaction():
            if self._rule == "server_wins":
                self._write_contact(coll.folder, remote_id, etag, theirs, contact)
                self._drop_item_entries(run, entry, key, remote_id)
                run.report.pulled += 1
                run.changed.add("contacts")
                return True
            self._store.set_conflict_marker("contact", [contact.id], "mine", contact.id)
            self._write_counterpart_contact(coll, contact.id, theirs, etag)
            self._store.add_sync_conflict(
                contact.id,
                account_id=run.account.id,
                collection_id=coll.id,
                item_kind="contact",
                remote_id=remote_id,
                server_etag=etag,
            )
            self._store.update_outbox(
                entry.seq, state="conflict", last_error="Changed on both sides."
            )
            run.changed.add("contacts")
        run.report.conflicts += 1
        return False

    def _write_counterpart_contact(
        self, coll: _Collection, key: str, theirs: Contact, etag: str
    ) -> None:
        old = self._store.marked_contacts(key, "theirs")
        for contact in old:
            self._store.delete_contact(contact.id)
        new_id = old[0].id if old else uuid.uuid4().hex
        copy = replace(theirs, id=new_id, folder_id=coll.id, remote_id="", etag=etag)
        self._store.save_contact(copy)
        self._store.set_conflict_marker("contact", [copy.id], "theirs", key)

    # -- the server's version of one item ---------------------------------------------------

    async def _server_events(
        self, run: _Run, coll: _Collection, remote_id: str
    ) -> tuple[str, list[Event]] | None:
        """(etag, events) the server has for an item now; None when it was deleted there."""
        # A pull brings any newer version; as the item has changes waiting, the pull keeps
        # the server's version aside (a shadow) instead of applying it.
        await self._pull_collection(run, coll)
        got = self._store.get_shadow(run.account.id, coll.id, remote_id)
        if got is not None:
            etag, deleted, data = got
            if deleted:
                return None
            events = [Store.event_from_record(r) for r in _records(data)]
            if events:
                return etag, events
        # Not seen since our cursor: read the whole collection (rare).
        listing = await self._fetch_round(run, coll, None)
        found = listing.events.get(remote_id)
        return (_master(found).etag, found) if found else None

    async def _server_contact(
        self, run: _Run, coll: _Collection, remote_id: str
    ) -> tuple[str, Contact] | None:
        await self._pull_collection(run, coll)
        got = self._store.get_shadow(run.account.id, coll.id, remote_id)
        if got is not None:
            etag, deleted, data = got
            if deleted:
                return None
            contacts = [Store.contact_from_record(r) for r in _records(data)]
            if contacts:
                return etag, contacts[0]
        listing = await self._fetch_round(run, coll, None)
        contact = listing.contacts.get(remote_id)
        return (contact.etag, contact) if contact else None

    def _shadow_events(
        self, account_id: str, collection_id: str, remote_id: str
    ) -> list[Event] | None:
        got = self._store.get_shadow(account_id, collection_id, remote_id)
        if got is None or got[1]:
            return None
        return [Store.event_from_record(r) for r in _records(got[2])]

    def _shadow_contacts(
        self, account_id: str, collection_id: str, remote_id: str
    ) -> list[Contact] | None:
        got = self._store.get_shadow(account_id, collection_id, remote_id)
        if got is None or got[1]:
            return None
        return [Store.contact_from_record(r) for r in _records(got[2])]

    # -- pull -------------------------------------------------------------------------------

    async def _pull_collection(self, run: _Run, coll: _Collection) -> None:
        cursor = self._store.get_cursor(run.account.id, coll.id)
        total = max(1, len(run.collections))
        number = min(run.report.collections_done + 1, total)
        if cursor is None or total > 1:
            self._set_state(
                run.account.id,
                AccountState.SYNCING,
                Text(
                    "Syncing '{name}' ({number} of {total})",
                    name=coll.name,
                    number=number,
                    total=total,
                )
                if cursor is not None
                else Text(
                    "Reading '{name}' for the first time ({number} of {total})",
                    name=coll.name,
                    number=number,
                    total=total,
                ),
            )
        try:
            rnd = await self._fetch_round(run, coll, cursor)
        except CursorExpired:
            if cursor is None:
                raise ProviderError(
                    Text("The server could not list '{name}'.", name=coll.name)
                ) from None
            log.info("cursor of %s expired: listing everything", coll.id)
            rnd = await self._fetch_round(run, coll, None)
        changed = len(rnd.upserted())
        if changed >= PROGRESS_FROM:
            self._set_state(
                run.account.id,
                AccountState.SYNCING,
                Text(
                    "Saving {count} items of '{name}' ({number} of {total})",
                    count=Number(changed),
                    name=coll.name,
                    number=number,
                    total=total,
                ),
            )
        self._apply_round(run, coll, rnd)

    async def _fetch_round(self, run: _Run, coll: _Collection, cursor: str | None) -> _Round:
        """Every page of one pull (nothing applied yet)."""
        rnd = _Round(full=cursor is None)
        page_cursor = cursor
        for _ in range(MAX_PAGES_PER_ROUND):
            page = await self._pull_page(run, coll, page_cursor)
            if isinstance(page, Page):
                for event in page.upserts:
                    if self._fold_upsert(rnd, coll, event.remote_id):
                        group = rnd.events.setdefault(event.remote_id, [])
                        group[:] = [e for e in group if e.recurrence_id != event.recurrence_id]
                        group.append(event)
            else:
                for contact in page.upserts:
                    if self._fold_upsert(rnd, coll, contact.remote_id):
                        rnd.contacts[contact.remote_id] = contact
            deletions, next_cursor, more = page.deletions, page.cursor, page.more
            run.report.items_seen += len(page.upserts)
            rnd.problems.extend(page.problems)
            for rid in deletions:
                rnd.events.pop(rid, None)
                rnd.contacts.pop(rid, None)
                rnd.deleted[rid] = None
            rnd.cursor = next_cursor
            if not more:
                return rnd
            if next_cursor is None or next_cursor == page_cursor:
                raise ProviderError(
                    Text("The server's listing of '{name}' does not advance.", name=coll.name)
                )
            page_cursor = next_cursor
            total = max(1, len(run.collections))
            number = min(run.report.collections_done + 1, total)
            self._set_state(
                run.account.id,
                AccountState.SYNCING,
                Text(
                    "Syncing '{name}' ({number} of {total}): {count} items so far",
                    name=coll.name,
                    number=number,
                    total=total,
                    count=Number(len(rnd.upserted())),
                ),
            )
        raise ProviderError(Text("The server's listing of '{name}' does not end.", name=coll.name))

    async def _pull_page(
        self, run: _Run, coll: _Collection, cursor: str | None
    ) -> Page | ContactPage:
        if coll.kind == "event":
            assert coll.calendar is not None
            calendar = coll.calendar
            return await self._call(lambda: run.provider.pull(calendar, cursor))
        assert coll.folder is not None
        folder = coll.folder
        return await self._call(lambda: run.provider.pull_contacts(folder, cursor))

    @staticmethod
    def _fold_upsert(rnd: _Round, coll: _Collection, rid: str) -> bool:
        if not rid:
            rnd.problems.append(Text("An item in '{name}' came without an id.", name=coll.name))
            return False
        rnd.deleted.pop(rid, None)
        return True

    def _apply_round(self, run: _Run, coll: _Collection, rnd: _Round) -> None:
        """Apply a whole round and its cursor in one transaction."""
        account_id = run.account.id
        for problem in rnd.problems:
            self._problem(
                run, Text("Skipped an item in '{name}': {problem}", name=coll.name, problem=problem)
            )
        with self._store.transaction():
            pending = self._pending_index(account_id)
            conflicted = {
                rid: key
                for key, _, c, _, rid, _ in self._store.sync_conflicts(account_id)
                if c == coll.id
            }
            known = self._store.synced_remote_ids(coll.id)
            upserted = rnd.upserted()
            candidates = [rid for rid in rnd.deleted if rid in known or rid in conflicted]
            if rnd.full:  # reconcile: what we hold (or show in a conflict) and is not listed
                candidates += [
                    rid
                    for rid in sorted(known | set(conflicted))
                    if rid not in upserted and rid not in rnd.deleted
                ]
            effective = [
                rid
                for rid in candidates
                if (coll.id, rid) not in pending.rids and rid not in conflicted
            ]
            allowed = self._guard(run, coll, rnd, effective, len(known))
            # Looked up once a round: most items of a first sync match nothing here.
            unsent = self._store.unsent_event_uids(coll.id) if rnd.events else set()
            for rid, events in rnd.events.items():
                self._apply_event_upsert(
                    run, coll, rid, events, pending, conflicted, known=known, unsent_uids=unsent
                )
            for rid, contact in rnd.contacts.items():
                self._apply_contact_upsert(run, coll, rid, contact, pending, conflicted)
            if allowed:
                for rid in candidates:
                    self._apply_deletion(run, coll, rid, pending, conflicted)
                self._store.set_cursor(account_id, coll.id, rnd.cursor)

    def _guard(
        self, run: _Run, coll: _Collection, rnd: _Round, effective: list[str], known: int
    ) -> bool:
        """The mass-deletion guard: False holds back the round's deletions and its cursor."""
        account_id = run.account.id
        records = {c: ok for _, c, _, _, _, _, ok in self._store.mass_deletes(account_id)}
        emptied = rnd.full and not rnd.upserted() and known > 0
        too_many = len(effective) > self._share * known and len(effective) >= self._min
        if not effective or not (too_many or emptied):
            if coll.id in records and not records[coll.id]:
                self._store.clear_mass_delete(account_id, coll.id)
            return True
        if records.get(coll.id):  # the person confirmed it
            self._store.clear_mass_delete(account_id, coll.id)
            return True
        if coll.kind == "event":
            reason = Text(
                "The server says {count} of {total} meetings in '{name}' were deleted."
                " Confirm in Meetdesk to delete them here too.",
                count=len(effective),
                total=known,
                name=coll.name,
            )
        else:
            reason = Text(
                "The server says {count} of {total} contacts in '{name}' were deleted."
                " Confirm in Meetdesk to delete them here too.",
                count=len(effective),
                total=known,
                name=coll.name,
            )
        self._store.record_mass_delete(
            account_id, coll.id, kind="items", count=len(effective), total=known, reason=reason
        )
        log.warning("sync %s: held back %d deletions in %s", account_id, len(effective), coll.id)
        run.guarded.append(reason)
        return False

    def _apply_deletion(
        self,
        run: _Run,
        coll: _Collection,
        rid: str,
        pending: _Pending,
        conflicted: dict[str, str],
    ) -> None:
        account_id = run.account.id
        if rid in conflicted:
            self._remote_deleted_in_conflict(run, coll, rid, conflicted[rid])
            return
        if (coll.id, rid) in pending.rids:
            self._store.put_shadow(account_id, coll.id, rid, "", deleted=True, data=[])
            return
        if coll.kind == "event":
            rows = self._store.sync_events_by_remote_id(coll.id, rid)
            if rows:
                self._store.delete_events([e.id for e in rows])
                run.report.deleted += 1
                run.changed.add("events")
        else:
            for contact in self._store.sync_contacts_by_remote_id(coll.id, rid):
                self._store.delete_contact(contact.id)
                run.report.deleted += 1
                run.changed.add("contacts")

    def _remote_deleted_in_conflict(self, run: _Run, coll: _Collection, rid: str, key: str) -> None:
        """The server deleted an item waiting in a conflict: the local edit is put back."""
        kind = coll.kind
        if kind == "event":
            theirs_e = self._store.marked_events(key, "theirs")
            self._store.delete_events([e.id for e in theirs_e])
            mine_ids = [e.id for e in self._store.marked_events(key, "mine")]
        else:
            for c in self._store.marked_contacts(key, "theirs"):
                self._store.delete_contact(c.id)
            mine_ids = [c.id for c in self._store.marked_contacts(key, "mine")]
        self._store.set_conflict_marker(kind, mine_ids, "", "")
        self._store.delete_sync_conflict(key)
        entries = self._entries_for_item(run.account.id, kind, coll.id, key, rid)
        if not mine_ids:  # deleted on both sides
            for entry, _ in entries:
                self._store.remove_outbox(entry.seq)
            self._store.delete_shadow(run.account.id, coll.id, rid)
        elif entries:
            first, payload = entries[0]
            self._put_back(run, coll, first, self._identity(first, payload).key, rid)
        run.changed.add("events" if kind == "event" else "contacts")

    def _apply_event_upsert(
        self,
        run: _Run,
        coll: _Collection,
        rid: str,
        events: list[Event],
        pending: _Pending,
        conflicted: dict[str, str],
        *,
        known: set[str] | None = None,
        unsent_uids: set[str] | None = None,
    ) -> None:
        """(Inside a transaction.) `known` and `unsent_uids`, when given, are the round's
        synced remote ids and the uids of events never sent: lookups they rule out are skipped.
        """
        assert coll.calendar is not None
        account_id = run.account.id
        master = _master(events)
        etag = master.etag
        record = [Store.event_record(e) for e in events]
        if rid in conflicted:
            key = conflicted[rid]
            self._store.put_shadow(account_id, coll.id, rid, etag, deleted=False, data=record)
            self._write_counterpart_events(coll, key, events, etag)
            self._store.set_conflict_server_etag(key, etag)
            run.changed.add("events")
            return
        if (coll.id, rid) in pending.rids:
            self._store.put_shadow(account_id, coll.id, rid, etag, deleted=False, data=record)
            return
        local = (
            self._store.sync_events_by_remote_id(coll.id, rid)
            if known is None or rid in known
            else []
        )
        if local:
            if (coll.id, local[0].uid) in pending.uids:
                self._store.put_shadow(account_id, coll.id, rid, etag, deleted=False, data=record)
                return
            if etag and _master(local).etag == etag:
                return  # our own write coming back, or nothing new
        else:
            unsent = (
                [e for e in self._store.sync_events_by_uid(coll.id, master.uid) if not e.remote_id]
                if unsent_uids is None or master.uid in unsent_uids
                else []
            )
            if unsent and (coll.id, master.uid) in pending.uids:
                # Our create reached the server but we have not heard back yet.
                self._store.put_shadow(account_id, coll.id, rid, etag, deleted=False, data=record)
                return
            local = unsent
        self._write_events(coll.calendar, rid, etag, events, local)
        run.report.pulled += 1
        run.changed.add("events")

    def _write_events(
        self,
        calendar: Calendar,
        rid: str,
        etag: str,
        events: Sequence[Event],
        local: Sequence[Event],
    ) -> None:
        """(Inside a transaction.) Replace an item's local events with the server's."""
        by_recurrence = {e.recurrence_id: e for e in local}
        base = by_recurrence.get(None) or (local[0] if local else None)
        if local:
            self._store.delete_events([e.id for e in local])
        written: dict[str, list[Event]] = {e.uid: [] for e in local}
        for ev in events:
            old = by_recurrence.pop(ev.recurrence_id, None)
            model = old or base
            keep_options = model is not None and ev.options == MeetingOptions()
            saved = replace(
                ev,
                id=old.id if old else uuid.uuid4().hex,
                calendar_id=calendar.id,
                remote_id=rid,
                etag=etag,
                scheduled_here=bool(model and model.scheduled_here) or ev.scheduled_here,
                options=model.options if keep_options and model else ev.options,
            )
            self._store.save_event(saved)
            written.setdefault(ev.uid, []).append(saved)
        now = self._clock()
        for uid, series in written.items():
            # Usually the item is the whole series; then it need not be read back.
            whole = bool(series) and self._store.count_events_by_uid(calendar.id, uid) == len(
                series
            )
            materialise_series(self._store, calendar.id, uid, now, series if whole else None)

    def _apply_contact_upsert(
        self,
        run: _Run,
        coll: _Collection,
        rid: str,
        theirs: Contact,
        pending: _Pending,
        conflicted: dict[str, str],
    ) -> None:
        assert coll.folder is not None
        account_id = run.account.id
        etag = theirs.etag
        record: list[object] = [Store.contact_record(theirs)]
        if rid in conflicted:
            key = conflicted[rid]
            self._store.put_shadow(account_id, coll.id, rid, etag, deleted=False, data=record)
            self._write_counterpart_contact(coll, key, theirs, etag)
            self._store.set_conflict_server_etag(key, etag)
            run.changed.add("contacts")
            return
        local = self._store.sync_contacts_by_remote_id(coll.id, rid)
        if (coll.id, rid) in pending.rids or any((coll.id, c.id) in pending.ids for c in local):
            self._store.put_shadow(account_id, coll.id, rid, etag, deleted=False, data=record)
            return
        if local and etag and local[0].etag == etag:
            return  # our own write coming back, or nothing new
        self._write_contact(coll.folder, rid, etag, theirs, local[0] if local else None)
        for extra in local[1:]:
            self._store.delete_contact(extra.id)
        run.report.pulled += 1
        run.changed.add("contacts")

    def _write_contact(
        self, folder: Folder, rid: str, etag: str, theirs: Contact, local: Contact | None
    ) -> None:
        self._store.save_contact(
            replace(
                theirs,
                id=local.id if local else uuid.uuid4().hex,
                folder_id=folder.id,
                remote_id=rid,
                etag=etag,
            )
        )

    # -- conflicts --------------------------------------------------------------------------

    def _conflict_key(self, some_id: str) -> str | None:
        if self._store.sync_conflicts(item_key=some_id):
            return some_id
        for kind in ("event", "contact"):
            marker, key = self._store.conflict_marker(kind, some_id)
            if marker and self._store.sync_conflicts(item_key=key):
                return key
        return None
