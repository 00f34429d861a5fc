"""desktop.recurrence speaks in Texts: refused rules and describe()'s sentence translate whole."""

from __future__ import annotations

import re

import pytest

from desktop.i18n import Text, dump, load, message_of, render
from desktop.recurrence import RecurrenceError, RecurrenceRule, describe, parse_rrule
from tests.i18n_fakes import dictionary, shouting

FRENCH = {
    "Weekly": "Chaque semaine",
    "Monthly": "Tous les mois",
    "Yearly": "Chaque année",
    "Every {interval} weeks": "Toutes les {interval} semaines",
    "{repeat} on {days}": "{repeat} le {days}",
    "{repeat} on the {days}": "{repeat} le {days}",
    "{repeat} on the {positions} {days}": "{repeat} le {positions} {days}",
    "{repeat} on weekdays": "{repeat} en semaine",
    "{repeat} in {months}": "{repeat} en {months}",
    "{repeat}, {count} times": "{repeat}, {count} fois",
    "{repeat}, once": "{repeat}, une fois",
    "{repeat}, until {date}": "{repeat}, jusqu'au {date}",
    "{list}, {item}": "{list}, {item}",
    "{list} or {item}": "{list} ou {item}",
    "{ordinal} {weekday}": "{ordinal} {weekday}",
    "{number}{suffix}": "{number}{suffix}",
    "{day} {month} {year}": "{day} {month} {year}",
    "th": "e",
    "second": "deuxième",
    "last": "dernier",
    "Monday": "lundi",
    "Tuesday": "mardi",
    "Wednesday": "mercredi",
    "Friday": "vendredi",
    "February": "février",
    "December": "décembre",
    "Repeating every hour is not supported": "Répéter toutes les heures n'est pas possible",
    "INTERVAL must be at most {limit}": "INTERVAL vaut au plus {limit}",
    "Unknown repeat rule part {part}": "Partie de règle inconnue {part}",
}


french = dictionary(FRENCH)


def refusal(text: str) -> RecurrenceError:
    with pytest.raises(RecurrenceError) as caught:
        parse_rrule(text)
    return caught.value


# --------------------------------------------------------------------------- refused rules


def test_a_refused_rule_says_why_in_a_translatable_text() -> None:
    error = refusal("FREQ=HOURLY")
    message = message_of(error)
    assert isinstance(message, Text)
    assert message.template == "Repeating every hour is not supported"
    assert render(error, french) == "Répéter toutes les heures n'est pas possible"


def test_a_refusal_with_a_value_keeps_it_as_a_parameter() -> None:
    error = refusal("FREQ=DAILY;INTERVAL=1001")
    assert str(error) == "INTERVAL must be at most 1000"
    assert render(error, french) == "INTERVAL vaut au plus 1000"
    unknown = refusal("FREQ=DAILY;X-CUSTOM=1")
    assert str(unknown) == "Unknown repeat rule part 'X-CUSTOM'"
    assert render(unknown, french) == "Partie de règle inconnue 'X-CUSTOM'"


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=SECONDLY",
        "FREQ=MINUTELY",
        "FREQ=DAILY;BYHOUR=9",
        "FREQ=YEARLY;BYWEEKNO=20",
        "FREQ=DAILY;FREQ=WEEKLY",
        "COUNT=3",
        "FREQ=FORTNIGHTLY",
        "FREQ",
        "FREQ=DAILY;INTERVAL=0",
        "FREQ=DAILY;INTERVAL=-1",
        "FREQ=DAILY;COUNT=0",
        "FREQ=DAILY;COUNT=ten",
        "FREQ=YEARLY;BYMONTH=13",
        "FREQ=MONTHLY;BYMONTHDAY=0",
        "FREQ=WEEKLY;BYMONTHDAY=1",
        "FREQ=WEEKLY;BYDAY=2TU",
        "FREQ=MONTHLY;BYDAY=6MO",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=WEEKLY;BYDAY=-MO",
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0",
        "FREQ=WEEKLY;WKST=XX",
        "FREQ=DAILY;UNTIL=20260230",
        "FREQ=DAILY;UNTIL=tomorrow",
        "FREQ=DAILY;BYMONTH=1,,2",
        "FREQ=DAILY;BYDAY=" + ",".join(["MO"] * 401),
        "FREQ=DAILY;X-NAME=1" + "1" * 3000,
    ],
)
def test_every_refusal_is_a_text(text: str) -> None:
    error = refusal(text)
    assert isinstance(message_of(error), Text)
    assert render(error, shouting) != str(error)  # its template went through translation


def test_rules_built_directly_are_refused_in_texts_too() -> None:
    with pytest.raises(RecurrenceError) as caught:
        RecurrenceRule("WEEKLY", by_day=((None, 9),))
    assert message_of(caught.value) == Text("BYDAY must name weekdays")
    assert isinstance(message_of(caught.value), Text)


# --------------------------------------------------------------------------- describe


@pytest.mark.parametrize(
    ("rule", "english", "translated"),
    [
        (
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10",
            "Every 2 weeks on Monday, Wednesday, 10 times",
            "Toutes les 2 semaines le lundi, mercredi, 10 fois",
        ),
        (
            "FREQ=MONTHLY;BYDAY=2TU",
            "Monthly on the second Tuesday",
            "Tous les mois le deuxième mardi",
        ),
        (
            "FREQ=MONTHLY;BYDAY=MO,TU,FR;BYSETPOS=-1",
            "Monthly on the last Monday, Tuesday or Friday",
            "Tous les mois le dernier lundi, mardi ou vendredi",
        ),
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "Weekly on weekdays", "Chaque semaine en semaine"),
        (
            "FREQ=YEARLY;BYDAY=20MO;COUNT=1",
            "Yearly on the 20th Monday, once",
            "Chaque année le 20e lundi, une fois",
        ),
        (
            "FREQ=YEARLY;BYMONTH=2,12;UNTIL=20261231T225959Z",
            "Yearly in February, December, until 31 December 2026",
            "Chaque année en février, décembre, jusqu'au 31 décembre 2026",
        ),
    ],
)
def test_describe_is_one_sentence_translated_whole(
    rule: str, english: str, translated: str
) -> None:
    sentence = describe(parse_rrule(rule))
    assert isinstance(sentence, Text)
    assert sentence == english
    assert render(sentence, french) == translated


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;INTERVAL=3;COUNT=4",
        "FREQ=WEEKLY;BYDAY=SA,SU",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU",
        "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1,-2",
        "FREQ=MONTHLY;BYMONTHDAY=1,15",
        "FREQ=MONTHLY;BYMONTHDAY=29",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1",
        "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=2",
        "FREQ=YEARLY;BYDAY=21MO,-22TU,13WE,3TH,-3FR,4SA,5SU",
        "FREQ=YEARLY;INTERVAL=5;BYMONTHDAY=-1;BYMONTH=1,3,5,7,8,9,10,11;BYSETPOS=2,-7",
        "FREQ=MONTHLY;BYDAY=MO;BYMONTHDAY=13;BYSETPOS=1;UNTIL=20300601",
    ],
)
def test_no_english_word_is_left_out_of_translation(rule: str) -> None:
    shouted = render(describe(parse_rrule(rule)), shouting)
    # Only numbers came from outside a template; every word went through one.
    assert shouted == shouted.upper()
    assert re.search(r"[A-Z]{3}", shouted)


def test_a_description_survives_the_store() -> None:
    sentence = describe(parse_rrule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10"))
    back = load(dump(sentence))
    assert isinstance(back, Text)
    assert back == sentence
    assert render(back, french) == render(sentence, french)


def test_the_first_of_the_month_can_be_written_as_each_language_does() -> None:
    first = dictionary(
        {
            "Monthly": "Tous les mois",
            "{repeat} on day {day}": "{repeat} le {day}",
            "{repeat}, until {date}": "{repeat}, jusqu'au {date}",
            "{day} {month} {year}": "{day} {month} {year}",
            "March": "mars",
            "1": "1er",
        }
    )
    described = describe(parse_rrule("FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=20300301"))
    assert described == "Monthly on day 1, until 1 March 2030"
    assert render(described, first) == "Tous les mois le 1er, jusqu'au 1er mars 2030"
    second = describe(parse_rrule("FREQ=MONTHLY;BYMONTHDAY=21"))
    assert render(second, first) == "Tous les mois le 21"
