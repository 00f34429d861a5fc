"""A small version parser for feature gates.

We only need "is this client at least X.Y.Z", so a few lines beat a dependency
on `packaging`. Policy versions are strict ("1.2.3"); the client's own version
may carry a suffix ("0.2.0rc1", "0.2.0-dev", "0.2.0+build7").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.i18n import Text

# ASCII digits only: `\d` would also accept other scripts' digits.
_NUMBERS = r"[0-9]{1,9}(?:\.[0-9]{1,9}){0,5}"
_STRICT = re.compile(_NUMBERS)
# A suffix is build metadata ("+abc") or a pre-release tag starting with a letter ("rc1").
_WITH_SUFFIX = re.compile(
    rf"(?P<numbers>{_NUMBERS})(?P<suffix>\+[0-9A-Za-z.-]+|[-._]?[A-Za-z][0-9A-Za-z.-]*)?"
)


@dataclass(frozen=True, order=True)
class Version:
    """A comparable version; "1.0" == "1.0.0" and "0.10.0" > "0.9.1"."""

    # Trailing zeros are stripped so that "1" and "1.0.0" compare equal.
    release: tuple[int, ...]
    # A pre-release sorts just below its release: 0.2.0rc1 does not meet a 0.2.0 gate.
    final: bool = True
    text: str = field(default="", compare=False)

    def __str__(self) -> str:
        return self.text or ".".join(str(n) for n in self.release) or "0"


def parse_version(text: object, *, allow_suffix: bool = False) -> Version:
    """Parse "1.2.3" (1 to 6 numbers); raise ValueError with a readable message.

    With allow_suffix, "+build" metadata is ignored and any other suffix
    ("rc1", "-dev", ".dev0", ...) marks a pre-release.
    """
    if not isinstance(text, str):
        raise ValueError(
            Text('a version must be text such as "1.2.3", got {type}', type=type(text).__name__)
        )
    cleaned = text.strip()
    final = True
    if allow_suffix:
        match = _WITH_SUFFIX.fullmatch(cleaned)
        if match is not None:
            suffix = match.group("suffix") or ""
            final = suffix == "" or suffix.startswith("+")
            numbers = match.group("numbers")
    else:
        match = _STRICT.fullmatch(cleaned)
        numbers = cleaned
    if match is None:
        shown = cleaned if len(cleaned) <= 40 else cleaned[:40] + "…"
        raise ValueError(
            Text(
                "{version} is not a valid version "
                '(expected numbers separated by dots, like "1.2.3")',
                version=repr(shown),
            )
        )
    release = [int(part) for part in numbers.split(".")]
    while release and release[-1] == 0:
        release.pop()
    return Version(tuple(release), final, cleaned)


def compare_versions(a: str, b: str) -> int:
    """-1, 0 or 1 like the old cmp(); both must be valid client-style versions."""
    va, vb = parse_version(a, allow_suffix=True), parse_version(b, allow_suffix=True)
    return (va > vb) - (va < vb)
