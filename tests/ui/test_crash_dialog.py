"""An unexpected exception: logged, a short dialog with the log's place, the app goes on."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import install_crash_handler


def test_an_unexpected_error_is_logged_and_shown_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_file = tmp_path / "logs" / "meetdesk.log"
    install_crash_handler(log_file)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        sys.excepthook(*sys.exc_info())  # a second one while the dialog is open: no pile
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    visible = [b for b in boxes if b.isVisible()]
    assert len(visible) == 1
    assert str(log_file) in visible[0].text()
    assert [r.levelno for r in caplog.records].count(logging.CRITICAL) == 2
    visible[0].close()


def test_the_cli_writes_its_log_in_the_profile(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(tmp_path), "--debug", "policy", "show"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "logs" / "meetdesk.log").is_file()
