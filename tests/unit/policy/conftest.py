"""Shared helpers for the policy tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.policy import POLICY_ENV_VAR

WritePolicy = Callable[[object], Path]


@pytest.fixture(autouse=True)
def _no_policy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # A MEETDESK_POLICY set on the developer's machine must not leak into tests.
    monkeypatch.delenv(POLICY_ENV_VAR, raising=False)


@pytest.fixture
def write_policy(tmp_path: Path) -> WritePolicy:
    """Write a policy file: bytes and str verbatim, anything else as JSON."""

    def write(content: object) -> Path:
        path = tmp_path / "policy.json"
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(json.dumps(content), encoding="utf-8")
        return path

    return write
