"""Fixtures shared by every test: a temporary profile, no system policy, headless Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never need a display in tests (set before anything imports PySide6).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.policy import load_policy
from desktop.profile import Profile, resolve_profile
from desktop.services.context import AppContext, build_context


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # No test may read this machine's policy or write to the real user folders.
    monkeypatch.setenv("MEETDESK_POLICY", str(tmp_path / "no-policy.json"))
    monkeypatch.delenv("MEETDESK_PROFILE", raising=False)
    monkeypatch.setenv("TZ", os.environ.get("MEETDESK_TEST_TZ", "Europe/Amsterdam"))


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    return resolve_profile(tmp_path / "profile").ensure()


@pytest.fixture
def policy_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Path of the policy file the app reads; write JSON to it before building a context."""
    path = tmp_path / "policy.json"
    monkeypatch.setenv("MEETDESK_POLICY", str(path))
    return path


@pytest.fixture
def ctx(profile: Profile) -> Iterator[AppContext]:
    context = build_context(profile, policy=load_policy())
    yield context
    context.close()
