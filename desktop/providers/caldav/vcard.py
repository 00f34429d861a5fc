"""A bounded vCard 3.0/4.0 reader and a vCard 3.0 writer for domain Contacts.

Written here rather than with vobject, which recurses on nested cards and crashes on
hostile input. Reading is one linear pass over unfolded lines with possessive regular
expressions (no backtracking):

- Caps: the card without its PHOTO may hold MAX_CARD_BYTES; a PHOTO over
  MAX_PHOTO_BYTES is dropped with a problem; input over MAX_INPUT_BYTES is refused.
- A nested BEGIN:VCARD refuses the card (it is how vobject is made to recurse).
- Lines that are not content lines are skipped with a problem.

What we do not model is kept verbatim in Contact.extra_vcard (one unfolded line per
line, CRLF-separated) and written back, so a round trip through Meetdesk loses nothing:
UID, PHOTO, ADR, X- properties... A modelled property that carries more than we model
(EMAIL;TYPE=work, N with a prefix, ORG with units, a group such as item1.) is also kept
there, as a template: the writer re-emits it as it was while its value still equals the
Contact's, and writes a plain line instead once the person has changed that value.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from desktop.domain import Contact
from desktop.i18n import Text

__all__ = [
    "MAX_CARD_BYTES",
    "MAX_PHOTO_BYTES",
    "contact_uid",
    "parse_vcard",
    "with_uid",
    "write_vcard",
]

MAX_CARD_BYTES = 1_000_000
MAX_PHOTO_BYTES = 1_000_000
MAX_INPUT_BYTES = 4_000_000
MAX_PROBLEMS = 20
PRODID = "-//Meetdesk//Meetdesk//EN"

# [group "."] name *(";" param) ":" — a parameter value may be quoted and hold ; or :.
_HEAD = re.compile(r'(?:([A-Za-z0-9-]++)\.)?+([A-Za-z0-9-]++)((?:;(?:[^";:]++|"[^"]*+")*+)*+):')
_UNFOLD = re.compile(r"\n[ \t]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# One piece of a structured value: an escape, a separator, or a run of neither.
_PIECE = re.compile(r"\\.|;|[^\\;]++", re.DOTALL)
_MODELLED = frozenset({"FN", "N", "EMAIL", "TEL", "ORG", "TITLE", "NOTE"})
# Written by us from arguments, never copied from extra_vcard.
_OWNED = frozenset({"BEGIN", "END", "VERSION", "PRODID", "UID"})


class _Line(NamedTuple):
    group: str
    name: str  # upper case
    params: str  # raw, with its leading ";"
    value: str
    raw: str


def _tokenize(line: str) -> _Line | None:
    match = _HEAD.match(line)
    if match is None:
        return None
    return _Line(match[1] or "", match[2].upper(), match[3], line[match.end() :], line)


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    out: list[str] = []
    for piece in re.finditer(r"\\(.)|[^\\]++|\\$", value, re.DOTALL):
        escaped = piece[1]
        if escaped is None:
            out.append(piece[0])
        elif escaped in "nN":
            out.append("\n")
        elif escaped in "\\,;:":
            out.append(escaped)
        else:
            out.append("\\" + escaped)  # not an escape we know: keep it as written
    return "".join(out)


def _components(value: str) -> list[str]:
    """A structured value (N, ORG) split at unescaped semicolons, then unescaped."""
    parts: list[str] = [""]
    for piece in _PIECE.findall(value):
        if piece == ";":
            parts.append("")
        else:
            parts[-1] += piece
    return [_unescape(p) for p in parts]


def _clean(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


def _one_line(value: str) -> str:
    return _CONTROL.sub("", value.replace("\r", "").replace("\n", ""))


def _escape(value: str) -> str:
    value = _clean(value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 sequence (RFC 6350 3.2)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    pieces: list[bytes] = []
    start, limit = 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and end > start and (data[end] & 0xC0) == 0x80:
            end -= 1
        pieces.append(data[start:end])
        start, limit = end, 74  # a continuation line starts with a space
    return "\r\n ".join(p.decode("utf-8") for p in pieces)


def _tel_value(line: _Line) -> str:
    value = _unescape(line.value)
    # vCard 4.0 writes TEL;VALUE=uri:tel:+31...; the number is what we model.
    if "VALUE=URI" in line.params.upper() and value[:4].lower() == "tel:":
        return value[4:]
    return value


def _modelled_value(line: _Line) -> tuple[str, ...]:
    """The part of a modelled line that the Contact holds (used to match templates)."""
    if line.name == "N":
        parts = [*_components(line.value), "", ""]
        return (parts[0], parts[1])
    if line.name == "ORG":
        return (_components(line.value)[0],)
    if line.name == "TEL":
        return (_tel_value(line),)
    return (_unescape(line.value),)


def _carries_more(line: _Line) -> bool:
    """Does this modelled line hold something the Contact cannot (params, group, parts)?"""
    if line.group or line.params:
        return True
    if line.name == "N":
        return any(_components(line.value)[2:])
    if line.name == "ORG":
        return any(_components(line.value)[1:])
    return False


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []
        self.skipped_lines = 0

    def add(self, message: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(message)

    def done(self) -> list[str]:
        if self.skipped_lines == 1:
            self.items.append(Text("{count} malformed line skipped", count=1))
        elif self.skipped_lines:
            self.items.append(Text("{count} malformed lines skipped", count=self.skipped_lines))
        return self.items


def parse_vcard(text: str) -> tuple[Contact | None, list[str]]:
    """Read the first vCard in `text`; None (with the reason) when it cannot be read."""
    problems = _Problems()
    if len(text) > MAX_INPUT_BYTES or len(text.encode("utf-8", "replace")) > MAX_INPUT_BYTES:
        return None, [
            Text("the contact is larger than {size} MB", size=MAX_INPUT_BYTES // 1_000_000)
        ]
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = [line for line in _UNFOLD.sub("", text).split("\n") if line.strip()]
    if not lines or lines[0].strip().upper() != "BEGIN:VCARD":
        return None, [Text("this is not a vCard")]

    fn: str | None = None
    family = given = company = title = notes = ""
    have_n = have_org = have_title = have_note = False
    emails: list[str] = []
    phones: list[str] = []
    extra: list[str] = []
    budget = 0
    closed = False
    for index, line in enumerate(lines[1:], start=1):
        stripped = line.strip().upper()
        if stripped == "END:VCARD":
            closed = True
            if any(rest.strip() for rest in lines[index + 1 :]):
                problems.add(Text("only the first contact of the item was read"))
            break
        if stripped.startswith("BEGIN:"):
            if stripped == "BEGIN:VCARD":
                return None, [Text("it holds a contact nested inside another, which is refused")]
            problems.skipped_lines += 1
            continue
        parsed = _tokenize(line)
        if parsed is None:
            problems.skipped_lines += 1
            continue
        size = len(line.encode("utf-8", "replace"))
        if parsed.name == "PHOTO":
            if size > MAX_PHOTO_BYTES:
                problems.add(
                    Text(
                        "its photo is larger than {size} MB and was dropped",
                        size=MAX_PHOTO_BYTES // 1_000_000,
                    )
                )
            else:
                extra.append(line)
            continue
        budget += size
        if budget > MAX_CARD_BYTES:
            return None, [
                Text("the contact is larger than {size} MB", size=MAX_CARD_BYTES // 1_000_000)
            ]
        name = parsed.name
        if name in ("VERSION", "PRODID"):
            continue  # we write our own
        if name not in _MODELLED:
            extra.append(line)
            continue
        value = _modelled_value(parsed)
        first = False
        if name == "FN" and fn is None:
            fn, first = value[0], True
        elif name == "N" and not have_n:
            family, given, have_n, first = value[0], value[1], True, True
        elif name == "ORG" and not have_org:
            company, have_org, first = value[0], True, True
        elif name == "TITLE" and not have_title:
            title, have_title, first = value[0], True, True
        elif name == "NOTE" and not have_note:
            notes, have_note, first = value[0], True, True
        elif name == "EMAIL" and value[0]:
            emails.append(value[0])
            first = True
        elif name == "TEL" and value[0]:
            phones.append(value[0])
            first = True
        # Repeats of single-valued properties (a second FN in another language...) and
        # modelled lines with details we do not model are kept as templates.
        if not first or _carries_more(parsed):
            extra.append(line)
    if not closed:
        problems.add(Text("the contact is not closed with END:VCARD"))

    display = fn if fn is not None and fn.strip() else ""
    if not display:
        display = " ".join(p for p in (given, family) if p.strip())
    if not display:
        display = emails[0] if emails else company or (phones[0] if phones else "")
    contact = Contact(
        id="",
        folder_id="",
        display_name=display,
        given_name=given,
        family_name=family,
        emails=tuple(emails),
        phones=tuple(phones),
        company=company,
        job_title=title,
        notes=notes,
        extra_vcard="\r\n".join(extra),
    )
    return contact, problems.done()


def contact_uid(contact: Contact) -> str | None:
    """The UID the contact carries in extra_vcard (set when it came from a server)."""
    for line in contact.extra_vcard.split("\r\n"):
        parsed = _tokenize(line)
        if parsed is not None and parsed.name == "UID" and parsed.value.strip():
            return parsed.value.strip()
    return None


def with_uid(contact: Contact, uid: str) -> Contact:
    """The contact with `uid` as its UID line in extra_vcard (replacing any other)."""
    kept = [
        line
        for line in contact.extra_vcard.split("\r\n")
        if line and (parsed := _tokenize(line)) is not None and parsed.name != "UID"
    ]
    return replace(contact, extra_vcard="\r\n".join([f"UID:{_one_line(uid)}", *kept]))


def write_vcard(contact: Contact, uid: str) -> str:
    """A vCard 3.0 (CRLF, folded) for the contact; extra_vcard lines are written back."""
    templates: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    others: list[str] = []
    for line in contact.extra_vcard.split("\r\n"):
        parsed = _tokenize(line) if line and "\n" not in line and "\r" not in line else None
        if parsed is None or parsed.name in _OWNED:
            continue  # never let stored text close the card early or open another
        if parsed.name in _MODELLED:
            templates.setdefault(parsed.name, []).append((_modelled_value(parsed), line))
        else:
            others.append(line)

    def emit(name: str, value: tuple[str, ...], plain: str) -> str:
        # The stored line if it still says the same thing (keeps TYPE=, groups...).
        for index, (known, raw) in enumerate(templates.get(name, [])):
            if known == value:
                del templates[name][index]
                return raw
        return plain

    lines = ["BEGIN:VCARD", "VERSION:3.0", f"PRODID:{PRODID}", f"UID:{_one_line(uid)}"]
    lines.append(emit("FN", (contact.display_name,), f"FN:{_escape(contact.display_name)}"))
    n_plain = f"N:{_escape(contact.family_name)};{_escape(contact.given_name)};;;"
    lines.append(emit("N", (contact.family_name, contact.given_name), n_plain))
    if contact.company:
        lines.append(emit("ORG", (contact.company,), f"ORG:{_escape(contact.company)}"))
    if contact.job_title:
        lines.append(emit("TITLE", (contact.job_title,), f"TITLE:{_escape(contact.job_title)}"))
    for address in contact.emails:
        if address:
            lines.append(emit("EMAIL", (address,), f"EMAIL:{_escape(address)}"))
    for phone in contact.phones:
        if phone:
            lines.append(emit("TEL", (phone,), f"TEL:{_escape(phone)}"))
    if contact.notes:
        lines.append(emit("NOTE", (contact.notes,), f"NOTE:{_escape(contact.notes)}"))
    lines.extend(others)
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)
