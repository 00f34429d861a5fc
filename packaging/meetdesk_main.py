"""PyInstaller's entry script: the same entry point as the `meetdesk` console script.

pyproject.toml declares `meetdesk = "desktop.cli:main"`; the frozen executable runs exactly
that, so `meetdesk` with no sub-command starts the GUI and sub-commands work as installed.
"""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
