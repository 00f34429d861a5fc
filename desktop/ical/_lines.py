"""RFC 5545 content lines: unfolding, tokenising, escaping and folding.

Written here instead of using icalendar's parser so that reading is linear
(regular expressions without backtracking, no per-character Python loops on
values), decodes no value types at parse time (icalendar resolves TZIDs and
may evaluate VTIMEZONE rules when a property is decoded) and keeps every
line verbatim for properties we do not model.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# NAME *(";" param) ":" value. Parameter values are quoted strings or runs
# without DQUOTE ; : , and possessive quantifiers forbid backtracking, so a
# hostile line costs linear time.
_HEAD = re.compile(
    r'([A-Za-z0-9-]++)((?:;[A-Za-z0-9-]++=(?:"[^"]*+"|[^";:,]*+)(?:,(?:"[^"]*+"|[^";:,]*+))*+)*+):'
)
_PARAM = re.compile(r';([A-Za-z0-9-]+)=((?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)')
_PARAM_ITEM = re.compile(r'(?:^|,)("[^"]*"|[^",]*)')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_UNFOLD = re.compile(r"\n[ \t]")
_NEEDS_QUOTES = re.compile(r'[,;:"]')


class ContentLine(NamedTuple):
    """One unfolded line: upper-cased name, parameters, raw value, original text."""

    name: str
    params: dict[str, list[str]]
    value: str
    raw: str

    def param(self, key: str) -> str | None:
        values = self.params.get(key)
        return values[0] if values else None


def unfold(text: str) -> list[str]:
    """Normalise line ends, join folded lines and drop empty lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [line for line in _UNFOLD.sub("", text).split("\n") if line.strip()]


def _param_values(raw: str) -> list[str]:
    values = []
    for item in _PARAM_ITEM.findall(raw):
        if item.startswith('"') and item.endswith('"') and len(item) >= 2:
            item = item[1:-1]
        values.append(decode_param(item))
    return values


def decode_param(value: str) -> str:
    """RFC 6868: ^n newline, ^' double quote, ^^ caret."""
    if "^" not in value:
        return value
    return re.sub(r"\^([n'^])", lambda m: {"n": "\n", "'": '"', "^": "^"}[m[1]], value)


def encode_param(value: str) -> str:
    """A parameter value, RFC 6868-escaped and quoted when needed."""
    value = _CONTROL.sub("", value).replace("\r", "")
    value = value.replace("^", "^^").replace("\n", "^n").replace('"', "^'")
    return f'"{value}"' if _NEEDS_QUOTES.search(value) else value


_KNOWN_NAMES: dict[str, str] = {}  # valid name -> upper-cased name, bounded below


def _upper_name(text: str) -> str | None:
    """The upper-cased name, or None if ``text`` is not a valid name."""
    known = _KNOWN_NAMES.get(text)
    if known is not None:
        return known
    if not (text and text.isascii() and text.replace("-", "").isalnum()):
        return None
    if len(_KNOWN_NAMES) < 4096:  # the cache cannot be grown without bound by a file
        _KNOWN_NAMES[text] = text.upper()
    return text.upper()


def tokenize(line: str) -> ContentLine | None:
    """Split one unfolded line, or None if it is not a content line."""
    head, colon, value = line.partition(":")
    if not colon:
        return None
    if '"' not in head:
        # No quoted parameter value, so the first colon ends the parameters
        # (plain string operations: most lines never reach a regex).
        name, *parts = head.split(";")
        upper = _upper_name(name)
        if upper is None:
            return None
        params: dict[str, list[str]] = {}
        for part in parts:
            key, equals, raw = part.partition("=")
            upper_key = _upper_name(key) if equals else None
            if upper_key is None:
                return None
            values = raw.split(",")
            params[upper_key] = [decode_param(v) for v in values] if "^" in raw else values
        return ContentLine(upper, params, value, line)
    match = _HEAD.match(line)
    if match is None:
        return None
    params = {}
    for param in _PARAM.finditer(match[2]):
        params[param[1].upper()] = _param_values(param[2])
    return ContentLine(match[1].upper(), params, line[match.end() :], line)


def unescape_text(value: str) -> str:
    """TEXT value: \\n, \\, \\; \\\\ decoded; other backslashes are kept as they are."""
    if "\\" not in value:
        return value
    # Split at escaped backslashes first; every backslash left starts an escape.
    # (str.replace runs in C: a value with a million escapes stays fast.)
    pieces = value.split("\\\\")
    for index, piece in enumerate(pieces):
        if "\\" in piece:
            piece = piece.replace("\\n", "\n").replace("\\N", "\n")
            pieces[index] = piece.replace("\\,", ",").replace("\\;", ";")
    return "\\".join(pieces)


def escape_text(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def clean_text(value: str) -> str:
    """Plain text as stored: \\n line ends, no other control characters."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


def split_unescaped_commas(value: str) -> list[str]:
    """Split a multi-valued TEXT at commas that are not escaped."""
    return [unescape_text(part) for part in re.split(r"(?<!\\),", value)]


def fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 sequence."""
    if len(line) <= 75 and line.isascii():
        return line
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    pieces: list[bytes] = []
    start = 0
    limit = 75
    while start < len(data):
        end = min(start + limit, len(data))
        # Back off to the start of a UTF-8 character.
        while end < len(data) and end > start and (data[end] & 0xC0) == 0x80:
            end -= 1
        pieces.append(data[start:end])
        start = end
        limit = 74  # continuation lines start with a space
    return "\r\n ".join(p.decode("utf-8") for p in pieces)
