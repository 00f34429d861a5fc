"""The Graph emulator proved against the real msal and plain httpx (no Meetdesk code)."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import time
import webbrowser
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import msal
import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from msal.oauth2cli.oauth2 import BrowserInteractionTimeoutError

from tests.emulators.graph import GraphEmulator
from tests.emulators.graph.browser import FakeBrowser, browser_command

ALICE = "alice@contoso.example"
BOB = "bob@contoso.example"
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday
WINDOW = {"startDateTime": "2026-11-16T00:00:00Z", "endDateTime": "2026-12-14T00:00:00Z"}
IMMUTABLE = 'IdType="ImmutableId"'


@pytest.fixture
def emu() -> Iterator[GraphEmulator]:
    with GraphEmulator(tenant="contoso") as emulator:
        emulator.add_user(ALICE, "Alice Able")
        emulator.add_user(BOB, "Bob Baker")
        yield emulator


@pytest.fixture
def session(emu: GraphEmulator) -> Iterator[requests.Session]:
    # REQUESTS_CA_BUNDLE is exported on this machine: trust_env=False keeps verify= in force.
    with requests.Session() as s:
        s.trust_env = False
        s.verify = emu.ca_path
        yield s


@pytest.fixture
def browser(emu: GraphEmulator) -> Iterator[FakeBrowser]:
    fake = FakeBrowser(emu.ca_path)
    webbrowser.register("meetdesk-test", None, fake, preferred=True)
    yield fake
    fake.join()
    assert not fake.errors


def graph(
    emu: GraphEmulator,
    user: str = ALICE,
    *,
    scopes: Any = None,
    token: str | None = None,
    prefer: str | None = IMMUTABLE,
) -> httpx.Client:
    if token is None:
        token = (
            emu.issue_access_token(user) if scopes is None else emu.issue_access_token(user, scopes)
        )
    headers = {"Authorization": f"Bearer {token}"}
    if prefer:
        headers["Prefer"] = prefer
    return httpx.Client(
        base_url=emu.graph_url, verify=emu.ssl_context(), headers=headers, trust_env=False
    )


def delta_round(
    client: httpx.Client, url: str, params: Any = None, prefer: str | None = None
) -> tuple[list[list[dict]], str]:
    """All pages of one round and its deltaLink."""
    headers = {"Prefer": prefer} if prefer else {}
    pages = []
    response = client.get(url, params=params, headers=headers)
    while True:
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append(body["value"])
        if "@odata.deltaLink" in body:
            assert "@odata.nextLink" not in body
            return pages, body["@odata.deltaLink"]
        assert "$skiptoken=" in body["@odata.nextLink"]
        response = client.get(body["@odata.nextLink"], headers=headers)


def flat(pages: list[list[dict]]) -> list[dict]:
    return [item for page in pages for item in page]


def add_meeting(emu: GraphEmulator, subject: str, start: datetime = T0, **kw: Any) -> str:
    return emu.add_event(ALICE, subject=subject, start=start, end=start + timedelta(hours=1), **kw)


# ----------------------------------------------------------------------------- identity


def msal_app(
    emu: GraphEmulator, session: requests.Session, **kw: Any
) -> msal.PublicClientApplication:
    return msal.PublicClientApplication(
        emu.client_id,
        authority=emu.authority_url,
        instance_discovery=False,
        http_client=session,
        **kw,
    )


def test_interactive_sign_in_then_silent_and_refresh(emu, session, browser):
    emu.login_as(BOB)
    app = msal_app(emu, session)
    result = app.acquire_token_interactive(["Calendars.ReadWrite", "User.Read"], timeout=15)
    assert "access_token" in result, result
    assert result["id_token_claims"]["preferred_username"] == BOB
    assert result["token_source"] == "identity_provider"
    authorize = [r for r in emu.requests if r.path.endswith("/authorize")]
    assert len(authorize) == 1
    query = authorize[0].query
    assert query["response_mode"] == "form_post" and query["code_challenge_method"] == "S256"
    [account] = app.get_accounts()
    assert account["username"] == BOB
    with graph(emu, token=result["access_token"]) as client:
        me = client.get("/v1.0/me").json()
    assert me["userPrincipalName"] == BOB and me["id"] == emu.user(BOB).id

    emu.clear_requests()
    cached = app.acquire_token_silent(["Calendars.ReadWrite"], account=account)
    assert cached["token_source"] == "cache" and emu.requests == []

    first_rt = result["refresh_token"]
    refreshed = app.acquire_token_silent(
        ["Calendars.ReadWrite"], account=account, force_refresh=True
    )
    assert refreshed["token_source"] == "identity_provider"
    assert refreshed["access_token"] != result["access_token"]
    [token_request] = [r for r in emu.requests if r.path.endswith("/token")]
    assert parse_qs(token_request.body.decode())["grant_type"] == ["refresh_token"]
    assert emu.refresh_tokens[first_rt].value == first_rt  # still known; a new one was issued
    assert len(emu.refresh_tokens) == 2


def test_wrong_pkce_verifier_and_reused_code_are_rejected(emu, session):
    app = msal_app(emu, session)

    def code_for(flow: dict) -> dict:
        page = session.get(flow["auth_uri"])
        assert page.status_code == 200 and 'method="post"' in page.text
        fields = dict(_form_fields(page.text))
        assert fields["state"] == flow["state"]
        return fields

    flow = app.initiate_auth_code_flow(
        ["Calendars.Read"], redirect_uri="http://localhost:8400", response_mode="form_post"
    )
    fields = code_for(flow)
    tampered = dict(flow, code_verifier="x" * 43)
    result = app.acquire_token_by_auth_code_flow(tampered, fields)
    assert result["error"] == "invalid_grant" and result["error_codes"] == [501481]

    flow = app.initiate_auth_code_flow(
        ["Calendars.Read"], redirect_uri="http://localhost:8400", response_mode="form_post"
    )
    fields = code_for(flow)
    assert "access_token" in app.acquire_token_by_auth_code_flow(dict(flow), fields)
    again = app.acquire_token_by_auth_code_flow(dict(flow), fields)
    assert again["error"] == "invalid_grant" and again["error_codes"] == [54005]


def _form_fields(page: str) -> list[tuple[str, str]]:
    from tests.emulators.graph.browser import _FormParser

    parser = _FormParser()
    parser.feed(page)
    return list(parser.fields.items())


def test_authorize_rejects_unknown_client_and_non_loopback_redirect(emu, session):
    base = f"{emu.authority_url}/oauth2/v2.0/authorize?"
    common = {
        "response_type": "code",
        "code_challenge": "abc",
        "code_challenge_method": "S256",
        "response_mode": "form_post",
        "scope": "openid",
    }
    unknown = session.get(
        base + urlencode({**common, "client_id": "nope", "redirect_uri": "http://localhost:1234"})
    )
    assert unknown.status_code == 400 and "AADSTS700016" in unknown.text
    evil = session.get(
        base
        + urlencode(
            {**common, "client_id": emu.client_id, "redirect_uri": "https://evil.example/cb"}
        )
    )
    assert evil.status_code == 400 and "AADSTS50011" in evil.text and "<form" not in evil.text


def test_revoked_refresh_token_gives_invalid_grant_and_401(emu, session, browser):
    app = msal_app(emu, session)
    scopes = ["https://graph.microsoft.com/Calendars.Read"]  # resource-prefixed: stripped
    result = app.acquire_token_interactive(scopes, timeout=15)
    [account] = app.get_accounts()
    with graph(emu, token=result["access_token"]) as client:
        assert client.get("/v1.0/me/calendar").status_code == 200
        assert client.post("/v1.0/me/events", json={}).status_code == 403  # read-only scope
    emu.revoke_refresh_tokens(ALICE)
    failed = app.acquire_token_silent_with_error(scopes, account=account, force_refresh=True)
    assert failed["error"] == "invalid_grant" and failed["error_codes"] == [50173]
    with graph(emu, token=result["access_token"]) as client:
        response = client.get("/v1.0/me/calendar")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "InvalidAuthenticationToken"


def test_abandoned_and_refused_sign_in(emu, session):
    abandon = FakeBrowser(emu.ca_path, behaviour="abandon")
    webbrowser.register("meetdesk-test", None, abandon, preferred=True)
    with pytest.raises(BrowserInteractionTimeoutError):
        msal_app(emu, session).acquire_token_interactive(["Calendars.Read"], timeout=1)
    assert len(abandon.opened) == 1

    refuse = FakeBrowser(emu.ca_path, behaviour="error")
    webbrowser.register("meetdesk-test", None, refuse, preferred=True)
    result = msal_app(emu, session).acquire_token_interactive(["Calendars.Read"], timeout=10)
    refuse.join()
    assert result.get("error") == "access_denied"
    assert not [r for r in emu.requests if r.path.endswith("/token")]


class _Loopback(BaseHTTPRequestHandler):
    posted: list[dict[str, list[str]]]

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.server.posted.append(parse_qs(self.rfile.read(length).decode()))  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def test_browser_command_returns_at_once_and_posts_from_a_child(emu, tmp_path):
    with HTTPServer(("127.0.0.1", 0), _Loopback) as loopback:
        loopback.posted = []  # type: ignore[attr-defined]
        port = loopback.server_address[1]
        verifier = "v" * 50
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        url = f"{emu.authority_url}/oauth2/v2.0/authorize?" + urlencode(
            {
                "client_id": emu.client_id,
                "response_type": "code",
                "redirect_uri": f"http://localhost:{port}",
                "scope": "Calendars.Read",
                "state": "s1",
                "code_challenge": challenge.rstrip(b"=").decode(),
                "code_challenge_method": "S256",
                "response_mode": "form_post",
            }
        )
        command = browser_command(emu.ca_path)
        assert os.access(command, os.X_OK)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        # Like webbrowser.GenericBrowser: the BROWSER value is the program, the URL its argument.
        finished = subprocess.run([command, url], env=env, cwd=tmp_path, timeout=20, check=True)
        assert finished.returncode == 0
        assert loopback.posted == []  # the listener had not answered yet: the POST comes later
        loopback.timeout = 20
        loopback.handle_request()
    [posted] = loopback.posted
    assert posted["state"] == ["s1"] and posted["code"][0].startswith("1.A")
    assert "client_info" in posted


def _certificate() -> tuple[bytes, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "meetdesk-admin")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return key_pem, cert.public_bytes(serialization.Encoding.PEM)


def test_client_credentials_with_certificate(emu, session):
    key_pem, cert_pem = _certificate()
    emu.register_confidential_client("admin-app", cert_pem)
    app = msal.ConfidentialClientApplication(
        "admin-app",
        authority=emu.authority_url,
        instance_discovery=False,
        http_client=session,
        client_credential={
            "private_key": key_pem.decode(),
            "public_certificate": cert_pem.decode(),
        },
    )
    result = app.acquire_token_for_client(["https://graph.microsoft.com/.default"])
    assert "access_token" in result, result
    add_meeting(emu, "Board meeting")
    with graph(emu, token=result["access_token"]) as client:
        events = client.get(f"/v1.0/users/{ALICE}/calendar/events")
        assert events.status_code == 200
        assert [e["subject"] for e in events.json()["value"]] == ["Board meeting"]
        created = client.post(
            f"/v1.0/users/{emu.user(BOB).id}/calendar/events",
            json={
                "subject": "Set by admin",
                "start": {"dateTime": "2026-11-24T10:00:00", "timeZone": "UTC"},
                "end": {"dateTime": "2026-11-24T11:00:00", "timeZone": "UTC"},
            },
        )
        assert created.status_code == 201
        assert client.get("/v1.0/me").status_code == 400

    other_key, _ = _certificate()
    impostor = msal.ConfidentialClientApplication(
        "admin-app",
        authority=emu.authority_url,
        instance_discovery=False,
        http_client=session,
        client_credential={
            "private_key": other_key.decode(),
            "public_certificate": cert_pem.decode(),
        },
    )
    refused = impostor.acquire_token_for_client(["https://graph.microsoft.com/.default"])
    assert refused["error"] == "invalid_client"


# ----------------------------------------------------------------------------- graph: auth


def test_graph_token_and_scope_checks(emu):
    with httpx.Client(
        base_url=emu.graph_url, verify=emu.ssl_context(), trust_env=False
    ) as anonymous:
        response = anonymous.get("/v1.0/me/calendar")
        assert response.status_code == 401
        error = response.json()["error"]
        assert error["code"] == "InvalidAuthenticationToken"
        assert set(error["innerError"]) == {"date", "request-id", "client-request-id"}
    with graph(emu, scopes=["User.Read"]) as client:
        denied = client.get("/v1.0/me/calendar")
        assert denied.status_code == 403 and denied.json()["error"]["code"] == "ErrorAccessDenied"
    with graph(emu, scopes=["Calendars.Read"]) as client:
        assert client.get("/v1.0/me/calendar").status_code == 200
        write = client.post("/v1.0/me/events", json={})
        assert write.status_code == 403
    expired = emu.issue_access_token(ALICE, lifetime=0)
    with graph(emu, token=expired) as client:
        assert client.get("/v1.0/me/calendar").status_code == 401


# ----------------------------------------------------------------------------- graph: delta


def test_calendar_view_delta_paging_and_incremental_rounds(emu):
    ids = [add_meeting(emu, f"Meeting {i}", T0 + timedelta(days=i)) for i in range(5)]
    with graph(emu) as client:
        pages, delta_link = delta_round(
            client,
            "/v1.0/me/calendarView/delta",
            WINDOW,
            prefer=f"{IMMUTABLE}, odata.maxpagesize=2",
        )
        assert [len(p) for p in pages] == [2, 2, 1]
        assert {e["id"] for e in flat(pages)} == set(ids)
        assert all(e["type"] == "singleInstance" for e in flat(pages))
        first_keys = {e["id"]: e["changeKey"] for e in flat(pages)}

        empty, delta_link = delta_round(client, delta_link)
        assert flat(empty) == []

        emu.update_event(ids[0], subject="Renamed")
        emu.delete_event(ids[1])
        new_id = add_meeting(emu, "New one", T0 + timedelta(days=6))
        far = add_meeting(emu, "Next year", T0 + timedelta(days=400))  # outside the window
        pages, delta_link = delta_round(client, delta_link)
    items = {e["id"]: e for e in flat(pages)}
    assert items[ids[0]]["subject"] == "Renamed"
    assert items[ids[0]]["changeKey"] != first_keys[ids[0]]
    assert items[ids[1]] == {
        "@odata.type": "#microsoft.graph.event",
        "id": ids[1],
        "@removed": {"reason": "deleted"},
    }
    assert items[new_id]["subject"] == "New one" and "@removed" not in items[new_id]
    # The documented trap: a change outside the window comes as "@removed: deleted".
    assert items[far]["@removed"] == {"reason": "deleted"}
    assert set(items) == {ids[0], ids[1], new_id, far}
    with graph(emu) as client:
        assert client.get(f"/v1.0/me/events/{far}").status_code == 200
        gone = client.get(f"/v1.0/me/events/{ids[1]}")
        assert gone.status_code == 404 and gone.json()["error"]["code"] == "ErrorItemNotFound"


def test_delta_rejects_bad_queries_and_renders_time_zone(emu):
    add_meeting(emu, "Zoned")
    with graph(emu) as client:
        assert client.get("/v1.0/me/calendarView/delta").status_code == 400
        selected = client.get("/v1.0/me/calendarView/delta", params={**WINDOW, "$select": "id"})
        assert selected.status_code == 400
        response = client.get(
            "/v1.0/me/calendarView/delta",
            params=WINDOW,
            headers={"Prefer": f'{IMMUTABLE}, outlook.timezone="W. Europe Standard Time"'},
        )
        [event] = response.json()["value"]
    assert event["start"] == {
        "dateTime": "2026-11-23T10:00:00.0000000",
        "timeZone": "W. Europe Standard Time",
    }


def test_moving_an_event_out_of_the_window_and_out_of_the_calendar(emu):
    stays = add_meeting(emu, "Stays")
    leaves = add_meeting(emu, "Leaves the window", T0 + timedelta(days=1))
    moved = add_meeting(emu, "Moves calendar", T0 + timedelta(days=2))
    other = emu.add_calendar(ALICE, "Side")
    with graph(emu, prefer=None) as client:  # REST ids: they change on a move
        pages, link = delta_round(client, "/v1.0/me/calendarView/delta", WINDOW)
        rest_ids = {e["subject"]: e["id"] for e in flat(pages)}
        emu.update_event(
            leaves, start=T0 + timedelta(days=90), end=T0 + timedelta(days=90, hours=1)
        )
        new_rest = emu.move_event(moved, other)
        pages, _ = delta_round(client, link)
        removed = {e["id"] for e in flat(pages) if "@removed" in e}
        assert removed == {rest_ids["Leaves the window"], rest_ids["Moves calendar"]}
        assert client.get(f"/v1.0/me/events/{rest_ids['Moves calendar']}").status_code == 404
        assert client.get(f"/v1.0/me/events/{new_rest}").json()["subject"] == "Moves calendar"
    with graph(emu) as client:  # the immutable id survives the move
        assert client.get(f"/v1.0/me/events/{moved}").json()["id"] == moved
    assert stays not in removed


def test_replayed_items_and_empty_pages(emu):
    ids = {add_meeting(emu, f"M{i}", T0 + timedelta(hours=i)) for i in range(3)}
    emu.replay_in_delta = True
    emu.empty_pages = True
    with graph(emu) as client:
        pages, _ = delta_round(
            client,
            "/v1.0/me/calendarView/delta",
            WINDOW,
            prefer=f"{IMMUTABLE}, odata.maxpagesize=2",
        )
    assert pages[0] == []  # a nextLink page with nothing in it
    seen = [e["id"] for e in flat(pages)]
    assert set(seen) == ids and len(seen) == 4  # one item came twice


def test_expired_delta_token_gives_410_with_location_or_resync(emu):
    add_meeting(emu, "One")
    with graph(emu) as client:
        _, link = delta_round(client, "/v1.0/me/calendarView/delta", WINDOW)
        emu.expire_delta_tokens()
        gone = client.get(link)
        assert gone.status_code == 410
        assert gone.json()["error"]["code"] == "syncStateNotFound"
        location = gone.headers["Location"]
        query = parse_qs(urlsplit(location).query, keep_blank_values=True)
        assert query["$deltatoken"] == [""] and query["startDateTime"] == [WINDOW["startDateTime"]]
        restart, link2 = delta_round(client, location)
        assert [e["subject"] for e in flat(restart)] == ["One"]
        emu.expire_delta_tokens(status=400, code="resyncRequired")
        resync = client.get(link2)
        assert resync.status_code == 400 and resync.json()["error"]["code"] == "resyncRequired"


# ----------------------------------------------------------------------------- graph: writes


def test_if_match_and_transaction_id(emu):
    body = {
        "subject": "Created",
        "transactionId": "7E163156-7762-4BEB-A1C6-729EA81755A7",
        "start": {"dateTime": "2026-11-25T09:00:00", "timeZone": "Romance Standard Time"},
        "end": {"dateTime": "2026-11-25T10:00:00", "timeZone": "Romance Standard Time"},
    }
    with graph(emu) as client:
        first = client.post("/v1.0/me/events", json=body)
        assert first.status_code == 201
        created = first.json()
        assert created["transactionId"] == body["transactionId"]
        assert created["originalStartTimeZone"] == "Romance Standard Time"
        repeat = client.post("/v1.0/me/events", json=body)
        assert repeat.status_code == 201 and repeat.json()["id"] == created["id"]
        assert len(emu.events(ALICE)) == 1

        etag = created["@odata.etag"]
        ok = client.patch(
            f"/v1.0/me/events/{created['id']}",
            json={"subject": "Edited"},
            headers={"If-Match": etag},
        )
        assert ok.status_code == 200 and ok.json()["subject"] == "Edited"
        assert ok.json()["@odata.etag"] != etag
        assert ok.json()["start"] == created["start"]  # only the sent property changed
        stale = client.patch(
            f"/v1.0/me/events/{created['id']}", json={"subject": "Lost"}, headers={"If-Match": etag}
        )
        assert stale.status_code == 412
        assert stale.json()["error"]["code"] == "ErrorIrresolvableConflict"
        assert (
            client.delete(
                f"/v1.0/me/events/{created['id']}", headers={"If-Match": etag}
            ).status_code
            == 412
        )
        assert (
            client.delete(
                f"/v1.0/me/events/{created['id']}", headers={"If-Match": ok.json()["@odata.etag"]}
            ).status_code
            == 204
        )
        bad_zone = client.post(
            "/v1.0/me/events",
            json={
                **body,
                "transactionId": None,
                "start": {"dateTime": "2026-11-25T09:00:00", "timeZone": "Mars/Olympus"},
            },
        )
        assert bad_zone.status_code == 400
    assert [r.header("If-Match") for r in emu.requests if r.method == "PATCH"] == [etag, etag]


def test_extended_property_lookup_and_teams_meeting(emu):
    prop = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name MeetdeskKey"
    with graph(emu) as client:
        created = client.post(
            "/v1.0/me/events",
            json={
                "subject": "Online",
                "isOnlineMeeting": True,
                "onlineMeetingProvider": "teamsForBusiness",
                "start": {"dateTime": "2026-11-25T09:00:00", "timeZone": "UTC"},
                "end": {"dateTime": "2026-11-25T10:00:00", "timeZone": "UTC"},
                "singleValueExtendedProperties": [{"id": prop, "value": "local-42"}],
            },
        ).json()
        assert created["onlineMeeting"]["joinUrl"].startswith(
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        )
        assert "singleValueExtendedProperties" not in created
        flt = f"singleValueExtendedProperties/Any(ep: ep/id eq '{prop}' and ep/value eq 'local-42')"
        found = client.get(
            "/v1.0/me/events",
            params={
                "$filter": flt,
                "$expand": f"singleValueExtendedProperties($filter=id eq '{prop}')",
            },
        )
        [event] = found.json()["value"]
        assert event["id"] == created["id"]
        assert event["singleValueExtendedProperties"] == [{"id": prop, "value": "local-42"}]
        miss = client.get("/v1.0/me/events", params={"$filter": flt.replace("local-42", "x")})
        assert miss.json()["value"] == []


# ----------------------------------------------------------------------------- throttling


def test_throttling_with_retry_after(emu):
    emu.throttle_next(2, retry_after=3)
    emu.throttle_next(1, status=503)
    with graph(emu) as client:
        first, second = client.get("/v1.0/me/calendar"), client.get("/v1.0/me/calendar")
        third = client.get("/v1.0/me/calendar")
        assert (first.status_code, second.status_code, third.status_code) == (429, 429, 503)
        assert first.headers["Retry-After"] == "3"
        assert first.json()["error"]["code"] == "TooManyRequests"
        assert client.get("/v1.0/me/calendar").status_code == 200


def wait_until(condition: Any, timeout: float = 10) -> None:
    """Poll for a condition the test caused (bounded; fails instead of hanging)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def test_mailbox_concurrency_limit(emu):
    emu.hold_requests()
    with graph(emu) as client, ThreadPoolExecutor(6) as pool:
        futures = [pool.submit(client.get, "/v1.0/me/calendar") for _ in range(6)]
        refused = lambda: [r for r in emu.requests if r.status == 429]  # noqa: E731
        wait_until(lambda: emu.in_flight(ALICE) == 4 and len(refused()) == 2)
        emu.release_requests()
        statuses = sorted(f.result().status_code for f in futures)
        [first_refused, _] = refused()
    assert statuses == [200, 200, 200, 200, 429, 429]
    assert emu.max_in_flight(ALICE) == 5 and emu.in_flight(ALICE) == 0  # 4 + a refused one
    assert first_refused.kind == "graph"
    with graph(emu, BOB) as client:
        throttled = client.get("/v1.0/me/calendar")
        assert throttled.status_code == 200
    assert emu.max_in_flight(BOB) == 1


def test_concurrency_refusal_body(emu):
    emu.mailbox_concurrency = 0
    with graph(emu) as client:
        response = client.get("/v1.0/me/calendar")
    assert response.status_code == 429 and response.headers["Retry-After"] == "1"
    assert response.json()["error"]["code"] == "ApplicationThrottled"
    assert (
        response.json()["error"]["message"] == "Application is over its MailboxConcurrency limit."
    )


# ----------------------------------------------------------------------------- sharing


def test_shared_calendar_visibility_private_events_and_403(emu):
    emu.add_event(BOB, subject="Design review", start=T0, end=T0 + timedelta(hours=1))
    secret = emu.add_event(
        BOB,
        subject="Doctor",
        start=T0 + timedelta(hours=3),
        end=T0 + timedelta(hours=4),
        sensitivity="private",
        body="x",
        location="Clinic",
    )
    with graph(emu) as client:
        assert client.get(f"/v1.0/users/{BOB}/calendar").status_code == 403
    link = emu.share_calendar(BOB, ALICE, "read")
    with graph(emu) as client:
        calendars = client.get("/v1.0/me/calendars").json()["value"]
        shared = next(c for c in calendars if c["id"] == link)
        assert shared["owner"] == {"name": "Bob Baker", "address": BOB}
        assert (
            shared["canEdit"],
            shared["canViewPrivateItems"],
            shared["canShare"],
            shared["isDefaultCalendar"],
        ) == (False, False, False, False)
        via_me = client.get(f"/v1.0/me/calendars/{link}/calendarView", params=WINDOW).json()
        via_user = client.get(f"/v1.0/users/{BOB}/calendarView", params=WINDOW).json()
        assert [e["subject"] for e in via_me["value"]] == ["Design review", "Doctor"]
        assert via_user["value"] == via_me["value"]  # private_details="full": the worst case
        denied = client.post(
            f"/v1.0/me/calendars/{link}/events",
            json={
                "subject": "x",
                "start": {"dateTime": "2026-11-24T10:00:00", "timeZone": "UTC"},
                "end": {"dateTime": "2026-11-24T11:00:00", "timeZone": "UTC"},
            },
        )
        assert denied.status_code == 403
        assert client.get(f"/v1.0/users/{BOB}/calendar/calendarPermissions").json()["value"] == []
    with graph(emu, scopes=["Calendars.ReadWrite"]) as client:  # no .Shared scope
        assert client.get(f"/v1.0/users/{BOB}/calendar").status_code == 403
    with graph(emu, BOB) as client:
        roles = client.get("/v1.0/me/calendar/calendarPermissions").json()["value"]
        assert {"role": "read", "address": ALICE} in [
            {"role": p["role"], "address": p["emailAddress"].get("address")} for p in roles
        ]
    emu.private_details = "hidden"
    with graph(emu) as client:
        hidden = client.get(f"/v1.0/users/{BOB}/events/{secret}").json()
        assert (
            hidden["subject"],
            hidden["body"]["content"],
            hidden["attendees"],
            hidden["location"]["displayName"],
        ) == ("", "", [], "")
    emu.share_calendar(BOB, ALICE, "delegateWithPrivateEventAccess")
    with graph(emu) as client:
        assert client.get(f"/v1.0/users/{BOB}/events/{secret}").json()["subject"] == "Doctor"
        calendar = client.get(f"/v1.0/me/calendars/{link}").json()
        assert calendar["canEdit"] and calendar["canViewPrivateItems"]


# ----------------------------------------------------------------------------- contacts


def test_contact_folder_tree_and_per_folder_delta(emu):
    suppliers = emu.add_contact_folder(ALICE, "Suppliers")
    eu = emu.add_contact_folder(ALICE, "EU", parent_id=suppliers)
    emu.add_contact(ALICE, displayName="In default")
    eva = emu.add_contact(
        ALICE,
        eu,
        givenName="Eva",
        surname="Müller",
        emailAddresses=[{"address": "eva@mueller.example"}],
    )
    with graph(emu) as client:
        top = client.get("/v1.0/me/contactFolders").json()["value"]
        assert [f["displayName"] for f in top] == ["Suppliers"]
        children = client.get(f"/v1.0/me/contactFolders/{suppliers}/childFolders").json()["value"]
        assert [(f["id"], f["parentFolderId"]) for f in children] == [(eu, suppliers)]
        folders, _ = delta_round(client, "/v1.0/me/contactFolders/delta")
        assert [f["displayName"] for f in flat(folders)] == ["Suppliers"]

        pages, eu_link = delta_round(client, f"/v1.0/me/contactFolders/{eu}/contacts/delta")
        [contact] = flat(pages)
        assert contact["id"] == eva and contact["displayName"] == "Eva Müller"
        assert contact["parentFolderId"] == eu
        default, _ = delta_round(client, "/v1.0/me/contacts/delta")
        assert [c["displayName"] for c in flat(default)] == ["In default"]

        created = client.post(
            f"/v1.0/me/contactFolders/{eu}/contacts", json={"displayName": "Jean Dupont"}
        ).json()
        stale = created["@odata.etag"]
        assert (
            client.patch(
                f"/v1.0/me/contacts/{created['id']}",
                json={"jobTitle": "CEO"},
                headers={"If-Match": stale},
            ).status_code
            == 200
        )
        assert (
            client.patch(
                f"/v1.0/me/contacts/{created['id']}",
                json={"jobTitle": "CFO"},
                headers={"If-Match": stale},
            ).status_code
            == 412
        )
        emu.delete_contact(eva)
        pages, _ = delta_round(client, eu_link)
        changes = {c["id"]: c for c in flat(pages)}
        assert changes[eva]["@removed"] == {"reason": "deleted"}
        assert changes[created["id"]]["jobTitle"] == "CEO"
        assert client.delete(f"/v1.0/me/contacts/{created['id']}").status_code == 204
        assert client.get(f"/v1.0/me/contacts/{created['id']}").status_code == 404


# ----------------------------------------------------------------------------- recurrence


def test_recurrence_expansion_with_cancelled_and_moved_occurrences(emu):
    master = emu.add_event(
        ALICE,
        subject="Stand-up",
        start=T0,
        end=T0 + timedelta(minutes=15),
        time_zone="W. Europe Standard Time",
        recurrence={
            "pattern": {
                "type": "weekly",
                "interval": 1,
                "firstDayOfWeek": "monday",
                "daysOfWeek": ["monday", "wednesday", "friday"],
            },
            "range": {"type": "numbered", "startDate": "2026-11-23", "numberOfOccurrences": 6},
        },
    )
    emu.cancel_occurrence(master, T0 + timedelta(days=2))
    moved_to = T0 + timedelta(days=4, hours=5)
    emu.modify_occurrence(
        master,
        T0 + timedelta(days=4),
        start=moved_to,
        end=moved_to + timedelta(minutes=15),
        subject="Stand-up (late)",
    )
    with graph(emu) as client:
        pages, link = delta_round(client, "/v1.0/me/calendarView/delta", WINDOW)
        items = flat(pages)
        assert all(e["seriesMasterId"] == master for e in items)
        assert [e["type"] for e in items] == [
            "occurrence",
            "exception",
            "occurrence",
            "occurrence",
            "occurrence",
        ]
        starts = [e["start"]["dateTime"][:16] for e in items]
        assert starts == [
            "2026-11-23T09:00",
            "2026-11-27T14:00",
            "2026-11-30T09:00",
            "2026-12-02T09:00",
            "2026-12-04T09:00",
        ]
        assert items[1]["originalStart"] == "2026-11-27T09:00:00Z"
        assert items[1]["subject"] == "Stand-up (late)"
        assert master not in {e["id"] for e in items}
        assert client.get(f"/v1.0/me/events/{master}").json()["type"] == "seriesMaster"
        occurrence = items[0]["id"]
        assert client.delete(f"/v1.0/me/events/{occurrence}").status_code == 204
        pages, _ = delta_round(client, link)
        removed = [e["id"] for e in flat(pages) if "@removed" in e]
        assert removed == [occurrence]
        instances = client.get(f"/v1.0/me/events/{master}/instances", params=WINDOW).json()
        assert len(instances["value"]) == 4


def test_expansion_is_capped(emu):
    emu.add_event(
        ALICE,
        subject="Every day forever",
        start=datetime(2000, 1, 1, tzinfo=UTC),
        end=datetime(2000, 1, 1, 0, 30, tzinfo=UTC),
        recurrence={
            "pattern": {"type": "daily", "interval": 1},
            "range": {"type": "noEnd", "startDate": "2000-01-01"},
        },
    )
    with graph(emu) as client:
        response = client.get(
            "/v1.0/me/calendarView",
            params={
                "startDateTime": "2000-01-01T00:00:00Z",
                "endDateTime": "2030-01-01T00:00:00Z",
                "$top": "1000",
            },
        )
    assert response.status_code == 200
    assert len(response.json()["value"]) == 1000


def test_requests_are_recorded(emu):
    with graph(emu, prefer=IMMUTABLE) as client:
        client.get("/v1.0/me/calendar", headers={"client-request-id": "abc"})
    [record] = emu.graph_requests()
    assert record.path == "/v1.0/me/calendar" and record.status == 200
    assert record.headers["prefer"] == IMMUTABLE and record.user == ALICE
    assert UTC is UTC
