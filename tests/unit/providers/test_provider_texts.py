"""What the providers tell a person (errors that become account states or dialogs, problems
with single items) is a translatable Text. Real requests go to httpx's MockTransport; the
messages are rendered with a small fake translation."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from desktop.domain import LOCAL_CALENDAR_ID, Calendar, Event
from desktop.i18n import Text, message_of, render
from desktop.providers.base import AuthError, Conflict, ProviderError, TransientError
from desktop.providers.caldav import DavAccount, DavProvider, discover, parse_vcard
from desktop.providers.caldav._http import transport_error
from desktop.providers.caldav._xml import XmlError, parse_xml
from desktop.providers.caldav.discovery import normalise_url
from desktop.providers.caldav.provider import read_contact_item, read_event_item
from desktop.providers.graph.client import GraphClient
from desktop.providers.graph.mapping import (
    UnsupportedRecurrence,
    event_from_graph,
    rrule_to_recurrence,
)
from desktop.providers.graph.provider import GraphProvider
from desktop.providers.local import LocalProvider
from tests.i18n_fakes import dictionary

FRENCH = {
    # CalDAV
    "Cannot reach {host}: {reason}": "Impossible de joindre {host} : {reason}",
    "{host} did not answer in time.": "{host} n'a pas répondu à temps.",
    "The server refused the user name or password.": "Le serveur a refusé l'identifiant.",
    "{host} is busy or unavailable (HTTP {status}) while {what}.": (
        "{host} est occupé (HTTP {status}) pendant {what}."
    ),
    "{host} answered HTTP {status} while {what}.": "{host} a répondu HTTP {status} pendant {what}.",
    "syncing {name}": "la synchronisation de {name}",
    "listing the calendars": "la liste des agendas",
    "saving to {name}": "l'enregistrement dans {name}",
    "{name} no longer exists on the server.": "{name} n'existe plus sur le serveur.",
    "This item was changed or removed in {name} by someone else.": (
        "Cet élément de {name} a été changé par quelqu'un d'autre."
    ),
    "The server does not allow changes to {name}.": "Le serveur interdit de modifier {name}.",
    "This is not a web address Meetdesk can use: {address}": "Adresse inutilisable : {address}",
    "No CalDAV or CardDAV service was found at {url}.": "Aucun service CalDAV à {url}.",
    "{host} sent an answer Meetdesk cannot read ({reason}).": (
        "{host} a envoyé une réponse illisible ({reason})."
    ),
    "the answer declares a DOCTYPE or entities": "la réponse déclare un DOCTYPE",
    "{href} skipped: it is not iCalendar data": "{href} ignoré : ce n'est pas de l'iCalendar",
    "{href} skipped: {reason}": "{href} ignoré : {reason}",
    "{href}: {problem}": "{href} : {problem}",
    "it holds a contact nested inside another, which is refused": "il contient un contact imbriqué",
    "{count} malformed line skipped": "{count} ligne illisible ignorée",
    "{count} malformed lines skipped": "{count} lignes illisibles ignorées",
    "the contact is not closed with END:VCARD": "le contact n'est pas fermé par END:VCARD",
    # Microsoft 365
    "Microsoft 365 no longer accepts the sign-in. Sign in again.": (
        "Reconnectez-vous à Microsoft 365."
    ),
    "Microsoft 365 refused access: {message} The account may lack the permission, or the item"
    " is not yours to change.": "Microsoft 365 a refusé l'accès : {message}",
    "Microsoft 365 refused the request ({status}, {code}): {message}": (
        "Microsoft 365 a refusé la demande ({status}, {code}) : {message}"
    ),
    "Microsoft 365 had a problem ({status}); trying again later.": (
        "Microsoft 365 a un problème ({status})."
    ),
    "Microsoft 365 cannot store this repeat rule: {reason}": (
        "Microsoft 365 ne peut pas garder cette répétition : {reason}"
    ),
    "it repeats every few hours; the shortest repeat there is daily.": (
        "elle se répète toutes les quelques heures."
    ),
    "The event has no start or end": "L'événement n'a ni début ni fin",
    "an event could not be read ({reason})": "un événement est illisible ({reason})",
    "an entry without an id": "une entrée sans id",
    "'{name}' is read-only on Microsoft 365.": "« {name} » est en lecture seule sur Microsoft 365.",
    "A private meeting of someone else cannot be changed.": "Réunion privée d'autrui.",
    # Local
    "This meeting was changed elsewhere.": "Cette réunion a été modifiée ailleurs.",
}


french = dictionary(FRENCH)


def translated(value: object) -> str:
    """The message in French; fails when it (or a part) is not a Text of ours."""
    text = message_of(value) if isinstance(value, BaseException) else value
    assert isinstance(text, Text), f"not a Text: {text!r}"
    return render(text, french)


Handler = Callable[[httpx.Request], httpx.Response]
START = datetime(2026, 12, 1, 9, tzinfo=UTC)
CAL = Calendar("cal", "acc", "Work", remote_id="/dav/alice/work/")


def raised(call: Callable[[], Awaitable[object]]) -> BaseException:
    async def run() -> BaseException:
        try:
            await call()
        except Exception as exc:  # the error is what is looked at
            return exc
        raise AssertionError("nothing was raised")

    return asyncio.run(run())


# -- CalDAV ---------------------------------------------------------------------------------


def dav_error(handler: Handler, call: Callable[[DavProvider], Awaitable[object]]) -> BaseException:
    """What `call` raises on a provider whose server answers with `handler`."""
    account = DavAccount(
        "https://dav.example/",
        "alice",
        "https://dav.example/dav/alice/",
        "https://dav.example/dav/alice/",
        None,
    )
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    provider = DavProvider("acc", account, "secret", client=client)

    async def run() -> object:
        try:
            return await call(provider)
        finally:
            await client.aclose()

    return raised(run)


def event() -> Event:
    return Event("e1", "cal", "u1", "Plan", START, START + timedelta(hours=1), remote_id="/x.ics")


def test_transport_errors_name_the_host_in_a_text() -> None:
    error = transport_error(httpx.ConnectError("refused"), "https://alice:pw@dav.example:8443/x")
    assert isinstance(error, TransientError)
    assert str(error) == "Cannot reach dav.example:8443: refused"
    assert translated(error) == "Impossible de joindre dav.example:8443 : refused"
    timeout = transport_error(httpx.ReadTimeout("slow"), "https://dav.example/")
    assert translated(timeout) == "dav.example n'a pas répondu à temps."


def test_a_busy_server_while_syncing_is_one_sentence_in_french() -> None:
    def busy(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503)

    error = dav_error(busy, lambda p: p.pull(CAL, "token"))
    assert isinstance(error, TransientError)
    assert str(error) == "dav.example is busy or unavailable (HTTP 503) while syncing Work."
    assert (
        translated(error) == "dav.example est occupé (HTTP 503) pendant la synchronisation de Work."
    )

    def teapot(request: httpx.Request) -> httpx.Response:
        return httpx.Response(418)

    error = dav_error(teapot, lambda p: p.calendars())
    assert translated(error) == "dav.example a répondu HTTP 418 pendant la liste des agendas."


def test_refused_credentials_gone_collections_and_conflicts_are_texts() -> None:
    error = dav_error(lambda r: httpx.Response(401), lambda p: p.pull(CAL, None))
    assert isinstance(error, AuthError)
    assert translated(error) == "Le serveur a refusé l'identifiant."
    error = dav_error(lambda r: httpx.Response(404), lambda p: p.pull(CAL, "token"))
    assert translated(error) == "Work n'existe plus sur le serveur."
    error = dav_error(lambda r: httpx.Response(412), lambda p: p.update(CAL, event(), '"e1"'))
    assert isinstance(error, Conflict)
    assert translated(error) == "Cet élément de Work a été changé par quelqu'un d'autre."
    error = dav_error(lambda r: httpx.Response(403), lambda p: p.update(CAL, event(), '"e1"'))
    assert translated(error) == "Le serveur interdit de modifier Work."
    error = dav_error(lambda r: httpx.Response(500), lambda p: p.update(CAL, event(), '"e1"'))
    assert translated(error) == (
        "dav.example est occupé (HTTP 500) pendant l'enregistrement dans Work."
    )


def test_an_unreadable_answer_says_why_in_french() -> None:
    evil = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><D:multistatus xmlns:D="DAV:"/>'
    with pytest.raises(XmlError) as caught:
        parse_xml(evil)
    assert translated(caught.value) == "la réponse déclare un DOCTYPE"

    def doctype(request: httpx.Request) -> httpx.Response:
        return httpx.Response(207, content=evil)

    error = dav_error(doctype, lambda p: p.pull(CAL, "token"))
    assert isinstance(error, ProviderError)
    assert translated(error) == (
        "dav.example a envoyé une réponse illisible (la réponse déclare un DOCTYPE)."
    )


def test_discovery_errors_are_texts() -> None:
    with pytest.raises(ProviderError) as caught:
        normalise_url("ftp://files.example")
    assert str(caught.value) == "This is not a web address Meetdesk can use: ftp://files.example"
    assert translated(caught.value) == "Adresse inutilisable : ftp://files.example"

    client = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(404)))

    async def find() -> object:
        try:
            return await discover("dav.example", "alice", "pw", client=client)
        finally:
            await client.aclose()

    error = raised(find)
    assert translated(error) == "Aucun service CalDAV à https://dav.example/."


def test_items_skipped_in_a_pull_say_why_in_french() -> None:
    _, [problem] = read_event_item("/x.ics", '"e"', "hello", "cal")
    assert translated(problem) == "/x.ics ignoré : ce n'est pas de l'iCalendar"
    contact, [problem] = read_contact_item(
        "/b/x.vcf", '"e"', "BEGIN:VCARD\nBEGIN:VCARD\nEND:VCARD", "book"
    )
    assert contact is None
    assert translated(problem) == "/b/x.vcf ignoré : il contient un contact imbriqué"
    contact, [note] = read_contact_item("/b/y.vcf", '"e"', "BEGIN:VCARD\nFN:Ann\n", "book")
    assert contact is not None
    assert translated(note) == "/b/y.vcf : le contact n'est pas fermé par END:VCARD"


def test_several_problems_of_one_item_stay_one_translatable_line() -> None:
    broken = "".join(
        f"BEGIN:VEVENT\r\nUID:a\r\nRECURRENCE-ID:2026120{day}T090000Z\r\n"
        f"DTSTART:garbage{day}\r\nSUMMARY:bad\r\nEND:VEVENT\r\n"
        for day in (2, 3)
    )
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        "DTSTART:20261201T090000Z\r\nDTEND:20261201T100000Z\r\nSUMMARY:ok\r\nEND:VEVENT\r\n"
        f"{broken}END:VCALENDAR\r\n"
    )
    events, [problem] = read_event_item("/x.ics", '"e"', ics, "cal")
    assert events == []
    assert problem.startswith("/x.ics skipped: ") and "garbage2" in problem
    assert "; " in problem and "garbage3" in problem
    assert translated(problem).startswith("/x.ics ignoré : ")


def test_vcard_problems_count_lines_in_whole_sentences() -> None:
    _, [one] = parse_vcard("BEGIN:VCARD\nFN:Ann\n???\nEND:VCARD\n")
    assert one == "1 malformed line skipped"
    assert translated(one) == "1 ligne illisible ignorée"
    _, [two] = parse_vcard("BEGIN:VCARD\nFN:Ann\n???\n!!!\nEND:VCARD\n")
    assert two == "2 malformed lines skipped"
    assert translated(two) == "2 lignes illisibles ignorées"


# -- Microsoft 365 ----------------------------------------------------------------------------


async def token(force: bool) -> str:
    return "token"


def graph_error(
    handler: Handler, call: Callable[[GraphClient], Awaitable[object]]
) -> BaseException:
    client = GraphClient(
        "https://graph.example.com",
        token,
        client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )

    async def run() -> object:
        try:
            return await call(client)
        finally:
            await client.aclose()

    return raised(run)


def graph_answer(status: int, code: str = "", message: str = "") -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"error": {"code": code, "message": message}})

    return handler


def test_graph_refusals_are_texts_with_the_servers_words_as_parameters() -> None:
    error = graph_error(graph_answer(401), lambda c: c.get_json("me/calendars"))
    assert isinstance(error, AuthError)
    assert translated(error) == "Reconnectez-vous à Microsoft 365."
    error = graph_error(
        graph_answer(403, message="Access is denied."), lambda c: c.get_json("me/calendars")
    )
    assert str(error) == (
        "Microsoft 365 refused access: Access is denied. The account may lack the permission,"
        " or the item is not yours to change."
    )
    assert translated(error) == "Microsoft 365 a refusé l'accès : Access is denied."
    error = graph_error(
        graph_answer(400, "ErrorInvalidRequest", "Bad filter."), lambda c: c.get_json("me/x")
    )
    assert str(error) == "Microsoft 365 refused the request (400, ErrorInvalidRequest): Bad filter."
    assert translated(error) == (
        "Microsoft 365 a refusé la demande (400, ErrorInvalidRequest) : Bad filter."
    )
    assert str(graph_error(graph_answer(400), lambda c: c.get_json("me/x"))) == (
        "Microsoft 365 refused the request (400)."
    )
    error = graph_error(graph_answer(502), lambda c: c.get_json("me/x"))
    assert isinstance(error, TransientError)
    assert translated(error) == "Microsoft 365 a un problème (502)."


def test_repeat_rules_microsoft_365_cannot_store_are_explained_in_french() -> None:
    with pytest.raises(UnsupportedRecurrence) as caught:
        rrule_to_recurrence("FREQ=HOURLY", START, "Europe/Amsterdam")
    assert translated(caught.value) == (
        "Microsoft 365 ne peut pas garder cette répétition :"
        " elle se répète toutes les quelques heures."
    )
    with pytest.raises(UnsupportedRecurrence) as caught:
        rrule_to_recurrence("FREQ=FORTNIGHTLY", START, "Europe/Amsterdam")
    assert str(caught.value).startswith("Microsoft 365 cannot store this repeat rule: ")
    assert str(caught.value).endswith(".")
    assert isinstance(message_of(caught.value), Text)


def test_unreadable_graph_items_are_problems_in_french() -> None:
    with pytest.raises(ValueError) as caught:
        event_from_graph({"id": "e1"}, CAL)
    assert translated(caught.value) == "L'événement n'a ni début ni fin"

    def delta(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "value": [{"subject": "no id"}, {"id": "e1"}],
                "@odata.deltaLink": "https://graph.example.com/v1.0/me/delta?token=1",
            },
        )

    client = GraphClient(
        "https://graph.example.com",
        token,
        client=httpx.AsyncClient(transport=httpx.MockTransport(delta)),
    )
    provider = GraphProvider("acc", client, me_email="me@example.com")

    async def pull() -> list[str]:
        try:
            return list(
                (await provider.pull(Calendar("c", "acc", "Cal", remote_id="AAMk"), None)).problems
            )
        finally:
            await client.aclose()

    problems = asyncio.run(pull())
    assert [translated(p) for p in problems] == [
        "une entrée sans id",
        "un événement est illisible (L'événement n'a ni début ni fin)",
    ]


def test_graph_writes_it_cannot_make_are_refused_in_french() -> None:
    client = GraphClient("https://graph.example.com", token)
    provider = GraphProvider("acc", client, me_email="me@example.com", may_write_calendars=False)
    read_only = Calendar("c", "acc", "Team", remote_id="AAMk")
    error = raised(lambda: provider.update(read_only, event(), ""))
    assert translated(error) == "« Team » est en lecture seule sur Microsoft 365."
    writer = GraphProvider("acc", client, me_email="me@example.com")
    private = replace(event(), private=True)
    error = raised(lambda: writer.update(replace(read_only, writable=True), private, ""))
    assert translated(error) == "Réunion privée d'autrui."
    asyncio.run(client.aclose())


# -- local ------------------------------------------------------------------------------------


def test_the_local_services_conflict_is_a_text() -> None:
    provider = LocalProvider()
    calendar = Calendar(LOCAL_CALENDAR_ID, "local", "On this computer")
    stale = replace(event(), etag='"new"')
    error = raised(lambda: provider.update(calendar, stale, '"old"'))
    assert isinstance(error, Conflict)
    assert translated(error) == "Cette réunion a été modifiée ailleurs."
