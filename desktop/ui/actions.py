"""Opening links and phone numbers: every URL is checked before the OS sees it."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.conferencing import MeetingLink, is_safe_web_url
from desktop.conferencing.app_links import desktop_app_url

log = logging.getLogger(__name__)

_TEL_RE = re.compile(r"^\+?[0-9]{3,20}$")


def open_web_link(url: str) -> bool:
    """Open an http(s) link in the browser; refuses anything that is not plainly safe."""
    if not is_safe_web_url(url):
        log.warning("Refused to open an unsafe link")
        return False
    return bool(QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)))


def tel_url(phone: str) -> str | None:
    digits = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    return f"tel:{digits}" if _TEL_RE.match(digits) else None


def call_phone(phone: str) -> bool:
    """Hand a phone number to the system's tel: handler (softphone, Teams, Zoom Phone...)."""
    url = tel_url(phone)
    if url is None:
        return False
    return bool(QDesktopServices.openUrl(QUrl(url)))


def join_meeting(link: MeetingLink, *, in_app: bool = False) -> bool:
    """Join: in the service's desktop app when the person chose that and it has one
    (falling back to the browser when the OS cannot open it), else in the browser."""
    if in_app:
        app_url = desktop_app_url(link)
        if app_url is not None and QDesktopServices.openUrl(
            QUrl(app_url, QUrl.ParsingMode.StrictMode)
        ):
            return True
    return open_web_link(link.url)
