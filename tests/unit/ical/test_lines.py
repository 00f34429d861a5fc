"""Content-line basics: unfolding, tokenising, TEXT escaping, RFC 6868, folding."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.ical._lines import (
    clean_text,
    decode_param,
    encode_param,
    escape_text,
    fold,
    tokenize,
    unescape_text,
    unfold,
)


def test_unfold_joins_folded_lines_and_normalises_line_ends() -> None:
    text = "BEGIN:VCALENDAR\r\nSUMMARY:Long\r\n  title\r\n\tcontinued\nX:y\rZ:w\r\n\r\n"
    assert unfold(text) == ["BEGIN:VCALENDAR", "SUMMARY:Long titlecontinued", "X:y", "Z:w"]


def test_tokenize_plain_and_with_parameters() -> None:
    line = tokenize('dtstart;tzid="W. Europe Standard Time";value=DATE-TIME:20260101T090000')
    assert line is not None
    assert line.name == "DTSTART"
    assert line.params == {"TZID": ["W. Europe Standard Time"], "VALUE": ["DATE-TIME"]}
    assert line.value == "20260101T090000"
    assert line.param("TZID") == "W. Europe Standard Time"
    assert line.param("MISSING") is None
    quoted = tokenize(
        "ATTENDEE;CN=\"Doe, J: the ^'boss^'\";"
        'DELEGATED-FROM="mailto:a@b.c","mailto:d@e.f":mailto:j@x.org'
    )
    assert quoted is not None
    assert quoted.params["CN"] == ['Doe, J: the "boss"']
    assert quoted.params["DELEGATED-FROM"] == ["mailto:a@b.c", "mailto:d@e.f"]
    assert quoted.value == "mailto:j@x.org"
    assert tokenize("DESCRIPTION:a:b:c") is not None
    assert tokenize("DESCRIPTION:a:b:c").value == "a:b:c"  # type: ignore[union-attr]


def test_tokenize_refuses_non_lines() -> None:
    for text in ["no colon here", "BAD NAME:x", ";X=y:z", "X;=y:z", "X;Y:z", "Ä:x", 'X;A="open:v']:
        assert tokenize(text) is None, text


def test_text_escaping_round_trips() -> None:
    raw = 'a,b;c\\d\ne "quoted" \\n literal'
    assert unescape_text(escape_text(raw)) == raw
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert unescape_text("x\\Ny\\:z") == "x\ny\\:z"  # unknown escapes stay as they are


@given(st.text())
def test_text_escaping_round_trips_for_any_text(raw: str) -> None:
    expected = raw.replace("\r\n", "\n").replace("\r", "\n")
    assert unescape_text(escape_text(raw)) == expected


def test_rfc6868_parameters() -> None:
    assert decode_param("a^nb^'c^'^^d") == 'a\nb"c"^d'
    assert encode_param('say "hi"\nnow') == "say ^'hi^'^nnow"
    assert encode_param("Doe, Jane") == '"Doe, Jane"'
    assert decode_param(encode_param('x^y"z\n').strip('"')) == 'x^y"z\n'


def test_fold_respects_75_octets_and_utf8() -> None:
    line = "SUMMARY:" + "é" * 100 + "x" * 100 + "😀" * 30
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert unfold(folded) == [line]
    assert fold("SHORT:x") == "SHORT:x"


def test_clean_text() -> None:
    assert clean_text("a\r\nb\rc\x00d\x1be\tf") == "a\nb\ncde\tf"
