"""When a Graph delta chain is dropped because its fixed window has moved on."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain import Calendar
from desktop.providers.base import CursorExpired
from desktop.providers.graph.client import GraphClient
from desktop.providers.graph.provider import GraphProvider, SyncWindow, _encode_cursor

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CAL = Calendar("c", "a", "Calendar", remote_id="AAMk")


async def no_token(_force: bool) -> str:
    raise AssertionError("no request may be made")


@pytest.mark.parametrize(
    ("version", "age", "expired"),
    [
        (2, timedelta(days=29), False),
        (2, timedelta(days=31), True),
        (1, timedelta(days=2), False),
        (1, timedelta(days=4), True),  # version 1 shows only 30 days: relisted sooner
    ],
)
def test_a_chain_older_than_its_window_allows_is_listed_anew(
    version: int, age: timedelta, expired: bool
) -> None:
    window = SyncWindow.for_version(version)
    client = GraphClient("https://graph.example.com", no_token)
    provider = GraphProvider(
        "a", client, me_email="me@example.com", window=window, clock=lambda: NOW
    )
    since = NOW - window.back - age
    cursor = _encode_cursor("https://graph.example.com/v1.0/me/x?$deltatoken=t", since)

    async def pull() -> None:
        try:
            await provider.pull(CAL, cursor)
        finally:
            await client.aclose()

    if expired:
        with pytest.raises(CursorExpired):
            asyncio.run(pull())
    else:
        with pytest.raises(AssertionError, match="no request"):
            asyncio.run(pull())  # still valid: it goes on to ask Graph
