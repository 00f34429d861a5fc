"""Conferencing messages a person reads (Zoom errors, custom link patterns, invitation template
problems) are Texts the window shows translated."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import datetime

import httpx
import pytest

from desktop.conferencing import CustomPattern, new_jitsi_room_url, validate_template
from desktop.conferencing.zoom import (
    ZoomAuthError,
    ZoomClient,
    ZoomConfig,
    ZoomError,
    ZoomMeetingRequest,
    ZoomNotFound,
    ZoomTokens,
    ZoomTokenStore,
    ZoomTransient,
)
from desktop.i18n import Text, message_of, render
from tests.i18n_fakes import dictionary, shouting, translated_whole
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401 - fixture

FRENCH = {
    "Meetdesk has no Zoom app (client) ID: set one in Settings.": (
        "Meetdesk n'a pas d'identifiant d'application Zoom : indiquez-en un dans les Réglages."
    ),
    "The Zoom address must be an https address: {url}": (
        "L'adresse de Zoom doit être une adresse https : {url}"
    ),
    "Sign in to Zoom first.": "Connectez-vous d'abord à Zoom.",
    "Zoom does not allow this: {reason}": "Zoom ne le permet pas : {reason}",
    "forbidden": "interdit",
    "Zoom is unavailable (HTTP {status}). Try again later.": (
        "Zoom n'est pas disponible (HTTP {status}). Réessayez plus tard."
    ),
    "{name}: the pattern is empty.": "{name} : le motif est vide.",
    "Unknown placeholder {placeholder}; it will be left as written.": (
        "Champ inconnu {placeholder} ; il restera tel quel."
    ),
    "Unsupported placeholder {placeholder}; only simple names such as {example} are replaced. "
    "Write {open} and {close} for literal braces.": (
        "Champ non pris en charge {placeholder} ; seuls les noms simples comme {example} sont "
        "remplacés. Écrivez {open} et {close} pour des accolades."
    ),
}


french = dictionary(FRENCH)


# --------------------------------------------------------------------------- Zoom


def test_zoom_settings_problems_are_translated() -> None:
    with pytest.raises(ZoomError) as missing:
        ZoomConfig("  ").validated()
    assert isinstance(message_of(missing.value), Text)
    assert render(missing.value, french) == (
        "Meetdesk n'a pas d'identifiant d'application Zoom : indiquez-en un dans les Réglages."
    )
    with pytest.raises(ZoomError) as plain_http:
        ZoomConfig("client", oauth_url="http://zoom.example").validated()
    assert str(plain_http.value) == "The Zoom address must be an https address: http://zoom.example"
    assert render(plain_http.value, french) == (
        "L'adresse de Zoom doit être une adresse https : http://zoom.example"
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"start": datetime(2026, 12, 1, 10, 0)},
        {"duration_minutes": 0},
        {"timezone": "MARS/BASE"},
    ],
)
def test_a_zoom_meeting_request_is_refused_in_a_text(changes: dict[str, object]) -> None:
    values: dict[str, object] = {
        "topic": "Planning",
        "start": datetime.fromisoformat("2026-12-01T10:00:00+01:00"),
        "duration_minutes": 30,
        "timezone": "Europe/Amsterdam",
        **changes,
    }
    with pytest.raises(ValueError) as caught:
        ZoomMeetingRequest(**values)  # type: ignore[arg-type]
    assert isinstance(message_of(caught.value), Text)
    assert translated_whole(caught.value)


API = "https://api.zoom.example/v2"


@pytest.fixture
def signed_in(memory_keyring: MemoryKeyring) -> Iterator[ZoomTokenStore]:  # noqa: F811
    store = ZoomTokenStore()
    store.save(ZoomTokens("access", "refresh", time.time() + 3600))
    yield store


def zoom_answering(
    store: ZoomTokenStore, answer: Callable[[httpx.Request], httpx.Response]
) -> ZoomClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    config = ZoomConfig("client", oauth_url="https://zoom.example", api_url=API)
    return ZoomClient(config, store, client=http, max_retry_wait=0)


def zoom_error(status: int, body: dict[str, object] | None = None) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body or {}).encode())


@pytest.mark.asyncio
async def test_zoom_without_a_sign_in_asks_for_one_in_a_text(
    memory_keyring: MemoryKeyring,  # noqa: F811 - fixture
) -> None:
    client = zoom_answering(ZoomTokenStore(), lambda request: zoom_error(500))
    with pytest.raises(ZoomAuthError) as caught:
        await client.me()
    await client.aclose()
    assert render(caught.value, french) == "Connectez-vous d'abord à Zoom."


@pytest.mark.asyncio
async def test_zoom_refusals_are_translated_with_zoom_s_own_words_kept(
    signed_in: ZoomTokenStore,
) -> None:
    answers = iter(
        [
            zoom_error(403),
            zoom_error(403, {"code": 200, "message": "Only the host may do this."}),
            zoom_error(503),
        ]
    )
    client = zoom_answering(signed_in, lambda request: next(answers))
    errors = []
    for _ in range(3):
        with pytest.raises(ZoomError) as caught:
            await client.me()
        errors.append(caught.value)
    await client.aclose()
    forbidden, host_only, unavailable = errors
    assert str(forbidden) == "Zoom does not allow this: forbidden"
    assert render(forbidden, french) == "Zoom ne le permet pas : interdit"
    assert render(host_only, french) == "Zoom ne le permet pas : Only the host may do this."
    assert isinstance(unavailable, ZoomTransient)
    assert str(unavailable) == "Zoom is unavailable (HTTP 503). Try again later."
    assert render(unavailable, french) == (
        "Zoom n'est pas disponible (HTTP 503). Réessayez plus tard."
    )


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (401, {}, ZoomAuthError),
        (404, {"code": 3001}, ZoomNotFound),
        (429, {}, ZoomTransient),
        (400, {}, ZoomError),
        (200, None, ZoomError),  # not JSON
    ],
)
async def test_every_zoom_answer_is_explained_in_a_text(
    signed_in: ZoomTokenStore, status: int, body: dict[str, object] | None, kind: type[ZoomError]
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":  # the refresh after a 401: refused too
            return zoom_error(400, {"error": "invalid_grant"})
        if body is None:
            return httpx.Response(status, content=b"<html>")
        return zoom_error(status, body)

    client = zoom_answering(signed_in, answer)
    with pytest.raises(kind) as caught:
        await client.me()
    await client.aclose()
    assert isinstance(message_of(caught.value), Text)
    shouted = render(caught.value, shouting)
    assert shouted == shouted.upper() != str(caught.value)


# --------------------------------------------------------------------------- link patterns


def test_a_refused_link_pattern_says_why_in_a_text() -> None:
    with pytest.raises(ValueError) as empty:
        CustomPattern("Intranet", "  ")
    assert str(empty.value) == "Intranet: the pattern is empty."
    assert render(empty.value, french) == "Intranet : le motif est vide."


@pytest.mark.parametrize(
    ("name", "regex"),
    [
        ("", "meet"),
        ("INTRANET", "x" * 501),
        ("INTRANET", "(a+)+"),
        ("INTRANET", "a*"),
    ],
)
def test_every_link_pattern_refusal_is_a_text(name: str, regex: str) -> None:
    with pytest.raises(ValueError) as caught:
        CustomPattern(name, regex)
    assert isinstance(message_of(caught.value), Text)
    assert translated_whole(caught.value)


def test_a_broken_regular_expression_keeps_python_s_reason() -> None:
    with pytest.raises(ValueError) as caught:
        CustomPattern("Intranet", "meet(")
    message = message_of(caught.value)
    assert isinstance(message, Text)
    assert message.template == "{name}: not a valid regular expression ({reason})."
    assert message.startswith("Intranet: not a valid regular expression (missing )")


# --------------------------------------------------------------------------- invitation, Jitsi


def test_template_problems_are_texts_with_the_placeholder_kept() -> None:
    unknown, unsupported = validate_template("{topic} {foo} {bar.baz} {{ok}}")
    assert unknown == "Unknown placeholder {foo}; it will be left as written."
    assert render(unknown, french) == "Champ inconnu {foo} ; il restera tel quel."
    assert unsupported == (
        "Unsupported placeholder {bar.baz}; only simple names such as {topic} are replaced. "
        "Write {{ and }} for literal braces."
    )
    assert render(unsupported, french) == (
        "Champ non pris en charge {bar.baz} ; seuls les noms simples comme {topic} sont "
        "remplacés. Écrivez {{ et }} pour des accolades."
    )
    assert all(isinstance(problem, Text) for problem in (unknown, unsupported))


def test_a_wrong_jitsi_server_is_refused_in_a_text() -> None:
    for base in ("HTTP://JITSI.EXAMPLE", "HTTPS://JITSI.EXAMPLE/?ROOM=1"):
        with pytest.raises(ValueError) as caught:
            new_jitsi_room_url(base=base)
        assert isinstance(message_of(caught.value), Text)
        assert translated_whole(caught.value)
