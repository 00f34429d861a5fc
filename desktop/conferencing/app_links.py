"""Joining through a service's desktop app (zoommtg:, msteams:) instead of the browser.

Only built from links detect_links accepted, from their parsed parts: nothing of the
event's text reaches the URL the OS opens except digits, the passcode and a Teams path.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, urlsplit

from desktop.conferencing.links import MeetingLink

_ZOOM_ID = re.compile(r"/(?:j|w|s|wc/join)/(\d{9,11})(?:/|$)")
_PASSCODE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def desktop_app_url(link: MeetingLink) -> str | None:
    """The app link for a meeting, or None when the service has none (use the web link)."""
    parts = urlsplit(link.url)
    if parts.scheme != "https":
        return None
    if link.service in ("zoom", "zoomgov"):
        found = _ZOOM_ID.search(parts.path)
        if not found:
            return None
        host = "zoomgov.com" if link.service == "zoomgov" else "zoom.us"
        url = f"zoommtg://{host}/join?action=join&confno={found.group(1)}"
        password = (parse_qs(parts.query).get("pwd") or [""])[0]
        if password and _PASSCODE.match(password):
            url += f"&pwd={quote(password, safe='')}"
        return url
    if link.service == "teams" and parts.hostname == "teams.microsoft.com":
        if not parts.path.startswith("/l/meetup-join/"):
            return None
        query = f"?{parts.query}" if parts.query else ""
        return f"msteams:{quote(parts.path, safe='/%:@')}{quote(query, safe='?=&%')}"
    return None
