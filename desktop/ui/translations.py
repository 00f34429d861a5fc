"""The interface's language: which one to show, and the Qt translators that show it.

The English source text is the default; French and Dutch come from the compiled
resources/translations/meetdesk_<lang>.qm (devtools/update_translations.py makes them), and
Qt's own qtbase_<lang>.qm translates the standard buttons and dialogs when Qt carries it.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from desktop import i18n
from desktop.resources import resource_path

log = logging.getLogger(__name__)

SUPPORTED = ("en", "fr", "nl")

_LANGUAGES = {
    QLocale.Language.English: "en",
    QLocale.Language.French: "fr",
    QLocale.Language.Dutch: "nl",
}


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: an explicit "en"/"fr"/"nl" setting wins; "" (or a language we do
    not have) follows the system locale (fr_BE -> fr, nl_NL -> nl), anything else is English."""
    chosen = setting.strip().replace("-", "_").split("_")[0].lower()
    if chosen in SUPPORTED:
        return chosen
    locale = system if system is not None else QLocale.system()
    return _LANGUAGES.get(locale.language(), "en")


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install Meetdesk's (and Qt's) translations for language; None for English.

    Also makes the language the default locale, so dates and times follow it (the system's
    country is kept when it speaks that language: fr_BE stays fr_BE). Keep the returned
    translator; remove_translator() takes it and Qt's out again.
    """
    if language not in SUPPORTED:
        raise ValueError(f"unsupported language: {language!r}")
    # What the services write for people (desktop.i18n.Text) follows the interface too.
    i18n.use_language(QCoreApplication.translate, _long_datetime, _number)
    system = QLocale.system()
    if system.language() == QLocale(language).language():
        QLocale.setDefault(system)
    elif language != "en" or system.language() in _LANGUAGES:
        QLocale.setDefault(QLocale(language))
    if language == "en":
        return None
    path = resource_path("translations", f"meetdesk_{language}.qm")
    translator = QTranslator(app)
    if path is None or not translator.load(str(path)):
        log.warning("No %s translation found (%s); the interface stays in English", language, path)
        translator.deleteLater()
        return None
    # Qt's own strings (Cancel, Yes, No in standard dialogs), installed first so ours win.
    qt_translator = QTranslator(translator)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
    app.installTranslator(translator)
    return translator


def _long_datetime(moment: datetime) -> str:
    """ "lundi 23 novembre 2026 10:00": the invitation's date in the interface's language."""
    # Wall-clock fields as they are (the moment is already in the meeting's zone).
    wall = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(wall, "dddd d MMMM yyyy HH:mm")


def _number(count: int) -> str:
    """20000 as "20,000", "20 000" or "20.000", as the interface's language writes it."""
    return QLocale().toString(count)


def remove_translator(app: QCoreApplication, translator: QTranslator | None) -> None:
    """Undo install_translator (the interface's texts are English again once rebuilt)."""
    if translator is None:
        return
    for child in translator.findChildren(QTranslator):
        app.removeTranslator(child)
    app.removeTranslator(translator)
