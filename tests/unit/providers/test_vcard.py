"""The bounded vCard reader and the vCard 3.0 writer (desktop.providers.caldav.vcard)."""

from __future__ import annotations

import time
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import Contact
from desktop.providers.caldav.vcard import (
    MAX_CARD_BYTES,
    contact_uid,
    parse_vcard,
    with_uid,
    write_vcard,
)


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]) + "\r\n"


def read(text: str) -> Contact:
    contact, problems = parse_vcard(text)
    assert contact is not None, problems
    return contact


APPLE = card(
    "PRODID:-//Apple Inc.//iOS 17//EN",
    "N:Example;Ann;Marie;Dr.;",
    "FN:Dr. Ann Example",
    "ORG:Example Corp;Research",
    "TITLE:Chief\\, Science",
    "EMAIL;type=INTERNET;type=WORK;type=pref:ann@example.com",
    "EMAIL;type=INTERNET;type=HOME:ann@home.example",
    "item1.TEL;type=pref:+31 20 555 0100",
    "item1.X-ABLabel:_$!<Mobile>!$_",
    "TEL;TYPE=CELL:06 1234 5678",
    "ADR;TYPE=WORK:;;Main Street 1;Amsterdam;;1000 AA;Netherlands",
    "NOTE:Met at the conference\\nTalk again in May",
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ",
    "UID:4F2E-ann",
    "X-SOCIALPROFILE;type=twitter:x.com/ann",
)


def test_reads_the_modelled_fields_and_keeps_the_rest_verbatim() -> None:
    ann = read(APPLE)
    assert ann.display_name == "Dr. Ann Example"
    assert (ann.given_name, ann.family_name) == ("Ann", "Example")
    assert ann.emails == ("ann@example.com", "ann@home.example")
    assert ann.phones == ("+31 20 555 0100", "06 1234 5678")
    assert (ann.company, ann.job_title) == ("Example Corp", "Chief, Science")
    assert ann.notes == "Met at the conference\nTalk again in May"
    extra = ann.extra_vcard.split("\r\n")
    for kept in (
        "UID:4F2E-ann",
        "ADR;TYPE=WORK:;;Main Street 1;Amsterdam;;1000 AA;Netherlands",
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ",
        "item1.X-ABLabel:_$!<Mobile>!$_",
        "X-SOCIALPROFILE;type=twitter:x.com/ann",
    ):
        assert kept in extra
    assert not any(line.startswith(("VERSION", "PRODID")) for line in extra)
    assert contact_uid(ann) == "4F2E-ann"


def test_writing_back_an_unchanged_contact_keeps_every_detail() -> None:
    ann = read(APPLE)
    text = write_vcard(ann, "4F2E-ann")
    for line in (
        "N:Example;Ann;Marie;Dr.;",
        "ORG:Example Corp;Research",
        "EMAIL;type=INTERNET;type=WORK;type=pref:ann@example.com",
        "item1.TEL;type=pref:+31 20 555 0100",
        "item1.X-ABLabel:_$!<Mobile>!$_",
        "TEL;TYPE=CELL:06 1234 5678",
        "TITLE:Chief\\, Science",
        "UID:4F2E-ann",
    ):
        assert line + "\r\n" in text
    assert text.count("UID:") == 1 and text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    again = read(text)
    # Same contact; the kept lines come back in the writer's order, and stay there.
    assert replace(again, extra_vcard="") == replace(ann, extra_vcard="")
    assert sorted(again.extra_vcard.split("\r\n")) == sorted(ann.extra_vcard.split("\r\n"))
    assert write_vcard(again, "4F2E-ann") == text


def test_an_edited_value_is_written_plainly_and_its_old_details_go() -> None:
    ann = read(APPLE)
    edited = replace(
        ann,
        emails=("ann@new.example", "ann@home.example"),
        family_name="Smith",
        company="Other BV",
    )
    text = write_vcard(edited, "4F2E-ann")
    assert "EMAIL:ann@new.example\r\n" in text
    assert "EMAIL;type=INTERNET;type=HOME:ann@home.example\r\n" in text
    assert "ann@example.com" not in text
    assert "N:Smith;Ann;;;\r\n" in text and "Marie" not in text
    assert "ORG:Other BV\r\n" in text and "Research" not in text
    assert read(text) == replace(
        edited,
        extra_vcard=read(text).extra_vcard,
    )


def test_vcard_4_telephone_uris_and_display_name_fallbacks() -> None:
    four = read(card("UID:urn:uuid:1", "TEL;VALUE=uri;TYPE=cell:tel:+1-555-0100", version="4.0"))
    assert four.phones == ("+1-555-0100",)
    assert four.display_name == "+1-555-0100"
    assert "TEL;VALUE=uri;TYPE=cell:tel:+1-555-0100" in write_vcard(four, "urn:uuid:1")
    assert read(card("N:Doe;Jane;;;")).display_name == "Jane Doe"
    assert read(card("EMAIL:x@example.com")).display_name == "x@example.com"
    assert read(card("FN:", "ORG:Acme")).display_name == "Acme"


def test_folded_lines_are_read_and_long_lines_are_folded_at_75_octets() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jo\r\n hn Smi\r\n\tth\r\nEND:VCARD\r\n"
    assert read(text).display_name == "John Smith"
    long_name = "Zoë " * 60
    written = write_vcard(Contact("", "", long_name), "u")
    for line in written.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert read(written).display_name == long_name


def test_malformed_lines_are_skipped_with_a_problem() -> None:
    contact, problems = parse_vcard(card("FN:Ann", "this line has no colon", "BEGIN:VALARM", "=:x"))
    assert contact is not None and contact.display_name == "Ann"
    assert problems == ["3 malformed lines skipped"]


def test_a_nested_card_is_refused() -> None:
    nested = card("FN:Outer", "BEGIN:VCARD", "FN:Inner", "END:VCARD")
    assert parse_vcard(nested) == (
        None,
        ["it holds a contact nested inside another, which is refused"],
    )
    deep = "BEGIN:VCARD\r\n" * 10_000 + "END:VCARD\r\n" * 10_000
    contact, problems = parse_vcard(deep)
    assert contact is None and problems


def test_not_a_card_and_unclosed_cards() -> None:
    assert parse_vcard("") == (None, ["this is not a vCard"])
    assert parse_vcard("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") == (None, ["this is not a vCard"])
    contact, problems = parse_vcard("BEGIN:VCARD\r\nFN:Open\r\n")
    assert contact is not None and problems == ["the contact is not closed with END:VCARD"]
    contact, problems = parse_vcard(card("FN:One") + card("FN:Two"))
    assert contact is not None and contact.display_name == "One"
    assert problems == ["only the first contact of the item was read"]


def test_size_caps() -> None:
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "A" * 1_100_000
    contact, problems = parse_vcard(card("FN:Pat", photo, "EMAIL:p@example.com"))
    assert contact is not None and contact.emails == ("p@example.com",)
    assert "PHOTO" not in contact.extra_vcard
    assert problems == ["its photo is larger than 1 MB and was dropped"]
    notes = "NOTE:" + "n" * MAX_CARD_BYTES
    assert parse_vcard(card("FN:Pat", notes)) == (None, ["the contact is larger than 1 MB"])
    assert parse_vcard("BEGIN:VCARD\r\n" + "X" * 5_000_000) == (
        None,
        ["the contact is larger than 4 MB"],
    )


def test_hostile_lines_are_read_in_linear_time() -> None:
    hostile = [
        "X-A;" + '"' * 150_000,
        "X-B;" + "a=" * 75_000,
        "NOTE:" + "\\" * 150_000,
        "N:" + ";" * 150_000,
        "ORG:" + "\\;" * 75_000,
    ]
    began = time.perf_counter()
    contact, _ = parse_vcard(card("FN:Ann", *hostile))
    assert time.perf_counter() - began < 3.0
    assert contact is not None


def test_the_writer_cannot_be_made_to_close_or_open_a_card() -> None:
    sneaky = Contact(
        "",
        "",
        "Eve\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Mallory",
        notes="x\nEND:VCARD",
        extra_vcard="END:VCARD\r\nBEGIN:VCARD\r\nUID:other\r\nVERSION:4.0\r\nX-OK:yes",
    )
    text = write_vcard(sneaky, "u-1\r\nEND:VCARD")
    lines = text.split("\r\n")
    assert lines.count("END:VCARD") == 1 and lines.count("BEGIN:VCARD") == 1
    assert "X-OK:yes" in lines and "UID:u-1END:VCARD" in lines
    back = read(text)
    assert back.display_name == "Eve\nEND:VCARD\nBEGIN:VCARD\nFN:Mallory"


def test_uid_helpers() -> None:
    plain = Contact("", "", "Ann", extra_vcard="X-A:1")
    assert contact_uid(plain) is None
    tagged = with_uid(plain, "abc")
    assert contact_uid(tagged) == "abc" and "X-A:1" in tagged.extra_vcard
    assert contact_uid(with_uid(tagged, "def")) == "def"
    assert write_vcard(tagged, "abc").count("UID:") == 1


# --- round trip ---------------------------------------------------------------------------

# Any text a person might type: commas, semicolons, backslashes, colons, quotes, newlines,
# any script; not control characters (the writer removes them) or lone surrogates.
_TEXT = st.text(
    alphabet=st.characters(
        exclude_categories=("Cs", "Cc"), include_characters="\n,;:\\\"'\t é漢字🙂"
    ),
    max_size=120,
)
_NAME = _TEXT.filter(lambda s: s.strip() != "")
_ITEM = st.text(
    alphabet=st.characters(exclude_categories=("Cs", "Cc"), include_characters=",;:\\"),
    min_size=1,
    max_size=60,
)


@st.composite
def contacts(draw: st.DrawFn) -> Contact:
    return Contact(
        id="",
        folder_id="",
        display_name=draw(_NAME),
        given_name=draw(_TEXT),
        family_name=draw(_TEXT),
        emails=tuple(draw(st.lists(_ITEM, max_size=3))),
        phones=tuple(draw(st.lists(_ITEM, max_size=3))),
        company=draw(_TEXT),
        job_title=draw(_TEXT),
        notes=draw(_TEXT),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contacts(), st.text(alphabet="abcdef0123456789-@.", min_size=1, max_size=40))
def test_round_trip(contact: Contact, uid: str) -> None:
    text = write_vcard(contact, uid)
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    back, problems = parse_vcard(text)
    assert problems == []
    assert back is not None
    assert contact_uid(back) == uid
    assert replace(back, extra_vcard="") == contact
    # And once more: what we read writes back to the same text.
    assert write_vcard(back, uid) == text
