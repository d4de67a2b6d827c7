"""The export dialog: template, formats and folder, run off the GUI thread with progress."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import BriefingError
from briefing.export import output_name, write_outputs
from briefing.gui import choices
from briefing.gui.forms import child, load_form
from briefing.gui.session import EditSession
from briefing.gui.worker import Runner
from briefing.model import validate_data
from briefing.model.release import release_edition
from briefing.render.templates import find_template, list_templates


class ExportDialog(QDialog):
    """Exports the session's record; lists its problems, each a link to the field."""

    problemActivated = Signal(str)
    """A JSON path the analyst wants to go to."""
    exported = Signal(list)

    def __init__(
        self, session: EditSession, folder: Path, template: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.form = load_form("export_dialog", self)
        self.form.setWindowFlags(Qt.WindowType.Widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        f = self.form
        self.template = child(f, QComboBox, "templateCombo")
        self.description = child(f, QLabel, "templateDescription")
        self.pdf = child(f, QCheckBox, "pdfCheck")
        self.docx = child(f, QCheckBox, "docxCheck")
        self.folder = child(f, QLineEdit, "folderEdit")
        self.edition = child(f, QComboBox, "editionCombo")
        self.problems = child(f, QListWidget, "problemsList")
        self.problems_label = child(f, QLabel, "problemsLabel")
        self.progress = child(f, QProgressBar, "progressBar")
        self.status = child(f, QLabel, "statusLabel")
        self.open_file = child(f, QPushButton, "openFileButton")
        self.open_folder = child(f, QPushButton, "openFolderButton")
        buttons = child(f, QDialogButtonBox, "buttonBox")
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        for template_ in list_templates():
            self.template.addItem(template_.name, template_.name)
            self.template.setItemData(
                self.template.count() - 1, template_.description, Qt.ItemDataRole.ToolTipRole
            )
        self.template.currentIndexChanged.connect(lambda _: self._describe())
        self.template.setCurrentIndex(max(self.template.findData(template), 0))
        self._describe()
        self.folder.setText(str(folder))
        self._fill_editions()
        browse = child(f, QPushButton, "browseButton")
        browse.clicked.connect(self._browse)
        for button in (browse, self.open_file, self.open_folder):
            button.setAutoDefault(False)
        self.open_file.clicked.connect(
            lambda: self._open(self.written[0] if self.written else None)
        )
        self.open_folder.clicked.connect(lambda: self._open(Path(self.folder.text())))
        self.problems.itemActivated.connect(self._problem_clicked)
        self.problems.itemClicked.connect(self._problem_clicked)
        self.runner = Runner(self)
        self.written: list[Path] = []
        self._show_problems()
        self._set_done(False)
        self.export_button.setFocus()

    def formats(self) -> list[str]:
        return [name for name, box in (("pdf", self.pdf), ("docx", self.docx)) if box.isChecked()]

    def release_level(self) -> str | None:
        level = self.edition.currentData()
        return str(level) if level else None

    def targets(self) -> dict[str, Path]:
        folder = Path(self.folder.text()).expanduser()
        record, template = self.session.display_path, str(self.template.currentData())
        return {
            name: folder / output_name(record, name, template, self.release_level())
            for name in self.formats()
        }

    def start(self) -> None:
        """Export in a worker thread; the dialog stays responsive and shows progress."""
        targets = self.targets()
        if not targets:
            self._fail(self.tr("Choose at least one format."))
            return
        existing = [path for path in targets.values() if path.exists()]
        if existing and not self._may_replace(existing):
            return
        data = copy.deepcopy(self.session.data)
        file = self.session.display_path
        template_name = str(self.template.currentData())
        level = self.release_level()

        def work(report: Any) -> list[Path]:
            record = validate_data(data, file)
            if level is not None:
                record = release_edition(record, level)
            report("rendered")
            return write_outputs(
                record,
                file.resolve().parent,
                find_template(template_name),
                targets,
                progress=report,
            )

        self.progress.setRange(0, len(targets) + 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self.status.setStyleSheet("")
        self.export_button.setEnabled(False)
        self.runner.start(work, self._finished, self._failed, self._progressed)

    def _progressed(self, text: str) -> None:
        self.progress.setValue(self.progress.value() + 1)
        if text.startswith("wrote "):  # the core's report of a file written
            self.status.setText(self.tr("Wrote {file}").format(file=text.removeprefix("wrote ")))

    def _finished(self, written: list[Path]) -> None:
        self.written = written
        self.progress.setValue(self.progress.maximum())
        self.status.setText(self.tr("Exported:") + "\n" + "\n".join(str(p) for p in written))
        self.export_button.setEnabled(True)
        self._set_done(True)
        self.adjustSize()
        self.exported.emit(written)

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, BriefingError):
            self._fail("\n".join(error.lines()))
        else:
            self._fail(
                self.tr("Export failed unexpectedly: {error}").format(
                    error=f"{type(error).__name__}: {error}"
                )
            )

    def _fail(self, message: str) -> None:
        self.progress.setValue(0)
        self.status.setText(message)
        self.status.setStyleSheet("color: #B71C1C;")
        self._set_done(False)
        self.adjustSize()

    def _may_replace(self, existing: list[Path]) -> bool:
        names = "\n".join(path.name for path in existing)
        answer = QMessageBox.question(
            self,
            self.tr("Replace files?"),
            self.tr("These files are already in {folder}:\n{names}\nReplace them?").format(
                folder=existing[0].parent, names=names
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _set_done(self, done: bool) -> None:
        self.open_file.setEnabled(done)
        self.open_folder.setEnabled(done)

    def _fill_editions(self) -> None:
        """The full edition, then a releasable edition at each level of the scheme."""
        self.edition.addItem(self.tr("Full edition"), None)
        for level in choices.levels(self.session.data["document"]["classification"]):
            self.edition.addItem(self.tr("Releasable at {level}").format(level=level), level)

    def _describe(self) -> None:
        name = self.template.currentData()
        self.description.setText(find_template(str(name)).description if name else "")
        # A wrapped label does not ask for more lines by itself once the dialog is laid out.
        width = max(self.description.width(), self.form.minimumWidth() - 48)
        self.description.setMinimumHeight(self.description.heightForWidth(width))

    def _show_problems(self) -> None:
        problems = self.session.problems
        self.problems.clear()
        for problem in problems:
            item = QListWidgetItem(f"{problem.path}: {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            self.problems.addItem(item)
        self.problems.setVisible(bool(problems))
        self.problems_label.setVisible(bool(problems))

    def _problem_clicked(self, item: QListWidgetItem) -> None:
        self.problemActivated.emit(item.data(Qt.ItemDataRole.UserRole))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    @staticmethod
    def _open(path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
