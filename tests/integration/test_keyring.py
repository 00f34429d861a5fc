"""Secrets go to the real Secret Service: one process stores, the next one reads."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

needs_secret_service = pytest.mark.skipif(
    os.environ.get("MEETDESK_REAL_KEYRING") != "1",
    reason="needs the D-Bus session with GNOME Keyring that run_tests.py starts",
)


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


@needs_secret_service
def test_a_secret_stored_by_one_process_is_read_by_the_next_and_removed() -> None:
    stored = run(
        "from desktop.auth import secrets; "
        "secrets.store_secret('acct-test', 'password', 'canary-s3cret')"
    )
    assert stored.returncode == 0, stored.stderr
    read = run(
        "from desktop.auth import secrets; print(secrets.read_secret('acct-test', 'password'))"
    )
    assert read.stdout.strip() == "canary-s3cret", read.stderr
    removed = run(
        "from desktop.auth import secrets; print(secrets.delete_account_secrets('acct-test'))"
    )
    assert removed.stdout.strip() == "1", removed.stderr
    gone = run(
        "from desktop.auth import secrets; print(secrets.read_secret('acct-test', 'password'))"
    )
    assert gone.stdout.strip() == "None"


def test_plaintext_and_null_backends_are_refused_with_a_clear_message() -> None:
    for backend in ("keyring.backends.null.Keyring", "keyring.backends.fail.Keyring"):
        env = {**os.environ, "PYTHON_KEYRING_BACKEND": backend}
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "from desktop.auth import secrets; secrets.store_secret('a', 'password', 'x')",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert result.returncode != 0
        assert "No system keyring is available" in result.stderr
        assert "'x'" not in result.stderr
