"""Invitation templates: placeholders, escapes, and no format-string tricks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.conferencing import (
    DEFAULT_TEMPLATE,
    PLACEHOLDERS,
    render_invitation,
    validate_template,
)

FIELDS = {
    "topic": "Quarterly review",
    "start": "Tue 4 Mar 2025 10:00",
    "end": "11:00",
    "timezone": "Europe/Amsterdam",
    "duration": "1 h",
    "join_url": "https://zoom.us/j/81234567890?pwd=abc",
    "meeting_id": "812 3456 7890",
    "passcode": "482913",
    "host": "Anna de Wit",
    "description": "Agenda:\n1. Numbers\n2. Plans",
    "dial_in": "+31 20 794 0854 Netherlands",
    "h323_password": "738201",
    "pstn_password": "115566",
}


def test_placeholder_names() -> None:
    assert set(FIELDS) == PLACEHOLDERS


def test_default_template_uses_every_placeholder_and_validates() -> None:
    assert validate_template(DEFAULT_TEMPLATE) == []
    for name in PLACEHOLDERS:
        assert f"{{{name}}}" in DEFAULT_TEMPLATE


def test_default_template_renders_all_details() -> None:
    text = render_invitation(DEFAULT_TEMPLATE, FIELDS)
    for value in FIELDS.values():
        assert value in text
    assert "{" not in text
    assert text.startswith("Anna de Wit is inviting you to a meeting.")


def test_empty_fields_drop_their_lines_and_headings() -> None:
    text = render_invitation(DEFAULT_TEMPLATE, {"topic": "Lunch", "join_url": "https://x"})
    assert "Passcode" not in text
    assert "Meeting ID" not in text
    assert "Dial in" not in text
    assert "Topic: Lunch" in text
    assert "\n\n\n" not in text


def test_unknown_placeholders_and_escapes() -> None:
    template = "{topic} {unknown} {{topic}} {{ {}} {"
    assert render_invitation(template, FIELDS) == "Quarterly review {unknown} {topic} { {}} {"


@pytest.mark.parametrize(
    "template",
    [
        "{topic.__class__}",
        "{topic.__class__.__mro__}",
        "{topic[0]}",
        "{0}",
        "{}",
        "{topic!r}",
        "{topic:>1000000000}",
        "{__import__('os').system('x')}",
    ],
)
def test_format_string_features_are_not_evaluated(template: str) -> None:
    assert render_invitation(template, FIELDS) == template
    assert validate_template(template)  # reported as a problem


def test_values_are_inserted_literally() -> None:
    fields = {"topic": "{passcode} {{x}} {topic.__class__}", "passcode": "secret"}
    text = render_invitation("Topic: {topic}\nPasscode: {passcode}", fields)
    assert text == "Topic: {passcode} {{x}} {topic.__class__}\nPasscode: secret"


def test_validate_reports_each_problem() -> None:
    problems = validate_template("{topic} {foo} {bar.baz} {{ok}}")
    assert len(problems) == 2
    assert "{foo}" in problems[0]
    assert "{bar.baz}" in problems[1]


@settings(max_examples=300, deadline=None)
@given(
    template=st.lists(st.sampled_from([*"{}ab_.[]!:0 \n", "{topic}", "{passcode}"])).map("".join),
    values=st.dictionaries(st.sampled_from(sorted(PLACEHOLDERS)), st.text(max_size=10)),
)
def test_render_and_validate_never_raise(template: str, values: dict[str, str]) -> None:
    render_invitation(template, values)
    validate_template(template)
