"""MeetingOptions <-> X-MEETDESK-* properties, field by field.

Driven by the dataclass fields so that an option added to MeetingOptions
round-trips without touching this module: str fields are TEXT, bool fields
TRUE/FALSE, tuple fields comma-separated TEXT lists. Only values that differ
from the defaults are written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from desktop.domain import MeetingOptions
from desktop.ical._lines import ContentLine, clean_text, escape_text, split_unescaped_commas
from desktop.ical._lines import unescape_text as _unescape

_DEFAULT = MeetingOptions()
OPTION_PROPERTIES: dict[str, str] = {
    f.name: "X-MEETDESK-" + f.name.upper().replace("_", "-")
    for f in dataclasses.fields(MeetingOptions)
}
_MAX_ITEMS = 100


def options_to_lines(options: MeetingOptions) -> list[str]:
    out: list[str] = []
    for attribute, prop in OPTION_PROPERTIES.items():
        value = getattr(options, attribute)
        if value == getattr(_DEFAULT, attribute):
            continue
        if isinstance(value, bool):
            out.append(f"{prop}:{'TRUE' if value else 'FALSE'}")
        elif isinstance(value, str):
            out.append(f"{prop}:{escape_text(value)}")
        elif isinstance(value, tuple):
            out.append(f"{prop}:{','.join(escape_text(str(v)) for v in value)}")
    return out


def options_from_lines(
    first: Callable[[str], ContentLine | None], max_chars: int
) -> MeetingOptions:
    values: dict[str, Any] = {}
    for attribute, prop in OPTION_PROPERTIES.items():
        line = first(prop)
        if line is None:
            continue
        default = getattr(_DEFAULT, attribute)
        if isinstance(default, bool):
            values[attribute] = line.value.strip().upper() == "TRUE"
        elif isinstance(default, str):
            values[attribute] = clean_text(_unescape(line.value))[:max_chars]
        elif isinstance(default, tuple):
            items = split_unescaped_commas(line.value)[:_MAX_ITEMS]
            values[attribute] = tuple(clean_text(i).strip() for i in items if i.strip())
    return MeetingOptions(**values)
