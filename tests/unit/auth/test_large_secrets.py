"""Secrets larger than one keyring entry holds (an msal token cache on Windows)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import keyring
import keyring.errors
import pytest

from desktop.auth import secrets
from tests.memory_keyring import MemoryKeyring


class CappedKeyring(MemoryKeyring):
    """Windows Credential Manager's limit: 2,560 bytes a secret, stored as UTF-16."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password.encode("utf-16-le")) > 2560:
            raise keyring.errors.PasswordSetError("The stub received a secret too large")
        super().set_password(service, username, password)


@pytest.fixture
def capped() -> Iterator[CappedKeyring]:
    previous = keyring.get_keyring()
    backend = CappedKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def token_cache(size: int) -> str:
    return json.dumps({"RefreshToken": {"k": "r" * size}, "AccessToken": {"é": "ü" * 10}})


def test_a_token_cache_larger_than_one_entry_is_kept_in_parts_and_read_back(
    capped: CappedKeyring,
) -> None:
    value = token_cache(9_000)
    with pytest.raises(secrets.KeyringUnavailable):
        secrets.store_secret("acc", "token_cache", value)  # one entry cannot hold it
    secrets.store_large_secret("acc", "token_cache", value)
    assert secrets.read_large_secret("acc", "token_cache") == value
    assert len(capped.secrets) > 2  # several parts and the pointer


def test_rewriting_leaves_no_stale_parts_and_remove_deletes_everything(
    capped: CappedKeyring,
) -> None:
    secrets.store_large_secret("acc", "token_cache", token_cache(9_000))
    secrets.store_large_secret("acc", "token_cache", token_cache(100))
    assert secrets.read_large_secret("acc", "token_cache") == token_cache(100)
    assert len(capped.secrets) == 2  # one part and the pointer: the old generation is gone
    secrets.store_secret("acc", "password", "hunter2")
    secrets.store_large_secret("other", "token_cache", "x")
    assert secrets.delete_account_secrets("acc") == 2
    assert secrets.read_large_secret("acc", "token_cache") is None
    assert sorted(k for _, k in capped.secrets) == [
        "other:token_cache#0.0",
        "other:token_cache#parts",
    ]


def test_a_missing_part_reads_as_no_secret(capped: CappedKeyring) -> None:
    secrets.store_large_secret("acc", "token_cache", token_cache(5_000))
    key = next(k for k in capped.secrets if k[1].endswith("#0.1"))
    del capped.secrets[key]
    assert secrets.read_large_secret("acc", "token_cache") is None
