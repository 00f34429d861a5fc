"""Secrets in the OS keyring, and nowhere else.

keyring silently picks a plaintext file backend when keyrings.alt is installed, and a null
backend drops secrets without a word; both are refused here with a clear message instead.
"""

from __future__ import annotations

import logging
import os
import sys
from types import ModuleType

from desktop.i18n import Text

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

    _prefer_secret_service(keyring)
    return keyring


_backend_chosen = False


def _prefer_secret_service(keyring: ModuleType) -> None:
    """On Linux, take the Secret Service straight away when it works and nothing else was
    asked for: keyring's own discovery imports every backend (the macOS one looks for its
    framework with ldconfig) and costs a tenth of a second in every `meetdesk` process."""
    global _backend_chosen
    if _backend_chosen:
        return
    _backend_chosen = True
    core = keyring.core
    if sys.platform != "linux" or core._keyring_backend is not None:
        return  # another platform, or a backend set explicitly (tests)
    if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
        return  # keyring prefers KWallet there: let it choose
    if core.load_env() is not None or core.load_config() is not None:
        return  # the person configured a backend: keyring honours it itself
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()  # type: ignore[no-untyped-call]
        usable = backend.priority > 0
    except Exception:  # not installed, no D-Bus, no Secret Service: normal discovery
        return
    if usable:
        keyring.set_keyring(backend)


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
            Text(
                "No system keyring is available, so Meetdesk cannot store passwords or sign-in "
                "tokens safely. On Linux, install and unlock a Secret Service keyring "
                "(GNOME Keyring or KWallet); Meetdesk never stores them in plain text."
            )
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
            Text("The system keyring refused to store a secret ({kind}).", kind=type(exc).__name__)
        ) from None


def read_secret(account_id: str, name: str) -> str | None:
    check_available()
    keyring = _keyring()
    try:
        value = keyring.get_password(SERVICE_NAME, _key(account_id, name))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(
            Text("The system keyring could not be read ({kind}).", kind=type(exc).__name__)
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


# Windows Credential Manager keeps at most 2,560 bytes a secret (UTF-16: 1,280 characters),
# less than an msal token cache: larger secrets are kept in numbered parts, each its own
# keyring entry, so they stay in the OS keyring on every platform.
PART_CHARS = 1200
MAX_PARTS = 200


def _parts_pointer(account_id: str, name: str) -> tuple[int, int] | None:
    """(generation, number of parts) of a large secret, or None."""
    pointer = read_secret(account_id, f"{name}#parts")
    if not pointer:
        return None
    generation, _, count = pointer.partition(":")
    try:
        return int(generation), int(count)
    except ValueError:
        return None


def store_large_secret(account_id: str, name: str, value: str) -> None:
    """Keep a secret of any size. A reader sees the old value or the new one, never a mix:
    the new parts are written under a new generation before the pointer moves to them."""
    parts = [value[i : i + PART_CHARS] for i in range(0, len(value), PART_CHARS)] or [""]
    if len(parts) > MAX_PARTS:
        raise KeyringUnavailable(
            Text("A sign-in token is too large to keep in the system keyring.")
        )
    old = _parts_pointer(account_id, name)
    generation = (old[0] + 1) % 1000 if old else 0
    for index, part in enumerate(parts):
        store_secret(account_id, f"{name}#{generation}.{index}", part)
    store_secret(account_id, f"{name}#parts", f"{generation}:{len(parts)}")
    if old:
        for index in range(old[1]):
            delete_secret(account_id, f"{name}#{old[0]}.{index}")


def read_large_secret(account_id: str, name: str) -> str | None:
    pointer = _parts_pointer(account_id, name)
    if pointer is None:
        return None
    generation, count = pointer
    parts: list[str] = []
    for index in range(min(count, MAX_PARTS)):
        part = read_secret(account_id, f"{name}#{generation}.{index}")
        if part is None:
            return None  # damaged: the caller signs in again
        parts.append(part)
    return "".join(parts)


def delete_large_secret(account_id: str, name: str) -> bool:
    pointer = _parts_pointer(account_id, name)
    if pointer is None:
        return False
    for index in range(pointer[1]):
        delete_secret(account_id, f"{name}#{pointer[0]}.{index}")
    delete_secret(account_id, f"{name}#parts")
    return True


# Names of the secrets an account may hold; Remove deletes all of them.
SECRET_NAMES = ("password", "token_cache", "refresh_token")
LARGE_SECRET_NAMES = ("token_cache",)


def delete_account_secrets(account_id: str) -> int:
    removed = 0
    for name in SECRET_NAMES:
        if delete_secret(account_id, name):
            removed += 1
    for name in LARGE_SECRET_NAMES:
        if delete_large_secret(account_id, name):
            removed += 1
    return removed
