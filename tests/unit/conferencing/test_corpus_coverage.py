"""What the invitation corpus covers, and the detection bugs its audit found."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.conferencing import (
    SERVICES_BY_ID,
    detect_links,
    extract_meeting_id_and_passcode,
    link_for_url,
)
from tests.unit.conferencing.corpus import CORPUS, NAMED_SERVICE_IDS, TEAMS_URL, Case

POSITIVES = [case for case in CORPUS if case.service]
NEGATIVES = [case for case in CORPUS if not case.service]


def _count(cases: list[Case], **wanted: str) -> int:
    return sum(all(getattr(case, key) == value for key, value in wanted.items()) for case in cases)


# ---------------------------------------------------------------------------
# Coverage of the corpus
# ---------------------------------------------------------------------------


def test_every_named_service_has_a_real_invitation() -> None:
    assert set(SERVICES_BY_ID) >= NAMED_SERVICE_IDS
    covered = {case.service for case in POSITIVES}
    assert not NAMED_SERVICE_IDS - covered


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_each_language_has_text_and_html_from_each_product(lang: str) -> None:
    for origin in ("outlook", "google", "zoom"):
        for fmt in ("text", "html"):
            assert _count(POSITIVES, lang=lang, origin=origin, fmt=fmt) >= 1, (origin, fmt)
    assert _count(POSITIVES, lang=lang) >= 25
    assert _count(NEGATIVES, lang=lang) >= 2


def test_outlook_google_and_zoom_specific_shapes_are_present() -> None:
    bodies = [case.body for case in POSITIVES]

    def some(text: str) -> int:
        return sum(text in body for body in bodies)

    assert some("eur01.safelinks.protection.outlook.com/?url=") >= 6
    assert some("&data=") >= 6
    assert some("Click here to join the meeting") >= 2
    assert some("Join the meeting now<") >= 2
    assert some("Join with Google Meet") >= 2
    assert some("PIN:") >= 2
    schemeless_meet = sum(
        "meet.google.com/" in case.body and "https://meet.google.com/" not in case.body
        for case in POSITIVES
    )
    assert schemeless_meet >= 3
    for label in ("Meeting ID:", "ID de réunion :", "Vergader-ID:"):
        assert some(label) >= 3, label
    for label in ("Passcode:", "Code secret :", "Toegangscode:"):
        assert some(label) >= 3, label
    urls = [case.url or "" for case in POSITIVES]
    for shape in (".zoom.us/j/", "zoom.com/j/", "/w/", "/my/", "zoommtg://", "?pwd="):
        assert any(shape in url for url in urls), shape


def test_negative_cases_cover_each_trick() -> None:
    ids = " ".join(case.id for case in NEGATIVES)
    for trick in (
        "lookalike-suffix",
        "lookalike-hyphen",
        "lookalike-teams",
        "userinfo",
        "punycode",
        "cyrillic",
        "javascript",
        "data",
        "file",
        "unknown-scheme",
        "html-comment",
        "html-script",
        "html-style",
        "entity",
        "location-room",
    ):
        assert trick in ids, trick
    bodies = "\n".join(case.body for case in NEGATIVES)
    assert "zoom.us.example.com" in bodies
    assert "zoom-us.com" in bodies
    assert "teams.microsoft.com.evil.example" in bodies
    assert "https://zoom.us@evil.example/j/1" in bodies


def test_corpus_counts_are_reported() -> None:
    """Counts a reader can check at a glance (shown with pytest -s)."""
    by_lang = Counter(case.lang for case in CORPUS)
    by_shape = Counter((case.origin, case.fmt) for case in POSITIVES)
    print(f"\n{len(CORPUS)} cases: {len(POSITIVES)} positive, {len(NEGATIVES)} negative")
    print("per language:", dict(sorted(by_lang.items())))
    print("positives per origin/format:", dict(sorted(by_shape.items())))
    assert len(CORPUS) >= 200
    assert sum(case.check_details for case in CORPUS) >= 60


# ---------------------------------------------------------------------------
# Bugs found by the audit (each failed before its fix)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("<p>Join: https:&#x2F;&#x2F;zoom.us&#x2F;j&#x2F;4567891234</p>", ""),
        ("Join: https:&#47;&#47;zoom.us&#47;j&#47;4567891234", ""),
        ("Join: https:&#X2f&#X2f;zoom.us&sol;j&sol;4567891234", ""),
        ("", "https:&#x2F;&#x2F;zoom.us&#x2F;j&#x2F;4567891234"),
        ("Zoom: zoom.us&#x2F;j&#x2F;4567891234", ""),
    ],
)
def test_urls_whose_slashes_are_all_character_references_are_found(
    body: str, location: str
) -> None:
    """Bug: tokens are found by their "/", so fully escaped URLs were missed."""
    links = detect_links(location=location, body=body)
    assert [link.url for link in links] == ["https://zoom.us/j/4567891234"]


def test_other_numeric_references_are_not_taken_for_slashes() -> None:
    # "&#471;" is "Ǘ", "&#x2F0;" is "˰": neither is a slash.
    assert detect_links(body="https:&#471;&#471;zoom.us&#471;j&#471;4567891234") == []
    assert detect_links(body="https:&#x2F0;&#x2F0;zoom.us&#x2F0;j&#x2F0;4567891234") == []
    # Double-escaped text shows "&#x2F;" to the reader: no URL there either.
    assert detect_links(body="<p>https:&amp;#x2F;&amp;#x2F;zoom.us&amp;#x2F;j&amp;#x2F;1</p>") == []


def test_lync_dial_in_pages_are_not_skype_meetings() -> None:
    """Bug: any lync.com host with two path segments was a meeting, so every
    Skype for Business invitation also offered its PIN-reset page."""
    assert link_for_url("https://dialin.lync.com/usp/pstnconferencing") is None
    link = link_for_url("https://meet.lync.com/acme/jdoe/ABC123XY")
    assert link is not None and link.service == "skype_business"


def test_meeting_ids_are_read_from_paths_in_any_case() -> None:
    """Bug: paths matched case-insensitively but the id patterns did not, so
    "/J/123" was a Zoom link without its meeting id."""
    link = link_for_url("https://ZOOM.us/J/4567891234?PWD=x")
    assert link is not None and link.meeting_id == "4567891234"
    meet = link_for_url("https://meet.google.com/ABC-DEFG-HIJ")
    assert meet is not None and meet.meeting_id == "ABC-DEFG-HIJ"


@pytest.mark.parametrize(
    "url",
    [
        "https://teams.microsoft.com/meet/\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18",
        "https://chime.aws/\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660",
        "https://meetings.vonage.com/\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f",
    ],
)
def test_non_ascii_digits_are_no_meeting_numbers(url: str) -> None:
    """Bug: "\\d" in path rules took full-width and Arabic-Indic digits."""
    assert link_for_url(url) is None
    assert detect_links(body=f"Join: {url}") == []


def test_anchor_tags_are_found_in_any_spelling() -> None:
    """The anchor scan now skips other tags at C speed; anchors stay found."""
    body = (
        "<DIV><A\nHREF='https://meet.jit.si/One'>x</A><abbr href='https://meet.jit.si/No'>"
        "<a:b href='https://meet.jit.si/No2'></a:b><area href='https://meet.jit.si/No3'>"
        '<a class="x" href=https://meet.jit.si/Two>y</a></DIV>'
    )
    assert [(link.url, link.source) for link in detect_links(body=body)] == [
        ("https://meet.jit.si/One", "html"),
        ("https://meet.jit.si/Two", "html"),
    ]


def test_teams_block_reads_the_meeting_not_the_phone_conference_id() -> None:
    case = next(c for c in CORPUS if c.id == "teams-nl-text-2024-direct")
    (link,) = detect_links(case.location, case.body, case.conference_url)
    assert link.url == TEAMS_URL
    assert extract_meeting_id_and_passcode(case.body, link) == ("379 543 123 456", "3rKbqE")


@pytest.mark.parametrize(
    "body",
    [
        "Jan Jansen <Sprint planning\nJoin: https://meet.google.com/abc-defg-hij\n> On Tue",
        "Agenda <to be decided\nhttps://meet.google.com/abc-defg-hij\n\n> quoted reply",
    ],
)
def test_plain_text_with_a_stray_angle_bracket_is_not_html(body: str) -> None:
    """Bug: any "<Word " made the body HTML, and everything up to the next ">"
    (a quoted reply's marker) was dropped as one tag, the join link with it."""
    assert [link.url for link in detect_links(body=body)] == [
        "https://meet.google.com/abc-defg-hij"
    ]


@pytest.mark.parametrize(
    "body",
    [
        '<a href="https://meet.google.com/abc-defg-hij">Join</a>',
        "Line one<br>https://meet.google.com/abc-defg-hij",
        '<A HREF="https://meet.google.com/abc-defg-hij">Join',
        "<!DOCTYPE html><title>x</title>https://meet.google.com/abc-defg-hij",
        "<o:p>https://meet.google.com/abc-defg-hij</o:p>",
    ],
)
def test_real_html_is_still_read_as_html(body: str) -> None:
    links = detect_links(body=body)
    assert [link.url for link in links][:1] == ["https://meet.google.com/abc-defg-hij"]
    hidden = detect_links(body=body + "<!-- https://meet.jit.si/Hidden -->")
    assert "https://meet.jit.si/Hidden" not in [link.url for link in hidden]
