"""The main window driven as an analyst would: open, edit, undo, reorder, save, export."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from briefing.gui.export_dialog import ExportDialog
from briefing.gui.forms import child
from briefing.gui.main_window import MainWindow
from briefing.gui.rows_editor import RowsEditor
from briefing.gui.session import EditSession


def _summary_text(window: MainWindow) -> Any:
    return window.meeting_editor.summary.text


def _type_at_end(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = _summary_text(window)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, text)


def test_start_page_without_a_record(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.start_page
    assert window.windowTitle() == "Briefing"
    assert not window._action("actionSave").isEnabled()


def test_open_sample_from_start_page(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(child(window, QPushButton, "openSampleButton"), Qt.MouseButton.LeftButton)
    assert window.session is not None
    assert window.meeting_list.model().rowCount() == 4
    assert window.windowTitle() == "rafiyev-baghdad-2025.visit.json[*] — Briefing"
    assert not window.isWindowModified()
    assert window.session.problems == []


def test_typing_in_a_summary_is_stored_as_markdown_and_undoable(
    qtbot: QtBot, opened: MainWindow
) -> None:
    session = opened.session
    assert session is not None
    opened.select_meeting(1)
    before = session.data["meetings"][1]["summary"]
    _type_at_end(qtbot, opened, " The sides agreed to meet again.")
    assert session.data["meetings"][1]["summary"].endswith("The sides agreed to meet again.")
    assert opened.isWindowModified()
    opened.undo_group.undo()
    assert session.data["meetings"][1]["summary"] == before
    opened.undo_group.redo()
    assert session.data["meetings"][1]["summary"].endswith("The sides agreed to meet again.")


def test_bold_and_bullet_list_from_the_toolbar(qtbot: QtBot, opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    opened.select_meeting(2)
    editor = _summary_text(opened)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Key phrase")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " follows.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    opened.meeting_editor.summary.bullets.trigger()
    qtbot.keyClicks(editor, "first item")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "second item")
    summary = session.data["meetings"][2]["summary"]
    assert "**Key phrase** follows." in summary
    assert "- first item\n- second item" in summary


def test_undo_shortcut_reaches_the_record_from_the_summary(
    qtbot: QtBot, opened: MainWindow
) -> None:
    session = opened.session
    assert session is not None
    opened.select_meeting(0)
    before = session.data["meetings"][0]["summary"]
    _type_at_end(qtbot, opened, " Extra.")
    qtbot.keyClick(_summary_text(opened), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.data["meetings"][0]["summary"] == before
    qtbot.keyClick(
        _summary_text(opened),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert session.data["meetings"][0]["summary"].endswith("Extra.")


def test_add_duplicate_reorder_and_delete_meetings(qtbot: QtBot, opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    titles = lambda: [m["title"] for m in session.data["meetings"]]  # noqa: E731
    original = titles()
    opened.select_meeting(3)
    qtbot.mouseClick(child(opened, QToolButton, "addMeetingButton"), Qt.MouseButton.LeftButton)
    assert titles() == [*original, "New meeting"]
    assert opened.current_meeting() == 4
    title_edit = child(opened.meeting_editor.form, QLineEdit, "meetingTitleEdit")
    title_edit.selectAll()
    qtbot.keyClicks(title_edit, "Press conference")
    assert titles()[4] == "Press conference"
    assert opened.meeting_list.model().index(4, 0).data() == "5. Press conference"
    qtbot.mouseClick(child(opened, QToolButton, "moveUpButton"), Qt.MouseButton.LeftButton)
    assert titles()[3] == "Press conference"
    qtbot.mouseClick(
        child(opened, QToolButton, "duplicateMeetingButton"), Qt.MouseButton.LeftButton
    )
    assert titles()[4] == "Press conference (copy)"
    assert len({m["id"] for m in session.data["meetings"]}) == 6
    qtbot.mouseClick(child(opened, QToolButton, "removeMeetingButton"), Qt.MouseButton.LeftButton)
    assert len(titles()) == 5
    assert session.problems == []
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert titles() == original


def test_keyboard_reorders_meetings(qtbot: QtBot, opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    opened.select_meeting(0)
    first = session.data["meetings"][0]["id"]
    opened.meeting_list.setFocus()
    qtbot.keyClick(opened.meeting_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert session.data["meetings"][1]["id"] == first
    assert opened.current_meeting() == 1


def test_drag_and_drop_reorders_meetings(opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    model = opened.meeting_list.model()
    ids = [m["id"] for m in session.data["meetings"]]
    mime = model.mimeData([model.index(0, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, model.index(-1, 0))
    assert [m["id"] for m in session.data["meetings"]] == [ids[1], ids[2], ids[0], ids[3]]
    session.undo_stack.undo()
    assert [m["id"] for m in session.data["meetings"]] == ids


def test_save_and_reopen_keeps_the_edit_and_a_backup(
    qtbot: QtBot, opened: MainWindow, record_copy: Path
) -> None:
    original = record_copy.read_text(encoding="utf-8")
    opened.select_meeting(1)
    _type_at_end(qtbot, opened, " A new sentence.")
    qtbot.keyClick(opened, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not opened.isWindowModified()
    saved = json.loads(record_copy.read_text(encoding="utf-8"))
    assert saved["meetings"][1]["summary"].endswith("A new sentence.")
    assert (record_copy.parent / "visit.visit.json.bak").read_text(encoding="utf-8") == original
    assert opened.open_record(record_copy)
    assert opened.session is not None
    opened.select_meeting(1)
    assert opened.meeting_editor.summary.markdown().endswith("A new sentence.")
    assert not opened.isWindowModified()


def test_opening_does_not_mark_the_record_changed(opened: MainWindow) -> None:
    for row in range(4):
        opened.select_meeting(row)
    opened.show_visit()
    assert opened.session is not None and opened.session.undo_stack.count() == 0


def test_invalid_field_is_marked_and_reachable(qtbot: QtBot, opened: MainWindow) -> None:
    opened.show_visit()
    title = child(opened.visit_panel.form, QLineEdit, "titleEdit")
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert opened.session is not None
    assert [p.path for p in opened.session.problems] == ["$.document.title"]
    assert "border" in title.styleSheet()
    assert "must not be empty" in title.toolTip()
    assert opened.problems_label.text() == "1 problem"
    opened.select_meeting(2)
    opened.go_to_problem("$.document.title")
    assert opened.editors.currentWidget() is opened.visit_host
    assert title.hasFocus() or opened.focusWidget() is title


def test_preview_follows_an_edit(qtbot: QtBot, opened: MainWindow) -> None:
    document = opened.preview.document

    def preview_text() -> str:
        return " ".join(document.getAllText(page).text() for page in range(document.pageCount()))

    qtbot.waitUntil(lambda: "Rewaq" in preview_text(), timeout=10_000)
    opened.select_meeting(3)
    _type_at_end(qtbot, opened, " Zanzibar.")
    qtbot.waitUntil(lambda: "Zanzibar." in preview_text(), timeout=10_000)
    assert opened.preview.status.text().endswith("pages")


def test_preview_shows_render_errors_instead_of_crashing(qtbot: QtBot, opened: MainWindow) -> None:
    assert opened.session is not None
    opened.session.set(("visit", "end"), "2025-04-01")
    with qtbot.waitSignal(opened.preview.refreshed, timeout=10_000):
        opened.preview.render_now()
    assert opened.preview.pages.currentWidget() is opened.preview.error
    assert "$.visit.end" in opened.preview.error.text()


def test_export_dialog_writes_both_files(qtbot: QtBot, opened: MainWindow, tmp_path: Path) -> None:
    opened.select_meeting(0)
    _type_at_end(qtbot, opened, " Exported edit.")
    assert opened.session is not None
    dialog = ExportDialog(opened.session, tmp_path / "out", "briefing-book", opened)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        dialog.start()
    written = blocker.args[0]
    assert [p.name for p in written] == ["visit.pdf", "visit.docx"]
    pdf_text = " ".join(page.extract_text() for page in PdfReader(written[0]).pages)
    assert "Exported edit." in pdf_text
    assert any("Exported edit." in p.text for p in docx.Document(str(written[1])).paragraphs)
    assert dialog.open_file.isEnabled()


def test_return_in_the_export_dialog_exports(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path
) -> None:
    assert opened.session is not None
    dialog = ExportDialog(opened.session, tmp_path, "briefing-book", opened)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert (tmp_path / "visit.pdf").is_file() and (tmp_path / "visit.docx").is_file()


def test_export_dialog_lists_problems_and_jumps_to_them(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path
) -> None:
    assert opened.session is not None
    opened.session.set(("meetings", 2, "title"), "")
    dialog = ExportDialog(opened.session, tmp_path, "briefing-book", opened)
    qtbot.addWidget(dialog)
    dialog.problemActivated.connect(opened.go_to_problem)
    item = dialog.problems.item(0)
    assert item.text() == "$.meetings[2].title: must not be empty"
    dialog.problems.itemClicked.emit(item)
    assert opened.current_meeting() == 2
    dialog.start()
    qtbot.waitUntil(lambda: "must not be empty" in dialog.status.text(), timeout=10_000)
    assert "$.meetings[2].title: must not be empty" in dialog.status.text()
    assert not list(tmp_path.glob("*.pdf"))


def test_close_with_unsaved_changes_asks(
    qtbot: QtBot, opened: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert opened.session is not None
    opened.session.set(("document", "title"), "Changed")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent: Any, title: str, *_: Any) -> QMessageBox.StandardButton:
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert not opened.close()
    assert opened.isVisible()
    assert opened.close()
    assert asked == ["Unsaved changes", "Unsaved changes"]


def test_opening_a_bad_file_keeps_the_current_record(
    opened: MainWindow, tmp_path: Path, _no_blocking_dialogs: list[tuple[str, str]]
) -> None:
    bad = tmp_path / "bad.visit.json"
    bad.write_text('{"format_version": 1, "document": {}}', encoding="utf-8")
    current = opened.session
    assert not opened.open_record(bad)
    assert opened.session is current
    title, text = _no_blocking_dialogs[-1]
    assert title == "Cannot open the record"
    assert f"{bad}: $.document.title: required field is missing" in text


def test_new_record_then_save_as(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.new_record()
    assert window.session is not None and window.session.path is None
    target = tmp_path / "trip.visit.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: (str(target), "")))
    window.add_meeting()
    assert window.save()
    assert EditSession.open(target).data["meetings"][0]["title"] == "New meeting"
    assert window.windowTitle() == "trip.visit.json[*] — Briefing"


def test_window_fits_1280_by_800(window: MainWindow) -> None:
    window.resize(1280, 800)
    assert window.minimumSizeHint().width() <= 1280
    assert window.minimumSizeHint().height() <= 800
    assert window.mapToGlobal(QPoint(0, 0)) is not None


def test_dropping_a_record_file_opens_it(
    qtbot: QtBot, window: MainWindow, record_copy: Path, file_drop: Callable[..., QDropEvent]
) -> None:
    window.dropEvent(file_drop(record_copy))
    assert window.session is not None and window.session.path == record_copy


def test_unsaved_work_is_offered_back_at_start(
    qtbot: QtBot, record_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.gui.app import offer_recovery
    from briefing.gui.autosave import Autosaver, find_recovered

    crashed = EditSession.open(record_copy)
    saver = Autosaver(crashed, idle_ms=10)
    crashed.set(("document", "title"), "Typed before the crash")
    qtbot.waitUntil(lambda: bool(find_recovered()), timeout=3_000)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_: QMessageBox.StandardButton.Yes)
    )
    window = MainWindow()
    try:
        assert offer_recovery(window)
        assert window.session is not None
        assert window.session.data["document"]["title"] == "Typed before the crash"
        assert window.isWindowModified()
        assert find_recovered() == []
        assert not saver.file.exists()
    finally:
        window.session.undo_stack.setClean() if window.session else None
        window.close()


def test_window_geometry_and_panes_are_remembered(qtbot: QtBot) -> None:
    first = MainWindow()
    first.resize(700, 500)
    first.show()
    first.splitter.setSizes([200, 800])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow()
    second.show()
    try:
        assert (second.size().width(), second.size().height()) == (700, 500)
        assert second.splitter.sizes() == sizes
    finally:
        second.close()


def test_preview_keeps_its_page_after_an_edit(qtbot: QtBot, opened: MainWindow) -> None:
    document = opened.preview.document
    qtbot.waitUntil(lambda: document.pageCount() > 3, timeout=10_000)
    navigator = opened.preview.view.pageNavigator()
    navigator.jump(3, QPointF(0, 0))
    opened.select_meeting(2)
    _type_at_end(qtbot, opened, " Kept.")

    def shows_edit() -> bool:
        pages = range(document.pageCount())
        return "Kept." in " ".join(document.getAllText(p).text() for p in pages)

    qtbot.waitUntil(shows_edit, timeout=10_000)
    assert navigator.currentPage() == 3


def test_export_dialog_writes_a_releasable_edition(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path
) -> None:
    assert opened.session is not None
    opened.session.set(("meetings", 1, "classification"), "SECRET")
    dialog = ExportDialog(opened.session, tmp_path, "briefing-book", opened)
    qtbot.addWidget(dialog)
    dialog.edition.setCurrentIndex(dialog.edition.findData("OFFICIAL"))
    dialog.docx.setChecked(False)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        dialog.start()
    [written] = blocker.args[0]
    assert written.name == "visit-official.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(written).pages)
    assert "Meeting with the Minister of Communications" not in text
    assert "Rewaq" in text


def test_edits_during_a_slow_render_are_rendered_together_once_it_ends(
    qtbot: QtBot, opened: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.gui import preview

    qtbot.waitUntil(lambda: not opened.preview.rendering, timeout=10_000)
    rendered: list[str] = []
    render = preview.render_bytes

    def slow_render(record: Any, *args: Any) -> bytes:
        time.sleep(0.3)
        rendered.append(record.document.title)
        return render(record, *args)

    monkeypatch.setattr(preview, "render_bytes", slow_render)
    assert opened.session is not None
    for n in range(5):
        opened.session.set(("document", "title"), f"Title {n}")
        opened.preview.render_now()
    qtbot.waitUntil(lambda: rendered[-1:] == ["Title 4"], timeout=10_000)
    qtbot.waitUntil(lambda: opened.preview.status.text().endswith("pages"), timeout=10_000)

    assert rendered == ["Title 0", "Title 4"], "one render for the four edits made during one"
    first_page = opened.preview.document.getAllText(0).text().casefold()
    assert "title 4" in " ".join(first_page.split())


def test_table_headings_are_never_cut_in_a_small_window(qtbot: QtBot, opened: MainWindow) -> None:
    opened.resize(1280, 800)
    opened.select_meeting(1)
    qtbot.wait(10)
    tables = [editor.table for editor in opened.findChildren(RowsEditor)]
    assert len(tables) >= 6
    for table in tables:
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            heading = table.horizontalHeaderItem(column).text()
            needed = header.fontMetrics().horizontalAdvance(heading)
            assert header.sectionSize(column) > needed, heading
