"""Rich-text editing of a Markdown field (meeting summaries), with a small toolbar.

The analyst sees formatted text; the record keeps Markdown. Showing a value never
counts as an edit: only text that differs from the editor's own rendering of the
stored Markdown is written back, so opening a record does not make it unsaved.
Each paragraph is laid out in the direction the exported documents give it (right to
left for Arabic, Persian or Hebrew), which Markdown itself does not record.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import QInputDialog, QTextEdit, QToolBar, QVBoxLayout, QWidget

from briefing.gui.icons import icon, tooltip
from briefing.gui.rich_markdown import document_markdown
from briefing.gui.session import EditSession, Path_, json_path, relink
from briefing.writers.scripts import is_rtl_language, is_rtl_paragraph

_RECORD_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_LANGUAGE: Path_ = ("document", "language")
_BOLD_WEIGHT = 600
_RIGHT_TO_LEFT = Qt.LayoutDirection.RightToLeft
_LEFT_TO_RIGHT = Qt.LayoutDirection.LeftToRight


class _RichText(QTextEdit):
    """A text edit that leaves undo and redo to the record's undo stack."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                any(event.matches(key) for key in _RECORD_KEYS)
                or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")
            )
        ):
            event.ignore()
            return False
        return super().event(event)


class SummaryEditor(QWidget):
    """A QTextEdit bound to one Markdown value of the record."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = _RichText()
        self.text.setAcceptRichText(True)
        self.text.setUndoRedoEnabled(False)
        self.text.setAccessibleName(self.tr("Summary text"))
        self.text.setTabChangesFocus(True)
        self.toolbar = QToolBar(self.tr("Formatting"))
        self.toolbar.setAccessibleName(self.tr("Summary formatting"))
        self.bold = self._action(
            self.tr("Bold"), "bold", QKeySequence.StandardKey.Bold, self._toggle_bold, True
        )
        self.italic = self._action(
            self.tr("Italic"),
            "italic",
            QKeySequence.StandardKey.Italic,
            self._toggle_italic,
            True,
        )
        self.bullets = self._action(
            self.tr("Bulleted list"), "bullets", "Ctrl+Shift+8", lambda: self._list(False), False
        )
        self.numbers = self._action(
            self.tr("Numbered list"), "numbers", "Ctrl+Shift+7", lambda: self._list(True), False
        )
        self.link = self._action(self.tr("Link…"), "link", "Ctrl+K", self._insert_link, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.text)
        self.session: EditSession | None = None
        self.path: Path_ = ()
        self._baseline = ""
        self._rtl_document = False
        self.marked_for_review = False
        self.text.textChanged.connect(self._text_changed)
        self.text.currentCharFormatChanged.connect(self._format_changed)

    def _action(
        self,
        text: str,
        icon_name: str,
        shortcut: QKeySequence.StandardKey | str,
        slot: object,
        checkable: bool,
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.setToolTip(tooltip(text, QKeySequence(shortcut).toString()))
        action.triggered.connect(slot)
        action.triggered.connect(lambda: self.text.setFocus())
        self.toolbar.addAction(action)
        self.text.addAction(action)
        return action

    def bind(self, session: EditSession | None, path: Path_ = ()) -> None:
        """Show the Markdown at ``path``; None empties the editor and lets go of the session."""
        relink(self.session, session, {"changed": self._session_changed})
        self.session, self.path = session, path
        if session is None:
            self._set_markdown("")
        self._show(force=True)

    def show_review(self, unreviewed: set[str], notes: dict[str, str]) -> None:
        """Tint the text while the summary imported from an article is unreviewed."""
        path = json_path(self.path)
        self.marked_for_review = path in unreviewed
        self.text.setStyleSheet(
            "QTextEdit { background-color: #FFF3C4; }" if self.marked_for_review else ""
        )
        self.text.setToolTip(notes.get(path, "") if self.marked_for_review else "")

    def focus_path(self, _path: str) -> None:
        self.text.setFocus()

    def markdown(self) -> str:
        """The editor's text as Markdown that reads back as it looks."""
        return document_markdown(self.text.document())

    def _show(self, *, force: bool = False) -> None:
        if self.session is None:
            return
        value = self.session.get(self.path)
        if not force and value == self.markdown():
            return
        self._set_markdown(value)
        self._follow_language()
        self._baseline = self.markdown()

    def _set_markdown(self, value: str) -> None:
        """Show ``value`` without counting it as an edit, and start typing after it in plain
        text: a format left at the cursor must not carry into another meeting's summary."""
        self.text.blockSignals(True)
        try:
            self.text.setMarkdown(value)
            self.text.setCurrentCharFormat(QTextCharFormat())
        finally:
            self.text.blockSignals(False)
        self._format_changed(self.text.currentCharFormat())

    def _follow_language(self) -> None:
        language = self.session.data.get("document", {}).get("language") if self.session else None
        self._rtl_document = isinstance(language, str) and is_rtl_language(language)
        self._direct_paragraphs()

    def _direct_paragraphs(self) -> None:
        """Set each paragraph's direction as the writers decide it, where Qt would go by
        its first letter alone."""
        self.text.blockSignals(True)
        try:
            block = self.text.document().begin()
            while block.isValid():
                rtl = is_rtl_paragraph(block.text(), self._rtl_document)
                direction = _RIGHT_TO_LEFT if rtl else _LEFT_TO_RIGHT
                if block.blockFormat().layoutDirection() != direction:
                    block_format = block.blockFormat()
                    block_format.setLayoutDirection(direction)
                    QTextCursor(block).setBlockFormat(block_format)
                block = block.next()
        finally:
            self.text.blockSignals(False)

    def _session_changed(self, path: Path_) -> None:
        shorter = min(len(path), len(self.path))
        if self.session is not None and path[:shorter] == self.path[:shorter]:
            self._show()
        if path == _LANGUAGE[: len(path)]:
            self._follow_language()

    def _text_changed(self) -> None:
        if self.session is None:
            return
        self._direct_paragraphs()
        current = self.markdown()
        if current == self._baseline:
            return
        self._baseline = current
        self.session.set(self.path, current, self.tr("Edit summary", "undo step"))
        self.edited.emit(current)

    def _format_changed(self, fmt: QTextCharFormat) -> None:
        self.bold.setChecked(fmt.fontWeight() >= _BOLD_WEIGHT)
        self.italic.setChecked(fmt.fontItalic())

    def _toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(700 if self.bold.isChecked() else 400)
        self.text.mergeCurrentCharFormat(fmt)

    def _toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(self.italic.isChecked())
        self.text.mergeCurrentCharFormat(fmt)

    def _list(self, ordered: bool) -> None:
        cursor = self.text.textCursor()
        style = QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            block_format = cursor.blockFormat()
            current.remove(cursor.block())
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
        else:
            cursor.createList(style)
        self._text_changed()

    def _insert_link(self) -> None:
        url, ok = QInputDialog.getText(
            self, self.tr("Insert link"), self.tr("Address (https://…):")
        )
        if not ok or not url.strip():
            return
        cursor = self.text.textCursor()
        label = cursor.selectedText() or url.strip()
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url.strip())
        fmt.setFontUnderline(True)
        cursor.insertText(label, fmt)
        cursor.setCharFormat(QTextCharFormat())
        self.text.setTextCursor(cursor)
