"""The log file: where it is, what --debug adds, and secrets masked on the way in."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.logs import LOG_FILE, mask_secrets, setup_logging


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJzdWIiOiIxMjM0In0.", "eyJ0"),
        ("POST /token grant_type=refresh_token&refresh_token=0.AAA-secret-xyz&x=1", "AAA-secret"),
        ('{"access_token": "ya29.a0Af-token", "expires_in": 3599}', "ya29"),
        ("GET /v1.0/me/calendarView/delta?$deltatoken=R0usmcCM996atia_s", "R0usmc"),
        ("redirect http://localhost:4321/?code=0.AUAAsecretcode&state=abc", "AUAAsecret"),
        ("join https://zoom.us/j/81234567890?pwd=SecretPass1", "SecretPass1"),
        ("password=hunter2 for alice", "hunter2"),
    ],
)
def test_secrets_are_masked(text: str, secret: str) -> None:
    masked = mask_secrets(text)
    assert secret not in masked and "***" in masked


def test_ordinary_text_is_left_alone() -> None:
    text = "sync work: 'Budget' was changed on the server after you deleted it here"
    assert mask_secrets(text) == text


def test_the_log_file_has_info_and_debug_only_with_debug(
    tmp_path: Path, restore_logging: None
) -> None:
    path = setup_logging(tmp_path / "logs", debug=False, to_stderr=False)
    assert path == tmp_path / "logs" / LOG_FILE
    log = logging.getLogger("desktop.test")
    log.debug("detail %s", "one")
    log.info("started with token=%s", "abc123secret")
    logging.getLogger("msal").debug("auth code %s", "CODE-XYZ")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "started with token=***" in text and "abc123secret" not in text
    assert "detail one" not in text and "CODE-XYZ" not in text
    setup_logging(tmp_path / "logs", debug=True, to_stderr=False)
    log.debug("detail %s", "two")
    logging.getLogger("msal").debug("auth code %s", "CODE-XYZ")  # libraries stay quiet
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "detail two" in text and "CODE-XYZ" not in text
