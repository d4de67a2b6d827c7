"""A table that edits one list of the record (counterparts, topics, follow-ups…) in place.

Every change is an undoable session edit of one whole row, so undo restores a row
exactly; the table redraws itself from the session after each change.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import Problem
from briefing.gui.choices import NONE_LABEL
from briefing.gui.session import EditSession, Path_, json_path, relink

PROBLEM_BRUSH = QBrush(QColor("#F8D7DA"))
REVIEW_BRUSH = QBrush(QColor("#FFF3C4"))
_MARGIN = QStyle.PixelMetric.PM_HeaderMargin
_NO_DATE = QDate(2000, 1, 1)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    choices: tuple[str, ...] = ()
    """For a column that takes one of a few values (status); edited with a drop-down.
    ``RowsEditor.set_choices`` changes them (markings follow the record's scheme)."""
    label: Callable[[str], str] | None = None
    """How a choice is shown, where that is not the value itself (a translated status)."""
    stretch: bool = False
    date: bool = False
    """A date (YYYY-MM-DD) or nothing, picked from a calendar."""
    long: bool = False
    """Text of a paragraph or more (key points, background, outcomes): shown wrapped,
    edited in a box of several lines."""


class _LongTextDelegate(QStyledItemDelegate):
    """A box of several lines over the cell; Tab moves on, the box commits when left."""

    def createEditor(self, parent: QWidget, _option: Any, _index: Any) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(index.data() or "")

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText().strip())

    def updateEditorGeometry(self, editor: QWidget, option: Any, _index: Any) -> None:
        rect = option.rect
        lines = editor.fontMetrics().lineSpacing() * 5 + 12
        rect.setHeight(max(rect.height(), lines))
        editor.setGeometry(rect)


def _as_is(value: str) -> str:
    return value or NONE_LABEL


class _ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of the column's values, each shown by its label; the cell shows the
    label too, and keeps the value. "" is shown as the none label."""

    def __init__(
        self,
        choices: Callable[[], tuple[str, ...]],
        label: Callable[[str], str] | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        self.label = label or _as_is

    def displayText(self, value: Any, locale: Any) -> str:
        return self.label(str(value)) if value else ""

    def createEditor(self, parent: QWidget, _option: Any, _index: Any) -> QWidget:
        combo = QComboBox(parent)
        for value in self.choices():
            combo.addItem(self.label(value), value)
        combo.activated.connect(lambda _: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data() or ""), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class _DateDelegate(QStyledItemDelegate):
    """A date with a calendar; the first day it offers (shown as —) stands for no date."""

    def createEditor(self, parent: QWidget, _option: Any, _index: Any) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setMinimumDate(_NO_DATE)
        editor.setSpecialValueText(NONE_LABEL)
        return editor

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QDateEdit)
        value = QDate.fromString(index.data() or "", "yyyy-MM-dd")
        editor.setDate(value if value.isValid() else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QDateEdit)
        value = editor.date()
        model.setData(index, "" if value == _NO_DATE else value.toString("yyyy-MM-dd"))


@dataclass(frozen=True)
class RowCodec:
    """How a list item of the record becomes a table row of strings, and back."""

    to_row: Callable[[Any], dict[str, str]]
    from_row: Callable[[dict[str, str], Any], Any]
    """``(row, original item)`` → the item to store; fields without a column are kept."""
    new_item: Callable[[], Any]


def dict_codec(defaults: dict[str, Any]) -> RowCodec:
    """Items that are objects; empty optional cells become null."""

    def to_row(item: Any) -> dict[str, str]:
        return {k: "" if v is None else str(v) for k, v in item.items()}

    def from_row(row: dict[str, str], original: Any) -> Any:
        edited = {k: row[k] or (None if defaults[k] is None else defaults[k]) for k in row}
        return {**original, **edited}

    return RowCodec(to_row, from_row, lambda: dict(defaults))


def text_codec(placeholder: str) -> RowCodec:
    """Items that are plain strings (topics)."""
    return RowCodec(lambda item: {"text": item}, lambda row, _: row["text"], lambda: placeholder)


def portion_codec(placeholder: str) -> RowCodec:
    """Portions: a string, or ``{text, classification}`` when marked."""

    def to_row(item: Any) -> dict[str, str]:
        if isinstance(item, str):
            return {"text": item, "classification": ""}
        return {"text": item["text"], "classification": item.get("classification") or ""}

    def from_row(row: dict[str, str], _: Any) -> Any:
        level = row.get("classification") or None
        return {"text": row["text"], "classification": level} if level else row["text"]

    return RowCodec(to_row, from_row, lambda: placeholder)


class RowsEditor(QWidget):
    """Add, delete, reorder and edit the rows of the list at a session path."""

    def __init__(self, columns: list[Column], codec: RowCodec, name: str) -> None:
        """``name`` is the list's name as its heading shows it (Counterparts, Topics)."""
        super().__init__()
        self.columns, self.codec, self.name = columns, codec, name
        self.session: EditSession | None = None
        self.path: Path_ = ()
        self._updating = False
        self._problems: list[Problem] = []
        self._review: tuple[set[str], dict[str, str]] = (set(), {})
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        self.table.setAccessibleName(name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # No column narrower than its heading: a narrow panel scrolls rather than cut them.
        widest = max(header.fontMetrics().horizontalAdvance(c.header) for c in columns)
        header.setMinimumSectionSize(widest + 2 * header.style().pixelMetric(_MARGIN) + 8)
        self._choices = {c.key: c.choices for c in columns if c.choices}
        for index, column in enumerate(columns):
            stretch = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(
                index, stretch if column.stretch else QHeaderView.ResizeMode.Interactive
            )
            if column.key in self._choices:
                self.table.setItemDelegateForColumn(
                    index,
                    _ChoiceDelegate(
                        functools.partial(self._choices_of, column.key), column.label, self.table
                    ),
                )
            elif column.date:
                self.table.setItemDelegateForColumn(index, _DateDelegate(self.table))
            elif column.long:
                self.table.setItemDelegateForColumn(index, _LongTextDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._cell_edited)
        self.buttons = buttons = QHBoxLayout()
        for text, tip, slot in (
            (self.tr("Add"), self.tr("Add a row to {table}"), self.add_row),
            (self.tr("Delete"), self.tr("Delete the selected row of {table}"), self.remove_row),
            ("↑", self.tr("Move the selected row of {table} up"), lambda: self.move_row(-1)),
            ("↓", self.tr("Move the selected row of {table} down"), lambda: self.move_row(1)),
        ):
            tip = tip.format(table=name)
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def bind(self, session: EditSession | None, path: Path_ = ()) -> None:
        """Show the list at ``path``; None shows nothing and lets go of the session."""
        slots = {"changed": self._session_changed, "structureChanged": self._session_changed}
        relink(self.session, session, slots)
        self.session, self.path = session, path
        self.refresh()

    def _choices_of(self, key: str) -> tuple[str, ...]:
        return self._choices[key]

    def focus_path(self, path: str) -> None:
        """Select the cell a JSON path inside this list names (the row, for the item)."""
        match = re.match(re.escape(json_path(self.path)) + r"\[(\d+)\](?:\.(\w+))?", path)
        self.table.setFocus()
        if match is None:
            return
        keys = [c.key for c in self.columns]
        column = keys.index(match.group(2)) if match.group(2) in keys else 0
        self.table.setCurrentCell(int(match.group(1)), column)

    def set_choices(self, key: str, choices: tuple[str, ...]) -> None:
        """The values column ``key`` offers from now on ("" for none)."""
        self._choices[key] = choices
        self.refresh()

    def items(self) -> list[Any]:
        if self.session is None:
            return []
        try:
            items: list[Any] = self.session.get(self.path)
        except (KeyError, IndexError):
            return []
        return items

    def _session_changed(self, path: Path_) -> None:
        shorter = min(len(path), len(self.path))
        if path[:shorter] == self.path[:shorter]:
            self.refresh()

    def refresh(self) -> None:
        """Redraw every row from the session."""
        self._updating = True
        try:
            items = self.items()
            self.table.setRowCount(len(items))
            for row, item in enumerate(items):
                values = self.codec.to_row(item)
                for column, spec in enumerate(self.columns):
                    self.table.setItem(row, column, QTableWidgetItem(values.get(spec.key, "")))
            if any(c.long for c in self.columns):
                self.table.resizeRowsToContents()
            self._mark_cells(json_path(self.path))
        finally:
            self._updating = False

    def show_problems(self, problems: list[Problem]) -> None:
        """Tint the cells (or whole rows) that problems point at, with the message as tooltip."""
        self._problems = problems
        self._restyle()

    def show_review(self, unreviewed: set[str], notes: dict[str, str]) -> None:
        """Tint the cells imported from an article and not yet reviewed."""
        self._review = (unreviewed, notes)
        self._restyle()

    def review_marked(self, row: int, column: int) -> bool:
        cell = self.table.item(row, column)
        return cell is not None and cell.background() == REVIEW_BRUSH

    def _restyle(self) -> None:
        self._updating = True
        try:
            self._mark_cells(json_path(self.path))
        finally:
            self._updating = False

    def _mark_cells(self, prefix: str) -> None:
        unreviewed, notes = self._review
        for row in range(self.table.rowCount()):
            for column, spec in enumerate(self.columns):
                cell = self.table.item(row, column)
                if cell is None:
                    continue
                row_path = f"{prefix}[{row}]"
                hits = [
                    p.message
                    for p in self._problems
                    if p.path in (row_path, f"{row_path}.{spec.key}")
                    or (len(self.columns) == 1 and p.path.startswith(row_path))
                ]
                imported = next(
                    (
                        path
                        for path in (f"{row_path}.{spec.key}", row_path if column == 0 else "")
                        if path in unreviewed
                    ),
                    None,
                )
                brush = PROBLEM_BRUSH if hits else REVIEW_BRUSH if imported else QBrush()
                cell.setBackground(brush)
                tips = hits + (
                    [notes.get(imported) or self.tr("Imported from the article")]
                    if imported
                    else []
                )
                if tips:
                    cell.setToolTip("\n".join(tips))

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        if self._updating or self.session is None:
            return
        row = cell.row()
        values = {spec.key: self._text(row, c) for c, spec in enumerate(self.columns)}
        spec = self.columns[cell.column()]
        allowed = self._choices.get(spec.key)
        if allowed is not None and values[spec.key] not in allowed:
            self.refresh()
            return
        item = self.codec.from_row(values, self.items()[row])
        self.session.set(
            (*self.path, row), item, self.tr("Edit {table}", "undo step").format(table=self.name)
        )

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def add_row(self) -> None:
        if self.session is None:
            return
        index = len(self.items())
        text = self.tr("Add a row to {table}", "undo step").format(table=self.name)
        self.session.add_item(self.path, index, self.codec.new_item(), text)
        self.table.setCurrentCell(index, 0)
        item = self.table.item(index, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if self.session is not None and 0 <= row < len(self.items()):
            text = self.tr("Delete a row of {table}", "undo step").format(table=self.name)
            self.session.remove_item(self.path, row, text)

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if (
            self.session is not None
            and 0 <= row < len(self.items())
            and 0 <= target < len(self.items())
        ):
            text = self.tr("Move a row of {table}", "undo step").format(table=self.name)
            self.session.move_item(self.path, row, target, text)
            self.table.setCurrentCell(target, 0)
