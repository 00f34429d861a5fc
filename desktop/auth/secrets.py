"""Secrets in the OS keyring, and nowhere else.

keyring silently picks a plaintext file backend when keyrings.alt is installed, and a null
backend drops secrets without a word; both are refused here with a clear message instead.
"""

from __future__ import annotations

import logging
from types import ModuleType

log = logging.getLogger(__name__)

SERVICE_NAME = "Meetdesk"

# Backends that do not keep a secret safe (or at all).
_REFUSED_BACKENDS = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyrings.alt",
    "keyring.backends.chainer",  # only refused when every member is refused; see below
)


def _keyring() -> ModuleType:
    # keyring discovers its backends on import (D-Bus, entry points): not at start-up.
    import keyring
    import keyring.errors

    return keyring


class KeyringUnavailable(RuntimeError):
    """No safe keyring: the message says what to do."""


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_safe(backend: object) -> bool:
    name = _backend_name(backend)
    if name.startswith("keyring.backends.chainer"):
        members = getattr(backend, "backends", [])
        return any(_is_safe(member) for member in members)
    return not any(name.startswith(prefix) for prefix in _REFUSED_BACKENDS)


def backend_description() -> str:
    return _backend_name(_keyring().get_keyring())


def check_available() -> None:
    backend = _keyring().get_keyring()
    if not _is_safe(backend):
        raise KeyringUnavailable(
            "No system keyring is available, so Meetdesk cannot store passwords or sign-in "
            "tokens safely. On Linux, install and unlock a Secret Service keyring "
            "(GNOME Keyring or KWallet); Meetdesk never stores them in plain text."
        )


def _key(account_id: str, name: str) -> str:
    return f"{account_id}:{name}"


def store_secret(account_id: str, name: str, value: str) -> None:
    check_available()
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE_NAME, _key(account_id, name), value)
    except keyring.errors.KeyringError as exc:
        # The library's message can echo what it was given; never let it carry the secret.
        raise KeyringUnavailable(
            f"The system keyring refused to store a secret ({type(exc).__name__})."
        ) from None


def read_secret(account_id: str, name: str) -> str | None:
    check_available()
    keyring = _keyring()
    try:
        value = keyring.get_password(SERVICE_NAME, _key(account_id, name))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(
            f"The system keyring could not be read ({type(exc).__name__})."
        ) from None
    return str(value) if value is not None else None


def delete_secret(account_id: str, name: str) -> bool:
    """Remove one secret; returns False when there was none."""
    check_available()
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE_NAME, _key(account_id, name))
    except keyring.errors.PasswordDeleteError:
        return False
    return True


# Names of the secrets an account may hold; Remove deletes all of them.
SECRET_NAMES = ("password", "token_cache", "refresh_token")


def delete_account_secrets(account_id: str) -> int:
    removed = 0
    for name in SECRET_NAMES:
        if delete_secret(account_id, name):
            removed += 1
    return removed
