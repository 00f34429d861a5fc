"""Microsoft 365 end to end: the real msal and Meetdesk's services against the Graph emulator.

Sign-in goes through msal's loopback listener and a fake browser that posts the emulator's
consent form; every Graph request is a real HTTPS request to the emulator on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import webbrowser
from collections.abc import Coroutine, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import pytest

from desktop.domain import ALL_PERMISSIONS, Account, AccountState, Permission
from desktop.services.context import AppContext
from desktop.services.errors import ServiceError
from desktop.services.meetings import ScheduleRequest
from desktop.sync import SyncReport
from tests.emulators.graph import GraphEmulator
from tests.emulators.graph.browser import FakeBrowser
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401 - fixture

ALICE = "alice@contoso.example"
BOB = "bob@contoso.example"
T = TypeVar("T")


def soon(days: float = 1, hours: float = 0) -> datetime:
    base = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    return base + timedelta(days=days, hours=hours)


@pytest.fixture
def emu(monkeypatch: pytest.MonkeyPatch) -> Iterator[GraphEmulator]:
    with GraphEmulator(tenant="contoso") as emulator:
        emulator.add_user(ALICE, "Alice Able")
        emulator.add_user(BOB, "Bob Baker")
        # The emulator's CA is trusted the way a company's TLS-inspection CA would be.
        monkeypatch.setenv("SSL_CERT_FILE", emulator.ca_path)
        yield emulator


def use_browser(
    emu: GraphEmulator, monkeypatch: pytest.MonkeyPatch, behaviour: str = "consent"
) -> FakeBrowser:
    fake = FakeBrowser(emu.ca_path, behaviour)
    monkeypatch.delenv("BROWSER", raising=False)
    monkeypatch.setattr(webbrowser, "_tryorder", [])
    monkeypatch.setattr(webbrowser, "_browsers", {})
    webbrowser.register("meetdesk-test", None, fake, preferred=True)
    return fake


def run(ctx: AppContext, coroutine: Coroutine[Any, Any, T]) -> T:
    async def go() -> T:
        try:
            return await coroutine
        finally:
            await ctx.sync.close()

    return asyncio.run(go())


def connect(
    ctx: AppContext,
    emu: GraphEmulator,
    monkeypatch: pytest.MonkeyPatch,
    *,
    as_user: str = ALICE,
    permissions: frozenset[Permission] = ALL_PERMISSIONS,
) -> Account:
    emu.login_as(as_user)
    browser = use_browser(emu, monkeypatch)
    result = run(
        ctx,
        ctx.sync.connect_microsoft365(
            permissions,
            client_id=emu.client_id,
            authority=emu.authority_url,
            graph_url=emu.graph_url,
            sign_in_timeout=30,
        ),
    )
    browser.join()
    assert result.report is not None and result.report.state is AccountState.UP_TO_DATE, (
        result.report
    )
    return result.account


def sync(ctx: AppContext, account: Account) -> SyncReport:
    return run(ctx, ctx.sync.sync_account(account.id))


def titles(ctx: AppContext) -> list[str]:
    return sorted(row.title for row in ctx.meetings.upcoming(days=60))


def test_sign_in_first_sync_and_folders_with_the_token_cache_only_in_the_keyring(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    emu.add_event(
        ALICE,
        subject="Planning",
        start=soon(1),
        end=soon(1, 1),
        is_online_meeting=True,
        online_meeting_provider="teamsForBusiness",
    )
    emu.add_event(ALICE, subject="Long ago", start=soon(-400), end=soon(-400, 1))
    suppliers = emu.add_contact_folder(ALICE, "Suppliers")
    eu = emu.add_contact_folder(ALICE, "EU", suppliers)
    emu.add_contact(
        ALICE, eu, displayName="Eva Supplier", emailAddresses=[{"address": "eva@sup.example"}]
    )
    emu.add_contact(ALICE, None, displayName="Dan Default")
    caplog.set_level(logging.DEBUG)  # no library may log a secret, even at DEBUG

    account = connect(ctx, emu, monkeypatch)

    assert account.email == ALICE and account.display_name == "Alice Able"
    rows = ctx.meetings.upcoming(days=30)
    assert [r.title for r in rows] == ["Planning"]  # outside the window: not synced
    link = rows[0].join_link
    assert link is not None and link.service == "teams"
    assert link.url.startswith("https://teams.microsoft.com/l/meetup-join/")
    folders = {f.name: f for f in ctx.store.list_folders(account.id)}
    assert set(folders) == {"Contacts", "Suppliers", "EU"}
    assert folders["EU"].parent_id == folders["Suppliers"].id
    assert folders["Suppliers"].parent_id == folders["Contacts"].id
    in_eu = ctx.store.contacts_in_folders([folders["EU"].id])
    assert [c.display_name for c in in_eu] == ["Eva Supplier"]

    # Every Graph request asked for immutable ids; at most 3 ran at once for the mailbox.
    graph = emu.graph_requests()
    assert graph and all('IdType="ImmutableId"' in (r.header("Prefer") or "") for r in graph)
    assert emu.max_in_flight(ALICE) <= 3

    # The msal token cache is in the keyring, and no token reached the database or the log.
    stored = [k for _, k in memory_keyring.secrets if k.startswith(account.id)]
    assert f"{account.id}:token_cache#parts" in stored
    issued = [t for t in emu.tokens] + [t for t in emu.refresh_tokens] + list(emu.codes)
    assert issued
    database = ctx.profile.database_path.read_bytes()
    wal = Path(str(ctx.profile.database_path) + "-wal")
    everything = database + (wal.read_bytes() if wal.exists() else b"")
    log_text = "\n".join(r.getMessage() for r in caplog.records)
    for secret in issued:
        assert secret.encode() not in everything
        assert secret not in log_text


def test_remote_changes_deletions_and_events_leaving_the_window(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keep = emu.add_event(ALICE, subject="Weekly", start=soon(2), end=soon(2, 1))
    gone = emu.add_event(ALICE, subject="Cancelled one", start=soon(3), end=soon(3, 1))
    away = emu.add_event(ALICE, subject="Moved far away", start=soon(4), end=soon(4, 1))
    account = connect(ctx, emu, monkeypatch)
    assert titles(ctx) == ["Cancelled one", "Moved far away", "Weekly"]

    emu.update_event(keep, subject="Weekly (new room)")
    emu.delete_event(gone)
    emu.update_event(away, start=soon(900), end=soon(900, 1))  # out of the 18-month window
    emu.add_event(ALICE, subject="Added in Outlook", start=soon(5), end=soon(5, 1))
    emu.clear_requests()
    report = sync(ctx, account)

    assert report.state is AccountState.UP_TO_DATE
    assert titles(ctx) == ["Added in Outlook", "Weekly (new room)"]
    # Each @removed was looked up before the local copy went; the event that left the
    # window still exists on the server (nothing was deleted there).
    looked_up = [r.path for r in emu.graph_requests() if r.method == "GET" and "/events/" in r.path]
    assert any(gone in p or emu.rest_id(gone) in p for p in looked_up)
    assert any(away in p or emu.rest_id(away) in p for p in looked_up)
    assert emu.get_event(away)["subject"] == "Moved far away"
    assert not [r for r in emu.graph_requests() if r.method == "DELETE"]


def test_schedule_edit_and_delete_reach_graph_with_if_match_and_a_teams_link(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account = connect(ctx, emu, monkeypatch)
    calendar = ctx.store.list_calendars(account.id)[0]
    event = ctx.meetings.schedule(
        ScheduleRequest(
            topic="Design review",
            start=soon(2),
            duration_minutes=45,
            timezone="Europe/Amsterdam",
            attendees=("carol@fabrikam.example",),
            calendar_id=calendar.id,
            online_meeting="teams",
        )
    )
    report = sync(ctx, account)
    assert report.pushed == 1 and report.state is AccountState.UP_TO_DATE
    on_server = [e for e in emu.events(ALICE) if e["subject"] == "Design review"]
    assert len(on_server) == 1
    created = on_server[0]
    assert created["isOnlineMeeting"] is True
    assert created["transactionId"].startswith("meetdesk-")
    assert [a["emailAddress"]["address"] for a in created["attendees"]] == [
        "carol@fabrikam.example"
    ]
    sync(ctx, account)  # brings back the join link Graph made
    row = next(r for r in ctx.meetings.upcoming(days=30) if r.title == "Design review")
    assert row.join_link is not None and row.join_link.service == "teams"

    # Edit: PATCH with If-Match on the change key we hold.
    stored = ctx.store.get_event(event.id)
    assert stored is not None and stored.etag
    from desktop.cli import request_from_event

    request = request_from_event(stored)
    ctx.meetings.edit(event.id, replace(request, topic="Design review 2"))
    emu.clear_requests()
    sync(ctx, account)
    patches = [r for r in emu.graph_requests() if r.method == "PATCH"]
    assert len(patches) == 1 and patches[0].header("If-Match") == stored.etag
    assert emu.get_event(created["id"])["subject"] == "Design review 2"

    # Delete: DELETE with If-Match; the event is gone from Graph, and not created twice.
    ctx.meetings.delete(event.id)
    sync(ctx, account)
    assert not [e for e in emu.events(ALICE) if e["subject"].startswith("Design review")]
    assert "Design review 2" not in titles(ctx)


def test_a_create_sent_again_after_a_lost_answer_makes_no_duplicate(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the engine does after a crash between the create and its answer: send the same
    create (same idempotency key) again. The provider finds the first one instead."""
    account = connect(ctx, emu, monkeypatch)
    calendar = ctx.store.list_calendars(account.id)[0]
    event = ctx.meetings.build_event(
        ScheduleRequest(
            topic="Once only",
            start=soon(2),
            duration_minutes=30,
            timezone="UTC",
            calendar_id=calendar.id,
        )
    )
    provider = ctx.sync._provider_for(ctx.store.get_account(account.id))  # type: ignore[arg-type]
    assert provider is not None

    async def twice() -> tuple[str, str]:
        first = await provider.create(calendar, event, "key-123")
        again = await provider.create(calendar, event, "key-123")
        return first.remote_id, again.remote_id

    first_id, again_id = run(ctx, twice())
    assert first_id == again_id
    assert [e["subject"] for e in emu.events(ALICE)].count("Once only") == 1
    lookups = [r for r in emu.graph_requests() if r.method == "GET" and "$filter" in r.query]
    assert len(lookups) == 2  # each create looked for an earlier one first


def test_a_conflicting_edit_keeps_both_versions_and_asks(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account = connect(ctx, emu, monkeypatch)
    calendar = ctx.store.list_calendars(account.id)[0]
    event = ctx.meetings.schedule(
        ScheduleRequest(
            topic="Budget",
            start=soon(2),
            duration_minutes=30,
            timezone="UTC",
            calendar_id=calendar.id,
        )
    )
    sync(ctx, account)
    remote_id = ctx.store.get_event(event.id).remote_id  # type: ignore[union-attr]
    from desktop.cli import request_from_event

    request = request_from_event(ctx.store.get_event(event.id))  # type: ignore[arg-type]
    ctx.meetings.edit(event.id, replace(request, topic="Budget (mine)"))
    emu.update_event(remote_id, subject="Budget (Outlook)")
    report = sync(ctx, account)

    assert report.conflicts == 1
    statuses = [r.status for r in emu.graph_requests() if r.method == "PATCH"]
    assert 412 in statuses  # the stale change key was refused, not overwritten
    assert emu.get_event(remote_id)["subject"] == "Budget (Outlook)"
    assert {"Budget (mine)", "Budget (Outlook)"} <= set(titles(ctx))
    assert ctx.sync.engine.conflicts(account.id)


def test_an_expired_delta_token_lists_again_without_losing_or_doubling(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for day in range(1, 6):
        emu.add_event(ALICE, subject=f"Day {day}", start=soon(day), end=soon(day, 1))
    account = connect(ctx, emu, monkeypatch)
    emu.expire_delta_tokens()
    gone = emu.events(ALICE)[0]["id"]
    emu.delete_event(gone)
    emu.clear_requests()
    report = sync(ctx, account)
    assert report.state is AccountState.UP_TO_DATE
    assert 410 in [r.status for r in emu.graph_requests()]
    assert len(titles(ctx)) == 4 and len(set(titles(ctx))) == 4


def test_a_throttling_storm_is_waited_out(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account = connect(ctx, emu, monkeypatch)
    emu.add_event(ALICE, subject="After the storm", start=soon(1), end=soon(1, 1))
    emu.throttle_next(4, status=429, retry_after=0)
    emu.throttle_next(2, status=503, retry_after=0)
    emu.clear_requests()
    report = sync(ctx, account)
    assert report.state is AccountState.UP_TO_DATE
    statuses = [r.status for r in emu.graph_requests()]
    assert statuses.count(429) == 4 and statuses.count(503) == 2
    assert "After the storm" in titles(ctx)


def test_a_long_throttle_leaves_the_account_offline_and_retries_later(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account = connect(ctx, emu, monkeypatch)
    emu.throttle_next(50, status=429, retry_after=3600)
    report = sync(ctx, account)
    assert report.state is AccountState.OFFLINE
    assert "slow down" in report.reason


def test_a_revoked_sign_in_stops_only_that_account(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alice = connect(ctx, emu, monkeypatch, as_user=ALICE)
    bob = connect(ctx, emu, monkeypatch, as_user=BOB)
    emu.revoke_refresh_tokens(ALICE)
    emu.expire_access_tokens(ALICE)
    emu.add_event(BOB, subject="Bob's new meeting", start=soon(1), end=soon(1, 1))
    reports = run(ctx, ctx.sync.sync_all())
    assert reports[alice.id].state is AccountState.NEEDS_SIGN_IN
    assert "Sign in again" in reports[alice.id].reason
    assert reports[bob.id].state is AccountState.UP_TO_DATE
    assert "Bob's new meeting" in titles(ctx)


def test_a_delegated_calendar_shows_private_events_as_private_meeting_only(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secret = "Acquisition of Fabrikam"
    emu.add_event(
        BOB,
        subject=secret,
        start=soon(1),
        end=soon(1, 1),
        body="Codename BLUEBIRD, do not forward",
        location="Board room 7",
        attendees=["ceo@fabrikam.example"],
        sensitivity="private",
        is_online_meeting=True,
        online_meeting_provider="teamsForBusiness",
    )
    emu.add_event(BOB, subject="Team lunch", start=soon(2), end=soon(2, 1))
    shared_id = emu.share_calendar(BOB, ALICE, "read")
    account = connect(ctx, emu, monkeypatch, as_user=ALICE)

    shared = next(c for c in ctx.store.list_calendars(account.id) if c.remote_id == shared_id)
    assert shared.owner is not None and shared.owner.email == BOB
    assert not shared.can_view_private and not shared.writable
    rows = {r.title: r for r in ctx.meetings.upcoming(days=30)}
    assert set(rows) == {"Private meeting", "Team lunch"}
    private = rows["Private meeting"]
    assert private.host.email == BOB  # "Meetings hosted by" Bob
    assert private.join_link is None and not private.event.attendees
    assert not ctx.meetings.can_edit(private.event)
    database = ctx.profile.database_path.read_bytes()
    wal = Path(str(ctx.profile.database_path) + "-wal")
    everything = database + (wal.read_bytes() if wal.exists() else b"")
    for leaked in (secret, "BLUEBIRD", "Board room 7", "ceo@fabrikam.example", "meetup-join"):
        assert leaked.encode() not in everything


def test_an_abandoned_browser_sign_in_fails_clearly_and_saves_nothing(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_browser(emu, monkeypatch, "abandon")
    with pytest.raises(ServiceError, match="not finished"):
        run(
            ctx,
            ctx.sync.connect_microsoft365(
                ALL_PERMISSIONS,
                client_id=emu.client_id,
                authority=emu.authority_url,
                graph_url=emu.graph_url,
                sign_in_timeout=2,
            ),
        )
    assert [a.kind.value for a in ctx.store.list_accounts()] == ["local"]
    assert not memory_keyring.secrets


def test_a_sign_in_cancelled_while_the_browser_waits_ends_at_once_and_saves_nothing(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Closing the Connect wizard stops msal's loopback listener instead of leaving it up
    until its timeout (here 5 minutes: the test would time out, not pass, if it stayed)."""
    browser = use_browser(emu, monkeypatch, "abandon")
    outcome: list[BaseException] = []
    listening_ports: list[int] = []

    def connect_in_the_background() -> None:
        try:
            run(
                ctx,
                ctx.sync.connect_microsoft365(
                    ALL_PERMISSIONS,
                    client_id=emu.client_id,
                    authority=emu.authority_url,
                    graph_url=emu.graph_url,
                    sign_in_timeout=300,
                ),
            )
        except BaseException as exc:  # the test looks at it
            outcome.append(exc)

    worker = threading.Thread(target=connect_in_the_background, daemon=True)
    worker.start()
    assert browser.was_opened.wait(30)
    redirect = parse_qs(urlsplit(browser.opened[0]).query)["redirect_uri"][0]
    listening_ports.append(urlsplit(redirect).port or 0)
    ctx.sync.cancel_sign_in()
    worker.join(60)
    assert not worker.is_alive()
    [error] = outcome
    assert isinstance(error, ServiceError) and str(error) == "Sign-in was cancelled."
    assert [a.kind.value for a in ctx.store.list_accounts()] == ["local"]
    assert not memory_keyring.secrets
    with pytest.raises(OSError):  # nothing listens for the browser any more
        socket.create_connection(("127.0.0.1", listening_ports[0]), timeout=2).close()


def test_read_only_permissions_ask_for_read_scopes_and_refuse_writes(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account = connect(
        ctx,
        emu,
        monkeypatch,
        permissions=frozenset({Permission.CALENDAR_READ, Permission.CONTACTS_READ}),
    )
    authorize = [r for r in emu.requests if r.path.endswith("/authorize")]
    scope = authorize[-1].query["scope"]
    assert "Calendars.Read" in scope and "Calendars.ReadWrite" not in scope
    assert "Contacts.Read" in scope and "Contacts.ReadWrite" not in scope
    assert all(c.account_id != account.id for c in ctx.meetings.writable_calendars())

    # Configure asks for more: only then must Microsoft ask the person again.
    assert not ctx.sync.needs_consent(account.id, {Permission.CALENDAR_READ})
    assert ctx.sync.needs_consent(account.id, ALL_PERMISSIONS)
    use_browser(emu, monkeypatch)
    report = run(ctx, ctx.sync.sign_in_again(account.id, ALL_PERMISSIONS, sign_in_timeout=30))
    assert report.state is AccountState.UP_TO_DATE
    scope = [r for r in emu.requests if r.path.endswith("/authorize")][-1].query["scope"]
    assert "Calendars.ReadWrite" in scope and "Contacts.ReadWrite" in scope
    updated = ctx.store.get_account(account.id)
    assert updated is not None and updated.permissions == ALL_PERMISSIONS
    assert any(c.account_id == account.id for c in ctx.meetings.writable_calendars())
    assert not ctx.sync.needs_consent(account.id, ALL_PERMISSIONS)


def test_signing_in_again_after_revocation_resumes_sync_and_refuses_another_person(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account = connect(ctx, emu, monkeypatch, as_user=ALICE)
    emu.revoke_refresh_tokens(ALICE)
    emu.expire_access_tokens(ALICE)
    assert sync(ctx, account).state is AccountState.NEEDS_SIGN_IN

    # The wrong person signs in: refused, and the account still needs its own sign-in.
    emu.login_as(BOB)
    use_browser(emu, monkeypatch)
    with pytest.raises(ServiceError, match=r"not as alice@contoso\.example"):
        run(ctx, ctx.sync.sign_in_again(account.id, sign_in_timeout=30))

    emu.login_as(ALICE)
    use_browser(emu, monkeypatch)
    emu.add_event(ALICE, subject="While signed out", start=soon(1), end=soon(1, 1))
    report = run(ctx, ctx.sync.sign_in_again(account.id, sign_in_timeout=30))
    assert report.state is AccountState.UP_TO_DATE
    assert "While signed out" in titles(ctx)
    authorize = [r for r in emu.requests if r.path.endswith("/authorize")]
    assert authorize[-1].query.get("login_hint") == ALICE  # the browser offers the same person


def app_certificate(folder: Path) -> tuple[Path, bytes]:
    """A key and self-signed certificate in one PEM file, as an administrator provides it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Meetdesk app")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    cert_pem = certificate.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path = folder / "meetdesk-app.pem"
    path.write_bytes(key_pem + cert_pem)
    return path, cert_pem


def test_admin_mode_reads_the_mailbox_with_the_apps_certificate_and_nobody_signs_in(
    tmp_path: Path,
    profile: Any,
    policy_file: Path,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from desktop.policy import load_policy
    from desktop.services.context import build_context

    path, cert_pem = app_certificate(tmp_path)
    client_id = emu.register_confidential_client("8d2f6a9e-0b1c-4e5f-9a7b-3c4d5e6f7a8b", cert_pem)
    policy_file.write_text(
        json.dumps(
            {
                "enforced": {
                    "microsoft_configured_by": "admin",
                    "microsoft_certificate": str(path),
                    "microsoft_client_id": client_id,
                    "microsoft_authority": emu.authority_url,
                    "microsoft_graph_url": emu.graph_url,
                }
            }
        )
    )
    emu.add_event(ALICE, subject="Board meeting", start=soon(1), end=soon(1, 1))
    emu.add_contact(ALICE, None, displayName="Dan Default")
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    ctx = build_context(profile, policy=load_policy())
    try:
        result = run(ctx, ctx.sync.connect_microsoft365(ALL_PERMISSIONS, mailbox=ALICE))
        assert result.report is not None and result.report.state is AccountState.UP_TO_DATE
        assert titles(ctx) == ["Board meeting"]
        assert not opened and not [r for r in emu.requests if r.path.endswith("/authorize")]
        graph = emu.graph_requests()
        assert graph and all(r.path.startswith("/v1.0/users/") for r in graph)
        assert not memory_keyring.secrets  # the certificate stays the administrator's file
        # A later sync (a new provider) gets a new app token the same way.
        emu.add_event(ALICE, subject="Added later", start=soon(2), end=soon(2, 1))
        report = run(ctx, ctx.sync.sync_account(result.account.id))
        assert report.state is AccountState.UP_TO_DATE
        assert "Added later" in titles(ctx)
    finally:
        ctx.close()


def test_admin_mode_without_a_usable_certificate_says_so(
    tmp_path: Path,
    profile: Any,
    policy_file: Path,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    import json

    from desktop.policy import load_policy
    from desktop.services.context import build_context

    missing = tmp_path / "nowhere.pem"
    policy_file.write_text(
        json.dumps(
            {
                "enforced": {
                    "microsoft_configured_by": "admin",
                    "microsoft_certificate": str(missing),
                    "microsoft_client_id": "8d2f6a9e-0b1c-4e5f-9a7b-3c4d5e6f7a8b",
                    "microsoft_authority": emu.authority_url,
                    "microsoft_graph_url": emu.graph_url,
                }
            }
        )
    )
    ctx = build_context(profile, policy=load_policy())
    try:
        with pytest.raises(ServiceError, match="certificate cannot be read"):
            run(ctx, ctx.sync.connect_microsoft365(ALL_PERMISSIONS, mailbox=ALICE))
        assert [a.kind.value for a in ctx.store.list_accounts()] == ["local"]
    finally:
        ctx.close()


def test_two_way_sync_version_1_keeps_only_meetings_scheduled_here_for_30_days(
    profile: Any,
    policy_file: Path,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from desktop.policy import load_policy
    from desktop.services.context import build_context

    policy_file.write_text(json.dumps({"enforced": {"sync_version": 1}}))
    emu.add_event(
        ALICE, subject="From Meetdesk", start=soon(3), end=soon(3, 1), transaction_id="meetdesk-k1"
    )
    emu.add_event(
        ALICE,
        subject="From Meetdesk, later",
        start=soon(45),
        end=soon(45, 1),
        transaction_id="meetdesk-k2",
    )
    emu.add_event(ALICE, subject="From Outlook", start=soon(2), end=soon(2, 1))
    ctx = build_context(profile, policy=load_policy())
    try:
        account = connect(ctx, emu, monkeypatch)
        assert sorted(r.title for r in ctx.meetings.upcoming(days=90)) == ["From Meetdesk"]
        delta = [r for r in emu.graph_requests() if r.path.endswith("/calendarView/delta")]
        first = delta[0].query
        span = datetime.fromisoformat(first["endDateTime"]) - datetime.fromisoformat(
            first["startDateTime"]
        )
        assert span == timedelta(days=30)
        assert sync(ctx, account).state is AccountState.UP_TO_DATE
    finally:
        ctx.close()


def test_contacts_made_and_edited_here_reach_their_outlook_folder(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.services.contacts import ContactInput

    suppliers = emu.add_contact_folder(ALICE, "Suppliers")
    account = connect(ctx, emu, monkeypatch)
    folder = next(f for f in ctx.store.list_folders(account.id) if f.name == "Suppliers")
    added = ctx.contacts.add(
        ContactInput("Frida Vendor", emails=("frida@vendor.example",), phones=("+31 20 555 0101",)),
        folder.id,
    )
    assert sync(ctx, account).pushed == 1
    on_server = [c for c in emu.contacts(ALICE) if c["displayName"] == "Frida Vendor"]
    assert len(on_server) == 1
    assert on_server[0]["parentFolderId"] == suppliers
    assert on_server[0]["emailAddresses"][0]["address"] == "frida@vendor.example"

    ctx.contacts.edit(
        added.id,
        ContactInput("Frida Vendor", emails=("frida@vendor.example",), company="Vendor B.V."),
    )
    emu.clear_requests()
    sync(ctx, account)
    patch = [r for r in emu.graph_requests() if r.method == "PATCH"]
    assert len(patch) == 1 and patch[0].header("If-Match")
    assert emu.get_contact(on_server[0]["id"])["companyName"] == "Vendor B.V."
    # Changed in Outlook: it comes back here.
    emu.update_contact(on_server[0]["id"], jobTitle="Buyer")
    sync(ctx, account)
    assert ctx.contacts.get(added.id).job_title == "Buyer"


def test_a_contact_create_sent_again_after_a_lost_answer_makes_no_duplicate(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Contacts have no transactionId: the key rides in an extended property instead."""
    from desktop.domain import Contact

    suppliers = emu.add_contact_folder(ALICE, "Suppliers")
    account = connect(ctx, emu, monkeypatch)
    provider = ctx.sync._provider_for(ctx.store.get_account(account.id))  # type: ignore[arg-type]
    assert provider is not None
    contact = Contact(
        id="", folder_id="", display_name="Once Only", emails=("once@vendor.example",)
    )

    folders = {f.name: f for f in ctx.store.list_folders(account.id)}

    async def creates() -> list[tuple[str, str]]:
        ids = []
        for name in ("Suppliers", "Contacts"):  # a folder, and the default one
            first = await provider.create_contact(folders[name], contact, f"key-{name}")
            again = await provider.create_contact(folders[name], contact, f"key-{name}")
            ids.append((first.remote_id, again.remote_id))
        return ids

    for first_id, again_id in run(ctx, creates()):
        assert first_id == again_id
    made = [c for c in emu.contacts(ALICE) if c["displayName"] == "Once Only"]
    assert len(made) == 2
    assert sorted(c["parentFolderId"] == suppliers for c in made) == [False, True]
    # A different key is a different contact (a new provider: run() closed the last one).
    provider = ctx.sync._provider_for(ctx.store.get_account(account.id))  # type: ignore[arg-type]
    assert provider is not None
    run(ctx, provider.create_contact(folders["Suppliers"], contact, "another-key"))
    assert [c["displayName"] for c in emu.contacts(ALICE)].count("Once Only") == 3


def test_an_outlook_category_asks_for_a_meeting_link_and_graph_keeps_its_categories(
    ctx: AppContext,
    emu: GraphEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The category chosen in Settings works for Microsoft 365 as for CalDAV: the event gets
    a link and the invitation once; Outlook's categories stay as they were on the server."""
    ctx.settings.set("auto_link_category", "Online meeting")
    tagged = emu.add_event(
        ALICE,
        subject="Tagged in Outlook",
        start=soon(2),
        end=soon(2, 1),
        location="Room 4",
        body="Agenda: budget",
        categories=["Blue category", "Online meeting"],
    )
    emu.add_event(ALICE, subject="Other", start=soon(3), end=soon(3, 1), categories=["Blue"])
    account = connect(ctx, emu, monkeypatch)
    sync(ctx, account)  # pushes what the first sync's link-adding queued
    rows = {row.title: row for row in ctx.meetings.upcoming(days=60)}
    assert rows["Tagged in Outlook"].join_link is not None
    assert rows["Other"].join_link is None
    on_server = emu.get_event(tagged)
    assert rows["Tagged in Outlook"].join_link.url in str(on_server["body"]["content"])
    assert on_server["location"]["displayName"] == "Room 4"
    assert on_server["categories"] == ["Blue category", "Online meeting"]

    # Once only: the next sync sends nothing more.
    emu.clear_requests()
    sync(ctx, account)
    assert not [r for r in emu.graph_requests() if r.method in ("PATCH", "POST")]
