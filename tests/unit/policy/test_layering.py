"""desktop.policy stays pure Python: no Qt, so the CLI and tests can use it headless."""

from __future__ import annotations

import subprocess
import sys


def test_importing_policy_loads_no_qt() -> None:
    code = (
        "import sys, desktop.policy;"
        "qt = {'PySide6', 'shiboken6', 'qasync'};"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt);"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
