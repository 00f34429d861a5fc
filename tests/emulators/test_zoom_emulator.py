"""The Zoom emulator, spoken to with plain httpx: OAuth (PKCE, single-use codes, rotating
refresh tokens) and the meetings API (3001, 124, 429, validation, PATCH semantics)."""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.emulators.zoom import ZoomEmulator

REDIRECT = "http://127.0.0.1:53682/zoom/callback"


@pytest.fixture
def emu() -> Iterator[ZoomEmulator]:
    with ZoomEmulator() as emulator:
        yield emulator


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(follow_redirects=False, timeout=10, trust_env=False) as client:
        yield client


def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def authorize(
    http: httpx.Client, emu: ZoomEmulator, challenge: str, *, client_id: str | None = None
) -> str:
    answer = http.get(
        f"{emu.oauth_url}/oauth/authorize",
        params={
            "response_type": "code",
            "client_id": client_id or emu.client_id,
            "redirect_uri": REDIRECT,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": "st4te",
        },
    )
    assert answer.status_code == 302, answer.text
    location = urlsplit(answer.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    query = parse_qs(location.query)
    assert query["state"] == ["st4te"]
    return query["code"][0]


def exchange(
    http: httpx.Client, emu: ZoomEmulator, code: str, verifier: str, **extra: str
) -> httpx.Response:
    return http.post(
        f"{emu.oauth_url}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT,
            "code_verifier": verifier,
            **extra,
        },
        auth=(emu.client_id, emu.client_secret),
    )


def refresh(http: httpx.Client, emu: ZoomEmulator, token: str) -> httpx.Response:
    return http.post(
        f"{emu.oauth_url}/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": token},
        auth=(emu.client_id, emu.client_secret),
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


MEETING = {
    "topic": "Planning",
    "type": 2,
    "start_time": "2026-12-01T09:00:00Z",
    "duration": 45,
    "timezone": "Europe/Amsterdam",
    "password": "abc123",
    "agenda": "Q1",
    "settings": {"join_before_host": True, "alternative_hosts": "bob@example.com"},
}


# ------------------------------------------------------------------------------ OAuth


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"client_id": "nobody"}, "client_id"),
        ({"redirect_uri": "https://evil.example/zoom/callback"}, "redirect"),
        ({"redirect_uri": "http://192.168.1.5:8000/cb"}, "redirect"),
        ({"code_challenge_method": "plain"}, "code_challenge"),
        ({"code_challenge": ""}, "code_challenge"),
        ({"state": ""}, "state"),
    ],
)
def test_authorize_rejects_bad_requests(
    emu: ZoomEmulator, http: httpx.Client, change: dict[str, str], expected: str
) -> None:
    _, challenge = pkce()
    params = {
        "response_type": "code",
        "client_id": emu.client_id,
        "redirect_uri": REDIRECT,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "state": "x",
        **change,
    }
    answer = http.get(f"{emu.oauth_url}/oauth/authorize", params=params)
    assert answer.status_code == 400
    assert "Location" not in answer.headers
    assert expected in answer.text.lower()
    assert emu.codes == {}


def test_authorize_denied_redirects_with_access_denied(
    emu: ZoomEmulator, http: httpx.Client
) -> None:
    emu.deny_authorization = True
    _, challenge = pkce()
    answer = http.get(
        f"{emu.oauth_url}/oauth/authorize",
        params={
            "response_type": "code",
            "client_id": emu.client_id,
            "redirect_uri": REDIRECT,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": "s",
        },
    )
    assert answer.status_code == 302
    query = parse_qs(urlsplit(answer.headers["Location"]).query)
    assert query == {"error": ["access_denied"], "state": ["s"]}


def test_pkce_wrong_verifier_is_rejected(emu: ZoomEmulator, http: httpx.Client) -> None:
    verifier, challenge = pkce()
    code = authorize(http, emu, challenge)
    other, _ = pkce()
    answer = exchange(http, emu, code, other)
    assert answer.status_code == 400
    assert answer.json() == {"reason": "Invalid code verifier.", "error": "invalid_grant"}
    # The right verifier on a fresh code works.
    code = authorize(http, emu, challenge)
    answer = exchange(http, emu, code, verifier)
    assert answer.status_code == 200
    data = answer.json()
    assert data["token_type"] == "bearer"
    assert data["expires_in"] == 3600
    assert data["access_token"] in emu.access_tokens
    assert data["refresh_token"] in emu.refresh_tokens


def test_code_is_single_use(emu: ZoomEmulator, http: httpx.Client) -> None:
    verifier, challenge = pkce()
    code = authorize(http, emu, challenge)
    assert exchange(http, emu, code, verifier).status_code == 200
    again = exchange(http, emu, code, verifier)
    assert again.status_code == 400
    assert again.json() == {
        "reason": f"Invalid authorization code {code}",
        "error": "invalid_grant",
    }


def test_redirect_uri_must_match(emu: ZoomEmulator, http: httpx.Client) -> None:
    verifier, challenge = pkce()
    code = authorize(http, emu, challenge)
    answer = exchange(http, emu, code, verifier, redirect_uri="http://127.0.0.1:1/zoom/callback")
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"


def test_confidential_client_needs_its_secret(emu: ZoomEmulator, http: httpx.Client) -> None:
    verifier, challenge = pkce()
    code = authorize(http, emu, challenge)
    wrong = http.post(
        f"{emu.oauth_url}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT,
            "code_verifier": verifier,
        },
        auth=(emu.client_id, "not-the-secret"),
    )
    assert wrong.status_code == 401
    assert wrong.json()["error"] == "invalid_client"
    missing = http.post(
        f"{emu.oauth_url}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT,
            "code_verifier": verifier,
            "client_id": emu.client_id,
        },
    )
    assert missing.status_code == 401
    assert missing.json()["error"] == "invalid_client"


def test_public_client_exchanges_without_a_secret(emu: ZoomEmulator, http: httpx.Client) -> None:
    verifier, challenge = pkce()
    code = authorize(http, emu, challenge, client_id=emu.public_client_id)
    answer = http.post(
        f"{emu.oauth_url}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT,
            "code_verifier": verifier,
            "client_id": emu.public_client_id,
        },
    )
    assert answer.status_code == 200, answer.text
    # Its refresh token is not the confidential app's to use.
    stolen = refresh(http, emu, answer.json()["refresh_token"])
    assert stolen.status_code == 400
    assert stolen.json()["error"] == "invalid_grant"


def test_refresh_rotates_and_the_old_token_stops_working(
    emu: ZoomEmulator, http: httpx.Client
) -> None:
    first = emu.issue_tokens()
    answer = refresh(http, emu, first["refresh_token"])
    assert answer.status_code == 200
    second = answer.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    old = refresh(http, emu, first["refresh_token"])
    assert old.status_code == 400
    assert old.json() == {"reason": "Invalid Token!", "error": "invalid_grant"}
    assert refresh(http, emu, second["refresh_token"]).status_code == 200


def test_unsupported_grant_type(emu: ZoomEmulator, http: httpx.Client) -> None:
    answer = http.post(
        f"{emu.oauth_url}/oauth/token",
        data={"grant_type": "password"},
        auth=(emu.client_id, emu.client_secret),
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == "unsupported_grant_type"


# ------------------------------------------------------------------------------ API


def test_invalid_expired_and_revoked_tokens_answer_124(
    emu: ZoomEmulator, http: httpx.Client
) -> None:
    me = f"{emu.api_url}/users/me"
    assert http.get(me).json() == {"code": 124, "message": "Invalid access token."}
    assert http.get(me, headers=bearer("garbage")).status_code == 401
    tokens = emu.issue_tokens()
    assert http.get(me, headers=bearer(tokens["access_token"])).status_code == 200
    emu.expire_access_tokens()
    expired = http.get(me, headers=bearer(tokens["access_token"]))
    assert expired.status_code == 401
    assert expired.json() == {"code": 124, "message": "Access token is expired."}
    fresh = refresh(http, emu, tokens["refresh_token"]).json()
    assert http.get(me, headers=bearer(fresh["access_token"])).status_code == 200
    emu.revoke_tokens()
    revoked = http.get(me, headers=bearer(fresh["access_token"]))
    assert revoked.status_code == 401
    assert revoked.json()["code"] == 124
    assert refresh(http, emu, fresh["refresh_token"]).json()["error"] == "invalid_grant"


def test_create_get_update_delete(emu: ZoomEmulator, http: httpx.Client) -> None:
    auth = bearer(emu.issue_tokens()["access_token"])
    created = http.post(f"{emu.api_url}/users/me/meetings", json=MEETING, headers=auth)
    assert created.status_code == 201
    meeting = created.json()
    meeting_id = meeting["id"]
    assert isinstance(meeting_id, int)
    assert len(str(meeting_id)) == 11
    assert meeting["uuid"]
    assert meeting["host_id"] == emu.user.id
    assert meeting["type"] == 2
    assert meeting["start_time"] == "2026-12-01T09:00:00Z"
    assert meeting["password"] == "abc123"
    assert meeting["h323_password"].isdigit()
    assert meeting["pstn_password"].isdigit()
    assert meeting["join_url"] == (
        f"https://us05web.zoom.us/j/{meeting_id}?pwd={meeting['encrypted_password']}"
    )
    assert "zak=" in meeting["start_url"]
    assert meeting["settings"]["join_before_host"] is True
    assert meeting["settings"]["alternative_hosts"] == "bob@example.com"
    assert meeting["settings"]["global_dial_in_numbers"]
    assert emu.meetings[meeting_id] == meeting
    assert http.get(f"{emu.api_url}/meetings/{meeting_id}", headers=auth).json() == meeting

    # PATCH: 204, and only what was sent changes.
    patched = http.patch(
        f"{emu.api_url}/meetings/{meeting_id}",
        json={"topic": "Planning (moved)", "settings": {"mute_upon_entry": True}},
        headers=auth,
    )
    assert patched.status_code == 204
    assert patched.content == b""
    now = http.get(f"{emu.api_url}/meetings/{meeting_id}", headers=auth).json()
    assert now["topic"] == "Planning (moved)"
    assert now["settings"]["mute_upon_entry"] is True
    assert now["settings"]["join_before_host"] is True
    assert now["start_time"] == meeting["start_time"]
    assert now["password"] == meeting["password"]
    assert now["join_url"] == meeting["join_url"]

    # Local time in the meeting's time zone is answered in UTC.
    http.patch(
        f"{emu.api_url}/meetings/{meeting_id}",
        json={"start_time": "2026-12-01T11:30:00", "timezone": "Europe/Amsterdam"},
        headers=auth,
    )
    assert emu.meetings[meeting_id]["start_time"] == "2026-12-01T10:30:00Z"

    deleted = http.delete(f"{emu.api_url}/meetings/{meeting_id}", headers=auth)
    assert deleted.status_code == 204
    assert meeting_id not in emu.meetings


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
def test_unknown_meeting_answers_3001(emu: ZoomEmulator, http: httpx.Client, method: str) -> None:
    auth = bearer(emu.issue_tokens()["access_token"])
    answer = http.request(
        method,
        f"{emu.api_url}/meetings/81234567890",
        headers=auth,
        json={"topic": "x"} if method == "PATCH" else None,
    )
    assert answer.status_code == 404
    assert answer.json() == {"code": 3001, "message": "Meeting does not exist: 81234567890."}


def test_validation_errors_answer_300(emu: ZoomEmulator, http: httpx.Client) -> None:
    auth = bearer(emu.issue_tokens()["access_token"])
    url = f"{emu.api_url}/users/me/meetings"
    bad = http.post(
        url,
        json={**MEETING, "duration": 0, "timezone": "Mars/Olympus", "settings": {"audio": "x"}},
        headers=auth,
    )
    assert bad.status_code == 400
    body = bad.json()
    assert body["code"] == 300
    assert body["message"] == "Validation Failed."
    assert {e["field"] for e in body["errors"]} == {"duration", "timezone", "settings.audio"}
    not_json = http.post(url, content=b"[1, 2]", headers=auth)
    assert not_json.json() == {
        "code": 300,
        "message": "Request Body should be a valid JSON object.",
    }
    password = http.post(url, json={**MEETING, "password": "way too long!"}, headers=auth)
    assert password.status_code == 400
    assert password.json()["code"] == 300
    assert emu.meetings == {}


def test_throttle_answers_429_with_retry_after(emu: ZoomEmulator, http: httpx.Client) -> None:
    auth = bearer(emu.issue_tokens()["access_token"])
    emu.throttle_next(2, retry_after=3)
    for _ in range(2):
        answer = http.get(f"{emu.api_url}/users/me", headers=auth)
        assert answer.status_code == 429
        assert answer.headers["Retry-After"] == "3"
        assert answer.headers["X-RateLimit-Type"] == "QPS"
        assert answer.json() == {
            "code": 429,
            "message": "You have reached the maximum per-second rate limit for this API. "
            "Try again later.",
        }
    assert http.get(f"{emu.api_url}/users/me", headers=auth).status_code == 200
    assert [r.status for r in emu.api_requests()] == [429, 429, 200]


def test_users_me(emu: ZoomEmulator, http: httpx.Client) -> None:
    auth = bearer(emu.issue_tokens()["access_token"])
    me = http.get(f"{emu.api_url}/users/me", headers=auth).json()
    assert me["email"] == emu.user.email
    assert me["id"] == emu.user.id
    assert me["account_id"] == emu.user.account_id
