from __future__ import annotations

import pytest

from desktop.conferencing import detect_links
from desktop.conferencing.app_links import desktop_app_url


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://acme.zoom.us/j/81234567890?pwd=Abc123.x",
            "zoommtg://zoom.us/join?action=join&confno=81234567890&pwd=Abc123.x",
        ),
        ("https://zoom.us/j/81234567890", "zoommtg://zoom.us/join?action=join&confno=81234567890"),
        (
            "https://acme.zoomgov.com/j/1612345678?pwd=xyz",
            "zoommtg://zoomgov.com/join?action=join&confno=1612345678&pwd=xyz",
        ),
        (
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d",
            "msteams:/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d",
        ),
        ("https://meet.google.com/abc-defg-hij", None),
        ("https://zoom.us/my/someroom", None),  # a personal link name: the browser knows it
    ],
)
def test_app_links_are_made_from_the_parsed_link(text: str, expected: str | None) -> None:
    [link] = detect_links(location=text)
    assert desktop_app_url(link) == expected


def test_a_passcode_with_odd_characters_is_left_to_the_browser() -> None:
    [link] = detect_links(location="https://zoom.us/j/81234567890?pwd=a%26confno%3D1")
    url = desktop_app_url(link)
    assert url == "zoommtg://zoom.us/join?action=join&confno=81234567890"
