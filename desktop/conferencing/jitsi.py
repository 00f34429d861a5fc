"""Create Jitsi Meet rooms without asking any server.

A Jitsi room exists as soon as someone opens its URL, so the room name is the
only thing that keeps strangers out: it must be unguessable.
"""

from __future__ import annotations

import base64
import secrets

from desktop.conferencing.links import _parse
from desktop.i18n import Text

__all__ = ["ROOM_PREFIX", "new_jitsi_room_url"]

ROOM_PREFIX = "Meetdesk"
# 15 random bytes = 120 bits = 24 base32 characters, no padding.
_RANDOM_BYTES = 15


def new_jitsi_room_url(topic: str = "", *, base: str = "https://meet.jit.si") -> str:
    """A fresh room URL such as ``https://meet.jit.si/MeetdeskQ3X...``.

    ``topic`` is accepted for symmetry with other providers but deliberately
    not used: room names show up in server logs, browser history and link
    previews, and a meeting's subject is often confidential.

    ``base`` may point at a self-hosted Jitsi server; it must be an https URL
    without userinfo, query or fragment.
    """
    del topic  # privacy: never part of the room name (see docstring)
    base = base.strip().rstrip("/")
    parsed = _parse(base, app_schemes=frozenset())
    if parsed is None or parsed.scheme != "https":
        raise ValueError(Text("Jitsi server must be an https URL, got {base}", base=repr(base)))
    if "?" in parsed.rest or "#" in parsed.rest:
        raise ValueError(
            Text("Jitsi server URL must not have a query or fragment: {base}", base=repr(base))
        )
    token = base64.b32encode(secrets.token_bytes(_RANDOM_BYTES)).decode("ascii").rstrip("=")
    return f"{parsed.serialise()}/{ROOM_PREFIX}{token}"
