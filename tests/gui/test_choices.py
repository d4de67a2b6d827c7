"""Values that come from a short list are picked, not typed: the classification scheme
(a custom one with its own levels), markings, follow-up statuses and due dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from briefing.gui.forms import child
from briefing.gui.main_window import MainWindow
from briefing.gui.rows_editor import RowsEditor
from briefing.gui.visit_panel import starter_levels


def _choose(combo: QComboBox, value: Any) -> None:
    """Pick an item as the analyst does (activated, not a programmatic change)."""
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _cell_editor(rows: RowsEditor, row: int, column: int, kind: type[QWidget]) -> Any:
    rows.table.setCurrentCell(row, column)
    rows.table.editItem(rows.table.item(row, column))
    editor = rows.table.findChild(kind)
    assert editor is not None, f"no {kind.__name__} opened on the cell"
    return editor


def _commit(rows: RowsEditor, editor: QWidget) -> None:
    delegate = rows.table.itemDelegateForColumn(rows.table.currentColumn())
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_a_custom_scheme_gets_levels_to_edit_and_drops_them_after(opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    opened.show_visit()
    panel = opened.visit_panel
    levels = child(panel, QLineEdit, "levelsEdit")
    assert not levels.isEnabled()
    _choose(child(panel, QComboBox, "schemeCombo"), "custom")
    classification = session.data["document"]["classification"]
    assert classification == {
        "scheme": "custom",
        "level": starter_levels()[0],
        "levels": starter_levels(),
    }
    assert levels.isEnabled() and levels.text() == "; ".join(starter_levels())
    assert session.problems == []
    levels.setText("Open; Team only; Eyes only")
    levels.textEdited.emit(levels.text())
    level = child(panel, QComboBox, "levelCombo")
    assert [level.itemText(i) for i in range(level.count())][1:] == [
        "Open",
        "Team only",
        "Eyes only",
    ]
    _choose(level, "Team only")
    assert session.data["document"]["classification"]["level"] == "Team only"
    assert session.problems == [p for p in session.problems if "classification" not in p.path]
    _choose(child(panel, QComboBox, "schemeCombo"), "uk")
    assert session.data["document"]["classification"] == {
        "scheme": "uk",
        "level": "OFFICIAL",
        "levels": None,
    }
    assert not levels.isEnabled()
    session.undo_stack.undo()
    assert session.data["document"]["classification"]["level"] == "Team only"


def test_markings_offer_the_schemes_levels(opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    opened.select_meeting(1)
    outcomes = opened.meeting_editor.outcomes
    combo = _cell_editor(outcomes, 0, 1, QComboBox)
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == ["", "OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"]
    combo.setCurrentIndex(combo.findData("OFFICIAL-SENSITIVE"))
    _commit(outcomes, combo)
    outcome = session.data["meetings"][1]["outcomes"][0]
    assert outcome["classification"] == "OFFICIAL-SENSITIVE"
    assert session.problems == []
    key_points = opened.visit_panel.rows["key_points"]
    combo = _cell_editor(key_points, 0, 1, QComboBox)
    assert combo.itemData(1) == "OFFICIAL"


def test_status_is_chosen_and_due_date_picked(qtbot: QtBot, opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    opened.select_meeting(1)
    follow_ups = opened.meeting_editor.follow_ups
    status = _cell_editor(follow_ups, 0, 3, QComboBox)
    offered = [status.itemData(i) for i in range(status.count())]
    assert offered == ["open", "in-progress", "done", "cancelled"]
    status.setCurrentIndex(status.findData("done"))
    _commit(follow_ups, status)
    assert session.data["meetings"][1]["follow_ups"][0]["status"] == "done"
    due = _cell_editor(follow_ups, 0, 2, QDateEdit)
    assert due.calendarPopup()
    due.setDate(QDate(2025, 6, 30))
    _commit(follow_ups, due)
    assert session.data["meetings"][1]["follow_ups"][0]["due"] == "2025-06-30"
    due = _cell_editor(follow_ups, 0, 2, QDateEdit)
    due.setDate(due.minimumDate())
    assert due.text() == "—"
    _commit(follow_ups, due)
    assert session.data["meetings"][1]["follow_ups"][0]["due"] is None


def test_key_points_are_edited_in_a_box_of_several_lines(opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    opened.show_visit()
    key_points = opened.visit_panel.rows["key_points"]
    assert key_points.table.rowHeight(0) > key_points.table.fontMetrics().lineSpacing() * 2
    box = _cell_editor(key_points, 0, 0, QPlainTextEdit)
    assert box.height() >= box.fontMetrics().lineSpacing() * 4
    assert box.tabChangesFocus()
    box.setPlainText("First line of the point,\ncontinued on a second line.")
    _commit(key_points, box)
    stored = session.data["visit"]["key_points"][0]
    assert stored == "First line of the point,\ncontinued on a second line."
