"""Right-to-left and mixed text in the app: the summary editor and names in their own script."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from briefing.gui.forms import child
from briefing.gui.main_window import MainWindow
from briefing.gui.session import EditSession
from briefing.gui.summary_editor import SummaryEditor

ARABIC = "التقى Yalchin Rafiyev وزيرة الاتصالات هيام الياسري"
ENGLISH = "Hiyam Al-Yasiri (هيام الياسري) co-chairs the commission."
MARKDOWN = (
    "التقى نائب الوزير **وزيرة الاتصالات** هيام الياسري (Hiyam Al-Yasiri) في 20 أبريل 2025.\n\n"
    "- بند أول\n- بند ثانٍ\u200f\n\n"
    "Rafiyev met Hiyam Al-Yasiri (هيام الياسري)."
)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying ``text``, as an Arabic keyboard layout sends them (QTest's own
    typing knows only Latin-1 keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def directions(editor: SummaryEditor) -> list[tuple[str, Qt.LayoutDirection]]:
    found = []
    block = editor.text.document().begin()
    while block.isValid():
        found.append((block.text(), block.blockFormat().layoutDirection()))
        block = block.next()
    return found


def test_typed_arabic_and_mixed_text_is_stored_and_laid_out_by_direction(
    qtbot: QtBot, opened: MainWindow
) -> None:
    session = opened.session
    assert session is not None
    opened.select_meeting(1)
    summary = opened.meeting_editor.summary
    summary.text.setFocus()
    summary.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(summary.text, Qt.Key.Key_Return)
    type_text(summary.text, ARABIC)
    qtbot.keyClick(summary.text, Qt.Key.Key_Return)
    type_text(summary.text, ENGLISH)
    stored = session.data["meetings"][1]["summary"]
    assert stored.endswith(f"\n\n{ARABIC}\n\n{ENGLISH}")
    shown = dict(directions(summary))
    assert shown[ARABIC] == Qt.LayoutDirection.RightToLeft
    assert shown[ENGLISH] == Qt.LayoutDirection.LeftToRight
    opened.undo_group.undo()
    opened.undo_group.redo()
    assert summary.markdown() == stored


def _editor(qtbot: QtBot, language: str, summary: str) -> tuple[SummaryEditor, EditSession]:
    session = EditSession({"document": {"language": language}, "summary": summary}, None)
    editor = SummaryEditor()
    qtbot.addWidget(editor)
    editor.bind(session, ("summary",))
    return editor, session


def test_the_markdown_round_trip_keeps_right_to_left_text(qtbot: QtBot) -> None:
    editor, session = _editor(qtbot, "en", MARKDOWN)
    assert editor.markdown() == MARKDOWN
    assert session.undo_stack.count() == 0, "showing a summary is not an edit"
    shown = directions(editor)
    assert [direction for _, direction in shown] == [
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.LeftToRight,
    ]
    editor.text.setMarkdown(editor.markdown())
    assert editor.markdown() == MARKDOWN


def test_a_right_to_left_document_lays_every_paragraph_right_to_left(qtbot: QtBot) -> None:
    editor, session = _editor(qtbot, "en", "Plain English.\n\nMore English.")
    assert {d for _, d in directions(editor)} == {Qt.LayoutDirection.LeftToRight}
    session.set(("document", "language"), "ar")
    assert {d for _, d in directions(editor)} == {Qt.LayoutDirection.RightToLeft}
    assert session.get(("summary",)) == "Plain English.\n\nMore English."


def test_names_in_their_own_script_are_edited(qtbot: QtBot, opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    opened.show_visit()
    native = child(opened.visit_panel.form, QLineEdit, "principalNativeNameEdit")
    native.setFocus()
    type_text(native, "يالتشين")
    assert session.data["visit"]["principal"]["name_native"] == "يالتشين"
    native.clear()
    native.textEdited.emit("")
    assert session.data["visit"]["principal"]["name_native"] is None

    opened.select_meeting(1)
    counterparts = opened.meeting_editor.counterparts
    header: Any = counterparts.table.horizontalHeaderItem(1)
    assert header.text() == "Own script"
    cell = counterparts.table.item(0, 1)
    assert cell is not None
    cell.setText("هيام الياسري")
    person = session.data["meetings"][1]["counterparts"][0]
    assert (person["name"], person["name_native"]) == ("Hiyam Al-Yasiri", "هيام الياسري")
    assert session.problems == []
