"""Spelling is checked as you type in the document's language, with suggestions and a
personal word list; a dictionary the analyst adds is used like a shipped one.

The English dictionary comes from the machine's Hunspell dictionaries (.ci/run installs
them); the Azerbaijani one is a tiny dictionary the test adds as an analyst would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from briefing.gui import spelling
from briefing.gui.forms import child
from briefing.gui.main_window import MainWindow
from briefing.gui.spelling import Speller


@pytest.fixture(autouse=True)
def _fresh_broker() -> None:
    """Each test sees the dictionaries of its own (isolated) user folders."""
    spelling._broker.cache_clear()


def _underlined(box: object) -> list[str]:
    """The words drawn with the spelling underline in a text box."""
    document = box.document()  # type: ignore[attr-defined]
    words = []
    block = document.begin()
    while block.isValid():
        layout: QTextLayout = block.layout()
        for fmt in layout.formats():
            words.append(block.text()[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return words


def _point_at(box: QPlainTextEdit, text: str) -> QPoint:
    cursor = box.textCursor()
    cursor.setPosition(box.toPlainText().index(text) + 1)
    return box.cursorRect(cursor).center()


def test_misspelled_words_are_underlined_and_suggested(qtbot: QtBot, opened: MainWindow) -> None:
    if Speller.for_language("en") is None:
        pytest.fail("no English Hunspell dictionary: install hunspell-en-us (see .ci/run)")
    opened.show_visit()
    purpose = child(opened.visit_panel, QPlainTextEdit, "purposeEdit")
    purpose.setPlainText("Talks on bilaterl relations with UNFCCC and the COP.")
    assert _underlined(purpose) == ["bilaterl"]
    menu = opened.spelling.menu(purpose, _point_at(purpose, "bilaterl"))
    labels = [a.text() for a in menu.actions()]
    assert "bilateral" in labels
    assert "Add “bilaterl” to the dictionary" in labels
    next(a for a in menu.actions() if a.text() == "bilateral").trigger()
    assert opened.session is not None
    assert opened.session.data["visit"]["purpose"].startswith("Talks on bilateral relations")
    assert _underlined(purpose) == []


def test_added_words_are_remembered(qtbot: QtBot, opened: MainWindow) -> None:
    opened.show_visit()
    purpose = child(opened.visit_panel, QPlainTextEdit, "purposeEdit")
    purpose.setPlainText("Consultations on Rewaq matters.")
    assert _underlined(purpose) == ["Rewaq"]
    menu = opened.spelling.menu(purpose, _point_at(purpose, "Rewaq"))
    next(a for a in menu.actions() if a.text().startswith("Add “Rewaq”")).trigger()
    assert _underlined(purpose) == []
    assert "Rewaq" in spelling.personal_words("en").read_text(encoding="utf-8")


def test_a_dictionary_the_analyst_adds_is_used_for_its_language(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where ~/.config/enchant is for an analyst; the variable names it for this process,
    # whose GLib has already read its configuration folder.
    monkeypatch.setenv("ENCHANT_CONFIG_DIR", str(tmp_path / "enchant"))
    folder = tmp_path / "enchant" / "hunspell"
    folder.mkdir(parents=True)
    (folder / "az_AZ.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (folder / "az_AZ.dic").write_text("4\nnazir\nxarici\nişlər\nBakı\n", encoding="utf-8")
    spelling._broker.cache_clear()
    session = opened.session
    assert session is not None
    session.set(("document", "language"), "az", "Edit language")
    assert opened.spelling.speller is not None and opened.spelling.speller.tag == "az_AZ"
    opened.show_visit()
    purpose = child(opened.visit_panel, QPlainTextEdit, "purposeEdit")
    purpose.setPlainText("Xarici işlər nazir Bakı Bakü")
    assert _underlined(purpose) == ["Bakü"]


def test_a_language_without_a_dictionary_is_not_checked_and_says_so(
    opened: MainWindow,
) -> None:
    session = opened.session
    assert session is not None
    session.set(("document", "language"), "az", "Edit language")
    assert opened.spelling.speller is None
    assert "No spelling dictionary for 'az'" in opened.statusBar().currentMessage()
    opened.show_visit()
    purpose = child(opened.visit_panel, QPlainTextEdit, "purposeEdit")
    purpose.setPlainText("Xarici işlər nazirinin müavini")
    assert _underlined(purpose) == []


def test_the_summary_is_checked_and_the_underline_never_stored(
    qtbot: QtBot, opened: MainWindow
) -> None:
    session = opened.session
    assert session is not None
    opened.select_meeting(0)
    summary = opened.meeting_editor.summary
    summary.text.setFocus()
    summary.text.selectAll()
    qtbot.keyClicks(summary.text, "The sides discused trade.")
    assert _underlined(summary.text) == ["discused"]
    assert session.data["meetings"][0]["summary"] == "The sides discused trade."
