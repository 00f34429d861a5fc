"""DavProvider and discover() against a real Radicale (and a few scripted servers)."""

from __future__ import annotations

import asyncio
import hashlib
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

import httpx
import pytest
import pytest_asyncio

from desktop.domain import Calendar, Contact, Event
from desktop.ical import events_to_ics
from desktop.providers.base import (
    AuthError,
    CalendarProvider,
    Conflict,
    ContactsProvider,
    CursorExpired,
    ProviderError,
    TransientError,
)
from desktop.providers.caldav import DavAccount, DavProvider, discover, write_vcard
from desktop.providers.caldav.provider import MAX_EVENT_BYTES, resource_name
from tests.integration.radicale import RadicaleServer, free_port

AMS = ZoneInfo("Europe/Amsterdam")


# --- helpers ----------------------------------------------------------------------------


class Counter:
    """Counts the requests a client sends (an httpx event hook)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []

    async def __call__(self, request: httpx.Request) -> None:
        self.requests.append((request.method, request.url.path))

    def reset(self) -> None:
        self.requests.clear()


@pytest.fixture
def counter() -> Counter:
    return Counter()


@pytest_asyncio.fixture
async def client(counter: Counter) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(event_hooks={"request": [counter]}, timeout=10.0) as c:
        yield c


@pytest_asyncio.fixture
async def provider(radicale: RadicaleServer, client: httpx.AsyncClient) -> DavProvider:
    account = await discover(radicale.url, radicale.username, radicale.password, client=client)
    return DavProvider("acc-1", account, radicale.password, client=client)


def event(uid: str = "meeting-1", title: str = "Plan", day: int = 1, **changes: object) -> Event:
    start = datetime(2026, 12, day, 9, tzinfo=AMS)
    base = Event(
        id="local-" + uid,
        calendar_id="cal-local",
        uid=uid,
        title=title,
        start=start,
        end=start + timedelta(hours=1),
        timezone="Europe/Amsterdam",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def ics(uid: str, title: str = "Other", extra: str = "", start: str = "20261201T090000Z") -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Another client//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART:{start}",
        "DURATION:PT1H",
        # Escaped: Radicale (vobject) cuts a text value at an unescaped comma.
        f"SUMMARY:{title.replace(',', chr(92) + ',')}",
        *([extra] if extra else []),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def vcard(uid: str, name: str, email: str = "", extra: str = "") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{name}", f"N:{name};;;;"]
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{email}")
    if extra:
        lines.append(extra)
    return "\r\n".join([*lines, "END:VCARD"]) + "\r\n"


def comparable(e: Event) -> Event:
    # Radicale (vobject) writes properties back in its own order: compare them as a set.
    extra = "\r\n".join(sorted(e.extra_ical.split("\r\n")))
    return replace(e, id="", calendar_id="", remote_id="", etag="", extra_ical=extra)


async def the_calendar(provider: DavProvider, name: str) -> Calendar:
    calendars = await provider.calendars()
    return next(c for c in calendars if c.name == name)


# --- discovery ----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_discovery_from_the_bare_server_url(radicale: RadicaleServer) -> None:
    account = await discover(radicale.url, radicale.username, radicale.password)
    assert account == DavAccount(
        server_url=radicale.url,
        username="alice",
        principal_url=radicale.url + "alice/",
        calendar_home=radicale.url + "alice/",
        addressbook_home=radicale.url + "alice/",
    )
    # A principal URL, or the address with user info in it, leads to the same account.
    typed = radicale.url.replace("http://", "http://alice:oops@") + "alice/"
    again = await discover(typed, radicale.username, radicale.password)
    assert again.principal_url == account.principal_url


@pytest.mark.asyncio
async def test_discovery_follows_the_well_known_redirect() -> None:
    # The DAV root lives under /dav/; only /.well-known/caldav points there.
    server = Scripted(well_known_root=True)
    with server:
        account = await discover(server.url, "alice", "pw")
    assert account.principal_url == server.url + "dav/principals/alice/"
    assert account.calendar_home == server.url + "dav/calendars/alice/"
    assert account.addressbook_home is None


@pytest.mark.asyncio
async def test_wrong_password_is_an_auth_error_with_a_clear_message(
    radicale: RadicaleServer,
) -> None:
    with pytest.raises(AuthError) as caught:
        await discover(radicale.url, radicale.username, "wrong password")
    assert str(caught.value) == "The server refused the user name or password."


@pytest.mark.asyncio
async def test_nothing_listening_is_transient_and_names_the_host() -> None:
    port = free_port()
    with pytest.raises(TransientError) as caught:
        await discover(f"http://127.0.0.1:{port}/", "alice", "s3cret-pw")
    assert str(caught.value).startswith(f"Cannot reach 127.0.0.1:{port}: ")
    assert "s3cret-pw" not in str(caught.value)


@pytest.mark.asyncio
async def test_a_web_server_that_is_not_dav_is_a_clear_provider_error() -> None:
    server = Scripted()
    with server, pytest.raises(ProviderError) as caught:
        await discover(server.url, "alice", "pw")
    assert type(caught.value) is ProviderError
    assert str(caught.value) == f"No CalDAV or CardDAV service was found at {server.url}."


@pytest.mark.asyncio
async def test_an_untrusted_certificate_is_refused_and_ssl_cert_file_trusts_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with RadicaleServer(tmp_path / "tls", tls=True) as server:
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        monkeypatch.delenv("SSL_CERT_DIR", raising=False)
        with pytest.raises(ProviderError) as caught:
            await discover(server.url, server.username, server.password)
        assert str(caught.value).startswith("The server's certificate is not trusted: ")
        # httpx reads SSL_CERT_FILE when the client is made (trust_env), as we rely on.
        monkeypatch.setenv("SSL_CERT_FILE", str(server.certificate))
        account = await discover(server.url, server.username, server.password)
        assert account.calendar_home == server.url + "alice/"


@pytest.mark.asyncio
async def test_a_bare_host_name_means_https(radicale: RadicaleServer) -> None:
    # Radicale here speaks plain HTTP, so the TLS handshake fails: a clear refusal.
    typed = radicale.url.removeprefix("http://").rstrip("/")
    with pytest.raises(ProviderError) as caught:
        await discover(typed, radicale.username, radicale.password)
    assert str(caught.value).startswith("A secure connection to 127.0.0.1:")


@pytest.mark.asyncio
async def test_a_slow_server_is_a_transient_timeout() -> None:
    server = Scripted(delay=2.0)
    with server:
        async with httpx.AsyncClient(timeout=0.3) as client:
            with pytest.raises(TransientError) as caught:
                await discover(server.url, "alice", "pw", client=client)
    assert "did not answer in time" in str(caught.value)


# --- calendars ----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_calendars_lists_event_calendars_with_names_and_hrefs(
    radicale: RadicaleServer, provider: DavProvider
) -> None:
    radicale.make_calendar("work", "Work")
    radicale.make_calendar("home-cal")
    radicale.make_calendar("tasks", "Tasks", components=("VTODO",))
    radicale.make_addressbook("book", "Book")
    calendars = await provider.calendars()
    assert [(c.name, c.remote_id, c.writable) for c in calendars] == [
        ("home-cal", "/alice/home-cal/", True),
        ("Work", "/alice/work/", True),
    ]
    assert all(c.id == "" and c.account_id == "acc-1" for c in calendars)
    # One object speaks both protocols (checked by mypy through these annotations).
    calendar_side: CalendarProvider = provider
    contacts_side: ContactsProvider = provider
    assert calendar_side is provider and contacts_side is provider


@pytest.mark.asyncio
async def test_first_pull_lists_everything_then_changes_and_deletions_arrive(
    radicale: RadicaleServer, provider: DavProvider
) -> None:
    path = radicale.make_calendar("work", "Work")
    etag_a = radicale.put(path + "a.ics", ics("uid-a", "Alpha"))
    radicale.put(path + "b.ics", ics("uid-b", "Beta"))
    calendar = replace(await the_calendar(provider, "Work"), id="cal-7")

    first = await provider.pull(calendar, None)
    assert not first.more and not first.deletions and not first.problems
    assert first.cursor and first.cursor.startswith("http://radicale.org/ns/sync/")
    by_uid = {e.uid: e for e in first.upserts}
    assert {u: e.title for u, e in by_uid.items()} == {"uid-a": "Alpha", "uid-b": "Beta"}
    assert by_uid["uid-a"].remote_id == "/alice/work/a.ics"
    assert by_uid["uid-a"].etag == etag_a
    assert by_uid["uid-a"].calendar_id == "cal-7" and by_uid["uid-a"].id == ""

    # Another client changes one item and deletes the other.
    new_etag = radicale.put(path + "a.ics", ics("uid-a", "Alpha, moved", start="20261202T090000Z"))
    radicale.delete(path + "b.ics")
    radicale.put(path + "c.ics", ics("uid-c", "Gamma"))
    second = await provider.pull(calendar, first.cursor)
    assert {(e.uid, e.title, e.etag) for e in second.upserts} >= {
        ("uid-a", "Alpha, moved", new_etag)
    }
    assert {e.uid for e in second.upserts} == {"uid-a", "uid-c"}
    assert second.deletions == ("/alice/work/b.ics",)
    assert second.cursor != first.cursor


@pytest.mark.asyncio
async def test_a_pull_without_changes_costs_exactly_one_request(
    radicale: RadicaleServer, provider: DavProvider, counter: Counter
) -> None:
    path = radicale.make_calendar("work", "Work")
    for n in range(5):
        radicale.put(f"{path}{n}.ics", ics(f"uid-{n}"))
    calendar = await the_calendar(provider, "Work")
    first = await provider.pull(calendar, None)
    assert len(first.upserts) == 5
    counter.reset()
    again = await provider.pull(calendar, first.cursor)
    assert again.upserts == () and again.deletions == ()
    assert again.cursor == first.cursor
    assert counter.requests == [("REPORT", "/alice/work/")]


@pytest.mark.asyncio
async def test_many_changes_are_fetched_in_batches(
    radicale: RadicaleServer, provider: DavProvider, counter: Counter
) -> None:
    path = radicale.make_calendar("work", "Work")
    for n in range(130):
        radicale.put(f"{path}{n}.ics", ics(f"uid-{n}"))
    calendar = await the_calendar(provider, "Work")
    counter.reset()
    page = await provider.pull(calendar, None)
    assert len({e.uid for e in page.upserts}) == 130
    # A first sync asks for the data in the listing itself: one request for everything.
    assert [m for m, _ in counter.requests] == ["REPORT"]
    for n in range(130):
        radicale.put(f"{path}{n}.ics", ics(f"uid-{n}", title=f"Changed {n}"))
    counter.reset()
    changed = await provider.pull(calendar, page.cursor)
    assert {e.title for e in changed.upserts} == {f"Changed {n}" for n in range(130)}
    # Later rounds list etags, then read the changed items in batches: list + 100 + 30.
    assert [m for m, _ in counter.requests] == ["REPORT", "REPORT", "REPORT"]


@pytest.mark.asyncio
async def test_an_expired_sync_token_raises_cursor_expired(
    radicale: RadicaleServer, provider: DavProvider
) -> None:
    radicale.make_calendar("work", "Work")
    calendar = await the_calendar(provider, "Work")
    with pytest.raises(CursorExpired):
        await provider.pull(calendar, "http://radicale.org/ns/sync/0000")


# --- writes -------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_create_is_idempotent_when_the_answer_was_lost(
    radicale: RadicaleServer, provider: DavProvider
) -> None:
    path = radicale.make_calendar("work", "Work")
    calendar = await the_calendar(provider, "Work")
    mine = event()
    created = await provider.create(calendar, mine, "key-1")
    assert created.remote_id == "/alice/work/meeting-1.ics"
    assert created.etag.startswith('"') and created.id == mine.id
    # The same outbox entry sent again (the first answer never arrived).
    again = await provider.create(calendar, mine, "key-1")
    assert (again.remote_id, again.etag) == (created.remote_id, created.etag)
    assert radicale.item_paths(path) == ["/alice/work/meeting-1.ics"]


@pytest.mark.asyncio
async def test_create_with_a_uid_another_client_already_used(
    radicale: RadicaleServer, provider: DavProvider
) -> None:
    path = radicale.make_calendar("work", "Work")
    calendar = await the_calendar(provider, "Work")
    mine = event(uid="shared@example.com")
    # Another client stored the very same event under its own name: Radicale answers
    # 409 no-uid-conflict; we find that href and take it as our own create.
    radicale.put(path + "theirs.ics", provider_body(mine))
    created = await provider.create(calendar, mine, "key-2")
    assert created.remote_id == "/alice/work/theirs.ics"
    assert radicale.item_paths(path) == ["/alice/work/theirs.ics"]
    # Different content under that UID is a conflict, not a silent merge.
    with pytest.raises(Conflict):
        await provider.create(calendar, replace(mine, title="Something else"), "key-3")
    # And a name taken by a different UID is a conflict too.
    radicale.put(path + "clash.ics", ics("another-uid"))
    clash = event(uid="clash")
    with pytest.raises(Conflict):
        await provider.create(calendar, clash, "key-4")


def provider_body(e: Event) -> bytes:
    return events_to_ics([e])


@pytest.mark.asyncio
async def test_update_with_a_stale_etag_is_a_conflict(
    radicale: RadicaleServer, provider: DavProvider
) -> None:
    radicale.make_calendar("work", "Work")
    calendar = await the_calendar(provider, "Work")
    created = await provider.create(calendar, event(), "k")
    updated = await provider.update(calendar, replace(created, title="Renamed"), created.etag)
    assert updated.etag and updated.etag != created.etag
    with pytest.raises(Conflict):
        await provider.update(calendar, replace(created, title="Stale"), created.etag)
    page = await provider.pull(calendar, None)
    assert [(e.title, e.etag) for e in page.upserts] == [("Renamed", updated.etag)]


@pytest.mark.asyncio
async def test_delete(radicale: RadicaleServer, provider: DavProvider) -> None:
    path = radicale.make_calendar("work", "Work")
    calendar = await the_calendar(provider, "Work")
    created = await provider.create(calendar, event(), "k")
    with pytest.raises(Conflict):
        await provider.delete(calendar, created.remote_id, '"not-the-etag"')
    await provider.delete(calendar, created.remote_id, created.etag)
    assert radicale.item_paths(path) == []
    # Already gone (deleted elsewhere, or our earlier DELETE's answer was lost): fine.
    await provider.delete(calendar, created.remote_id, created.etag)
    await provider.delete(calendar, "/alice/work/never-there.ics", '"x"')


@pytest.mark.asyncio
async def test_writing_where_the_server_forbids_it(provider: DavProvider) -> None:
    theirs = Calendar("", "acc-1", "Bob's calendar", remote_id="/bob/calendar/")
    with pytest.raises(ProviderError) as caught:
        await provider.create(theirs, event(), "k")
    assert str(caught.value) == "The server does not allow changes to Bob's calendar."


@pytest.mark.asyncio
async def test_a_series_with_a_moved_and_a_cancelled_occurrence_survives(
    radicale: RadicaleServer, provider: DavProvider
) -> None:
    radicale.make_calendar("work", "Work")
    calendar = await the_calendar(provider, "Work")
    start = datetime(2026, 11, 2, 10, tzinfo=AMS)  # a Monday, after the DST change
    master = event(
        uid="weekly@example.com",
        title="Weekly, planning; all",
        start=start,
        end=start + timedelta(minutes=30),
        rrule="FREQ=WEEKLY;COUNT=6",
        exdates=(start + timedelta(weeks=2),),
        description="Line one\nLine two",
        extra_ical="X-SOMETHING-UNKNOWN;X-PARAM=1:keep me\r\nCATEGORIES:Work,Travel",
    )
    moved = replace(
        master,
        id="local-override",
        rrule=None,
        exdates=(),
        recurrence_id=start + timedelta(weeks=1),
        start=start + timedelta(weeks=1, hours=3),
        end=start + timedelta(weeks=1, hours=3, minutes=30),
        title="Weekly (moved)",
    )
    created = await provider.create(calendar, master, "k", overrides=[moved])
    page = await provider.pull(calendar, None)
    assert not page.problems
    assert {e.remote_id for e in page.upserts} == {created.remote_id}
    assert {e.etag for e in page.upserts} == {created.etag}
    pulled = sorted(page.upserts, key=lambda e: e.recurrence_id is not None)
    assert [comparable(e) for e in pulled] == [comparable(master), comparable(moved)]


@pytest.mark.asyncio
async def test_unreadable_items_are_skipped_with_a_problem_and_the_rest_arrive(
    radicale: RadicaleServer, provider: DavProvider
) -> None:
    path = radicale.make_calendar("work", "Work")
    radicale.put(path + "good.ics", ics("good", "Good"))
    # Radicale itself accepts these (it refuses a missing UID or broken syntax on PUT;
    # those are covered by the scripted server below).
    mars = ics("mars").replace(
        "DTSTART:20261201T090000Z", "DTSTART;TZID=Mars/Olympus:20261201T090000"
    )
    radicale.put(path + "mars.ics", mars)
    radicale.put(
        path + "backwards.ics",
        ics("backwards").replace("DURATION:PT1H", "DTEND:20261101T090000Z"),
    )
    big = "X-PADDING:" + "a" * 70
    huge_extra = "\r\n".join([big] * (MAX_EVENT_BYTES // 70 + 10))
    radicale.put(path + "huge.ics", ics("huge", extra=huge_extra))
    calendar = await the_calendar(provider, "Work")
    page = await provider.pull(calendar, None)
    assert [e.uid for e in page.upserts] == ["good"]
    problems = "\n".join(page.problems)
    assert "/alice/work/mars.ics skipped: " in problems and "time zone" in problems
    assert "/alice/work/backwards.ics skipped: " in problems
    assert "/alice/work/huge.ics skipped: it is larger than 2 MB" in problems
    assert len(page.problems) == 3


@pytest.mark.asyncio
async def test_the_server_going_away_is_transient_and_coming_back_works(
    radicale: RadicaleServer, provider: DavProvider
) -> None:
    radicale.make_calendar("work", "Work")
    calendar = await the_calendar(provider, "Work")
    first = await provider.pull(calendar, None)
    radicale.stop()
    with pytest.raises(TransientError) as caught:
        await provider.pull(calendar, first.cursor)
    assert "127.0.0.1" in str(caught.value) and radicale.password not in str(caught.value)
    with pytest.raises(TransientError):
        await provider.create(calendar, event(), "k")
    radicale.start()
    created = await provider.create(calendar, event(), "k")
    page = await provider.pull(calendar, first.cursor)
    assert [e.remote_id for e in page.upserts] == [created.remote_id]


@pytest.mark.asyncio
async def test_a_password_changed_after_setup_is_an_auth_error(
    radicale: RadicaleServer, client: httpx.AsyncClient
) -> None:
    account = await discover(radicale.url, radicale.username, radicale.password, client=client)
    provider = DavProvider("acc-1", account, "old password", client=client)
    with pytest.raises(AuthError) as caught:
        await provider.calendars()
    assert "old password" not in str(caught.value)


# --- contacts -----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_address_books_pull_create_update_delete(
    radicale: RadicaleServer, provider: DavProvider, counter: Counter
) -> None:
    team = radicale.make_addressbook("team", "Team")
    radicale.make_addressbook("family", "Family")
    radicale.make_calendar("work", "Work")
    radicale.put(team + "ann.vcf", vcard("ann-uid", "Ann Example", "ann@example.com"))
    folders = await provider.folders()
    assert [(f.name, f.remote_id, f.parent_id) for f in folders] == [
        ("Family", "/alice/family/", None),
        ("Team", "/alice/team/", None),
    ]
    team_folder = replace(folders[1], id="f-team")
    family_folder = replace(folders[0], id="f-family")

    first = await provider.pull_contacts(team_folder, None)
    [ann] = first.upserts
    assert (ann.display_name, ann.emails, ann.remote_id) == (
        "Ann Example",
        ("ann@example.com",),
        "/alice/team/ann.vcf",
    )
    assert ann.folder_id == "f-team" and ann.id == "" and ann.etag

    # Our edit keeps the EMAIL's TYPE and the UID the other client gave it.
    edited = await provider.update_contact(team_folder, replace(ann, job_title="CEO"), ann.etag)
    text = radicale.get(team + "ann.vcf").text
    assert "UID:ann-uid" in text and "EMAIL;TYPE=INTERNET,WORK:ann@example.com" in text
    assert "TITLE:CEO" in text
    with pytest.raises(Conflict):
        await provider.update_contact(team_folder, replace(ann, notes="stale"), ann.etag)

    new = Contact(
        id="local-bob",
        folder_id="f-family",
        display_name="Bob, Jr.; the second",
        given_name="Bob",
        family_name="Builder",
        emails=("bob@example.com",),
        phones=("+31 20 123 4567",),
        notes="Two\nlines",
    )
    created = await provider.create_contact(family_folder, new, "bob-key")
    assert created.remote_id == "/alice/family/bob-key.vcf"
    again = await provider.create_contact(family_folder, new, "bob-key")
    assert again.remote_id == created.remote_id and again.etag == created.etag

    family_page = await provider.pull_contacts(family_folder, None)
    [bob] = family_page.upserts
    assert replace(bob, id="", folder_id="", etag="", remote_id="") == replace(
        created, id="", folder_id="", etag="", remote_id=""
    )

    # Changes by another client, and our own, arrive in the next team pull.
    radicale.put(team + "cy.vcf", vcard("cy", "Cy"))
    counter.reset()
    second = await provider.pull_contacts(team_folder, first.cursor)
    assert {c.display_name for c in second.upserts} == {"Cy", "Ann Example"}
    assert {c.etag for c in second.upserts if c.display_name == "Ann Example"} == {edited.etag}
    await provider.delete_contact(team_folder, edited.remote_id, edited.etag)
    third = await provider.pull_contacts(team_folder, second.cursor)
    assert third.deletions == ("/alice/team/ann.vcf",) and third.upserts == ()
    with pytest.raises(CursorExpired):
        await provider.pull_contacts(team_folder, "http://radicale.org/ns/sync/0000")


@pytest.mark.asyncio
async def test_a_contact_with_a_huge_photo_keeps_its_other_fields(
    radicale: RadicaleServer, provider: DavProvider
) -> None:
    book = radicale.make_addressbook("team", "Team")
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "A" * 1_100_000
    radicale.put(book + "p.vcf", vcard("p", "Pat", extra=photo))
    radicale.put(book + "q.vcf", vcard("q", "Quinn", extra="PHOTO;ENCODING=b;TYPE=JPEG:QUJD"))
    [folder] = await provider.folders()
    page = await provider.pull_contacts(folder, None)
    by_name = {c.display_name: c for c in page.upserts}
    assert "PHOTO" not in by_name["Pat"].extra_vcard
    assert "PHOTO;ENCODING=b;TYPE=JPEG:QUJD" in by_name["Quinn"].extra_vcard
    assert page.problems == ("/alice/team/p.vcf: its photo is larger than 1 MB and was dropped",)


# --- scripted servers: what Radicale will not do ----------------------------------------


class Scripted:
    """A tiny HTTP server: not DAV at all, or a DAV root behind /.well-known, or slow."""

    def __init__(self, *, well_known_root: bool = False, delay: float = 0.0) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def _send(self, code: int, body: bytes, headers: dict[str, str]) -> None:
                self.send_response(code)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                self._send(200, b"<html><body>Welcome</body></html>", {"Content-Type": "text/html"})

            def do_PROPFIND(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                if outer.delay:
                    threading.Event().wait(outer.delay)
                if not outer.well_known_root:
                    # What many plain web servers do with an unknown method on a page.
                    self._send(200, b"<html>Welcome</html>", {"Content-Type": "text/html"})
                elif self.path == "/.well-known/caldav":
                    self._send(301, b"", {"Location": "/dav/"})
                elif self.path == "/dav/":
                    self._multistatus(
                        "/dav/",
                        "<D:current-user-principal><D:href>/dav/principals/alice/</D:href>"
                        "</D:current-user-principal>",
                    )
                elif self.path == "/dav/principals/alice/":
                    self._multistatus(
                        self.path,
                        "<C:calendar-home-set><D:href>/dav/calendars/alice/</D:href>"
                        "</C:calendar-home-set>",
                    )
                else:
                    self._send(404, b"Not found", {"Content-Type": "text/plain"})

            def _multistatus(self, href: str, props: str) -> None:
                body = (
                    '<?xml version="1.0"?><D:multistatus xmlns:D="DAV:" '
                    'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:response>'
                    f"<D:href>{href}</D:href><D:propstat><D:prop>{props}</D:prop>"
                    "<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
                    "</D:multistatus>"
                ).encode()
                self._send(207, body, {"Content-Type": "application/xml"})

        self.well_known_root = well_known_root
        self.delay = delay
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> Scripted:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def multistatus(*responses: str, token: str = "tok-2") -> bytes:  # noqa: S107
    return (
        '<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:" '
        'xmlns:C="urn:ietf:params:xml:ns:caldav">'
        + "".join(responses)
        + f"<D:sync-token>{token}</D:sync-token></D:multistatus>"
    ).encode()


def item(href: str, etag: str, data: str | None = None) -> str:
    body = f"<C:calendar-data>{escape(data)}</C:calendar-data>" if data is not None else ""
    return (
        f"<D:response><D:href>{href}</D:href><D:propstat><D:prop><D:getetag>{etag}</D:getetag>"
        f"{body}</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
    )


ACCOUNT = DavAccount(
    "https://dav.example.com/",
    "alice",
    "https://dav.example.com/p/alice/",
    "https://dav.example.com/cal/alice/",
    None,
)
CAL = Calendar("c1", "acc", "Work", remote_id="/cal/alice/work/")


def scripted_provider(handler: Callable[[httpx.Request], httpx.Response]) -> DavProvider:
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return DavProvider("acc", ACCOUNT, "pw", client=client)


def test_items_without_uid_or_with_broken_syntax_are_skipped() -> None:
    bodies = {
        "/cal/alice/work/good.ics": ics("good", "Good"),
        "/cal/alice/work/no-uid.ics": ics("x").replace("UID:x\r\n", ""),
        "/cal/alice/work/garbage.ics": "hello, this is not iCalendar",
        "/cal/alice/work/two-uids.ics": ics("a").replace(
            "END:VCALENDAR", ics("b").split("VERSION:2.0\r\n", 1)[1].split("\r\n", 1)[1]
        ),
        "/cal/alice/work/task.ics": ics("t").replace("VEVENT", "VTODO"),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"].startswith("Basic ")
        if b"sync-collection" in request.content:
            listing = [item(h, f'"{n}"') for n, h in enumerate(bodies)]
            listing.append(
                "<D:response><D:href>/cal/alice/work/gone.ics</D:href>"
                "<D:status>HTTP/1.1 404 Not Found</D:status></D:response>"
            )
            # RFC 6578 3.6: a 507 on the collection itself means the answer was cut short.
            listing.append(
                "<D:response><D:href>/cal/alice/work/</D:href>"
                "<D:status>HTTP/1.1 507 Insufficient Storage</D:status></D:response>"
            )
            return httpx.Response(207, content=multistatus(*listing))
        assert b"calendar-multiget" in request.content
        got = [item(h, f'"{n}"', text) for n, (h, text) in enumerate(bodies.items())]
        return httpx.Response(207, content=multistatus(*got))

    async def run() -> None:
        provider = scripted_provider(handler)
        page = await provider.pull(CAL, "tok-1")
        await provider._session.client.aclose()
        assert [e.uid for e in page.upserts] == ["good"]
        assert page.deletions == ("/cal/alice/work/gone.ics",)
        assert page.more and page.cursor == "tok-2"
        assert sorted(page.problems) == [
            "/cal/alice/work/garbage.ics skipped: it is not iCalendar data",
            "/cal/alice/work/no-uid.ics skipped: it has no UID",
            "/cal/alice/work/two-uids.ics skipped: it holds events with different UIDs",
        ]

    asyncio.run(run())


def test_throttling_and_server_errors_are_transient_with_retry_after() -> None:
    answers = iter(
        [
            httpx.Response(503, headers={"Retry-After": "120"}),
            httpx.Response(429, headers={"Retry-After": "7"}),
            httpx.Response(500),
            httpx.Response(412, content=b"<?xml version='1.0'?><error xmlns='DAV:'/>"),
        ]
    )

    async def run() -> None:
        provider = scripted_provider(lambda request: next(answers))
        with pytest.raises(TransientError) as caught:
            await provider.pull(CAL, "tok")
        assert caught.value.retry_after == 120
        with pytest.raises(TransientError) as caught:
            await provider.update(CAL, event(remote_id="/cal/alice/work/x.ics"), '"e"')
        assert caught.value.retry_after == 7
        with pytest.raises(TransientError) as caught:
            await provider.delete(CAL, "/cal/alice/work/x.ics", '"e"')
        assert caught.value.retry_after is None
        # Xandikos says 412 for an expired token.
        with pytest.raises(CursorExpired):
            await provider.pull(CAL, "tok")
        await provider._session.client.aclose()

    asyncio.run(run())


def test_hostile_xml_is_refused_without_expanding_entities() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<D:multistatus xmlns:D="DAV:"><D:sync-token>&lol2;</D:sync-token></D:multistatus>'
    )

    async def run() -> None:
        provider = scripted_provider(lambda request: httpx.Response(207, content=bomb))
        with pytest.raises(ProviderError) as caught:
            await provider.pull(CAL, None)
        assert "cannot read" in str(caught.value)
        await provider._session.client.aclose()

    asyncio.run(run())


def test_resource_names_are_url_safe_and_stable() -> None:
    assert resource_name("meeting-1", ".ics") == "meeting-1.ics"
    weird = "040000008200E00074C5B7101A82E008@outlook/../x y"
    name = resource_name(weird, ".ics")
    assert name == hashlib.sha256(weird.encode()).hexdigest()[:40] + ".ics"
    assert resource_name(weird, ".ics") == name


def test_vcard_writer_output_is_accepted_by_radicale(radicale: RadicaleServer) -> None:
    book = radicale.make_addressbook("book")
    text = write_vcard(Contact("", "", 'Zoë; O\'Brien, "Jr"', notes="a\nb"), "z-1")
    radicale.put(book + "z.vcf", text)
    assert 'FN:Zoë\\; O\'Brien\\, "Jr"' in radicale.get(book + "z.vcf").text
