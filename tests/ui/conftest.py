"""UI test helpers: screenshots for review, and captured URL opening."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

# README: screenshots of the main screens land here after a test run.
SCREENSHOT_DIR = Path(
    os.environ.get(
        "MEETDESK_SCREENSHOTS", Path(__file__).resolve().parents[2] / "build" / "screenshots"
    )
)


@pytest.fixture
def screenshot() -> Callable[[QWidget, str], Path]:
    def save(widget: QWidget, name: str) -> Path:
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOT_DIR / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not save {path}"
        return path

    return save


class UrlRecorder(QObject):
    """Receives what QDesktopServices.openUrl would hand to the OS."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened_urls(qapp: object) -> Iterator[list[str]]:
    recorder = UrlRecorder()
    schemes = ("http", "https", "tel", "file", "zoommtg", "msteams", "mailto")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, recorder, "handle")
    yield recorder.urls
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)
