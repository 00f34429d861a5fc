"""One Meetdesk per profile: a second launch hands over to the first and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.platform.single_instance import SingleInstance


def test_the_second_claim_asks_the_first_to_show_itself(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "profile")
    assert first.claim()
    try:
        with qtbot.waitSignal(first.showRequested, timeout=5000):
            assert not SingleInstance(tmp_path / "profile").claim()
        # Started at login while it runs: nothing to show.
        with qtbot.assertNotEmitted(first.showRequested, wait=300):
            assert not SingleInstance(tmp_path / "profile").claim(silent=True)
        # Another profile is another Meetdesk.
        other = SingleInstance(tmp_path / "other")
        assert other.claim()
        other.release()
    finally:
        first.release()
    # Once the first has gone, the next launch is the first again.
    again = SingleInstance(tmp_path / "profile")
    assert again.claim()
    again.release()


def test_a_second_app_process_exits_at_once(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEETDESK_QUIT_AFTER_MS": "20000"}
    first = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--profile", str(tmp_path), "--silent-start"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        log = tmp_path / "logs" / "meetdesk.log"
        deadline = time.monotonic() + 30
        # It listens before it opens its database: once the file exists, it answers.
        while time.monotonic() < deadline and not (tmp_path / "data" / "meetdesk.sqlite3").exists():
            assert first.poll() is None, first.communicate()
            time.sleep(0.1)
        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "desktop", "--profile", str(tmp_path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 15
        assert "already runs" in log.read_text(encoding="utf-8")
        assert first.poll() is None  # the first one goes on
    finally:
        first.terminate()
        first.communicate(timeout=30)
