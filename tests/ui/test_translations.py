"""French and Dutch: every string translated, the .qm files current, and no English left on
the screens a person sees. devtools/update_translations.py updates and compiles them."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from desktop.services.context import AppContext
from desktop.services.meetings import ScheduleRequest
from desktop.ui.translations import (
    SUPPORTED,
    choose_language,
    install_translator,
    remove_translator,
)
from devtools import update_translations as tool

LANGUAGES = tool.LANGUAGES
PLACEHOLDER = re.compile(r"\{\w*\}")

# Translations that are rightly the same as the English (after dropping "&"): checked both
# ways, so a string copied untranslated fails unless it is listed here.
IDENTICAL: dict[str, frozenset[str]] = {
    "fr": frozenset(
        {
            " h",
            " min",
            "1 contact",
            "Contacts",
            "Description",
            "E-mail",
            "Notes",
            "{count} contacts",
            "{minutes} minutes",
            "Microsoft 365",
            "Google",
            "CalDAV / CardDAV",
        }
    ),
    "nl": frozenset(
        {
            " min",
            "1 contact",
            "Audio:",
            "China (21Vianet)",
            "Cloud:",
            "Details…",
            "E-mail",
            "Help",
            "Host",
            "Host:",
            "Host: {host}",
            "Host: {name}",
            "In {folder}",
            "Later",
            "Offline",
            "Microsoft 365",
            "Google",
            "CalDAV / CardDAV",
            "Exchange (on-premises)",
            "{repeat} in {months}",
        }
    ),
}


# Shown in English because the code does not pass them through tr() (the connect wizard shows
# desktop.services.integration.SERVICES' names and descriptions as they are). Remove an entry
# once the code translates it.
NOT_WRAPPED_YET: frozenset[str] = frozenset()


def _plain(text: str) -> str:
    """Text as read: without mnemonic "&" (a "&&" is a literal &) and with plain spaces."""
    return re.sub(r"&(.)", r"\1", text).replace("\u00a0", " ")


def _has_words(source: str) -> bool:
    """False for "{path} ({account})": only placeholders and punctuation, nothing to translate."""
    return re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", source)) is not None


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()  # noqa: S314 - our own files
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


# --- (a) complete ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    messages = _messages(tool.ts_path(language))
    assert len(messages) > 500
    problems = []
    for context, source, message in messages:
        element = message.find("translation")
        assert element is not None
        text = element.text or ""
        where = f"{context}: {source!r} -> {text!r}"
        if element.get("type") is not None:  # unfinished, vanished, obsolete
            problems.append(f"{element.get('type')}: {where}")
        if not text.strip():
            problems.append(f"empty: {where}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {where}")
        if source.count("&") != text.count("&"):
            problems.append(f"mnemonic '&' count differs: {where}")
        if source.count("…") != text.count("…"):
            problems.append(f"'…' differs: {where}")
        if source.startswith(" ") != text.startswith(" "):
            problems.append(f"leading space (a spin box suffix) differs: {where}")
        if (
            _plain(source) == _plain(text)
            and _has_words(source)
            and _plain(source) not in IDENTICAL[language]
        ):
            problems.append(f"same as English: {where}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_identical_list_holds_only_strings_that_exist(language: str) -> None:
    sources = {_plain(source) for _, source, _ in _messages(tool.ts_path(language))}
    assert IDENTICAL[language] <= sources


def _has_tool(name: str) -> bool:
    try:
        tool.tool(name)
    except SystemExit:
        return False
    return True


@pytest.mark.skipif(not _has_tool("lupdate"), reason="pyside6-lupdate is not installed")
def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """A new tr() string must be extracted and translated (run devtools/update_translations.py)."""
    for language in LANGUAGES:
        shutil.copy(tool.ts_path(language), tmp_path)
    warnings = tool.extract(LANGUAGES, ts_dir=tmp_path)
    assert not warnings, "texts lupdate cannot see:\n" + "\n".join(warnings)
    for language in LANGUAGES:
        fresh = {(c, s) for c, s, _ in _messages(tmp_path / tool.ts_path(language).name)}
        committed = {(c, s) for c, s, _ in _messages(tool.ts_path(language))}
        assert fresh == committed, (
            f"meetdesk_{language}.ts is not up to date; run devtools/update_translations.py.\n"
            f"new: {sorted(fresh - committed)}\ngone: {sorted(committed - fresh)}"
        )


# --- (b) compiled ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_file_holds_exactly_the_ts_translations(language: str, qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(tool.qm_path(language)))
    stale = [
        (context, source)
        for context, source, message in _messages(tool.ts_path(language))
        if translator.translate(context, source) != (message.findtext("translation") or "")
    ]
    assert not stale, f"meetdesk_{language}.qm is older than the .ts: {stale[:5]}"


@pytest.mark.skipif(not _has_tool("lrelease"), reason="pyside6-lrelease is not installed")
def test_the_qm_files_are_what_lrelease_makes_of_the_ts(tmp_path: Path) -> None:
    for built in tool.compile_qm(LANGUAGES, out_dir=tmp_path):
        committed = tool.qm_path(built.stem.removeprefix("meetdesk_"))
        assert built.read_bytes() == committed.read_bytes(), f"{committed.name} is stale"


# --- (c) no English left on the screens -----------------------------------------------------


@cache
def _english_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every source text of the code, as a pattern ({placeholders} match anything)."""
    patterns = []
    for _, source, _ in _messages(tool.ts_path(LANGUAGES[0])):
        plain = _plain(source).strip()
        if not _has_words(plain):
            continue
        parts = [re.escape(part) for part in PLACEHOLDER.split(plain)]
        patterns.append((plain, re.compile("(?s)" + ".+?".join(parts))))
    return tuple(patterns)


def _english_left(texts: list[str], language: str) -> list[str]:
    found = []
    identical = {text.strip() for text in IDENTICAL[language]} | NOT_WRAPPED_YET
    for text in {_plain(t).strip() for t in texts if t.strip()}:
        for source, pattern in _english_patterns():
            if source not in identical and pattern.fullmatch(text):
                found.append(f"{text!r} (English: {source!r})")
                break
    return sorted(found)


def visible_texts(top: QWidget) -> list[str]:
    """What a person reads: labels, buttons, group and tab titles, menus, placeholders."""
    texts = [top.windowTitle()]
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if widget is not top and not widget.isVisibleTo(top) and not isinstance(widget, QMenu):
            continue
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", "", widget.text()))
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QMenu | QMenuBar):
            if isinstance(widget, QMenu):
                texts.append(widget.title())
            texts.extend(action.text() for action in widget.actions())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_item_texts(widget.model()))
        if isinstance(widget, QWizard) and widget.currentPage() is not None:
            page = widget.currentPage()
            texts.extend([page.title(), page.subTitle()])
    return [t for t in texts if t]


def _item_texts(model: QAbstractItemModel) -> list[str]:
    """Rows and headers of a list or table, and the lines a delegate paints (account rows)."""
    from desktop.ui.settings.page import AccountsModel

    texts = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: Qt keeps columnCount private there
        columns = 1
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            texts.append(header)
    for row in range(min(model.rowCount(QModelIndex()), 50)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    texts.extend(re.sub(r"<[^>]+>", "\n", value).splitlines())
            if isinstance(model, AccountsModel):
                texts.extend(text for text, _ in index.data(AccountsModel.LinesRole))
    return texts


@pytest.fixture(params=LANGUAGES)
def translated(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in French, then in Dutch; English and the locale again afterwards."""
    language: str = request.param
    before = QLocale()
    translator = install_translator(qapp, language)
    assert translator is not None
    yield language
    remove_translator(qapp, translator)
    translator.deleteLater()
    QLocale.setDefault(before)


def _some_meetings(ctx: AppContext) -> None:
    start = (datetime.now(UTC) + timedelta(seconds=40)).replace(microsecond=0)
    for title, offset, location in (
        ("Design review", 0, "https://acme.zoom.us/j/81234567890"),
        ("Planning", 3 * 3600, ""),
        ("Retrospective", 27 * 3600, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x"),
    ):
        event = ctx.meetings.schedule(
            ScheduleRequest(
                topic=title,
                start=start + timedelta(seconds=offset),
                duration_minutes=30,
                timezone="UTC",
            )
        )
        if location:
            from dataclasses import replace

            ctx.store.save_event(replace(event, location=location, join_url=None))


def test_the_main_screens_show_no_english(
    translated: str, ctx: AppContext, qtbot: QtBot, screenshot: Callable[..., Path]
) -> None:
    from desktop.app import build_window
    from desktop.ui.meetings.page import DAYS_AHEAD
    from desktop.ui.meetings.schedule_dialog import ScheduleDialog
    from desktop.ui.settings.connect_dialog import ConnectDialog

    _some_meetings(ctx)
    window = build_window(ctx)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitUntil(lambda: window.meetings_page.loaded_days == DAYS_AHEAD)
    found = {"main window": _english_left(visible_texts(window), translated)}
    screenshot(window, f"main_window_{translated}")

    window.tabs.setCurrentWidget(window.contacts_page)
    found["contacts page"] = _english_left(visible_texts(window), translated)

    window.tabs.setCurrentWidget(window.settings_page)
    qtbot.wait(10)
    found["settings page"] = _english_left(visible_texts(window), translated)
    screenshot(window, f"settings_page_{translated}")

    schedule = ScheduleDialog(ctx)
    qtbot.addWidget(schedule)
    schedule.show()
    found["schedule dialog"] = _english_left(visible_texts(schedule), translated)
    screenshot(schedule, f"schedule_dialog_{translated}")

    connect = ConnectDialog(ctx)
    qtbot.addWidget(connect)
    connect.show()
    found["connect wizard"] = _english_left(visible_texts(connect), translated)
    screenshot(connect, f"connect_dialog_{translated}")

    found = {screen: texts for screen, texts in found.items() if texts}
    assert not found, f"English on {translated} screens: {found}"


ICS_WITH_A_SERIES_AND_A_BROKEN_EVENT = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Test//EN\r
BEGIN:VEVENT\r
UID:series-1@example.com\r
DTSTAMP:20260101T000000Z\r
DTSTART:20300107T090000Z\r
DTEND:20300107T093000Z\r
RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10\r
SUMMARY:Stand-up\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:broken-1@example.com\r
DTSTAMP:20260101T000000Z\r
DTSTART:20301345T990000Z\r
SUMMARY:Impossible\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_the_dialogs_show_no_english(
    translated: str, ctx: AppContext, qtbot: QtBot, screenshot: Callable[..., Path]
) -> None:
    """The other screens: meeting details of a series, a contact, an import with a problem,
    Zoom options, the first-sign-in prompt, the tray menu, and an account that needs sign-in."""
    from desktop.domain import Account, AccountState, Permission, ServiceKind
    from desktop.i18n import Text
    from desktop.ui.contacts.dialog import ContactDialog
    from desktop.ui.importing.dialog import ImportDialog
    from desktop.ui.meetings.details import MeetingDetailsDialog
    from desktop.ui.settings.first_login import FirstLoginPrompt
    from desktop.ui.settings.zoom_options import ZoomOptionsDialog

    report = ctx.meetings.import_ics(ICS_WITH_A_SERIES_AND_A_BROKEN_EVENT)
    assert report.added == 1 and report.problems
    from desktop.domain import LOCAL_CALENDAR_ID

    series = ctx.store.find_events_by_uid(LOCAL_CALENDAR_ID, "series-1@example.com")[0]
    found: dict[str, list[str]] = {}

    details = MeetingDetailsDialog(ctx, ctx.meetings.row_for(series.id))
    qtbot.addWidget(details)
    details.show()
    found["meeting details"] = _english_left(visible_texts(details), translated)
    screenshot(details, f"meeting_details_{translated}")

    contact = ContactDialog(ctx)
    qtbot.addWidget(contact)
    contact.show()
    found["contact dialog"] = _english_left(visible_texts(contact), translated)

    importing = ImportDialog(ctx, ICS_WITH_A_SERIES_AND_A_BROKEN_EVENT, "team.ics")
    qtbot.addWidget(importing)
    importing.show()
    found["import dialog"] = _english_left(
        [*visible_texts(importing), importing.problems.toPlainText()], translated
    )
    screenshot(importing, f"import_dialog_{translated}")

    zoom = ZoomOptionsDialog(ctx)
    qtbot.addWidget(zoom)
    zoom.show()
    found["zoom options"] = _english_left(visible_texts(zoom), translated)

    prompt = FirstLoginPrompt(ctx)
    qtbot.addWidget(prompt)
    prompt.show()
    found["first sign-in prompt"] = _english_left(visible_texts(prompt), translated)

    ctx.store.save_account(
        Account(
            id="caldav-1",
            kind=ServiceKind.CALDAV,
            display_name="Work",
            email="me@example.com",
            permissions=frozenset({Permission.CALENDAR_READ}),
            state=AccountState.NEEDS_SIGN_IN,
            state_reason=Text("Sign in to sync this account."),
        )
    )
    from desktop.app import build_window

    window = build_window(ctx)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.settings_page)
    window.show()
    found["settings accounts"] = _english_left(visible_texts(window.settings_page), translated)
    screenshot(window, f"settings_accounts_{translated}")
    from desktop.ui.tray import Tray

    tray = Tray(ctx, window.bridge, window)
    tray.refresh()
    found["tray menu"] = _english_left(visible_texts(tray.menu), translated)

    found = {screen: texts for screen, texts in found.items() if texts}
    assert not found, f"English on {translated} screens: {found}"


def test_the_reminder_shows_no_english(
    translated: str, ctx: AppContext, qtbot: QtBot, screenshot: Callable[..., Path]
) -> None:
    from desktop.ui.bridge import ServiceBridge
    from desktop.ui.reminders import ReminderController, ReminderWindow

    _some_meetings(ctx)
    window = ReminderWindow(ctx)
    qtbot.addWidget(window)
    bridge = ServiceBridge(ctx.notifier)
    bridge.setParent(window)
    ReminderController(ctx, bridge, window).check()
    assert window.isVisible()
    texts = visible_texts(window)
    assert not _english_left(texts, translated)
    screenshot(window, f"reminder_window_{translated}")


def test_a_new_meetings_invitation_is_in_the_interfaces_language(
    translated: str, ctx: AppContext
) -> None:
    """The built-in invitation text, its date and its duration follow the language; a
    template the person wrote is used as it is."""
    ctx.settings.set("my_name", "Alice Martin")
    start = datetime(2030, 1, 7, 9, 0, tzinfo=UTC)  # a Monday
    request = ScheduleRequest(
        topic="Budget", start=start, duration_minutes=45, timezone="Europe/Brussels"
    )
    description = ctx.meetings.schedule(request).description
    expected = {
        "fr": (
            "Alice Martin vous invite à une réunion",
            "lundi 7 janvier 2030 10:00 – 10:45 (Europe/Brussels)",
            "45 minutes",
        ),
        "nl": (
            "Alice Martin nodigt u uit",
            "maandag 7 januari 2030 10:00 – 10:45 (Europe/Brussels)",
            "45 minuten",
        ),
    }[translated]
    for part in expected:
        assert part in description
    assert "is inviting you" not in description

    ctx.settings.set("invitation_template", "Join {topic}: {join_url}")
    assert ctx.meetings.schedule(request).description.startswith("Join Budget: https://")


def test_the_check_notices_a_missing_translation(qapp: QApplication) -> None:
    """Without a translator the screens are English, and the check above says so."""
    label = QLabel(QCoreApplication.translate("SettingsPage", "Connected accounts"))
    assert _english_left(visible_texts(label), "fr") == [
        "'Connected accounts' (English: 'Connected accounts')"
    ]
    assert _english_left(["Starts in 3 minutes, at 10:00"], "nl")
    assert not _english_left(["Commence dans 3 minutes, à 10:00", "1 contact"], "fr")


def test_english_installs_nothing(qapp: QApplication) -> None:
    before = QLocale()
    try:
        assert install_translator(qapp, "en") is None
    finally:
        QLocale.setDefault(before)


def test_dates_follow_the_language(qapp: QApplication) -> None:
    before = QLocale()
    translator = install_translator(qapp, "fr")
    try:
        assert QLocale().language() == QLocale.Language.French
        assert QCoreApplication.translate("MainWindow", "&Settings") == "&Paramètres"
        # Qt's own buttons come from qtbase_fr.qm when Qt ships it.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") in ("Annuler", "Cancel")
    finally:
        remove_translator(qapp, translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("MainWindow", "&Settings") == "&Settings"


# --- (d) which language ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", "fr_BE", "fr"),
        ("", "fr_FR", "fr"),
        ("", "fr_CA", "fr"),
        ("", "nl_NL", "nl"),
        ("", "nl_BE", "nl"),
        ("", "en_GB", "en"),
        ("", "de_DE", "en"),
        ("", "C", "en"),
        ("fr", "nl_NL", "fr"),
        ("nl", "en_US", "nl"),
        ("en", "fr_BE", "en"),
        (" NL ", "de_DE", "nl"),
        ("fr_BE", "en_US", "fr"),
        ("de", "nl_BE", "nl"),  # a language Meetdesk does not have: the system decides
    ],
)
def test_choose_language(setting: str, system: str, expected: str) -> None:
    assert choose_language(setting, QLocale(system)) == expected
    assert expected in SUPPORTED


def test_choose_language_defaults_to_the_system_locale() -> None:
    assert choose_language("") in SUPPORTED
    assert choose_language("nl") == "nl"
