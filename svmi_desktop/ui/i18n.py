"""The window's language: Qt's translators installed from the user's choice or the system.

The choice ("en", "cy", or none: follow the system locale) is kept in QSettings under
:data:`SETTINGS_KEY` (issue 10a's ``ui/preferences.py`` may take this key over; until then it
lives here). Installing a language puts two ``QTranslator`` objects on the application: the
English plural forms (``svmi_en.qm``, Qt's convention for "%n year(s)") and, for Welsh,
``svmi_cy.qm``; and it feeds :func:`svmi_desktop.domain.wording.set_translator` from Qt's
translate on the UI thread, so the Qt-free wordings follow too.

The ``.qm`` files are built from the committed ``.ts`` by ``pyside6-lrelease`` (tools/test, an
install). If one is missing or older than its ``.ts`` (a fresh checkout), it is built into the
user's cache folder; if that cannot be done, a translator reading the ``.ts`` itself is used:
the window is never left without its language (docs/decisions.md).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from ..domain import wording
from ..i18n import LANGUAGES, CatalogueTranslator, read_ts, ts_path
from ..i18n.build import build, is_fresh

log = logging.getLogger("svmi_desktop")

#: QSettings key of the chosen language: "en", "cy", or absent/empty (the system's).
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_language = ["en"]


def installed_language() -> str:
    """The interface language installed last ("en" before any)."""
    return _language[0]


def saved_language(settings: QSettings | None = None) -> str:
    """The language chosen under View → Language, or "" to follow the system."""
    value = (settings or QSettings()).value(SETTINGS_KEY, "")
    return str(value) if str(value) in LANGUAGES else ""


def save_language(language: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(SETTINGS_KEY, language if language in LANGUAGES else "")


def system_language(locale: QLocale | None = None) -> str:
    """ "cy" when the system's locale (or one of its UI languages) is Welsh, else "en"."""
    locale = locale or QLocale.system()
    names = [locale.name(), *locale.uiLanguages()]
    return "cy" if any(n.lower().startswith("cy") for n in names) else "en"


def current_language(settings: QSettings | None = None) -> str:
    return saved_language(settings) or system_language()


class TsTranslator(QTranslator):
    """A QTranslator over the ``.ts`` itself: used only when no ``.qm`` can be had."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._catalogue = CatalogueTranslator(language, read_ts(ts_path(language)))
        self._language = language

    def language(self) -> str:
        return self._language

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        out = self._catalogue(context, source, n)
        return out if out != source or n >= 0 else ""


def qm_for(language: str) -> Path | None:
    """The compiled catalogue for ``language``: beside the ``.ts``, or built into the cache."""
    ts = ts_path(language)
    if not ts.is_file():
        return None
    beside = ts.with_suffix(".qm")
    if is_fresh(ts, beside):
        return beside
    from platformdirs import user_cache_dir

    cached = Path(user_cache_dir("svmi-desktop", appauthor=False)) / "translations" / beside.name
    if is_fresh(ts, cached):
        return cached
    try:
        return build(ts, cached)
    except Exception as error:  # no lrelease, a read-only cache: the .ts reader takes over
        log.warning("could not build %s: %s", cached, error)
        return None


def _translator(language: str) -> QTranslator | None:
    qm = qm_for(language)
    if qm is not None:
        translator = QTranslator()
        if translator.load(str(qm)):
            return translator
        log.warning("could not load %s", qm)
    if ts_path(language).is_file():
        return TsTranslator(language)
    return None


def qt_translate(context: str, text: str, n: int = -1) -> str:
    """Qt's translate as a :data:`wording.Translator` (UI thread only)."""
    out = QCoreApplication.translate(context, text, None, n)
    if n >= 0 and out == text.replace("%n", str(n)):  # no English plural forms loaded
        return wording._english(context, text, n)
    return out


def install(language: str, extra: list[QTranslator] | None = None) -> str:
    """Install ``language``'s translators on the application (replacing earlier ones) and make
    the Qt-free wordings follow; returns the language installed. ``extra`` translators (the
    pseudo-locale test's) are installed last, so they win."""
    app = QCoreApplication.instance()
    assert app is not None, "install a language after the QApplication is made"
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    wanted = ["en"] if language == "en" else ["en", language]
    for code in wanted:
        translator = _translator(code)
        if translator is not None and QCoreApplication.installTranslator(translator):
            _installed.append(translator)
    for translator in extra or ():
        if QCoreApplication.installTranslator(translator):
            _installed.append(translator)
    wording.set_translator(qt_translate)
    _language[0] = language
    return language


def install_from_settings(settings: QSettings | None = None) -> str:
    return install(current_language(settings))


def fmt(text: str, *args: object) -> str:
    """Qt's ``QString.arg`` for a translated text: ``%1``, ``%2``… replaced, highest first so
    that ``%1`` never eats the start of ``%10``. ``fmt(self.tr("Imported %1"), name)``."""
    for i in range(len(args), 0, -1):
        text = text.replace(f"%{i}", str(args[i - 1]))
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name, so lupdate finds the marks
    """Mark ``text`` for the catalogue under ``context`` without translating it yet (a table
    of labels at module level); ``QCoreApplication.translate(context, text)`` at the use.
    Typed ``str`` (PySide6's own is typed ``object``)."""
    return text
