"""Help menu: the About box names the installed version and licences, and the user guide
opens inside the app and follows its links between pages."""

from __future__ import annotations

from importlib.metadata import version

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from briefing.gui.app import main as gui_main
from briefing.gui.forms import child
from briefing.gui.help import AboutDialog, GuideWindow, app_icon
from briefing.gui.main_window import MainWindow


def test_about_names_version_licences_and_opens_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    about = AboutDialog(window)
    qtbot.addWidget(about)
    texts = " ".join(label.text() for label in about.findChildren(QLabel))
    assert f"Briefing {version('briefing')}" in texts
    assert "MIT" in texts and "SIL Open Font License" in texts
    assert not child(about, QLabel, "aboutIcon").pixmap().isNull()
    child(about, QLabel, "guideLink").linkActivated.emit("guide")
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    assert "Briefing user guide" in guide.browser.toPlainText()


def test_f1_opens_one_guide_that_follows_links_between_pages(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = window._action("actionUserGuide")
    assert action.shortcut().toString() == "F1"
    action.trigger()
    action.trigger()
    guides = window.findChildren(GuideWindow)
    assert len(guides) == 1
    browser = guides[0].browser
    assert browser.source().fileName() == "user-guide.md"
    browser.anchorClicked.emit(QUrl("templates.md"))
    assert browser.source().fileName() == "templates.md"
    assert "template.toml" in browser.toPlainText()
    guides[0].close()


def test_the_app_carries_its_icon_and_desktop_entry(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    icon = app_icon()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)
    monkeypatch.setattr("briefing.gui.app.offer_recovery", lambda _window: False)
    assert gui_main([]) == 0
    assert app.desktopFileName() == "briefing"
    assert app.applicationVersion() == version("briefing")
    assert not app.windowIcon().isNull()
    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
