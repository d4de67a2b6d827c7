"""File → New from article: paste or open a report, get a draft record to review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import BriefingError
from briefing.gui.forms import child, load_form
from briefing.importer import ArticleError, draft_from_text, read_article
from briefing.importer.draft import MAX_ARTICLE_MB, MAX_ARTICLE_TEXT


class ImportDialog(QDialog):
    """Emits ``imported(data, name)`` with the draft record and a file name to suggest."""

    imported = Signal(dict, str)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.source: Path | None = None
        self.form = load_form("import_dialog", self)
        self.form.setWindowFlags(Qt.WindowType.Widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        self.article = child(self.form, QPlainTextEdit, "articleEdit")
        self.source_label = child(self.form, QLabel, "sourceLabel")
        self.message = child(self.form, QLabel, "messageLabel")
        child(self.form, QPushButton, "openArticleButton").clicked.connect(self.open_file)
        buttons = child(self.form, QDialogButtonBox, "buttonBox")
        self.create_button = buttons.addButton(
            self.tr("Create draft"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        buttons.accepted.connect(self.make_draft)
        buttons.rejected.connect(self.reject)
        self.article.textChanged.connect(self._typed)

    def open_file(self) -> None:
        articles, everything = self.tr("Articles"), self.tr("All files")
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an article"),
            str(self.folder),
            f"{articles} (*.txt *.html *.htm);;{everything} (*)",
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Show an article file's text; its name becomes the draft's source file."""
        try:
            text = read_article(path)
        except OSError as error:
            self.message.setText(
                self.tr("Cannot read {name}: {reason}").format(
                    name=path.name, reason=error.strerror or error
                )
            )
            return
        except ArticleError as error:
            self.message.setText(self._refused(error, path.name))
            return
        self.article.blockSignals(True)
        self.article.setPlainText(text)
        self.article.blockSignals(False)
        self.source = path
        self.source_label.setText(path.name)
        self.message.clear()

    def _refused(self, error: ArticleError, name: str) -> str:
        """Why an article cannot be imported, in the interface's language."""
        locale = QLocale()
        if error.length is None:
            return self.tr("{name}: too large to import: over {megabytes} MB").format(
                name=name, megabytes=locale.toString(MAX_ARTICLE_MB)
            )
        return self.tr(
            "{name}: too long to import: {length} characters of text, at most {limit}; "
            "import the part about the visit"
        ).format(
            name=name,
            length=locale.toString(error.length),
            limit=locale.toString(MAX_ARTICLE_TEXT),
        )

    def _typed(self) -> None:
        self.source = None
        pasted = self.article.toPlainText().strip()
        self.source_label.setText(self.tr("pasted text") if pasted else "")

    def make_draft(self) -> None:
        text = self.article.toPlainText()
        if not text.strip():
            self.message.setText(self.tr("Paste an article or open a file first."))
            return
        name = self.source.name if self.source else self.tr("pasted text")
        try:
            draft = draft_from_text(text, source_name=name)
        except ArticleError as error:
            self.message.setText(self._refused(error, name))
            return
        except BriefingError as error:  # a draft that does not validate: a defect to report
            self.message.setText(str(error))
            return
        stem = self.source.name.split(".")[0] if self.source else self.tr("article")
        data: dict[str, Any] = draft.data
        self.imported.emit(data, f"{stem}.visit.json")
        self.accept()
