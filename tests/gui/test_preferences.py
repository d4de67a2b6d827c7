"""Edit › Preferences: the interface language is chosen among the six, each in its own
name, and kept in the settings for the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QMenu
from pytestqt.qtbot import QtBot

from briefing.gui import language
from briefing.gui.forms import child
from briefing.gui.main_window import MainWindow
from briefing.gui.preferences import PreferencesDialog
from briefing.gui.settings import Settings


def test_preferences_store_the_language(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.edit_preferences()
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox)
    assert combo is not None
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[1:] == ["English", "Azərbaycanca", "العربية", "Русский", "Türkçe", "Français"]
    assert combo.currentData() == ""
    assert not dialog.note.isVisibleTo(dialog)
    combo.setCurrentIndex(combo.findData("az"))
    assert dialog.note.isVisibleTo(dialog)
    dialog.accept()
    assert Settings().text(language.SETTING) == "az"
    assert "restarted" in window.statusBar().currentMessage()
    again = window.edit_preferences()
    qtbot.addWidget(again)
    assert again.choice() == "az"
    again.language.setCurrentIndex(0)
    again.accept()
    assert Settings().text(language.SETTING) == ""


def test_preferences_are_in_the_edit_menu(window: MainWindow) -> None:
    edit = child(window, QMenu, "menuEdit")
    action = next(a for a in edit.actions() if a.text() == "&Preferences…")
    action.trigger()
    assert window.findChild(PreferencesDialog) is not None
