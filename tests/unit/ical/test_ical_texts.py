"""The import's refusals and per-event problems are Texts the import dialog shows translated."""

from __future__ import annotations

import pytest

from desktop.i18n import Text, dump, load, message_of, render
from desktop.ical import IcsError, parse_ics
from tests.i18n_fakes import dictionary, shouting

FRENCH = {
    "This is not an iCalendar file": "Ce n'est pas un fichier iCalendar",
    "The file is larger than {size} MB": "Le fichier dépasse {size} Mo",
    "Event {event} skipped: {reason}": "Événement {event} ignoré : {reason}",
    "Event {event}: {problem}": "Événement {event} : {problem}",
    "unknown time zone {zone}": "fuseau horaire inconnu {zone}",
    "it ends before it starts": "il finit avant de commencer",
    "with UID {uid}": "d'UID {uid}",
    "(untitled)": "(sans titre)",
    "Repeating every hour is not supported": "Répéter toutes les heures n'est pas possible",
    "1 unreadable line in it was ignored": "1 ligne illisible a été ignorée",
    "{count} unreadable lines in it were ignored": "{count} lignes illisibles ont été ignorées",
    "its extra dates (RDATE) are kept but not shown": "ses dates en plus (RDATE) sont cachées",
}


french = dictionary(FRENCH)


def calendar(body: str, title: str = "STANDUP", uid: str = "U1") -> str:
    summary = f"SUMMARY:{title}\r\n" if title else ""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\n{summary}"
        f"{body}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def refusal(data: bytes | str, **limits: int) -> IcsError:
    with pytest.raises(IcsError) as caught:
        parse_ics(
            data,
            max_bytes=limits.get("max_bytes", 5_000_000),
            max_components=limits.get("max_components", 20_000),
            max_depth=limits.get("max_depth", 8),
        )
    return caught.value


# --------------------------------------------------------------------------- whole file refused


def test_a_refused_file_says_why_in_a_translatable_text() -> None:
    error = refusal(b"BEGIN:VCARD\r\nEND:VCARD\r\n")
    assert isinstance(message_of(error), Text)
    assert str(error) == "This is not an iCalendar file"
    assert render(error, french) == "Ce n'est pas un fichier iCalendar"
    too_big = refusal(b"x" * 2_000_001, max_bytes=2_000_000)
    assert str(too_big) == "The file is larger than 2 MB"
    assert render(too_big, french) == "Le fichier dépasse 2 Mo"


@pytest.mark.parametrize(
    ("data", "limits"),
    [
        ("", {}),
        ("hello", {}),
        ("x" * 500_001, {"max_bytes": 500_000}),
        ("BEGIN:VCALENDAR\r\n" + "BEGIN:VEVENT\r\nEND:VEVENT\r\n" * 5, {"max_components": 3}),
        ("BEGIN:VCALENDAR\r\n" + "BEGIN:X\r\n" * 5, {"max_depth": 3}),
    ],
)
def test_every_refusal_is_a_text(data: str, limits: dict[str, int]) -> None:
    error = refusal(data, **limits)
    assert isinstance(message_of(error), Text)
    shouted = render(error, shouting)
    assert shouted == shouted.upper() != str(error)


# --------------------------------------------------------------------------- per-event problems


def test_a_skipped_event_is_one_translated_sentence() -> None:
    result = parse_ics(calendar("DTSTART;TZID=Mars/Base:20260101T090000\r\n", title="Standup"))
    [problem] = result.problems
    assert isinstance(problem, Text)
    assert problem == "Event 'Standup' skipped: unknown time zone 'Mars/Base'"
    assert (
        render(problem, french) == "Événement 'Standup' ignoré : fuseau horaire inconnu 'Mars/Base'"
    )


def test_a_refused_repeat_rule_is_translated_inside_the_problem() -> None:
    result = parse_ics(calendar("DTSTART:20260101T090000Z\r\nRRULE:FREQ=HOURLY\r\n"))
    [problem] = result.problems
    assert problem == "Event 'STANDUP' skipped: Repeating every hour is not supported"
    assert render(problem, french) == (
        "Événement 'STANDUP' ignoré : Répéter toutes les heures n'est pas possible"
    )


def test_events_without_a_title_are_named_in_the_person_s_language() -> None:
    backwards = "DTSTART:20260102T090000Z\r\nDTEND:20260101T090000Z\r\n"
    by_uid = parse_ics(calendar(backwards, title="", uid="abc"))
    assert by_uid.problems == ["Event with UID 'abc' skipped: it ends before it starts"]
    assert render(by_uid.problems[0], french) == (
        "Événement d'UID 'abc' ignoré : il finit avant de commencer"
    )
    untitled = parse_ics(calendar(backwards, title="", uid=""))
    assert render(untitled.problems[0], french) == (
        "Événement (sans titre) ignoré : il finit avant de commencer"
    )


def test_notes_on_imported_events_translate() -> None:
    result = parse_ics(calendar("DTSTART:20260101T090000Z\r\nRDATE:20260105T090000Z\r\n"))
    [note] = result.problems
    assert note == "Event 'STANDUP': its extra dates (RDATE) are kept but not shown"
    assert render(note, french) == "Événement 'STANDUP' : ses dates en plus (RDATE) sont cachées"


def test_one_unreadable_line_and_several_are_told_apart() -> None:
    one = parse_ics(calendar("DTSTART:20260101T090000Z\r\nnot a line\r\n"))
    assert one.problems == ["Event 'STANDUP': 1 unreadable line in it was ignored"]
    assert (
        render(one.problems[0], french) == "Événement 'STANDUP' : 1 ligne illisible a été ignorée"
    )
    three = parse_ics(calendar("DTSTART:20260101T090000Z\r\nno\r\nX Y:z\r\nnot a line\r\n"))
    assert three.problems == ["Event 'STANDUP': 3 unreadable lines in it were ignored"]
    assert render(three.problems[0], french) == (
        "Événement 'STANDUP' : 3 lignes illisibles ont été ignorées"
    )


@pytest.mark.parametrize(
    "body",
    [
        "RRULE:FREQ=DAILY\r\n",  # no DTSTART
        "DTSTART:20261301T090000Z\r\n",
        "DTSTART:TOMORROW\r\n",
        "DTSTART:20260101T090000Z\r\nDURATION:PXYZ\r\n",
        "DTSTART:20260101T090000Z\r\nDURATION:-PT1H\r\n",
        "DTSTART:20260101T090000Z\r\nRRULE:FREQ=DAILY;INTERVAL=0\r\n",
        "DTSTART:20260101T090000Z\r\nRRULE:FREQ=DAILY\r\nRRULE:FREQ=WEEKLY\r\n"
        "EXRULE:FREQ=DAILY\r\nRECURRENCE-ID;RANGE=THISANDFUTURE:20260101T090000Z\r\n"
        "EXDATE:20260102T090000Z,nonsense\r\nATTACH:file:///etc/passwd\r\n"
        "BEGIN:VALARM\r\nACTION:PROCEDURE\r\nEND:VALARM\r\nBEGIN:VTODO\r\nEND:VTODO\r\n",
    ],
)
def test_no_english_word_is_left_out_of_translation(body: str) -> None:
    result = parse_ics(calendar(body))
    assert result.problems
    for problem in result.problems:
        assert isinstance(problem, Text)
        shouted = render(problem, shouting)
        assert shouted == shouted.upper(), shouted


def test_a_problem_survives_the_store() -> None:
    [problem] = parse_ics(calendar("DTSTART:20260101T090000Z\r\nRRULE:FREQ=HOURLY\r\n")).problems
    back = load(dump(problem))
    assert back == problem
    assert render(back, french) == render(problem, french)
