"""Made-up translations for tests of desktop.i18n Texts (no Qt needed)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop.i18n import CONTEXT, Translate, render

_PLACEHOLDER = re.compile(r"(\{\w*\})")


def dictionary(table: Mapping[str, str]) -> Translate:
    """A translation that knows the table's templates and leaves the others English."""

    def translate(context: str, source: str) -> str:
        assert context == CONTEXT
        return table.get(source, source)

    return translate


def shouting(context: str, source: str) -> str:
    """A pseudo-translation: every word of every template in capitals, placeholders kept."""
    return "".join(
        part if _PLACEHOLDER.fullmatch(part) else part.upper()
        for part in _PLACEHOLDER.split(source)
    )


def translated_whole(value: object) -> bool:
    """True when every letter of value's rendering went through a translated template."""
    shouted = render(value, shouting)
    return shouted == shouted.upper() and re.search(r"[A-Z]{3}", shouted) is not None
