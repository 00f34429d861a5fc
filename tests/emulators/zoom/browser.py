"""A fake web browser for the Zoom sign-in: GET the authorize URL (no redirects followed),
then GET the Location it answers, which is the app's loopback callback.

    tokens = await sign_in(config, open_browser=FakeBrowser())

desktop.conferencing.zoom.sign_in calls ``open_browser`` in a worker thread, so the
blocking requests here never hold up the loopback listener on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import httpx


class SignInFailed(RuntimeError):
    pass


@dataclass
class FakeBrowser:
    """Callable as ``open_browser``. ``before_callback`` runs with the callback URL just
    before the browser follows it (to send other requests to the listener first).
    ``visits`` keeps (url, status) for every request made; ``error`` the exception, if any
    (the call then returns False, as webbrowser.open does when it fails)."""

    before_callback: Callable[[str], None] | None = None
    visits: list[tuple[str, int]] = field(default_factory=list)
    error: BaseException | None = None

    def __call__(self, url: str) -> bool:
        try:
            self.sign_in(url)
        except Exception as exc:
            self.error = exc
            return False
        return True

    def sign_in(self, url: str) -> str:
        with httpx.Client(follow_redirects=False, timeout=10, trust_env=False) as client:
            answer = client.get(url)
            self.visits.append((url, answer.status_code))
            location = answer.headers.get("Location")
            if answer.status_code != 302 or not location:
                raise SignInFailed(f"authorize answered {answer.status_code}: {answer.text}")
            if self.before_callback is not None:
                self.before_callback(location)
            callback = client.get(location)
            self.visits.append((location, callback.status_code))
            if callback.status_code != 200:
                raise SignInFailed(f"the app's callback answered {callback.status_code}")
            return callback.text


def fake_browser(before_callback: Callable[[str], None] | None = None) -> FakeBrowser:
    return FakeBrowser(before_callback=before_callback)
