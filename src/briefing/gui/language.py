"""The language the app speaks: the one chosen in Preferences, else the system's.

Briefing's own messages come from ``translations/briefing_<lang>.qm`` beside this
module (made from the ``.ts`` files there, see docs/packaging.md); Qt's own (standard
buttons, the menus of text boxes) from Qt's ``qtbase_<lang>.qm`` where Qt ships one.
Everything is installed before the first window is built, since widgets take their
texts when they are made; a change in Preferences therefore applies from the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from briefing.gui.settings import Settings

LANGUAGES = {
    "en": "English",
    "az": "Azərbaycanca",
    "ar": "العربية",
    "ru": "Русский",
    "tr": "Türkçe",
    "fr": "Français",
}
"""The interface languages, each named in itself (as the Preferences list shows them)."""
FALLBACK = "en"
SETTING = "language"
"""Settings key of the chosen language; "" (or none) follows the system."""
_RIGHT_TO_LEFT = {"ar"}
_REGIONLESS = {"ar": "ar_001"}
"""The locale of a language the system does not use: Arabic is Modern Standard Arabic,
whose digits are the ones the record's dates and times are typed in."""

_installed: list[QTranslator] = []
_current = FALLBACK


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate under ``context``, to be translated where it is shown
    (a module constant exists before any language is installed). Qt's own marker is typed
    as returning an object."""
    return text


def isolated(text: str) -> str:
    """``text`` of another direction kept whole inside a message in the interface's
    language (an English sentence of the article in an Arabic tooltip)."""
    return f"\u2068{text}\u2069"


QT_OWN = (
    # Standard buttons of dialogs and message boxes (GNOME's wording, then Qt's).
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    # The menus of text boxes, one-line and rich, and of date and time boxes.
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
    # The buttons of the preview's title bar.
    QT_TRANSLATE_NOOP("QDockWidget", "Float"),
    QT_TRANSLATE_NOOP("QDockWidget", "Close"),
)
"""Qt's own texts that the app shows, in Qt's contexts. Qt ships no Azerbaijani catalogue,
so they are in Briefing's; in the other languages they read as Qt's own catalogue has
them (tests/gui/test_languages.py checks that they stay the same)."""


def translations_dir() -> Path:
    return Path(__file__).resolve().parent / "translations"


def chosen() -> str:
    """The language chosen in Preferences; "" for the system's."""
    value = Settings().text(SETTING)
    return value if value in LANGUAGES else ""


def interface_language(choice: str, system: QLocale | None = None) -> str:
    """What to speak: ``choice`` if it is one of ``LANGUAGES``, else the first of the
    system's languages that is, else English."""
    if choice in LANGUAGES:
        return choice
    preferred = (system or QLocale.system()).uiLanguages()
    for tag in preferred:
        primary = tag.replace("_", "-").split("-")[0].lower()
        if primary in LANGUAGES:
            return primary
    return FALLBACK


def current() -> str:
    """The language installed last (English until ``install`` runs)."""
    return _current


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The system's own locale when it is in ``language`` (its region's dates and
    digits), else the language's usual one."""
    system = system or QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(_REGIONLESS.get(language, language))


def install(language: str) -> None:
    """Speak ``language`` from now on: its translations replace those installed before,
    dates and numbers follow its locale, and Arabic mirrors the whole interface."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "the application must exist before its language is set"
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for file in (
        qt_folder / f"qtbase_{language}.qm",
        translations_dir() / f"briefing_{language}.qm",
    ):
        translator = QTranslator(app)
        if file.is_file() and translator.load(str(file)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(language))
    if isinstance(app, QGuiApplication):
        rtl = language in _RIGHT_TO_LEFT
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    _current = language


def install_chosen() -> str:
    """Install the language from the settings (or the system's); the one installed."""
    language = interface_language(chosen())
    install(language)
    return language
