"""The safe description viewer: sanitised HTML, nothing loaded, only safe links opened."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.ui.safe_browser import (
    SafeDescriptionView,
    SafeTextBrowser,
    description_html,
    looks_like_html,
    sanitize_html,
)

HOSTILE = (
    "<html><head><title>t</title><style>body{background:url(//host/share/a.png)}</style></head>"
    '<body onload="alert(1)"><p style="color:red" class="x">Hello <b>team</b></p>'
    '<img src=//host/share/x.png><img src="file:///etc/passwd">'
    '<script>alert("x")</script><iframe src="https://evil.example/"></iframe>'
    '<a href="javascript:alert(1)">js</a> <a href="/relative">rel</a> '
    '<a href="file:///C:/secret">file</a> <a href="https://example.com/ok">fine</a>'
    '<table background="//host/share/t.png"><tr><td>cell</td></tr></table>'
    "</body></html>"
)


def make_view(qtbot: QtBot) -> SafeDescriptionView:
    view = SafeDescriptionView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_sanitiser_keeps_formatting_and_drops_everything_active() -> None:
    clean = sanitize_html(HOSTILE)
    lowered = clean.lower()
    for banned in (
        "<img",
        "<script",
        "<style",
        "<iframe",
        "onload",
        "style=",
        "javascript",
        "/relative",
        "file:",
        "background",
        "host/share",
        "alert",
        "class=",
    ):
        assert banned not in lowered, banned
    assert "<b>team</b>" in clean
    assert '<a href="https://example.com/ok">fine</a>' in clean
    assert "<td>cell</td>" in clean


def test_browser_renders_no_images_and_loads_nothing(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_description(HOSTILE)
    browser = view.browser
    html = browser.toHtml().lower()
    assert "<img" not in html and "host/share" not in html and "alert" not in html
    assert "hello" in browser.toPlainText().lower()
    for url in ("https://host/x.png", "//host/share/x.png", "file:///etc/passwd", "x.png"):
        assert (
            browser.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl(url)) is None
        )
    assert not browser.openLinks() and not browser.openExternalLinks()


def test_plain_text_is_escaped_and_addresses_become_links(qtbot: QtBot) -> None:
    text = (
        "Join: https://zoom.us/j/123456789.\n  Indented 1 < 2 & 3 > 2 line\n"
        "(see https://example.com/a_(b)) or https://user:pw@evil.example/"
    )
    assert not looks_like_html(text)
    view = make_view(qtbot)
    view.set_description(text)
    browser = view.browser
    html = browser.toHtml()
    assert 'href="https://zoom.us/j/123456789"' in html
    assert 'href="https://example.com/a_(b)"' in html
    assert "evil.example" in browser.toPlainText() and 'href="https://user' not in html
    assert "1 < 2 & 3 > 2" in browser.toPlainText()
    assert browser.toPlainText().splitlines()[1].startswith("  Indented")


def test_html_description_with_an_image_is_sanitised(qtbot: QtBot) -> None:
    text = "Notes <img src=//host/share/x.png> and https://example.com/notes"
    assert looks_like_html(text)
    view = make_view(qtbot)
    view.set_description(text)
    html = view.browser.toHtml()
    assert "<img" not in html.lower() and "host/share" not in html
    assert 'href="https://example.com/notes"' in html


def test_misleading_links_are_flagged() -> None:
    rendered, suspicious = description_html(
        '<a href="https://evil.example/login">https://zoom.us/j/1</a> '
        '<a href="https://www.example.com/">example.com</a> '
        '<a href="https://example.com/">click here</a> '
        '<a href="mailto:ada@example.com">ada@example.com</a>'
    )
    assert suspicious == [("https://zoom.us/j/1", "https://evil.example/login")]
    assert "this link goes to evil.example" in rendered


def _click_anchor(qtbot: QtBot, browser: SafeTextBrowser, text: str) -> None:
    cursor = browser.document().find(text)
    assert not cursor.isNull(), text
    middle = QTextCursor(browser.document())
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    point = browser.cursorRect(middle).center()
    QTest.mouseMove(browser.viewport(), point)
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_links_opens_only_safe_ones(qtbot: QtBot, opened_urls: list[str]) -> None:
    view = make_view(qtbot)
    view.set_description(
        '<p><a href="https://example.com/agenda">the agenda</a></p>'
        '<p><a href="http://intranet.example/">intranet</a></p>'
        "<p>https://not-a-link.example/ plain</p>"
    )
    browser = view.browser
    _click_anchor(qtbot, browser, "the agenda")
    assert opened_urls == ["https://example.com/agenda"]
    # Hovering shows where the link really goes.
    assert view.link_target.isVisibleTo(view)
    assert "https://example.com/agenda" in view.link_target.text()
    assert view.link_target.textFormat() == Qt.TextFormat.PlainText
    # Links that are not safe web addresses are refused even if they reach the handler.
    assert not browser.open_link("file:///etc/passwd")
    assert not browser.open_link("javascript:alert(1)")
    assert not browser.open_link("https://user:pw@example.com/")
    assert not browser.open_link("\\\\host\\share")
    assert opened_urls == ["https://example.com/agenda"]
    assert "not a safe web address" in view.link_target.text()
