"""No secret or token ever reaches the log file, even with --debug: sign-in and sync of
Microsoft 365 (msal, Graph), a CalDAV password and Zoom, against the local emulators."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain import ALL_PERMISSIONS
from desktop.logs import setup_logging
from desktop.services.context import AppContext
from tests.emulators.graph import GraphEmulator
from tests.emulators.zoom import ZoomEmulator, fake_browser
from tests.integration.radicale import RadicaleServer
from tests.integration.test_microsoft365 import ALICE, connect, soon, sync
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401 - fixture


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = setup_logging(tmp_path / "logs", debug=True, to_stderr=False)
    yield path
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def emu(monkeypatch: pytest.MonkeyPatch) -> Iterator[GraphEmulator]:
    with GraphEmulator(tenant="contoso") as emulator:
        emulator.add_user(ALICE, "Alice Able")
        monkeypatch.setenv("SSL_CERT_FILE", emulator.ca_path)
        yield emulator


def test_sign_in_and_sync_leave_no_secret_in_the_debug_log(
    ctx: AppContext,
    emu: GraphEmulator,
    radicale: RadicaleServer,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    log_file: Path,
) -> None:
    emu.add_event(ALICE, subject="Planning", start=soon(1), end=soon(1, 1))
    account = connect(ctx, emu, monkeypatch)
    emu.expire_access_tokens(ALICE)  # the next sync refreshes: a refresh token goes out
    emu.add_event(ALICE, subject="More", start=soon(2), end=soon(2, 1))
    assert sync(ctx, account).pulled == 1

    async def caldav() -> None:
        try:
            await ctx.sync.connect_caldav(
                radicale.url, radicale.username, radicale.password, ALL_PERMISSIONS
            )
        finally:
            await ctx.sync.close()

    asyncio.run(caldav())
    with ZoomEmulator() as zoom:
        ctx.settings.set("zoom_client_id", zoom.public_client_id)
        ctx.settings.set("zoom_oauth_url", zoom.oauth_url)
        ctx.settings.set("zoom_api_url", zoom.api_url)
        asyncio.run(ctx.zoom.sign_in(open_browser=fake_browser()))
        zoom_secrets = list(zoom.issued)
    logging.getLogger("desktop.test").info("a password=%s in a message", radicale.password)
    for handler in logging.getLogger().handlers:
        handler.flush()

    text = log_file.read_text(encoding="utf-8")
    assert "DEBUG" in text  # --debug really logged more
    secrets = list(emu.tokens) + list(emu.refresh_tokens) + list(emu.codes) + zoom_secrets
    secrets.append(radicale.password)
    assert len(secrets) > 5
    leaked = [s for s in secrets if s and s in text]
    assert leaked == []
