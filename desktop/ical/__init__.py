"""iCalendar (.ics) import and export for domain Events.

``parse_ics`` reads untrusted files with hard caps (size, components, nesting,
field sizes) and per-event problems; ``events_to_ics`` writes a file that
``parse_ics`` reads back to equal events (ids aside). See reader.py and
writer.py for the choices made.
"""

from desktop.ical._model import IcsError, ImportResult
from desktop.ical.reader import parse_ics
from desktop.ical.writer import events_to_ics

__all__ = ["IcsError", "ImportResult", "events_to_ics", "parse_ics"]
