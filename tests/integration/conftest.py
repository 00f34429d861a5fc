"""Fixtures for tests against real local servers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.radicale import RadicaleServer


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[RadicaleServer]:
    """A fresh Radicale (empty storage, free 127.0.0.1 port, htpasswd auth), killed after."""
    server = RadicaleServer(tmp_path / "radicale")
    server.start()
    try:
        yield server
    finally:
        server.close()
