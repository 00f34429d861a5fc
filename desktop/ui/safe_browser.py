"""A read-only viewer for text written by other people (event descriptions, contact notes).

Descriptions arrive as plain text or as HTML from any calendar in the world. They are
sanitised with nh3 (a short list of formatting tags, no images, no style, only http(s) and
mailto links, no relative URLs), rendered by a QTextBrowser that never loads anything
(`loadResource` answers nothing: no remote images, no local or network files), and links are
opened only after `is_safe_web_url` agrees. The real target of each link is shown when it is
hovered or reached with the keyboard, and a link whose text looks like one address but goes
to another is flagged in the text itself.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import nh3
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from desktop.conferencing import is_safe_web_url, safe_host
from desktop.ui.actions import open_web_link
from desktop.ui.text import plain_label

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "p",
        "br",
        "b",
        "i",
        "u",
        "strong",
        "em",
        "ul",
        "ol",
        "li",
        "a",
        "span",
        "div",
        "table",
        "thead",
        "tbody",
        "tr",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "blockquote",
        "pre",
        "code",
    }
)
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
URL_SCHEMES: frozenset[str] = frozenset({"https", "http", "mailto"})
# Tags removed together with everything inside them.
_DROP_WITH_CONTENT = frozenset({"script", "style", "title", "head", "noscript", "template"})
# Beyond this a description is cut: nobody reads a megabyte of meeting notes.
MAX_DESCRIPTION_CHARS = 200_000

_HTML_HINT = re.compile(
    r"<\s*/?\s*(html|body|head|p|br|div|span|a|b|i|u|em|strong|font|table|tr|td|ul|ol|li|img"
    r"|h[1-6]|blockquote|pre|code|script|style|meta|iframe|object|embed|svg)\b",
    re.IGNORECASE,
)
_URL_IN_TEXT = re.compile(r"\bhttps?://[^\s<>\"']{1,2000}", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\""
_DOMAIN_LIKE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#]\S*)?$", re.I)
_EMAIL_LIKE = re.compile(r"^[^@\s:/]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text))


def sanitize_html(text: str) -> str:
    """The allowed subset of `text` (see the module docstring)."""
    return str(
        nh3.clean(
            text[:MAX_DESCRIPTION_CHARS],
            tags=set(ALLOWED_TAGS),
            clean_content_tags=set(_DROP_WITH_CONTENT),
            attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
            url_schemes=set(URL_SCHEMES),
            url_relative="deny",
            link_rel=None,
            strip_comments=True,
        )
    )


def _split_trailing(url: str) -> tuple[str, str]:
    end = len(url)
    while end > 0 and url[end - 1] in _TRAILING:
        # Keep a closing bracket that belongs to the URL (Wikipedia-style paths).
        if url[end - 1] == ")" and url[:end].count("(") >= url[:end].count(")"):
            break
        end -= 1
    return url[:end], url[end:]


def _linkify(text: str) -> str:
    """`text` escaped, with safe web addresses in it made into links."""
    pieces: list[str] = []
    position = 0
    for match in _URL_IN_TEXT.finditer(text):
        url, trailing = _split_trailing(match.group(0))
        pieces.append(html.escape(text[position : match.start()], quote=False))
        if is_safe_web_url(url):
            pieces.append(f'<a href="{html.escape(url)}">{html.escape(url, quote=False)}</a>')
        else:
            pieces.append(html.escape(url, quote=False))
        pieces.append(html.escape(trailing, quote=False))
        position = match.end()
    pieces.append(html.escape(text[position:], quote=False))
    return "".join(pieces)


def plain_text_to_html(text: str) -> str:
    """Escaped text with line breaks kept (links are added after sanitising)."""
    out: list[str] = []
    for line in text[:MAX_DESCRIPTION_CHARS].splitlines():
        rendered = html.escape(line, quote=False)
        # Keep indentation, which Qt would otherwise collapse.
        stripped = rendered.lstrip(" ")
        out.append("&nbsp;" * (len(rendered) - len(stripped)) + stripped)
    return "<div>" + "<br>".join(out) + "</div>"


def _host_of_text(text: str) -> str | None:
    """The host a link's visible text names, when the text looks like an address."""
    candidate = text.strip().rstrip(_TRAILING)
    if not candidate or " " in candidate:
        return None
    if _EMAIL_LIKE.match(candidate):
        return None
    if "://" not in candidate:
        if not _DOMAIN_LIKE.match(candidate):
            return None
        candidate = "https://" + candidate
    try:
        host = urlsplit(candidate).hostname
    except ValueError:
        return None
    return host.lower() if host else None


def _same_site(shown: str, real: str) -> bool:
    return shown.removeprefix("www.") == real.removeprefix("www.")


class _LinkAuditor(HTMLParser):
    """Re-serialises sanitised HTML, flagging links whose text names another address."""

    def __init__(self, warning: str) -> None:
        super().__init__(convert_charrefs=True)
        self._warning = warning
        self._out: list[str] = []
        self._href: str | None = None
        self._text: list[str] = []
        self.suspicious: list[tuple[str, str]] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        rendered = "".join(
            f' {name}="{html.escape(value or "")}"' for name, value in attrs if value is not None
        )
        self._out.append(f"<{tag}{rendered}>")
        if tag == "a":
            self._href = dict(attrs).get("href") or ""
            self._text = []
            if self._href:
                self.links.append(self._href)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self._out.append(f"</{tag}>")
        if tag == "a" and self._href is not None:
            href, text = self._href, "".join(self._text)
            self._href = None
            shown = _host_of_text(text)
            if not href or href.lower().startswith("mailto:") or shown is None:
                return
            real = safe_host(href)
            if real is None or not _same_site(shown, real):
                self.suspicious.append((text.strip(), href))
                note = self._warning.format(host=real or href)
                self._out.append(f" <b>[{html.escape(note, quote=False)}]</b>")

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)
            self._out.append(html.escape(data, quote=False))
        else:
            # Bare addresses in HTML text become links too (checked like any other link).
            self._out.append(_linkify(data))

    def result(self) -> str:
        self.close()
        return "".join(self._out)


def description_html(
    text: str, warning: str = "⚠ this link goes to {host}"
) -> tuple[str, list[tuple[str, str]]]:
    """Safe HTML for a description, and the (text, target) pairs of misleading links."""
    body = text if looks_like_html(text) else plain_text_to_html(text)
    auditor = _LinkAuditor(warning)
    auditor.feed(sanitize_html(body))
    return auditor.result(), auditor.suspicious


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing and opens only safe links, after checking them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Plain callbacks rather than custom signals: PySide6 6.12's SignalInstance.emit()
        # drops a reference to True on each call, which aborts CPython 3.11 in the long run.
        self.on_link_hovered: Callable[[str], None] | None = None
        self.on_link_opened: Callable[[str], None] | None = None
        self.on_link_refused: Callable[[str], None] | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.document().setUndoRedoEnabled(False)
        self.suspicious_links: list[tuple[str, str]] = []
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.highlighted.connect(self._on_highlighted)

    def set_description(self, text: str) -> None:
        rendered, self.suspicious_links = description_html(
            text, self.tr("⚠ this link goes to {host}")
        )
        self.setHtml(rendered)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Nothing is ever fetched: no images, style sheets or files, local or remote."""
        del type, name
        return None

    def _on_highlighted(self, url: QUrl) -> None:
        target = url.toString() if not url.isEmpty() else ""
        self.setToolTip(f"<p>{html.escape(target)}</p>" if target else "")
        if self.on_link_hovered is not None:
            self.on_link_hovered(target)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        self.open_link(url.toString())

    def open_link(self, target: str) -> bool:
        """Open `target` if it is a safe web link (or a plain mailto: address)."""
        opened = False
        if target.lower().startswith("mailto:"):
            address = target[len("mailto:") :].split("?", 1)[0]
            if _EMAIL_LIKE.match(address):
                opened = bool(QDesktopServices.openUrl(QUrl(f"mailto:{address}")))
        elif is_safe_web_url(target):
            opened = open_web_link(target)
        callback = self.on_link_opened if opened else self.on_link_refused
        if callback is not None:
            callback(target)
        return opened


class SafeDescriptionView(QWidget):
    """The safe browser with a line under it that shows where the hovered link really goes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.browser = SafeTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Description"))
        self.link_target = plain_label("", self)
        self.link_target.setAccessibleName(self.tr("Link target"))
        # A long address must not widen the dialog: the label clips, the tooltip has it all.
        self.link_target.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.link_target.setVisible(False)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.link_target)
        self.browser.on_link_hovered = self._show_target
        self.browser.on_link_refused = self._refused

    def set_description(self, text: str) -> None:
        self.browser.set_description(text)
        self.link_target.setVisible(False)

    def _show_target(self, target: str) -> None:
        if target:
            self.link_target.setText(self.tr("Link goes to: {url}").format(url=target))
            self.link_target.setToolTip(f"<p>{html.escape(target)}</p>")
        self.link_target.setVisible(bool(target))

    def _refused(self, target: str) -> None:
        self.link_target.setText(
            self.tr("This link was not opened because it is not a safe web address: {url}").format(
                url=target
            )
        )
        self.link_target.setVisible(True)
