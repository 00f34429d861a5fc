"""The PyInstaller bundle, run as people run it: headless, with a throwaway profile.

Skipped unless a frozen build is there: `packaging/linux/build.sh` makes dist/meetdesk/, or
MEETDESK_FROZEN_APP names the executable to test (e.g. an unpacked CI artifact). The slow
test at the end builds one from the spec itself when PyInstaller is installed.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "meetdesk.spec"
EXE_NAME = "meetdesk.exe" if sys.platform == "win32" else "meetdesk"

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meetdesk tests//EN
BEGIN:VEVENT
UID:frozen-smoke-1@meetdesk.test
DTSTAMP:20260101T080000Z
DTSTART;TZID=America/New_York:20300115T090000
DTEND;TZID=America/New_York:20300115T093000
SUMMARY:Frozen smoke test
END:VEVENT
END:VCALENDAR
"""


def frozen_executable() -> Path | None:
    named = os.environ.get("MEETDESK_FROZEN_APP")
    if named:
        return Path(named)
    default = ROOT / "dist" / "meetdesk" / EXE_NAME
    return default if default.exists() else None


def run_frozen(
    exe: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    # The bundle carries its own Python: nothing from the test's interpreter may leak in.
    for name in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP"):
        environment.pop(name, None)
    result = subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
    return result


@pytest.fixture(scope="module")
def frozen_app() -> Path:
    exe = frozen_executable()
    if exe is None:
        pytest.skip("no frozen build: run packaging/linux/build.sh or set MEETDESK_FROZEN_APP")
    assert exe.is_file(), f"MEETDESK_FROZEN_APP={exe} is not a file"
    return exe


def bundle_data_dir(exe: Path) -> Path:
    """sys._MEIPASS of a one-folder build: _internal/ beside the executable (PyInstaller 6)."""
    internal = exe.parent / "_internal"
    return internal if internal.is_dir() else exe.parent


def test_version_is_the_checkout_version(frozen_app: Path) -> None:
    result = run_frozen(frozen_app, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Meetdesk {__version__}"


def test_the_window_comes_up_and_the_app_exits_cleanly(frozen_app: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    result = run_frozen(
        frozen_app,
        "--profile",
        str(tmp_path / "profile"),
        env={"MEETDESK_EXIT_WHEN_SHOWN": "1"},
    )
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    shown = re.search(r"shown_ms=(\d+(?:\.\d+)?)", result.stdout)
    assert shown, result.stdout
    print(f"frozen start: shown_ms={shown.group(1)}, process {elapsed:.2f} s")


def test_the_whole_app_runs_its_event_loop_and_quits(frozen_app: Path, tmp_path: Path) -> None:
    # Event loop (qasync, imported late), sync thread, reminders: then a clean quit.
    result = run_frozen(
        frozen_app,
        "--profile",
        str(tmp_path / "profile"),
        env={"MEETDESK_QUIT_AFTER_MS": "1500"},
    )
    assert result.returncode == 0, result.stderr


def test_cli_commands_work_frozen(frozen_app: Path, tmp_path: Path) -> None:
    profile = str(tmp_path / "profile")
    listed = run_frozen(frozen_app, "--profile", profile, "meetings", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []

    # An .ics import: icalendar and the time-zone database inside the bundle.
    ics = tmp_path / "invite.ics"
    ics.write_text(ICS, encoding="utf-8")
    imported = run_frozen(frozen_app, "--profile", profile, "import", str(ics), "--json")
    assert imported.returncode == 0, imported.stderr
    report = json.loads(imported.stdout)
    assert report["added"] == 1 and report["problems"] == []
    assert report["events"][0]["topic"] == "Frozen smoke test"


def test_resources_are_where_the_frozen_lookup_expects_them(
    frozen_app: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop import resources

    bundle = bundle_data_dir(frozen_app)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.resources_dir() == bundle / "resources"
    icon = resources.resource_path("icons", "meetdesk.svg")
    source = ROOT / "resources" / "icons" / "meetdesk.svg"
    assert icon is not None and icon.read_bytes() == source.read_bytes()
    # Every compiled translation of the checkout, and every .ts compiled at build time.
    for ts in sorted((ROOT / "resources").rglob("*.ts")):
        relative = ts.with_suffix(".qm").relative_to(ROOT / "resources")
        assert resources.resource_path(*relative.parts) is not None, f"{relative} not bundled"
    for qm in sorted((ROOT / "resources").rglob("*.qm")):
        relative = qm.relative_to(ROOT / "resources")
        assert resources.resource_path(*relative.parts) is not None, f"{relative} not bundled"
    # keyring finds its backends through its entry points: its metadata must be there.
    assert list(bundle.glob("keyring-*.dist-info/entry_points.txt"))
    # The SVG icon needs Qt's SVG image plugin.
    assert list(bundle.rglob("imageformats/*qsvg*"))


@pytest.mark.slow
def test_the_spec_builds_a_bundle_that_starts(tmp_path: Path) -> None:
    """Builds from packaging/meetdesk.spec into a temporary folder (about a minute here)."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -r packaging/requirements.txt)")
    env = {**os.environ, "MEETDESK_ICON_DIR": str(tmp_path / "icons")}
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            str(SPEC),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=900,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    exe = tmp_path / "dist" / "meetdesk" / EXE_NAME
    version = run_frozen(exe, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"Meetdesk {__version__}"
    listed = run_frozen(exe, "--profile", str(tmp_path / "profile"), "meetings", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []
    shown = run_frozen(
        exe, "--profile", str(tmp_path / "profile"), env={"MEETDESK_EXIT_WHEN_SHOWN": "1"}
    )
    assert shown.returncode == 0 and "shown_ms=" in shown.stdout, shown.stderr
