"""The services' messages are desktop.i18n.Texts: the window shows them translated."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest

from desktop.domain import Account, Permission, ServiceKind
from desktop.i18n import CONTEXT, Text, message_of, render
from desktop.policy import load_policy
from desktop.profile import Profile
from desktop.providers.base import AuthError
from desktop.recurrence import RecurrenceError, parse_rrule
from desktop.services.contacts import ContactInput
from desktop.services.context import AppContext, build_context
from desktop.services.errors import NotAllowed, NotFound, ValidationError
from desktop.services.meetings import PRIVATE_TITLE, HostFilter, ScheduleRequest
from desktop.services.settings import check_zoom_defaults
from tests.memory_keyring import MemoryKeyring

ALL = set(Permission)

# A made-up language: every template the tests look up, in capitals with its placeholders.
SHOUTED = {
    "Enter a topic for the meeting.": "ENTREZ UN SUJET.",
    "Unknown time zone '{zone}'.": "FUSEAU INCONNU « {zone} ».",
    "The meeting must end after it starts.": "LA FIN APRÈS LE DÉBUT.",
    "Not an e-mail address: {address}": "PAS UNE ADRESSE : {address}",
    "There is no calendar '{calendar}'.": "PAS D'AGENDA « {calendar} ».",
    "'{text}' is not me, others or an e-mail address.": "« {text} » N'EST NI MOI NI LES AUTRES.",
    "This meeting no longer exists.": "CETTE RÉUNION N'EXISTE PLUS.",
    "Only meetings scheduled from Meetdesk can be edited or deleted here.": "PAS MODIFIABLE.",
    "Private meeting": "RÉUNION PRIVÉE",
    "Enter a name.": "ENTREZ UN NOM.",
    "Not a phone number: {phone}": "PAS UN NUMÉRO : {phone}",
    "There is no contacts folder '{path}'.": "PAS DE DOSSIER « {path} ».",
    "Unknown setting '{name}'.": "RÉGLAGE INCONNU « {name} ».",
    "The name is too long (at most {limit} characters).": "NOM TROP LONG ({limit} AU PLUS).",
    "Pattern {number}: give a name and a pattern.": "MODÈLE {number} : UN NOM ET UN MODÈLE.",
    "{name}: {reason}": "{name} — {reason}",
    "{option} must be one of {choices}.": "{option} DOIT ÊTRE L'UN DE {choices}.",
    "{earlier}; {later}": "{earlier} ; {later}",
    "Your administrator has turned off calendar and contacts integration.": "INTÉGRATION COUPÉE.",
    "Your administrator does not allow: {names}.": "VOTRE ADMINISTRATEUR REFUSE : {names}.",
    "{list}, {item}": "{list} et {item}",
    "Calendar write": "ÉCRITURE AGENDA",
    "Contacts write": "ÉCRITURE CONTACTS",
    "Your administrator requires {name} for calendar and contacts.": "IL FAUT {name}.",
    "Exchange (on-premises)": "EXCHANGE (SUR SITE)",
    "Exchange is not available in this build yet.": "EXCHANGE PAS ENCORE LÀ.",
    "Enter the server address, like https://dav.example.com/.": "ENTREZ L'ADRESSE.",
    "Enter your user name.": "ENTREZ L'UTILISATEUR.",
    "Enter your password.": "ENTREZ LE MOT DE PASSE.",
    "The password for this account is missing. Sign in again.": "MOT DE PASSE MANQUANT.",
    "Sign in to Microsoft 365 again.": "RECONNECTEZ MICROSOFT 365.",
    "{first} {then}": "{first} / {then}",
    "The Graph address must be an https address.": "GRAPH EN HTTPS.",
}


def shouted(context: str, source: str) -> str:
    assert context == CONTEXT
    return SHOUTED.get(source, "")


def said(value: object) -> str:
    """What the window would show in the made-up language."""
    return render(value, shouted)


def request(**changes: object) -> ScheduleRequest:
    values: dict[str, object] = {
        "topic": "Design review",
        "start": datetime(2030, 5, 6, 10, 0),
        "duration_minutes": 45,
        "timezone": "Europe/Amsterdam",
    }
    values.update(changes)
    return ScheduleRequest(**values)  # type: ignore[arg-type]


def context_with_policy(profile: Profile, policy_file: Path, policy: object) -> AppContext:
    policy_file.write_text(json.dumps(policy))
    return build_context(profile, policy=load_policy())


# -- meetings -------------------------------------------------------------------------------


def test_schedule_problems_are_texts_in_the_persons_language(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as caught:
        ctx.meetings.validate(
            request(
                topic="  ",
                timezone="Mars/Olympus",
                duration_minutes=0,
                attendees=("ann@example.com", "nobody"),
                calendar_id="gone",
            )
        )
    problems = caught.value.problems
    assert all(isinstance(p, Text) for p in problems.values()), problems
    assert problems["timezone"] == "Unknown time zone 'Mars/Olympus'."
    assert said(problems["topic"]) == "ENTREZ UN SUJET."
    assert said(problems["timezone"]) == "FUSEAU INCONNU « Mars/Olympus »."
    assert said(problems["attendees"]) == "PAS UNE ADRESSE : nobody"
    assert said(problems["calendar"]) == "PAS D'AGENDA « gone »."
    # The exception itself: one line in English, every problem translated in the window.
    assert str(caught.value) == (
        "Enter a topic for the meeting.; Unknown time zone 'Mars/Olympus'.; "
        "The meeting must end after it starts.; Not an e-mail address: nobody; "
        "There is no calendar 'gone'."
    )
    assert isinstance(message_of(caught.value), Text)
    assert said(message_of(caught.value)) == (
        "ENTREZ UN SUJET. ; FUSEAU INCONNU « Mars/Olympus ». ; LA FIN APRÈS LE DÉBUT. ; "
        "PAS UNE ADRESSE : nobody ; PAS D'AGENDA « gone »."
    )


def test_a_recurrence_problem_keeps_the_recurrence_modules_message(ctx: AppContext) -> None:
    with pytest.raises(RecurrenceError) as expected:
        parse_rrule("FREQ=SOMETIMES")
    with pytest.raises(ValidationError) as caught:
        ctx.meetings.validate(request(recurrence="FREQ=SOMETIMES"))
    problem = caught.value.problems["recurrence"]
    assert problem == message_of(expected.value)
    assert type(problem) is type(message_of(expected.value))  # a Text stays a Text


def test_meeting_errors_are_texts(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as caught:
        HostFilter.parse("somebody")
    assert said(caught.value) == "« somebody » N'EST NI MOI NI LES AUTRES."
    with pytest.raises(NotFound) as missing:
        ctx.meetings.get("no-such-event")
    assert isinstance(message_of(missing.value), Text)
    assert said(missing.value) == "CETTE RÉUNION N'EXISTE PLUS."
    imported = ctx.meetings.import_ics(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@example.com\r\n"
        b"DTSTART:20300506T100000Z\r\nDTEND:20300506T110000Z\r\nSUMMARY:Imported\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(NotAllowed) as refused:
        ctx.meetings.delete(imported.events[0].id)
    assert said(refused.value) == "PAS MODIFIABLE."
    with pytest.raises(ValidationError) as no_calendar:
        ctx.meetings.import_ics(b"", calendar_id="gone")
    assert said(no_calendar.value) == "PAS D'AGENDA « gone »."


def test_the_private_title_is_a_text() -> None:
    assert PRIVATE_TITLE == "Private meeting"
    assert said(PRIVATE_TITLE) == "RÉUNION PRIVÉE"


# -- contacts -------------------------------------------------------------------------------


def test_contact_problems_are_texts(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as caught:
        ctx.contacts.add(ContactInput(" ", emails=("ann@",), phones=("call me",)))
    problems = caught.value.problems
    assert all(isinstance(p, Text) for p in problems.values()), problems
    assert said(problems["name"]) == "ENTREZ UN NOM."
    assert said(problems["email"]) == "PAS UNE ADRESSE : ann@"
    assert problems["phone"] == "Not a phone number: call me"
    assert said(problems["phone"]) == "PAS UN NUMÉRO : call me"
    with pytest.raises(ValidationError) as long_name:
        ctx.contacts.add(ContactInput("x" * 201))
    assert said(long_name.value) == "NOM TROP LONG (200 AU PLUS)."
    with pytest.raises(NotFound) as missing:
        ctx.contacts.folder_by_path("Suppliers/EU")
    assert said(missing.value) == "PAS DE DOSSIER « Suppliers/EU »."


# -- settings -------------------------------------------------------------------------------


def test_setting_problems_are_texts(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as unknown:
        ctx.settings.set("colour", "blue")
    assert said(unknown.value) == "RÉGLAGE INCONNU « colour »."
    with pytest.raises(ValidationError) as long_name:
        ctx.settings.set("my_name", "x" * 201)
    assert str(long_name.value) == "The name is too long (at most 200 characters)."
    assert said(long_name.value) == "NOM TROP LONG (200 AU PLUS)."
    with pytest.raises(ValidationError) as pattern:
        ctx.settings.set("custom_link_patterns", [["Chat", ""]])
    assert said(pattern.value) == "MODÈLE 1 : UN NOM ET UN MODÈLE."
    with pytest.raises(ValidationError) as bad_regex:
        ctx.settings.set("custom_link_patterns", [["Chat", "https://chat/(("]])
    problem = bad_regex.value.problems["custom_link_patterns"]
    assert isinstance(problem, Text) and problem.template == "{name}: {reason}"
    assert problem.startswith("Chat: ")
    assert said(problem).startswith("Chat — ")


def test_zoom_option_choices_are_listed_in_one_text() -> None:
    with pytest.raises(ValidationError) as caught:
        check_zoom_defaults({"audio": "smoke signals"})
    assert str(caught.value) == "audio must be one of both, telephony, voip."
    assert said(caught.value) == "audio DOIT ÊTRE L'UN DE both, telephony, voip."


# -- integration ----------------------------------------------------------------------------


def test_refused_permissions_are_listed_translated(profile: Profile, policy_file: Path) -> None:
    ctx = context_with_policy(
        profile,
        policy_file,
        {"enforced": {"allowed_permissions": ["calendar_read", "contacts_read"]}},
    )
    with pytest.raises(NotAllowed) as caught:
        ctx.integration.check_permissions(ALL)
    assert str(caught.value) == "Your administrator does not allow: Calendar write, Contacts write."
    assert said(caught.value) == (
        "VOTRE ADMINISTRATEUR REFUSE : ÉCRITURE AGENDA et ÉCRITURE CONTACTS."
    )
    ctx.close()


def test_integration_turned_off_is_said_translated(profile: Profile, policy_file: Path) -> None:
    ctx = context_with_policy(profile, policy_file, {"enforced": {"integration_enabled": False}})
    assert said(ctx.integration.connect_blocked_reason()) == "INTÉGRATION COUPÉE."
    with pytest.raises(NotAllowed) as caught:
        ctx.integration.connect(ServiceKind.LOCAL, ALL)
    assert said(caught.value) == "INTÉGRATION COUPÉE."
    ctx.close()


def test_a_required_service_is_named_in_the_persons_language(
    profile: Profile, policy_file: Path
) -> None:
    ctx = context_with_policy(profile, policy_file, {"enforced": {"default_service": "exchange"}})
    with pytest.raises(NotAllowed) as caught:
        ctx.integration.connect(ServiceKind.LOCAL, ALL)
    assert str(caught.value) == (
        "Your administrator requires Exchange (on-premises) for calendar and contacts."
    )
    assert said(caught.value) == "IL FAUT EXCHANGE (SUR SITE)."
    with pytest.raises(NotAllowed) as unavailable:
        ctx.integration.connect(ServiceKind.EXCHANGE, ALL)
    assert said(unavailable.value) == "EXCHANGE PAS ENCORE LÀ."
    ctx.close()


# -- sync -----------------------------------------------------------------------------------


def test_caldav_connect_problems_are_texts(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as caught:
        asyncio.run(ctx.sync.connect_caldav("ftp://dav", " ", "", ALL))
    assert said(caught.value) == (
        "ENTREZ L'ADRESSE.\nENTREZ L'UTILISATEUR.\nENTREZ LE MOT DE PASSE."
    )
    assert all(isinstance(p, Text) for p in caught.value.problems.values())


def test_microsoft_settings_problems_reach_the_field_translated(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as caught:
        asyncio.run(
            ctx.sync.connect_microsoft365(
                ALL,
                client_id="app-id",
                authority="https://login.example.com/tenant",
                graph_url="http://graph.example.com",
            )
        )
    problem = caught.value.problems["client_id"]
    assert isinstance(problem, Text)
    assert said(problem) == "GRAPH EN HTTPS."


def test_missing_sign_ins_say_so_translated(ctx: AppContext) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        dav = Account("caldav-1", ServiceKind.CALDAV, "Work", "me@example.com")
        ctx.store.save_account(
            dav, config={"server_url": "https://dav.example.com/", "username": "me"}
        )
        with pytest.raises(AuthError) as no_password:
            ctx.sync._provider_for(dav)
        assert said(no_password.value) == "MOT DE PASSE MANQUANT."
    finally:
        keyring.set_keyring(previous)
    ms = Account("ms-1", ServiceKind.MICROSOFT365, "Work", "me@example.com")
    ctx.store.save_account(ms, config={"client_id": "app-id"})
    with pytest.raises(AuthError) as no_sign_in:
        ctx.sync._provider_for(ms)
    assert isinstance(message_of(no_sign_in.value), Text)
    assert said(no_sign_in.value) == "RECONNECTEZ MICROSOFT 365."


# -- zoom links -----------------------------------------------------------------------------


def test_a_zoom_meeting_in_an_unknown_zone_is_refused_with_a_text(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as caught:
        ctx.zoom.meeting_request(request(timezone="Nowhere/Land", start=datetime.now(UTC)))
    assert said(caught.value) == "FUSEAU INCONNU « Nowhere/Land »."
