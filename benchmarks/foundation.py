"""Foundation benchmark: 10,000 events and 20,000 contacts in the store.

Prints (never asserts) cold start to a shown main window, per-keystroke filtering of the
upcoming list, per-keystroke contact search and resident memory, each beside a peer measured
in the same run: a bare PySide6 window with two tabs, and a plain Python scan.

    .venv/bin/python -m benchmarks.foundation [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.seed import seed

BARE_WINDOW = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication([])
w = QMainWindow(); tabs = QTabWidget(); tabs.addTab(QWidget(), "A"); tabs.addTab(QWidget(), "B")
w.setCentralWidget(tabs); w.show(); app.processEvents()
print(f"shown_ms={(time.perf_counter() - t0) * 1000:.1f}")
"""


def _run_timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms from launching the process until it says its window is shown, ms until it ended):
    the first is what a person waits for, the second adds the exit."""
    start = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    ) as process:
        assert process.stdout is not None
        shown = None
        for line in process.stdout:
            if line.startswith("shown_ms=") and shown is None:
                shown = (time.perf_counter() - start) * 1000
        if process.wait() != 0 or shown is None:
            raise RuntimeError(f"{command[:3]} failed or never showed its window")
    return shown, (time.perf_counter() - start) * 1000


def _resident_mb() -> float:
    """Current resident set size (the peak would count this script's own peers)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_start(profile: Path, runs: int) -> None:
    env = {**os.environ, "MEETDESK_EXIT_WHEN_SHOWN": "1", "QT_QPA_PLATFORM": "offscreen"}
    # An installed app runs from compiled bytecode: allow .pyc files (some shells forbid them)
    # and start each once untimed, so neither side pays for compiling its sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    ours_command = [sys.executable, "-m", "desktop", "--profile", str(profile)]
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    _run_timed(ours_command, env)
    _run_timed(bare_command, env)
    ours = [_run_timed(ours_command, env) for _ in range(runs)]
    bare = [_run_timed(bare_command, env) for _ in range(runs)]
    our_shown = statistics.median(shown for shown, _ in ours)
    bare_shown = statistics.median(shown for shown, _ in bare)
    print(f"cold start, launch to a shown main window (median of {runs}):")
    print(
        f"  meetdesk            {our_shown:8.1f} ms  (process ended after "
        f"{statistics.median(end for _, end in ours):.1f} ms)"
    )
    print(
        f"  bare PySide6 window {bare_shown:8.1f} ms  (process ended after "
        f"{statistics.median(end for _, end in bare):.1f} ms)"
    )
    print(f"  ratio               {our_shown / bare_shown:8.2f} x   (budget: under 500 ms)")


def _keystrokes(widget_setter: object, text: str, app: object) -> list[float]:
    times = []
    for n in range(1, len(text) + 1):
        start = time.perf_counter()
        widget_setter(text[:n])  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        times.append((time.perf_counter() - start) * 1000)
    return times


def measure_ui(profile: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_window, create_application
    from desktop.policy import load_policy
    from desktop.profile import resolve_profile
    from desktop.services.context import build_context

    app = create_application()
    ctx = build_context(resolve_profile(profile), policy=load_policy())
    window = build_window(ctx)
    window.show()
    QApplication.processEvents()
    meetings = window.meetings_page
    meetings.refresh()
    QApplication.processEvents()
    rows = meetings.model.rowCount()

    typed = _keystrokes(meetings.search_edit.setText, "review", app)
    print(f"\nupcoming list filter, per keystroke ({rows} rows in 30 days):")
    print(
        f"  search box        max {max(typed):6.2f} ms  median {statistics.median(typed):6.2f} ms"
    )
    meetings.search_edit.clear()
    host_times = []
    for index in range(min(meetings.host_combo.count(), 12)):
        start = time.perf_counter()
        meetings.host_combo.setCurrentIndex(index)
        QApplication.processEvents()
        host_times.append((time.perf_counter() - start) * 1000)
    print(
        f"  hosted-by choice  max {max(host_times):6.2f} ms  "
        f"median {statistics.median(host_times):6.2f} ms"
    )

    window.tabs.setCurrentWidget(window.contacts_page)
    window.activateWindow()
    window.contacts_page.search_edit.setFocus()  # as when a person types in it
    QApplication.processEvents()
    contacts_ui = _keystrokes(window.contacts_page.search_edit.setText, "person123", app)
    rss_mb = _resident_mb()
    service = []
    for n in range(1, len("person123") + 1):
        start = time.perf_counter()
        ctx.contacts.search("person123"[:n])
        service.append((time.perf_counter() - start) * 1000)
    everyone = ctx.store.contacts_in_folders([f.id for f in ctx.store.list_folders()])
    naive = []
    for n in range(1, len("person123") + 1):
        start = time.perf_counter()
        needle = "person123"[:n].lower()
        [
            c
            for c in everyone
            if needle in c.display_name.lower() or any(needle in e.lower() for e in c.emails)
        ]
        naive.append((time.perf_counter() - start) * 1000)
    print(f"\ncontact search as you type ({len(everyone)} contacts):")
    print(
        f"  contacts tab (UI)       max {max(contacts_ui):6.2f} ms  "
        f"median {statistics.median(contacts_ui):6.2f} ms"
    )
    print(
        f"  service (SQLite FTS5)   max {max(service):6.2f} ms  "
        f"median {statistics.median(service):6.2f} ms"
    )
    print(
        f"  peer: Python scan       max {max(naive):6.2f} ms  "
        f"median {statistics.median(naive):6.2f} ms"
    )

    print(
        f"\nresident memory, window built and both tabs loaded: {rss_mb:.0f} MB "
        "(budget 120 MB; a bare PySide6 window holds ~51 MB)"
    )
    ctx.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="seed into (or reuse) this profile folder")
    args = parser.parse_args()
    profile = args.keep or Path(tempfile.mkdtemp(prefix="meetdesk-bench-"))
    if not (profile / "data" / "meetdesk.sqlite3").exists():
        started = time.perf_counter()
        seed(profile)
        print(f"seeded 10,000 events and 20,000 contacts in {time.perf_counter() - started:.1f} s")
    measure_start(profile, args.runs)
    measure_ui(profile)


if __name__ == "__main__":
    main()
