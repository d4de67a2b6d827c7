"""Two-way links between simple widgets and values of the record.

A widget writes to the session on each user edit (an undoable step); the session's
``changed`` signal writes back, so undo, redo and other views stay in step. Problems
whose JSON path matches a bound field mark that widget with the message; fields
imported from an article and not yet reviewed get a tinted background, with the
article's sentence as tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from briefing.errors import Problem
from briefing.gui.language import QT_TRANSLATE_NOOP
from briefing.gui.session import EditSession, Path_, json_path, relink

PROBLEM_STYLE = "border: 2px solid #C62828;"
REVIEW_STYLE = "background-color: #FFF3C4;"
REVIEW_TIP = QT_TRANSLATE_NOOP(
    "Binder", "Imported from the article: check it, then edit it or confirm all imported fields."
)
NO_TIME = QTime(0, 0)
NO_TIME_TEXT = "—"


class _TimeTyping(QObject):
    """Lets an empty time field (shown as —) take typed digits: the first digit clears
    the — so it goes into the hours, and — comes back if the field is left empty."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QTimeEdit):
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.text().isdigit()
                and watched.time() == NO_TIME
                and watched.specialValueText()
            ):
                watched.setSpecialValueText("")
                watched.setSelectedSection(QDateTimeEdit.Section.HourSection)
            elif event.type() == QEvent.Type.FocusOut:
                watched.setSpecialValueText(NO_TIME_TEXT)
        return False


@dataclass
class _Field:
    widget: QWidget
    path: Path_
    read: Callable[[], Any]
    write: Callable[[Any], None]


class Binder(QObject):
    """Binds widgets to paths relative to a movable prefix (e.g. the selected meeting)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: EditSession | None = None
        self.prefix: Path_ = ()
        self.fields: list[_Field] = []
        self._writing = False
        self._problems: dict[str, list[str]] = {}
        self._review: tuple[set[str], dict[str, str]] = (set(), {})
        self._time_typing = _TimeTyping(self)

    def attach(self, session: EditSession, prefix: Path_ = ()) -> None:
        relink(self.session, session, {"changed": self._on_changed})
        self.session, self.prefix = session, prefix
        self.refresh()

    def detach(self) -> None:
        relink(self.session, None, {"changed": self._on_changed})
        self.session = None

    def full_path(self, field: _Field) -> Path_:
        return (*self.prefix, *field.path)

    def refresh(self) -> None:
        for field in self.fields:
            self._show(field)

    def widget_for(self, path: str) -> QWidget | None:
        """The widget showing the field at JSON path ``path``, if one is bound here."""
        for field in self.fields:
            if path == json_path(self.full_path(field)):
                return field.widget
        return None

    def show_problems(self, problems: list[Problem]) -> None:
        self._problems = {}
        for problem in problems:
            self._problems.setdefault(problem.path, []).append(problem.message)
        self._restyle()

    def show_review(self, unreviewed: set[str], notes: dict[str, str]) -> None:
        """Tint the bound fields whose JSON path is among the imported, unreviewed ones."""
        self._review = (unreviewed, notes)
        self._restyle()

    def is_marked_for_review(self, widget: QWidget) -> bool:
        unreviewed, _ = self._review
        return any(
            f.widget is widget and json_path(self.full_path(f)) in unreviewed for f in self.fields
        )

    def _restyle(self) -> None:
        unreviewed, notes = self._review
        for field in self.fields:
            path = json_path(self.full_path(field))
            messages = list(self._problems.get(path, []))
            style = PROBLEM_STYLE if messages else ""
            if path in unreviewed:
                style += REVIEW_STYLE
                messages += [QCoreApplication.translate("Binder", REVIEW_TIP), notes.get(path, "")]
            field.widget.setStyleSheet(style)
            field.widget.setToolTip("\n".join(m for m in messages if m))

    def _on_changed(self, path: Path_) -> None:
        for field in self.fields:
            full = self.full_path(field)
            shorter = min(len(path), len(full))
            if path[:shorter] == full[:shorter]:
                self._show(field)

    def _show(self, field: _Field) -> None:
        if self.session is None:
            return
        try:
            value = self.session.get(self.full_path(field))
        except (KeyError, IndexError, TypeError):
            return
        if value != field.read():
            self._writing = True
            try:
                field.write(value)
            finally:
                self._writing = False

    def _edited(self, field: _Field, label: str) -> None:
        if self._writing or self.session is None:
            return
        text = self.tr("Edit {field}", "undo step").format(field=label)
        self.session.set(self.full_path(field), field.read(), text)

    def _add(self, field: _Field, label: str, signal: Any) -> None:
        self.fields.append(field)
        signal.connect(lambda *_: self._edited(field, label))

    # One method per kind of widget ----------------------------------------------------

    def text(self, widget: QLineEdit, path: Path_, label: str, *, optional: bool = False) -> None:
        """Text; with ``optional`` an empty box is stored as null."""

        def read() -> Any:
            return (widget.text() or None) if optional else widget.text()

        self._add(
            _Field(widget, path, read, lambda v: widget.setText(v or "")), label, widget.textEdited
        )

    def lines(self, widget: QPlainTextEdit, path: Path_, label: str) -> None:
        """A list of strings, one per line."""
        widget.setTabChangesFocus(True)

        def read() -> Any:
            return [line.strip() for line in widget.toPlainText().splitlines() if line.strip()]

        self._add(
            _Field(widget, path, read, lambda v: widget.setPlainText("\n".join(v))),
            label,
            widget.textChanged,
        )

    def plain(
        self, widget: QPlainTextEdit, path: Path_, label: str, *, optional: bool = False
    ) -> None:
        """Text of several lines; with ``optional`` an empty box is stored as null."""
        widget.setTabChangesFocus(True)

        def read() -> Any:
            text = widget.toPlainText()
            return (text.strip() or None) if optional else text

        self._add(
            _Field(widget, path, read, lambda v: widget.setPlainText(v or "")),
            label,
            widget.textChanged,
        )

    def separated(self, widget: QLineEdit, path: Path_, label: str, separator: str = ";") -> None:
        """A list of strings typed in one line."""

        def read() -> Any:
            return [part.strip() for part in widget.text().split(separator) if part.strip()]

        def write(value: Any) -> None:
            widget.setText(f"{separator} ".join(value or []))

        self._add(_Field(widget, path, read, write), label, widget.textEdited)

    def date(self, widget: QDateEdit, path: Path_, label: str) -> None:
        def read() -> Any:
            return widget.date().toString("yyyy-MM-dd")

        def write(value: Any) -> None:
            parsed = date.fromisoformat(value) if isinstance(value, str) else None
            if parsed:
                widget.setDate(QDate(parsed.year, parsed.month, parsed.day))

        self._add(_Field(widget, path, read, write), label, widget.dateChanged)

    def time(self, widget: QTimeEdit, path: Path_, label: str) -> None:
        """An optional time: the widget's minimum (shown as —) stands for no time."""
        widget.setMinimumTime(NO_TIME)
        widget.setSpecialValueText(NO_TIME_TEXT)
        widget.installEventFilter(self._time_typing)

        def read() -> Any:
            value = widget.time()
            return None if value == NO_TIME else value.toString("HH:mm")

        def write(value: Any) -> None:
            parsed = time.fromisoformat(value) if isinstance(value, str) else None
            widget.setTime(QTime(parsed.hour, parsed.minute) if parsed else NO_TIME)

        self._add(_Field(widget, path, read, write), label, widget.timeChanged)

    def choice(self, widget: QComboBox, path: Path_, label: str) -> None:
        """A value among the combo box's items (their data; None for a '—' item)."""

        def write(value: Any) -> None:
            index = widget.findData(value)
            widget.setCurrentIndex(index if index >= 0 else 0)

        self._add(_Field(widget, path, widget.currentData, write), label, widget.activated)

    def check(self, widget: QCheckBox, path: Path_, label: str) -> None:
        self._add(_Field(widget, path, widget.isChecked, widget.setChecked), label, widget.toggled)
