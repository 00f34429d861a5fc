"""A small icon per meeting service: its initials on its colour.

Drawn, not shipped: no vendor artwork to license, and every one of the 77 services (and a
person's own patterns) gets one. Well-known services use their brand colour; the others a
colour derived from their id, the same every time.
"""

from __future__ import annotations

import functools
import hashlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

BRAND_COLOURS: dict[str, str] = {
    "zoom": "#2D8CFF",
    "zoomgov": "#2D8CFF",
    "teams": "#5B5FC7",
    "meet": "#00897B",
    "webex": "#0A7E4A",
    "jitsi": "#1D76BA",
    "chime": "#1A73E8",
    "gotomeeting": "#F68D2E",
    "gotowebinar": "#F68D2E",
    "bluejeans": "#2B6CB0",
    "whereby": "#5E4DB2",
    "skype": "#00AFF0",
    "skype_business": "#0078D4",
    "slack": "#4A154B",
    "discord": "#5865F2",
    "facetime": "#34C759",
    "ringcentral": "#F80",
}


def _colour(service_id: str) -> QColor:
    named = BRAND_COLOURS.get(service_id)
    if named is not None:
        return QColor(named)
    digest = hashlib.sha256(service_id.encode("utf-8")).digest()
    return QColor.fromHsv(digest[0] * 360 // 256, 150, 170)


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].title() if len(words[0]) > 1 else words[0].upper()
    return (words[0][0] + words[1][0]).upper()


@functools.cache
def service_icon(service_id: str, name: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_colour(service_id))
            radius = size * 0.22
            painter.drawRoundedRect(QRectF(0, 0, size, size), radius, radius)
            font = QFont()
            font.setBold(True)
            font.setPixelSize(max(7, int(size * 0.45)))
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(
                QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), _initials(name)
            )
        finally:
            painter.end()
        icon.addPixmap(pixmap)
    return icon
