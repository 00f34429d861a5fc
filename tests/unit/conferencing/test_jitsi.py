"""Jitsi room URLs: unguessable and free of the meeting topic."""

from __future__ import annotations

import re

import pytest

from desktop.conferencing import detect_links, is_safe_web_url, new_jitsi_room_url
from desktop.conferencing.jitsi import ROOM_PREFIX


def test_room_url_shape() -> None:
    url = new_jitsi_room_url("Budget 2026")
    match = re.fullmatch(rf"https://meet\.jit\.si/{ROOM_PREFIX}([A-Z2-7]+)", url)
    assert match is not None, url
    assert len(match.group(1)) >= 20
    assert is_safe_web_url(url)
    (link,) = detect_links(body=url)
    assert (link.service, link.url) == ("jitsi", url)


def test_rooms_are_unique() -> None:
    rooms = {new_jitsi_room_url() for _ in range(2000)}
    assert len(rooms) == 2000


@pytest.mark.parametrize("topic", ["Secret merger with Acme", "Réunion RH — licenciement", "x"])
def test_topic_is_not_in_the_url(topic: str) -> None:
    url = new_jitsi_room_url(topic).lower()
    for word in re.findall(r"\w{3,}", topic.lower()):
        assert word not in url.removeprefix("https://meet.jit.si/")


def test_self_hosted_base() -> None:
    url = new_jitsi_room_url(base="https://jitsi.example.org/rooms/")
    assert url.startswith(f"https://jitsi.example.org/rooms/{ROOM_PREFIX}")


@pytest.mark.parametrize(
    "base",
    [
        "http://meet.jit.si",
        "https://user@meet.jit.si",
        "https://meet.jit.si/?room=",
        "https://meet.jit.si/#x",
        "javascript:alert(1)",
        "meet.jit.si",
        "",
    ],
)
def test_bad_bases_are_refused(base: str) -> None:
    with pytest.raises(ValueError, match="Jitsi server"):
        new_jitsi_room_url(base=base)
