"""The interface language: every message translated, the compiled catalogues current, and
the language chosen at start-up (Arabic mirrored)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from briefing.gui import choices, language
from briefing.gui.app import main as gui_main
from briefing.gui.forms import child
from briefing.gui.main_window import MainWindow
from briefing.gui.settings import Settings
from briefing.render.context import KIND_LABELS

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "update_translations.py"
TRANSLATED = ("az", "ar", "ru", "tr", "fr")
FILE_MENU = {
    "en": "&File",
    "az": "&Fayl",
    "ar": "&ملف",
    "ru": "&Файл",
    "tr": "&Dosya",
    "fr": "&Fichier",
}

Key = tuple[str, str, str]
"""A message as Qt looks it up: context, source text, disambiguation."""


def messages(ts: Path) -> dict[Key, ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def forms(message: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms."""
    translation = message.find("translation")
    assert translation is not None
    plural = translation.findall("numerusform")
    return [form.text or "" for form in plural] if plural else [translation.text or ""]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files lupdate makes from the sources as they are now, untranslated."""
    folder = tmp_path_factory.mktemp("fresh-ts")
    subprocess.run([sys.executable, str(SCRIPT), "--into", str(folder)], check=True)
    return folder


def committed(lang: str) -> Path:
    return language.translations_dir() / f"briefing_{lang}.ts"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_of_the_sources_is_translated(fresh: Path, lang: str) -> None:
    ours = messages(committed(lang))
    assert set(ours) == set(messages(fresh / f"briefing_{lang}.ts")), (
        "run packaging/update_translations.py, translate, then run it with --release"
    )
    for (context, source, _), message in ours.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        texts = forms(message)
        assert all(text.strip() for text in texts), (context, source)
        for text in texts:
            assert sorted(re.findall(r"\{\w+\}", text)) == sorted(re.findall(r"\{\w+\}", source)), (
                context,
                source,
                text,
            )
            assert text.count("&") == source.count("&"), (context, source, text)
            for keys in re.findall(r"\b(?:Ctrl\+\w+|F\d+)\b", source):
                assert keys in text, (context, source, text)
        if "%n" in source:
            assert "%n" in texts[-1], (context, source)  # the form for most numbers


def test_english_gives_the_plural_forms(fresh: Path) -> None:
    ours = messages(committed("en"))
    assert set(ours) == set(messages(fresh / "briefing_en.ts"))
    assert ours, "the English catalogue holds the messages with plural forms"
    for message in ours.values():
        assert [bool(text) for text in forms(message)] == [True, True]


def _translations(qm: Path, keys: list[Key]) -> list[list[str]]:
    translator = QTranslator()
    assert translator.load(str(qm))
    counts = (0, 1, 2, 5, 11, 101)  # a number for each plural form of every language
    return [[translator.translate(c, s, d or None, n) for n in counts] for c, s, d in keys]


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files lrelease makes from the committed .ts files now."""
    folder = tmp_path_factory.mktemp("released")
    for lang in ("en", *TRANSLATED):
        (folder / committed(lang).name).write_bytes(committed(lang).read_bytes())
    subprocess.run(
        [sys.executable, str(SCRIPT), "--release", "--into", str(folder)],
        check=True,
        capture_output=True,
    )
    return folder


@pytest.mark.parametrize("lang", ("en", *TRANSLATED))
def test_compiled_catalogues_are_made_from_the_ts_files(released: Path, lang: str) -> None:
    shipped = committed(lang).with_suffix(".qm")
    made = released / shipped.name
    if made.read_bytes() != shipped.read_bytes():  # another lrelease may lay bytes out anew
        keys = list(messages(committed(lang)))
        assert _translations(shipped, keys) == _translations(made, keys)


@pytest.mark.parametrize("lang", ("ar", "ru", "tr", "fr"))
def test_qt_own_texts_read_as_qt_has_them(lang: str) -> None:
    """Qt's own buttons and menus, carried for Azerbaijani, say in the other languages what
    Qt's catalogue says."""
    qt = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert qt.load(f"{folder}/qtbase_{lang}.qm")
    ours = QTranslator()
    assert ours.load(str(committed(lang).with_suffix(".qm")))
    keys = [(c, s) for c, s, _ in messages(committed(lang)) if c.startswith("Q")]
    assert sorted(s for _, s in keys) == sorted(language.QT_OWN)
    for context, source in keys:
        assert ours.translate(context, source) == qt.translate(context, source), source


def test_qt_own_buttons_in_azerbaijani(qtbot: QtBot, speak: Callable[[str], None]) -> None:
    speak("az")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    texts = {button.text().replace("&", "") for button in buttons.buttons()}
    assert texts == {"OK", "Bağla"}


def test_the_language_follows_the_setting_then_the_system() -> None:
    assert language.interface_language("ru", QLocale("fr")) == "ru"
    assert language.interface_language("", QLocale("az")) == "az"
    assert language.interface_language("", QLocale("ar_IQ")) == "ar"
    assert language.interface_language("", QLocale("de")) == "en"
    assert language.interface_language("xx", QLocale("tr")) == "tr"


def _started_window(monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The main window as ``briefing-gui`` builds it at start-up."""
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)
    monkeypatch.setattr("briefing.gui.app.offer_recovery", lambda _window: False)
    before = set(QApplication.topLevelWidgets())
    assert gui_main([]) == 0
    (window,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in before
    ]
    return window


@pytest.fixture
def started(
    monkeypatch: pytest.MonkeyPatch, speak: Callable[[str], None]
) -> Iterator[Callable[[str], MainWindow]]:
    """Start the app with the interface language set to a value; closes what it opened."""
    opened: list[MainWindow] = []

    def start(setting: str) -> MainWindow:
        Settings().set_text(language.SETTING, setting)
        window = _started_window(monkeypatch)
        opened.append(window)
        return window

    yield start
    for window in opened:
        window.close()
        window.deleteLater()


def test_azerbaijani_at_start_up(started: Callable[[str], MainWindow]) -> None:
    window = started("az")
    assert language.current() == "az"
    assert child(window, QMenu, "menuFile").title() == FILE_MENU["az"]
    assert child(window, QMenu, "menuEdit").title() == "&Redaktə"
    kinds = [text for text, _ in choices.kinds()]
    assert "İkitərəfli görüş" in kinds
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_mirrors_the_interface(started: Callable[[str], MainWindow]) -> None:
    window = started("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.dockWidgetArea(window.preview) == Qt.DockWidgetArea.LeftDockWidgetArea
    titles = [menu.title() for menu in window.menuBar().findChildren(QMenu)]
    assert FILE_MENU["ar"] in titles and "م&ساعدة" in titles
    assert QLocale().language() == QLocale.Language.Arabic


def test_an_unknown_system_language_gives_english(
    started: Callable[[str], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de")))
    window = started("")
    assert language.current() == "en"
    assert child(window, QMenu, "menuFile").title() == FILE_MENU["en"]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.dockWidgetArea(window.preview) == Qt.DockWidgetArea.RightDockWidgetArea


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_language_names_its_menus(speak: Callable[[str], None], lang: str) -> None:
    speak(lang)
    assert QCoreApplication.translate("MainWindow", "&File") == FILE_MENU[lang]


def test_undo_names_the_step_in_the_language(
    qtbot: QtBot, speak: Callable[[str], None], record_copy: Path
) -> None:
    speak("ru")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_record(record_copy)
    assert window.session is not None
    undo = child(window, QMenu, "menuEdit").actions()[0]
    assert undo.text() == "&Отменить"
    window.add_meeting()
    assert undo.text() == "&Отменить добавление встречи"
    window.session.undo_stack.setClean()
    window.preview.runner.wait()


def test_every_meeting_kind_is_marked_for_translation() -> None:
    assert set(KIND_LABELS.values()) <= set(choices.MARKED_KINDS)
