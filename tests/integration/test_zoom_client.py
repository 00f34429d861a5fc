"""desktop.conferencing.zoom against the Zoom emulator, with an in-memory keyring."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import httpx
import pytest
import pytest_asyncio

from desktop.conferencing.zoom import (
    CALLBACK_PATH,
    ZoomAuthError,
    ZoomClient,
    ZoomConfig,
    ZoomError,
    ZoomMeeting,
    ZoomMeetingRequest,
    ZoomMeetingSettings,
    ZoomNotFound,
    ZoomTokens,
    ZoomTokenStore,
    ZoomTransient,
    format_meeting_id,
    invitation_fields,
    read_client_secret,
    sign_in,
    store_client_secret,
)
from tests.emulators.zoom import FakeBrowser, ZoomEmulator
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401 - fixture

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

EVERY_SETTING = ZoomMeetingSettings(
    host_video=True,
    participant_video=True,
    join_before_host=True,
    mute_upon_entry=True,
    watermark=True,
    use_pmi=False,
    approval_type=0,
    audio="telephony",
    auto_recording="cloud",
    waiting_room=True,
    meeting_authentication=True,
    authentication_domains=("example.com", "*.example.org"),
    alternative_hosts=("bob@example.com", "carol@example.com"),
    close_registration=True,
    registrants_confirmation_email=False,
)


def request(**changes: object) -> ZoomMeetingRequest:
    base = ZoomMeetingRequest(
        topic="Quarterly planning",
        start=datetime(2026, 12, 1, 10, 0, tzinfo=AMSTERDAM),
        duration_minutes=45,
        timezone="Europe/Amsterdam",
        password="Pa55-word",
        agenda="Budget\nHiring",
        settings=EVERY_SETTING,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def emu() -> Iterator[ZoomEmulator]:
    with ZoomEmulator() as emulator:
        yield emulator


@pytest.fixture
def config(emu: ZoomEmulator) -> ZoomConfig:
    return ZoomConfig(emu.client_id, emu.client_secret, emu.oauth_url, emu.api_url)


@pytest.fixture
def store(memory_keyring: MemoryKeyring) -> ZoomTokenStore:  # noqa: F811 - fixture
    return ZoomTokenStore()


def seed(emu: ZoomEmulator, store: ZoomTokenStore, *, expires_in: float = 3600) -> ZoomTokens:
    answer = emu.issue_tokens()
    tokens = ZoomTokens(
        answer["access_token"], answer["refresh_token"], time.time() + expires_in, answer["scope"]
    )
    store.save(tokens)
    return tokens


@pytest_asyncio.fixture
async def client(config: ZoomConfig, store: ZoomTokenStore) -> AsyncIterator[ZoomClient]:
    zoom = ZoomClient(config, store, verify=False)
    yield zoom
    await zoom.aclose()


def port_is_closed(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


# ------------------------------------------------------------------------------ sign-in


@pytest.mark.asyncio
async def test_sign_in_through_the_loopback_ignores_foreign_requests(
    emu: ZoomEmulator, config: ZoomConfig, store: ZoomTokenStore
) -> None:
    foreign: list[int] = []

    def meddle(callback: str) -> None:
        # Another local process knocks first: a wrong state, a wrong path, a POST.
        parts = urlsplit(callback)
        base = f"{parts.scheme}://{parts.netloc}"
        code = parse_qs(parts.query)["code"][0]
        with httpx.Client(trust_env=False, timeout=5) as other:
            foreign.append(
                other.get(f"{base}{CALLBACK_PATH}", params={"code": code, "state": "x"}).status_code
            )
            foreign.append(other.get(f"{base}{CALLBACK_PATH}", params={"code": "evil"}).status_code)
            foreign.append(other.get(f"{base}/favicon.ico").status_code)
            foreign.append(other.post(f"{base}{CALLBACK_PATH}?{parts.query}").status_code)

    browser = FakeBrowser(before_callback=meddle)
    tokens = await sign_in(config, open_browser=browser, timeout=30, store=store, verify=False)

    assert browser.error is None
    assert foreign == [400, 400, 404, 405]
    # The authorize request: PKCE S256, a state, the loopback redirect on 127.0.0.1.
    authorize = emu.oauth_requests()[0]
    assert authorize.path == "/oauth/authorize"
    assert authorize.query["code_challenge_method"] == "S256"
    assert len(authorize.query["code_challenge"]) == 43
    assert len(authorize.query["state"]) >= 22
    redirect = urlsplit(authorize.query["redirect_uri"])
    assert redirect.scheme == "http"
    assert redirect.hostname == "127.0.0.1"
    assert redirect.path == CALLBACK_PATH
    # The browser got the "you can close this page" answer, after the foreign requests.
    assert browser.visits[-1][1] == 200
    # The confidential app authenticated with HTTP Basic; the verifier went along.
    token_request = emu.oauth_requests()[1]
    assert token_request.header("Authorization").startswith("Basic ")
    form = token_request.form()
    assert form["grant_type"] == "authorization_code"
    assert form["redirect_uri"] == authorize.query["redirect_uri"]
    assert "client_secret" not in form
    # Tokens work, and they are in the keyring.
    assert tokens.access_token in emu.access_tokens
    assert store.load() == tokens
    # The listener is gone.
    assert redirect.port is not None
    assert port_is_closed(redirect.port)
    async with ZoomClient(config, store, verify=False) as zoom:
        assert (await zoom.me())["email"] == emu.user.email


@pytest.mark.asyncio
async def test_sign_in_with_a_public_client_sends_no_secret(emu: ZoomEmulator) -> None:
    config = ZoomConfig(emu.public_client_id, "", emu.oauth_url, emu.api_url)
    tokens = await sign_in(config, open_browser=FakeBrowser(), timeout=30, verify=False)
    token_request = emu.oauth_requests()[1]
    assert token_request.header("Authorization") is None
    assert token_request.form()["client_id"] == emu.public_client_id
    assert emu.access_tokens[tokens.access_token].client_id == emu.public_client_id


@pytest.mark.asyncio
async def test_sign_in_times_out_and_closes_the_listener(
    emu: ZoomEmulator, config: ZoomConfig
) -> None:
    opened: list[str] = []

    def browser(url: str) -> bool:
        opened.append(url)
        return True  # the person never finishes

    with pytest.raises(ZoomAuthError, match="not finished"):
        await sign_in(config, open_browser=browser, timeout=0.3, verify=False)
    redirect = urlsplit(parse_qs(urlsplit(opened[0]).query)["redirect_uri"][0])
    assert redirect.port is not None
    assert port_is_closed(redirect.port)
    assert emu.oauth_requests() == []


@pytest.mark.asyncio
async def test_sign_in_refused_in_the_browser(emu: ZoomEmulator, config: ZoomConfig) -> None:
    emu.deny_authorization = True
    with pytest.raises(ZoomAuthError, match="cancelled or refused"):
        await sign_in(config, open_browser=FakeBrowser(), timeout=30, verify=False)
    assert [r.path for r in emu.oauth_requests()] == ["/oauth/authorize"]


@pytest.mark.asyncio
async def test_sign_in_without_a_browser(config: ZoomConfig) -> None:
    with pytest.raises(ZoomError, match="could not open a web browser"):
        await sign_in(config, open_browser=lambda url: False, timeout=30, verify=False)


@pytest.mark.asyncio
async def test_sign_in_with_a_wrong_secret(emu: ZoomEmulator) -> None:
    config = ZoomConfig(emu.client_id, "wrong", emu.oauth_url, emu.api_url)
    with pytest.raises(ZoomError, match="app ID or secret") as caught:
        await sign_in(config, open_browser=FakeBrowser(), timeout=30, verify=False)
    assert not isinstance(caught.value, ZoomAuthError)


# ------------------------------------------------------------------------------ meetings


@pytest.mark.asyncio
async def test_create_round_trips_every_field(
    emu: ZoomEmulator, store: ZoomTokenStore, client: ZoomClient
) -> None:
    seed(emu, store)
    meeting = await client.create_meeting(request())

    stored = emu.meetings[meeting.id]
    assert meeting.uuid == stored["uuid"]
    assert meeting.topic == "Quarterly planning"
    assert meeting.start == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert stored["start_time"] == "2026-12-01T09:00:00Z"
    assert meeting.duration == 45
    assert meeting.timezone == "Europe/Amsterdam"
    assert meeting.password == "Pa55-word"
    assert stored["agenda"] == "Budget\nHiring"
    assert meeting.settings == EVERY_SETTING
    assert stored["settings"]["alternative_hosts"] == "bob@example.com;carol@example.com"
    assert stored["settings"]["authentication_domains"] == "example.com,*.example.org"
    assert meeting.join_url == stored["join_url"]
    assert meeting.start_url == stored["start_url"]
    assert meeting.encrypted_password == stored["encrypted_password"]
    assert meeting.h323_password == stored["h323_password"] != ""
    assert meeting.pstn_password == stored["pstn_password"] != ""
    assert meeting.dial_in == (
        "+1 555 010 0123 (New York, US)",
        "+31 20 555 0142 (Amsterdam, Netherlands)",
        "+49 30 5550 1234 (Germany)",
    )
    assert await client.get_meeting(meeting.id) == meeting
    # Secrets stay out of repr (it ends up in tracebacks and logs).
    assert meeting.start_url not in repr(meeting)
    assert meeting.password not in repr(meeting)


@pytest.mark.asyncio
async def test_default_settings_and_generated_password(
    emu: ZoomEmulator, store: ZoomTokenStore, client: ZoomClient
) -> None:
    seed(emu, store)
    meeting = await client.create_meeting(
        request(password="", settings=ZoomMeetingSettings(), agenda="")
    )
    body = emu.api_requests()[0]
    assert body.method == "POST"
    assert b'"password"' not in body.body
    assert meeting.password  # Zoom chose one
    assert meeting.settings == ZoomMeetingSettings()


@pytest.mark.asyncio
async def test_update_patches_then_reads_back(
    emu: ZoomEmulator, store: ZoomTokenStore, client: ZoomClient
) -> None:
    seed(emu, store)
    meeting = await client.create_meeting(request())
    later = datetime(2026, 12, 2, 15, 30, tzinfo=ZoneInfo("America/New_York"))
    updated = await client.update_meeting(
        meeting.id,
        request(
            topic="Planning, moved",
            start=later,
            timezone="America/New_York",
            duration_minutes=30,
            password="",
            settings=replace(EVERY_SETTING, waiting_room=False, alternative_hosts=()),
        ),
    )
    assert [(r.method, r.status) for r in emu.api_requests()[1:]] == [
        ("PATCH", 204),
        ("GET", 200),
    ]
    assert updated.id == meeting.id
    assert updated.topic == "Planning, moved"
    assert updated.start == later
    assert updated.timezone == "America/New_York"
    assert updated.duration == 30
    assert updated.settings.waiting_room is False
    assert updated.settings.alternative_hosts == ()
    # No password sent: the meeting keeps its passcode and join link.
    assert updated.password == meeting.password
    assert updated.join_url == meeting.join_url


@pytest.mark.asyncio
async def test_delete_and_delete_again(
    emu: ZoomEmulator, store: ZoomTokenStore, client: ZoomClient
) -> None:
    seed(emu, store)
    meeting = await client.create_meeting(request())
    await client.delete_meeting(meeting.id)
    assert meeting.id not in emu.meetings
    await client.delete_meeting(meeting.id)  # gone already: fine
    assert [r.status for r in emu.api_requests() if r.method == "DELETE"] == [204, 404]
    with pytest.raises(ZoomNotFound) as caught:
        await client.get_meeting(meeting.id)
    assert caught.value.code == 3001
    with pytest.raises(ZoomNotFound):
        await client.update_meeting(meeting.id, request())


@pytest.mark.asyncio
async def test_validation_error_is_a_plain_zoom_error(
    emu: ZoomEmulator, store: ZoomTokenStore, client: ZoomClient
) -> None:
    seed(emu, store)
    with pytest.raises(ZoomError, match=r"settings\.alternative_hosts") as caught:
        await client.create_meeting(
            request(settings=ZoomMeetingSettings(alternative_hosts=("not an address",)))
        )
    assert type(caught.value) is ZoomError
    assert caught.value.code == 300
    assert caught.value.status == 400
    assert emu.meetings == {}


def test_request_is_checked() -> None:
    with pytest.raises(ValueError, match="time zone"):
        request(start=datetime(2026, 12, 1, 10, 0))
    with pytest.raises(ValueError, match="unknown time zone"):
        request(timezone="Mars/Olympus")
    with pytest.raises(ValueError, match="minute"):
        request(duration_minutes=0)


# ------------------------------------------------------------------------------ tokens


@pytest.mark.asyncio
async def test_no_sign_in_asks_to_sign_in(
    emu: ZoomEmulator, store: ZoomTokenStore, client: ZoomClient
) -> None:
    with pytest.raises(ZoomAuthError, match="Sign in to Zoom"):
        await client.me()
    assert emu.requests == []


@pytest.mark.asyncio
async def test_expired_access_token_is_refreshed_and_the_rotated_token_saved_first(
    emu: ZoomEmulator,
    store: ZoomTokenStore,
    client: ZoomClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = seed(emu, store, expires_in=-10)
    saved_after: list[list[str]] = []
    original_save = store.save

    def save(tokens: ZoomTokens) -> None:
        # What had Zoom seen when the new tokens were written to the keyring?
        saved_after.append([r.path for r in emu.requests])
        original_save(tokens)

    monkeypatch.setattr(store, "save", save)
    me = await client.me()
    assert me["id"] == emu.user.id

    assert [r.path for r in emu.requests] == ["/oauth/token", "/v2/users/me"]
    assert saved_after == [["/oauth/token"]]  # saved before the new access token was used
    now = store.load()
    assert now is not None
    assert now.refresh_token != old.refresh_token
    assert now.refresh_token in emu.refresh_tokens
    assert old.refresh_token not in emu.refresh_tokens  # rotated away
    assert now.expires_at > time.time() + 3000
    assert emu.api_requests()[0].header("Authorization") == f"Bearer {now.access_token}"


@pytest.mark.asyncio
async def test_refused_access_token_is_refreshed_once(
    emu: ZoomEmulator, store: ZoomTokenStore, client: ZoomClient
) -> None:
    old = seed(emu, store)
    emu.expire_access_tokens()  # Zoom says expired although the client thinks not
    meeting = await client.create_meeting(request())
    assert meeting.id in emu.meetings
    assert [(r.path, r.status) for r in emu.requests] == [
        ("/v2/users/me/meetings", 401),
        ("/oauth/token", 200),
        ("/v2/users/me/meetings", 201),
    ]
    now = store.load()
    assert now is not None
    assert now.refresh_token != old.refresh_token
    assert now.refresh_token in emu.refresh_tokens


@pytest.mark.asyncio
async def test_a_second_client_after_a_refresh_uses_the_saved_token(
    emu: ZoomEmulator, config: ZoomConfig, store: ZoomTokenStore, client: ZoomClient
) -> None:
    seed(emu, store, expires_in=-10)
    await client.me()
    # Another process (or a restart) reads the keyring: the rotated token must be there.
    emu.expire_access_tokens()
    async with ZoomClient(config, store, verify=False) as other:
        assert (await other.me())["id"] == emu.user.id


@pytest.mark.asyncio
async def test_revoked_sign_in_asks_to_sign_in_again(
    emu: ZoomEmulator, store: ZoomTokenStore, client: ZoomClient
) -> None:
    seed(emu, store)
    emu.revoke_tokens()
    with pytest.raises(ZoomAuthError, match="Sign in to Zoom again"):
        await client.create_meeting(request())
    assert [(r.path, r.status) for r in emu.requests] == [
        ("/v2/users/me/meetings", 401),
        ("/oauth/token", 400),
    ]
    assert emu.meetings == {}


@pytest.mark.asyncio
async def test_revoked_refresh_token_when_the_access_token_expired(
    emu: ZoomEmulator, store: ZoomTokenStore, client: ZoomClient
) -> None:
    seed(emu, store, expires_in=-10)
    emu.revoke_tokens()
    with pytest.raises(ZoomAuthError, match="Sign in to Zoom again"):
        await client.me()
    assert [r.path for r in emu.requests] == ["/oauth/token"]


# ------------------------------------------------------------------------------ throttling


@pytest.mark.asyncio
async def test_throttled_waits_retry_after_then_succeeds(
    emu: ZoomEmulator,
    store: ZoomTokenStore,
    client: ZoomClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(emu, store)
    waits: list[float] = []
    real_sleep = asyncio.sleep

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        await real_sleep(0)

    monkeypatch.setattr("desktop.conferencing.zoom.asyncio.sleep", sleep)
    emu.throttle_next(2, retry_after=0)
    meeting = await client.create_meeting(request())
    assert meeting.id in emu.meetings
    assert [r.status for r in emu.api_requests()] == [429, 429, 201]
    assert waits == [0, 0]
    assert len(emu.meetings) == 1


@pytest.mark.asyncio
async def test_throttled_beyond_the_bound_is_transient(
    emu: ZoomEmulator, store: ZoomTokenStore, client: ZoomClient
) -> None:
    seed(emu, store)
    emu.throttle_next(1, retry_after=120)
    with pytest.raises(ZoomTransient) as caught:
        await client.me()
    assert caught.value.retry_after == 120
    assert [r.status for r in emu.api_requests()] == [429]


@pytest.mark.asyncio
async def test_throttled_for_ever_gives_up(
    emu: ZoomEmulator, store: ZoomTokenStore, client: ZoomClient
) -> None:
    seed(emu, store)
    emu.throttle_next(50, retry_after=0)
    with pytest.raises(ZoomTransient):
        await client.me()
    assert 1 < len(emu.api_requests()) <= 5


@pytest.mark.asyncio
async def test_unreachable_zoom_is_transient(store: ZoomTokenStore, emu: ZoomEmulator) -> None:
    seed(emu, store)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = ZoomConfig("x", "", f"http://127.0.0.1:{port}", f"http://127.0.0.1:{port}/v2")
    async with ZoomClient(config, store, verify=False) as zoom:
        with pytest.raises(ZoomTransient, match="cannot be reached"):
            await zoom.me()


# ------------------------------------------------------------------------------ secrets


@pytest.mark.asyncio
async def test_tokens_never_reach_the_logs(
    emu: ZoomEmulator,
    config: ZoomConfig,
    store: ZoomTokenStore,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    await sign_in(config, open_browser=FakeBrowser(), timeout=30, store=store, verify=False)
    emu.expire_access_tokens()
    emu.throttle_next(1, retry_after=0)
    async with ZoomClient(config, store, verify=False) as zoom:
        meeting = await zoom.create_meeting(request())
        await zoom.update_meeting(meeting.id, request(topic="Renamed"))
        await zoom.delete_meeting(meeting.id)
        await zoom.delete_meeting(meeting.id)
    emu.revoke_tokens()
    async with ZoomClient(config, store, verify=False) as zoom:
        with pytest.raises(ZoomAuthError) as caught:
            await zoom.me()

    text = caplog.text
    assert f"Zoom meeting {meeting.id} created" in text  # the log is not just empty
    assert "-> 401" in text and "-> 429" in text
    leaks = [*emu.issued, config.client_secret, meeting.password, meeting.encrypted_password]
    assert len(emu.issued) >= 6  # code, two token pairs, the zak
    for secret in leaks:
        assert secret not in text
        assert secret not in str(caught.value)
    tokens = store.load()
    assert tokens is not None
    assert tokens.access_token not in repr(tokens)
    assert tokens.refresh_token not in repr(tokens)


def test_token_store_keeps_tokens_in_the_keyring_only(
    store: ZoomTokenStore,
    memory_keyring: MemoryKeyring,  # noqa: F811 - fixture
) -> None:
    assert store.load() is None
    tokens = ZoomTokens("a" * 900, "r" * 900, 1234.5, "meeting:read:meeting")
    store.save(tokens)
    assert store.load() == tokens
    assert all(service == "Meetdesk" for service, _ in memory_keyring.secrets)
    assert all(name.startswith("zoom:zoom_tokens#") for _, name in memory_keyring.secrets)
    assert len(memory_keyring.secrets) > 2  # larger than one part
    store.clear()
    assert memory_keyring.secrets == {}
    assert store.load() is None


def test_client_secret_lives_in_the_keyring(
    memory_keyring: MemoryKeyring,  # noqa: F811 - fixture
) -> None:
    assert read_client_secret() == ""
    store_client_secret("app-s3cret")
    assert read_client_secret() == "app-s3cret"
    assert memory_keyring.secrets == {("Meetdesk", "zoom:client_secret"): "app-s3cret"}
    store_client_secret("")
    assert memory_keyring.secrets == {}


def test_unreadable_stored_tokens_mean_signed_out(
    store: ZoomTokenStore,
    memory_keyring: MemoryKeyring,  # noqa: F811 - fixture
) -> None:
    from desktop.auth import secrets

    secrets.store_large_secret("zoom", "zoom_tokens", "{not json")
    assert store.load() is None


# ------------------------------------------------------------------------------ invitation


def meeting_with(meeting_id: int) -> ZoomMeeting:
    return ZoomMeeting(
        id=meeting_id,
        uuid="uuid==",
        topic="Planning",
        start=datetime(2026, 12, 1, 9, tzinfo=UTC),
        duration=30,
        timezone="Europe/Amsterdam",
        password="Pa55",
        join_url=f"https://us05web.zoom.us/j/{meeting_id}?pwd=enc",
        start_url=f"https://us05web.zoom.us/s/{meeting_id}?zak=HOST-ONLY-SECRET",
        h323_password="123456",
        pstn_password="654321",
        encrypted_password="enc",
        settings=ZoomMeetingSettings(),
        dial_in=("+1 555 010 0123 (New York, US)", "+31 20 555 0142 (Amsterdam, Netherlands)"),
    )


def test_invitation_fields() -> None:
    fields = invitation_fields(meeting_with(12345678901))
    assert fields == {
        "join_url": "https://us05web.zoom.us/j/12345678901?pwd=enc",
        "meeting_id": "123 4567 8901",
        "passcode": "Pa55",
        "dial_in": "+1 555 010 0123 (New York, US)\n+31 20 555 0142 (Amsterdam, Netherlands)",
        "h323_password": "123456",
        "pstn_password": "654321",
    }
    assert not any("HOST-ONLY-SECRET" in value for value in fields.values())


@pytest.mark.parametrize(
    ("meeting_id", "shown"),
    [
        (12345678901, "123 4567 8901"),
        (1234567890, "123 456 7890"),
        (123456789, "123 456 789"),
        (12345, "12345"),
    ],
)
def test_meeting_id_format(meeting_id: int, shown: str) -> None:
    assert format_meeting_id(meeting_id) == shown


def test_config_needs_https_except_on_loopback() -> None:
    with pytest.raises(ZoomError, match="https"):
        ZoomConfig("id", oauth_url="http://zoom.example").validated()
    with pytest.raises(ZoomError, match="client"):
        ZoomConfig(" ").validated()
    assert ZoomConfig("id", api_url="https://api.zoom.us/v2/").validated().api_url == (
        "https://api.zoom.us/v2"
    )


def test_config_repr_hides_the_secret() -> None:
    assert "s3cret" not in repr(ZoomConfig("id", "s3cret"))


def test_start_is_sent_in_utc() -> None:
    body = request(start=datetime(2026, 7, 1, 10, 0, tzinfo=AMSTERDAM) + timedelta(0)).to_api()
    assert body["start_time"] == "2026-07-01T08:00:00Z"
    assert body["timezone"] == "Europe/Amsterdam"
    assert body["type"] == 2
