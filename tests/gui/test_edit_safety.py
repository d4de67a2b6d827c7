"""Paths where edits used to be lost: a new record replacing one with a meeting open,
formatting at the edges of a selection, the formatting a new meeting starts with, and
going back to the highlighted meeting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QPlainTextEdit, QTimeEdit
from pytestqt.qtbot import QtBot

from briefing.gui.export_dialog import ExportDialog
from briefing.gui.forms import child
from briefing.gui.main_window import MainWindow


def _flush_deletions() -> None:
    """Run the deferred deletions Qt would run on the next turn of the event loop."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()


def _select(editor: object, start: int, end: int) -> None:
    cursor = editor.textCursor()  # type: ignore[attr-defined]
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)  # type: ignore[attr-defined]


def test_new_visit_after_a_record_with_a_meeting_open_keeps_edits(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened.select_meeting(1)
    opened.new_record()
    _flush_deletions()
    opened.add_meeting()
    editor = opened.meeting_editor
    assert child(editor, QLineEdit, "meetingTitleEdit").text() == "New meeting"
    location = child(editor, QLineEdit, "locationEdit")
    location.setFocus()
    qtbot.keyClicks(location, "Baku")
    summary = editor.summary.text
    summary.setFocus()
    qtbot.keyClicks(summary, "Talks held.")
    qtbot.keyClick(summary, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(summary, "Talks held.")
    target = tmp_path / "trip.visit.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: (str(target), "")))
    assert opened.save()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["meetings"][0]["location"] == "Baku"
    assert saved["meetings"][0]["summary"] == "Talks held."


def test_opening_another_record_with_no_meetings_leaves_the_editor_working(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.visit.json"
    assert opened.session is not None
    data = json.loads(json.dumps(opened.session.data))
    data["meetings"] = []
    data["sources"] = []
    data["photos"] = []
    empty.write_text(json.dumps(data), encoding="utf-8")
    opened.select_meeting(0)
    assert opened.open_record(empty)
    _flush_deletions()
    assert not opened.meeting_editor.isEnabled()
    opened.add_meeting()
    title = child(opened.meeting_editor, QLineEdit, "meetingTitleEdit")
    title.selectAll()
    qtbot.keyClicks(title, "Courtesy call")
    assert opened.session.data["meetings"][0]["title"] == "Courtesy call"


@pytest.mark.parametrize(
    ("toggle", "marker"),
    [("bold", "**"), ("italic", "*")],
)
def test_formatting_a_selection_with_spaces_at_its_edges(
    opened: MainWindow, toggle: str, marker: str
) -> None:
    session = opened.session
    assert session is not None
    opened.select_meeting(0)
    summary = opened.meeting_editor.summary
    summary.text.setPlainText("They sent a delegation to Baku in May.")
    text = summary.text.toPlainText()
    start = text.index(" a delegation")
    _select(summary.text, start, text.index("Baku"))  # " a delegation to "
    getattr(summary, toggle).trigger()
    stored = session.data["meetings"][0]["summary"]
    assert stored == f"They sent {marker}a delegation to{marker} Baku in May."
    opened.select_meeting(1)
    opened.select_meeting(0)
    assert "*" not in summary.text.toPlainText()


def test_a_new_meetings_summary_starts_unformatted(qtbot: QtBot, opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    opened.select_meeting(0)
    summary = opened.meeting_editor.summary
    text = summary.text.toPlainText()
    position = text.index("political,") + 3  # inside a bold phrase
    cursor = summary.text.textCursor()
    cursor.setPosition(position)
    summary.text.setTextCursor(cursor)
    assert summary.bold.isChecked()
    opened.add_meeting()
    summary.text.setFocus()
    qtbot.keyClicks(summary.text, "Plain words")
    assert session.data["meetings"][1]["summary"] == "Plain words"
    assert not summary.bold.isChecked()


def test_the_highlighted_meeting_comes_back_after_the_visit_page(
    qtbot: QtBot, opened: MainWindow
) -> None:
    opened.select_meeting(2)
    qtbot.mouseClick(opened.visit_button, Qt.MouseButton.LeftButton)
    assert opened.editors.currentWidget() is opened.visit_host
    rect = opened.meeting_list.visualRect(opened.meeting_list.model().index(2, 0))
    qtbot.mouseClick(opened.meeting_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.editors.currentWidget() is opened.meeting_host
    assert opened.current_meeting() == 2
    assert not opened.visit_button.isChecked()


def test_exports_through_two_templates_keep_both_and_a_rerun_asks(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert opened.session is not None
    written: dict[str, list[Path]] = {}
    for template in ("briefing-book", "readout"):
        dialog = ExportDialog(opened.session, tmp_path, template, opened)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
            dialog.start()
        written[template] = blocker.args[0]
    assert [p.name for p in written["briefing-book"]] == ["visit.pdf", "visit.docx"]
    assert [p.name for p in written["readout"]] == ["visit-readout.pdf", "visit-readout.docx"]
    first = PdfReader(tmp_path / "visit.pdf").pages[0].extract_text()
    assert "VISIT BRIEF" in first.upper()
    before = (tmp_path / "visit-readout.pdf").stat().st_mtime_ns
    asked: list[str] = []

    def cancel(_parent: object, _title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(cancel))
    dialog = ExportDialog(opened.session, tmp_path, "readout", opened)
    qtbot.addWidget(dialog)
    dialog.start()
    assert asked and "visit-readout.pdf" in asked[0] and "visit-readout.docx" in asked[0]
    assert (tmp_path / "visit-readout.pdf").stat().st_mtime_ns == before


def test_an_empty_time_takes_typed_digits(qtbot: QtBot, opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    opened.select_meeting(0)
    start = child(opened.meeting_editor, QTimeEdit, "startTimeEdit")
    assert session.data["meetings"][0]["start_time"] is None
    assert start.text() == "—"
    start.setFocus()
    qtbot.keyClicks(start, "1430")
    assert session.data["meetings"][0]["start_time"] == "14:30"
    end = child(opened.meeting_editor, QTimeEdit, "endTimeEdit")
    end.setFocus()
    assert end.text() == "—"


def test_tab_leaves_the_purpose_and_distribution_boxes(qtbot: QtBot, opened: MainWindow) -> None:
    opened.show_visit()
    for name in ("purposeEdit", "distributionEdit"):
        box = child(opened.visit_panel, QPlainTextEdit, name)
        box.setFocus()
        before = box.toPlainText()
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        assert box.toPlainText() == before
        assert not box.hasFocus()


def test_save_as_adds_the_record_suffix(
    opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = tmp_path / "trip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: (str(typed), "")))
    assert opened.save_as()
    assert (tmp_path / "trip.visit.json").is_file() and not typed.exists()
    assert opened.windowTitle().startswith("trip.visit.json")


def test_deleting_a_meeting_selects_the_next_one(opened: MainWindow) -> None:
    opened.select_meeting(2)
    opened.remove_meeting()
    assert opened.current_meeting() == 2
    assert opened.meeting_editor.index == 2
    opened.remove_meeting()
    assert opened.current_meeting() == 1
