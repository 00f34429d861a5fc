"""Zoom from the GUI: sign in from Settings, then the Schedule dialog makes Zoom meetings."""

from __future__ import annotations

import webbrowser
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QGroupBox
from pytestqt.qtbot import QtBot

from desktop.services.context import AppContext
from desktop.ui.background import BackgroundLoop
from desktop.ui.meetings.schedule_dialog import ScheduleDialog
from tests.emulators.zoom import ZoomEmulator, fake_browser
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401 - fixture
from tests.ui.test_settings_page import make_page


@pytest.fixture
def background() -> Iterator[BackgroundLoop]:
    loop = BackgroundLoop()
    yield loop
    loop.stop()


def test_sign_in_to_zoom_then_schedule_a_zoom_meeting(
    ctx: AppContext,
    qtbot: QtBot,
    background: BackgroundLoop,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    screenshot: Callable[..., Path],
) -> None:
    import desktop.ui.meetings.schedule_dialog as dialog_module
    import desktop.ui.settings.page as page_module

    monkeypatch.setattr(page_module, "background_loop", lambda: background)
    monkeypatch.setattr(dialog_module, "background_loop", lambda: background)
    monkeypatch.setattr(webbrowser, "open", fake_browser())
    with ZoomEmulator() as zoom:
        ctx.settings.set("zoom_oauth_url", zoom.oauth_url)
        ctx.settings.set("zoom_api_url", zoom.api_url)
        page = make_page(ctx, qtbot)
        page.zoom_radio.setChecked(True)
        assert not page.save_meeting_links()  # not signed in yet
        assert "Sign in to Zoom first" in page.link_error.text()
        page.zoom_client_edit.setText(zoom.public_client_id)
        page.zoom_sign_in_button.click()
        qtbot.waitUntil(lambda: page.zoom_sign_in_button.isEnabled(), timeout=20_000)
        assert page.zoom_status.text().startswith("Signed in to Zoom")
        assert page.save_meeting_links()
        assert ctx.settings.get("meeting_link_mode") == "zoom"
        section = page.findChild(QGroupBox, "meetingLinksSection")
        assert section is not None
        screenshot(section, "settings_meeting_links_zoom")

        dialog = ScheduleDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.link_note.text() == "A Zoom meeting is made for it when you save."
        dialog.topic_edit.setText("Partner sync")
        dialog.set_start((datetime.now() + timedelta(days=1)).replace(second=0, microsecond=0))
        saved: list[str] = []
        dialog.on_saved = saved.append
        assert dialog.save() is False  # it waits for Zoom
        qtbot.waitUntil(lambda: bool(saved), timeout=20_000)
        [made] = zoom.meetings.values()
        event = ctx.meetings.get(saved[0])
        assert event.join_url == made["join_url"]
        assert event.options.zoom_meeting_id == str(made["id"])
        assert made["topic"] == "Partner sync"


def test_zoom_options_dialog_saves_the_options(
    ctx: AppContext, qtbot: QtBot, screenshot: Callable[..., Path]
) -> None:
    page = make_page(ctx, qtbot)
    dialog = page.open_zoom_options()
    qtbot.addWidget(dialog)
    dialog.recording.setCurrentIndex(dialog.recording.findData("cloud"))
    dialog.checks["watermark"].setChecked(True)
    dialog.domains.setText("not a domain")
    assert not dialog.save()
    assert "Not a domain" in dialog.error.text()
    dialog.domains.setText("example.com, partner.example")
    screenshot(dialog, "zoom_options_dialog")
    assert dialog.save()
    saved = ctx.settings.get("zoom_defaults")
    assert isinstance(saved, dict)
    assert saved["auto_recording"] == "cloud" and saved["watermark"] is True
    assert saved["authentication_domains"] == ["example.com", "partner.example"]
