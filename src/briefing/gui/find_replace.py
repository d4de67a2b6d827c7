"""Find and Replace across the whole record (Ctrl+F, Ctrl+H).

The search runs over the record's text values, in the order the app shows them (the
document and visit, then meeting by meeting, then sources and photographs); each match
lands on its field, with the found text selected where the field is a text box.
Replacing edits the record's values through the session, so every replacement (or a
whole Replace all) is one undo step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from briefing.gui.session import EditSession, Path_, json_path

_NOT_TEXT = {"format_version", "extensions", "scheme", "kind", "press", "status"}
"""Keys whose values are codes chosen from a list, not text to search."""


@dataclass(frozen=True)
class Match:
    path: Path_
    occurrence: int
    """Which occurrence in the value, from 0."""


def _texts(value: Any, path: Path_ = ()) -> Iterator[tuple[Path_, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _NOT_TEXT:
                yield from _texts(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*path, index))


def _pattern(needle: str, match_case: bool) -> re.Pattern[str]:
    return re.compile(re.escape(needle), 0 if match_case else re.IGNORECASE)


def find_all(data: dict[str, Any], needle: str, match_case: bool) -> list[Match]:
    """Every occurrence of ``needle`` in the record's text, in the order the app shows."""
    if not needle:
        return []
    pattern = _pattern(needle, match_case)
    return [
        Match(path, n) for path, text in _texts(data) for n, _ in enumerate(pattern.finditer(text))
    ]


def replace_in(text: str, needle: str, replacement: str, match_case: bool, n: int | None) -> str:
    """``text`` with occurrence ``n`` of ``needle`` (every one, for None) replaced."""
    pattern = _pattern(needle, match_case)
    if n is None:
        return pattern.sub(lambda _: replacement, text)
    found = list(pattern.finditer(text))[n]
    return text[: found.start()] + replacement + text[found.end() :]


class FindReplaceDialog(QDialog):
    """Find next, Replace and Replace all; ``go_to`` shows and focuses a field by path."""

    def __init__(
        self, session: EditSession, go_to: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find and replace"))
        self.session = session
        self.go_to = go_to
        self.current: Match | None = None
        self.needle = QLineEdit()
        self.needle.setAccessibleName(self.tr("Find"))
        self.replacement = QLineEdit()
        self.replacement.setAccessibleName(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("Match &case"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Find status"))
        next_button = QPushButton(self.tr("Find &next"))
        next_button.setDefault(True)
        replace_button = QPushButton(self.tr("&Replace"))
        replace_all_button = QPushButton(self.tr("Replace &all"))
        next_button.clicked.connect(self.find_next)
        replace_button.clicked.connect(self.replace)
        replace_all_button.clicked.connect(self.replace_all)
        self.needle.textEdited.connect(lambda _: self._reset())
        self.match_case.toggled.connect(lambda _: self._reset())
        grid = QGridLayout(self)
        for row, (label, field) in enumerate(
            ((self.tr("F&ind:"), self.needle), (self.tr("Replace &with:"), self.replacement))
        ):
            text = QLabel(label)
            text.setBuddy(field)
            grid.addWidget(text, row, 0)
            grid.addWidget(field, row, 1)
        grid.addWidget(self.match_case, 2, 1)
        buttons = QHBoxLayout()
        for button in (next_button, replace_button, replace_all_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.addWidget(self.status, 4, 0, 1, 2)
        self.setMinimumWidth(420)

    def show_for(self, session: EditSession, replacing: bool) -> None:
        """Open on ``session``, with the cursor in Find (or in Replace with)."""
        if session is not self.session:
            self.session = session
            self._reset()
        self.show()
        self.raise_()
        self.activateWindow()
        field = self.replacement if replacing and self.needle.text() else self.needle
        field.setFocus()
        field.selectAll()

    def matches(self) -> list[Match]:
        return find_all(self.session.data, self.needle.text(), self.match_case.isChecked())

    def find_next(self) -> Match | None:
        """Go to the match after the current one, from the first after the last."""
        found = self.matches()
        if not found:
            self.current = None
            self.status.setText(self.tr("Not found.") if self.needle.text() else "")
            return None
        after = [m for m in found if self._key(m) > self._key(self.current)]
        self.current = (after or found)[0]
        position = found.index(self.current) + 1
        self.status.setText(
            self.tr("{position} of {count}: {field}").format(
                position=position, count=len(found), field=json_path(self.current.path)
            )
        )
        self.go_to(json_path(self.current.path))
        self._select(self.current.occurrence)
        return self.current

    def replace(self) -> None:
        """Replace the match on show, then go to the next one."""
        if self.current is None or self.current not in self.matches():
            self.find_next()
            return
        match = self.current
        text = self.session.get(match.path)
        new = replace_in(
            text,
            self.needle.text(),
            self.replacement.text(),
            self.match_case.isChecked(),
            match.occurrence,
        )
        self.session.set(match.path, new, self.tr("Replace", "undo step"))
        # Go on after the new text, even if it holds what was searched for.
        pattern = _pattern(self.needle.text(), self.match_case.isChecked())
        inside = len(pattern.findall(self.replacement.text()))
        self.current = Match(match.path, match.occurrence - 1 + inside)
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match, as one undo step; the number replaced."""
        needle, case = self.needle.text(), self.match_case.isChecked()
        found = self.matches()
        paths = list(dict.fromkeys(m.path for m in found))
        if paths:
            stack = self.session.undo_stack
            stack.beginMacro(self.tr("Replace all “{text}”", "undo step").format(text=needle))
            try:
                for path in paths:
                    value = replace_in(
                        self.session.get(path), needle, self.replacement.text(), case, None
                    )
                    self.session.set(path, value, self.tr("Replace", "undo step"))
            finally:
                stack.endMacro()
        self.current = None
        self.status.setText(
            self.tr("Replaced %n.", "", len(found)) if found else self.tr("Not found.")
        )
        return len(found)

    def _reset(self) -> None:
        self.current = None
        self.status.clear()

    def _key(self, match: Match | None) -> tuple[int, int]:
        """A match's place in the order the app shows the record."""
        if match is None:
            return (-1, -1)
        order = [path for path, _ in _texts(self.session.data)]
        return (order.index(match.path) if match.path in order else -1, match.occurrence)

    def _select(self, occurrence: int) -> None:
        """Select the found text in the field that now has the focus, where it is text."""
        widget = QApplication.focusWidget()
        needle = self.needle.text()
        flags = QTextDocument.FindFlag(0)
        if self.match_case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if isinstance(widget, QLineEdit):
            found = list(_pattern(needle, self.match_case.isChecked()).finditer(widget.text()))
            if occurrence < len(found):
                widget.setSelection(found[occurrence].start(), len(needle))
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            cursor = widget.textCursor()
            cursor.setPosition(0)
            widget.setTextCursor(cursor)
            for _ in range(occurrence + 1):
                widget.find(needle, flags)
