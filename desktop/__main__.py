"""`python -m desktop` runs the same entry point as the `meetdesk` script."""

import sys

from desktop.cli import main

sys.exit(main())
