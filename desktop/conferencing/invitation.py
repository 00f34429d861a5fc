"""Meeting invitation text from a template with ``{placeholder}`` fields.

Templates are user-editable and may be shared, so they are never passed to
``str.format`` (which would evaluate ``{a.b}`` / ``{a[0]}`` attribute and item
access). A single linear regex pass replaces known names; anything else is
left exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from desktop.i18n import Text

__all__ = ["DEFAULT_TEMPLATE", "PLACEHOLDERS", "render_invitation", "validate_template"]

PLACEHOLDERS: Final[frozenset[str]] = frozenset(
    {
        "topic",
        "start",
        "end",
        "timezone",
        "duration",
        "join_url",
        "meeting_id",
        "passcode",
        "host",
        "description",
        "dial_in",
        # Zoom meetings made through Zoom's API: room systems and phones.
        "h323_password",
        "pstn_password",
    }
)

# In the interface's language when shown or used (desktop.i18n); English in the CLI.
DEFAULT_TEMPLATE: Final = Text(
    """\
{host} is inviting you to a meeting.

Topic: {topic}
When: {start} – {end} ({timezone})
Duration: {duration}

Join the meeting:
{join_url}

Meeting ID: {meeting_id}
Passcode: {passcode}

Dial in:
{dial_in}
Phone passcode: {pstn_password}
H.323 passcode: {h323_password}

{description}
"""
)

# "{{" and "}}" are escapes; "{name}" is a placeholder; "{anything else}" is
# matched only so validate_template can report it.
_TOKEN_RE: Final = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}|\{([^{}\n]{0,80})\}")


def _render_line(line: str, fields: Mapping[str, str]) -> tuple[str, bool, bool]:
    """(rendered line, has a known placeholder, every known one was empty)."""
    has_known = False
    all_empty = True

    def replace(match: re.Match[str]) -> str:
        nonlocal has_known, all_empty
        text = match.group(0)
        if text in ("{{", "}}"):
            return text[0]
        name = match.group(1)
        if name is None or name not in PLACEHOLDERS:
            return text  # unknown or "{a.b}": keep as written
        has_known = True
        value = fields.get(name, "")
        if value.strip():
            all_empty = False
        return value

    return _TOKEN_RE.sub(replace, line), has_known, all_empty


def render_invitation(template: str, fields: Mapping[str, str]) -> str:
    """Fill ``template`` with ``fields``; never raises on odd templates.

    Values are inserted literally (a value containing "{passcode}" is not
    expanded again). A line whose known placeholders are all empty or missing
    is dropped, together with the heading line right above it when that
    heading ends with ":" (e.g. "Dial in:") so the text has no dangling
    labels. Runs of blank lines are collapsed to one.
    """
    out: list[str] = []
    for line in template.split("\n"):
        rendered, has_known, all_empty = _render_line(line, fields)
        if has_known and all_empty:
            if out and out[-1].rstrip().endswith(":") and "{" not in out[-1]:
                out.pop()
            continue
        # Multi-line values (description, dial-in numbers) keep their lines.
        out.append(rendered)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + ("\n" if template.endswith("\n") else "")


def validate_template(template: str) -> list[str]:
    """Problems in ``template``, in order; an empty list means it is fine."""
    problems: list[str] = []
    for match in _TOKEN_RE.finditer(template):
        name, other = match.group(1), match.group(2)
        if name is not None and name not in PLACEHOLDERS:
            problems.append(
                Text(
                    "Unknown placeholder {placeholder}; it will be left as written.",
                    placeholder=match.group(0),
                )
            )
        elif other is not None:
            # The braces shown are parameters: the translation has no braces to escape.
            problems.append(
                Text(
                    "Unsupported placeholder {placeholder}; only simple names such as "
                    "{example} are replaced. Write {open} and {close} for literal braces.",
                    placeholder=match.group(0),
                    example="{topic}",
                    open="{{",
                    close="}}",
                )
            )
    return problems
