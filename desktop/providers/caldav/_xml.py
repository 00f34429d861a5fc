"""WebDAV XML: request bodies, and a bounded, entity-free parser for server answers.

Server answers are untrusted. The parser is expat driven directly (not ElementTree's
XMLParser) so that it can refuse any DOCTYPE, and with it every entity declaration
(billion laughs, external entities); it caps the nesting depth, the number of elements,
the bytes read and the text kept per element. Text over the cap is dropped and the
element is marked with TRUNCATED, so an oversized calendar item costs no memory and is
reported instead of read.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit
from xml.parsers import expat
from xml.sax.saxutils import escape

from desktop.i18n import Text, message_of

DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CARDDAV = "urn:ietf:params:xml:ns:carddav"

# Set on an element whose text went over the cap (its text is then empty).
TRUNCATED = "{urn:meetdesk}truncated"

MAX_DEPTH = 32
MAX_ELEMENTS = 2_000_000
MAX_XML_BYTES = 512 * 1024 * 1024


def tag(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


class XmlError(ValueError):
    """The answer is not well-formed XML, or goes over one of the caps."""


class _Refused(Exception):
    pass


class XmlReader:
    """Incremental parser: feed() chunks as they arrive, then close() for the root."""

    def __init__(self, *, max_text: int, max_bytes: int = MAX_XML_BYTES) -> None:
        self._max_text = max_text
        self._max_bytes = max_bytes
        self._bytes = 0
        self._elements = 0
        self._builder = ET.TreeBuilder()
        # One text buffer per open element: text is only kept for leaves we care about,
        # but we cannot know that up front, so every element's text is capped instead.
        self._text: list[list[str]] = []
        self._text_len: list[int] = []
        self._truncated: list[bool] = []
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._data
        parser.StartDoctypeDeclHandler = self._forbid
        parser.EntityDeclHandler = self._forbid
        parser.ExternalEntityRefHandler = self._forbid_external
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self._parser = parser

    @staticmethod
    def _name(raw: str) -> str:
        return "{" + raw if "}" in raw else raw

    def _forbid(self, *args: object) -> None:
        raise _Refused(Text("the answer declares a DOCTYPE or entities"))

    def _forbid_external(self, *args: object) -> int:
        raise _Refused(Text("the answer refers to an external entity"))

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        self._elements += 1
        if self._elements > MAX_ELEMENTS:
            raise _Refused(Text("the answer has too many elements"))
        if len(self._text) >= MAX_DEPTH:
            raise _Refused(Text("the answer nests too deeply"))
        self._flush()
        self._builder.start(self._name(name), {self._name(k): v for k, v in attrs.items()})
        self._text.append([])
        self._text_len.append(0)
        self._truncated.append(False)

    def _data(self, data: str) -> None:
        if not self._text or self._truncated[-1]:
            return
        size = self._text_len[-1] + len(data)
        if size > self._max_text:
            self._truncated[-1] = True
            self._text[-1].clear()
            return
        self._text_len[-1] = size
        self._text[-1].append(data)

    def _flush(self) -> None:
        # Text before a child element is mixed content we never use: drop it.
        if self._text:
            self._text[-1].clear()
            self._text_len[-1] = 0

    def _end(self, name: str) -> None:
        pieces = self._text.pop()
        self._text_len.pop()
        truncated = self._truncated.pop()
        if pieces:
            self._builder.data("".join(pieces))
        element = self._builder.end(self._name(name))
        if truncated:
            element.set(TRUNCATED, "1")

    def feed(self, chunk: bytes) -> None:
        self._bytes += len(chunk)
        if self._bytes > self._max_bytes:
            raise XmlError(Text("the answer is too large"))
        try:
            self._parser.Parse(chunk, False)
        except (_Refused, expat.ExpatError) as exc:
            raise XmlError(message_of(exc)) from None

    def close(self) -> ET.Element:
        try:
            self._parser.Parse(b"", True)
            return self._builder.close()
        except (_Refused, expat.ExpatError, AssertionError) as exc:
            # TreeBuilder.close asserts when nothing (or an unclosed tree) was built.
            raise XmlError(message_of(exc) or Text("the answer is not XML")) from None


def parse_xml(data: bytes, *, max_text: int = 1_000_000) -> ET.Element:
    reader = XmlReader(max_text=max_text)
    reader.feed(data)
    return reader.close()


# --- multistatus ----------------------------------------------------------------------


def status_code(text: str | None) -> int | None:
    """'HTTP/1.1 404 Not Found' -> 404."""
    if not text:
        return None
    parts = text.split()
    if len(parts) >= 2 and parts[1].isdigit():
        return int(parts[1])
    return None


def href_path(href: str) -> str:
    """An href as an absolute path, as the server spelled it (encoding kept)."""
    href = href.strip()
    if "://" in href:
        parts = urlsplit(href)
        return parts.path or "/"
    return href


def same_href(a: str, b: str) -> bool:
    """Servers spell one path with different encodings and trailing slashes."""
    return unquote(href_path(a)).rstrip("/") == unquote(href_path(b)).rstrip("/")


@dataclass
class DavResponse:
    """One <response> of a multistatus."""

    href: str
    status: int | None  # the response-level status (deleted members, 507), if any
    props: dict[str, ET.Element] = field(default_factory=dict)  # found (200) props by tag

    def text(self, name: str) -> str | None:
        element = self.props.get(name)
        if element is None:
            return None
        return element.text or ""

    def truncated(self, name: str) -> bool:
        element = self.props.get(name)
        return element is not None and element.get(TRUNCATED) == "1"


def responses(root: ET.Element) -> Iterator[DavResponse]:
    if root.tag != tag(DAV, "multistatus"):
        raise XmlError(Text("the answer is not a WebDAV multistatus"))
    for response in root.iter(tag(DAV, "response")):
        hrefs = response.findall(tag(DAV, "href"))
        if not hrefs or not (hrefs[0].text or "").strip():
            continue
        result = DavResponse(
            href=href_path(hrefs[0].text or ""),
            status=status_code(response.findtext(tag(DAV, "status"))),
        )
        for propstat in response.findall(tag(DAV, "propstat")):
            code = status_code(propstat.findtext(tag(DAV, "status")))
            if code is None or not 200 <= code < 300:
                continue
            prop = propstat.find(tag(DAV, "prop"))
            if prop is None:
                continue
            for child in prop:
                result.props[child.tag] = child
        yield result
        # Extra hrefs in one response (RFC 4918 allows several with one status).
        for extra in hrefs[1:]:
            if (extra.text or "").strip():
                yield DavResponse(href=href_path(extra.text or ""), status=result.status)


def child_href(element: ET.Element | None) -> str | None:
    if element is None:
        return None
    href = element.findtext(tag(DAV, "href"))
    return href.strip() if href and href.strip() else None


def has_child(element: ET.Element | None, name: str) -> bool:
    return element is not None and element.find(name) is not None


def mentions(root: ET.Element | None, name: str) -> bool:
    return root is not None and any(True for _ in root.iter(name))


# --- request bodies -------------------------------------------------------------------

_PREFIXES = {DAV: "D", CALDAV: "C", CARDDAV: "CR"}
_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n'
_XMLNS = f'xmlns:D="{DAV}" xmlns:C="{CALDAV}" xmlns:CR="{CARDDAV}"'


def _qname(name: str) -> str:
    namespace, _, local = name[1:].partition("}")
    return f"{_PREFIXES[namespace]}:{local}"


def _props(names: Iterable[str]) -> str:
    return "<D:prop>" + "".join(f"<{_qname(n)}/>" for n in names) + "</D:prop>"


def propfind(names: Iterable[str]) -> bytes:
    return f"{_HEADER}<D:propfind {_XMLNS}>{_props(names)}</D:propfind>".encode()


def sync_collection(token: str | None, names: Iterable[str]) -> bytes:
    token_xml = f"<D:sync-token>{escape(token)}</D:sync-token>" if token else "<D:sync-token/>"
    return (
        f"{_HEADER}<D:sync-collection {_XMLNS}>{token_xml}"
        f"<D:sync-level>1</D:sync-level>{_props(names)}</D:sync-collection>"
    ).encode()


def multiget(report: str, names: Iterable[str], hrefs: Iterable[str]) -> bytes:
    """calendar-multiget or addressbook-multiget (report is the tag of the root)."""
    body = "".join(f"<D:href>{escape(h)}</D:href>" for h in hrefs)
    root = _qname(report)
    return f"{_HEADER}<{root} {_XMLNS}>{_props(names)}{body}</{root}>".encode()


def calendar_query_uid(uid: str, names: Iterable[str]) -> bytes:
    return (
        f"{_HEADER}<C:calendar-query {_XMLNS}>{_props(names)}"
        '<C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">'
        '<C:prop-filter name="UID"><C:text-match collation="i;octet">'
        f"{escape(uid)}</C:text-match></C:prop-filter></C:comp-filter></C:comp-filter>"
        "</C:filter></C:calendar-query>"
    ).encode()


def addressbook_query_uid(uid: str, names: Iterable[str]) -> bytes:
    return (
        f"{_HEADER}<CR:addressbook-query {_XMLNS}>{_props(names)}"
        '<CR:filter><CR:prop-filter name="UID"><CR:text-match collation="i;octet" '
        f'match-type="equals">{escape(uid)}</CR:text-match></CR:prop-filter></CR:filter>'
        "</CR:addressbook-query>"
    ).encode()
