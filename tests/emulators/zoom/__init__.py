"""A local Zoom emulator (OAuth at zoom.us/oauth and REST API v2 meetings) for tests.

    from tests.emulators.zoom import FakeBrowser, ZoomEmulator

    with ZoomEmulator() as emu:
        config = ZoomConfig(emu.client_id, emu.client_secret, emu.oauth_url, emu.api_url)
        tokens = await sign_in(config, open_browser=FakeBrowser())
        # or, without a browser: emu.issue_tokens() -> a /oauth/token answer

Plain HTTP on 127.0.0.1 (a free port). State is in memory behind one lock: ``emu.meetings``
(id -> the meeting as Zoom answers it), ``emu.requests`` (every request, in order).
Faults: revoke_tokens, expire_access_tokens, throttle_next(n, retry_after),
deny_authorization, access_token_lifetime. See README.md.
"""

from .browser import FakeBrowser, SignInFailed, fake_browser
from .emulator import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_PUBLIC_CLIENT_ID,
    RequestRecord,
    ZoomEmulator,
)

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_PUBLIC_CLIENT_ID",
    "FakeBrowser",
    "RequestRecord",
    "SignInFailed",
    "ZoomEmulator",
    "fake_browser",
]
