"""desktop.i18n: English by default, translated through the hook the interface gives."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from datetime import datetime

import pytest

from desktop import i18n
from desktop.i18n import Text, dump, load, localized, message_of, render, shorten
from desktop.services.errors import NotAllowed, ValidationError

FRENCH = {
    "Sign in again to sync {account}.": "Reconnectez-vous pour synchroniser {account}.",
    "your work account": "votre compte professionnel",
    "The end is before the start.": "La fin est avant le début.",
    "Broken {name}": "Cassé {wrong}",
}


def french(context: str, source: str) -> str:
    assert context == i18n.CONTEXT
    return FRENCH.get(source, source)


@pytest.fixture
def french_installed() -> Iterator[None]:
    i18n.use_language(french, lambda moment: moment.strftime("le %d/%m/%Y à %H:%M"))
    yield
    i18n.use_language(None)


def test_a_text_is_its_english() -> None:
    text = Text("Sign in again to sync {account}.", account="Work")
    assert text == "Sign in again to sync Work."
    assert isinstance(text, str)
    assert f"{text}" == "Sign in again to sync Work."
    assert text.template == "Sign in again to sync {account}."
    assert Text("Literal {braces} kept") == "Literal {braces} kept"


def test_render_translates_the_template_and_nested_texts() -> None:
    text = Text("Sign in again to sync {account}.", account=Text("your work account"))
    assert render(text, french) == "Reconnectez-vous pour synchroniser votre compte professionnel."
    assert render(text) == "Sign in again to sync your work account."
    assert render("plain", french) == "plain"
    assert render(42, french) == "42"


def test_a_translation_with_wrong_placeholders_falls_back_to_english() -> None:
    assert render(Text("Broken {name}", name="x"), french) == "Broken x"


def test_exceptions_render_their_message() -> None:
    assert render(NotAllowed(Text("The end is before the start.")), french) == (
        "La fin est avant le début."
    )
    error = ValidationError({"end": Text("The end is before the start."), "topic": "Add a topic."})
    assert render(error, french) == "La fin est avant le début.\nAdd a topic."
    assert isinstance(message_of(NotAllowed(Text("x"))), Text)
    assert message_of(ValueError("a", "b")) == "('a', 'b')"


def test_dump_and_load_keep_a_text_through_the_store() -> None:
    text = Text("Sign in again to sync {account}.", account=Text("your work account"))
    stored = dump(text)
    assert "your work account" in stored
    back = load(stored)
    assert isinstance(back, Text)
    assert back == text
    assert render(back, french) == render(text, french)
    assert load(dump("plain text")) == "plain text"
    assert not isinstance(load("plain text"), Text)
    assert load(dump(Text("{n} items", n=3))) == "3 items"


def test_a_damaged_stored_text_reads_as_plain_text() -> None:
    damaged = dump(Text("A {x}", x="b"))[:-3]
    assert isinstance(load(damaged), str)
    assert not isinstance(load(damaged), Text)


def test_shorten_keeps_a_short_text_translatable() -> None:
    text = Text("The end is before the start.")
    assert isinstance(shorten(text, 100), Text)
    cut = shorten(Text("{x}", x="word " * 50), 20)
    assert len(cut) == 20 and cut.endswith("…")
    assert shorten("a\n  b", 10) == "a b"


def test_a_text_survives_pickling() -> None:
    text = Text("Sign in again to sync {account}.", account="Work")
    back = pickle.loads(pickle.dumps(text))  # noqa: S301 - our own data
    assert isinstance(back, Text) and back.params == {"account": "Work"}


def test_localized_follows_the_installed_language(french_installed: None) -> None:
    assert localized(Text("The end is before the start.")) == "La fin est avant le début."
    assert i18n.long_datetime(datetime(2026, 11, 23, 10, 0)) == "le 23/11/2026 à 10:00"


def test_without_a_language_everything_is_english() -> None:
    assert localized(Text("The end is before the start.")) == "The end is before the start."
    assert i18n.long_datetime(datetime(2026, 11, 23, 10, 0)) == "Monday 23 November 2026 10:00"


def test_a_number_is_written_the_languages_way() -> None:
    text = Text("The file has more than {count} lines", count=i18n.Number(200_000))
    assert text == "The file has more than 200,000 lines"
    assert render(text, french) == "The file has more than 200,000 lines"
    i18n.use_language(french, number=lambda n: f"{n:_}".replace("_", "\u202f"))
    try:
        assert localized(text) == "The file has more than 200\u202f000 lines"
        back = load(dump(text))
        assert isinstance(back, Text) and localized(back) == localized(text)
    finally:
        i18n.use_language(None)
    assert f"{i18n.Number(5)}" == "5"
