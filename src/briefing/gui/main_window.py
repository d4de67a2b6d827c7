"""The main window: start page, meeting list, editors, preview, and the file commands."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from briefing.errors import BriefingError
from briefing.export import render_bytes
from briefing.gui.autosave import Autosaver
from briefing.gui.export_dialog import ExportDialog
from briefing.gui.find_replace import FindReplaceDialog
from briefing.gui.forms import child, load_form
from briefing.gui.help import AboutDialog, ShortcutsDialog, open_guide, text_actions
from briefing.gui.icons import icon, tooltip
from briefing.gui.import_dialog import ImportDialog
from briefing.gui.language import isolated
from briefing.gui.meeting_editor import MeetingEditor
from briefing.gui.meeting_list import MEETINGS, MeetingListModel
from briefing.gui.preferences import PreferencesDialog
from briefing.gui.preview import PreviewDock
from briefing.gui.printing import print_pdf
from briefing.gui.session import EditSession, Path_
from briefing.gui.settings import Settings
from briefing.gui.spelling import SpellChecking
from briefing.gui.visit_panel import VisitPanel
from briefing.model import validate_data
from briefing.render.templates import find_template
from briefing.resources import sample_record

RECORD_SUFFIX = ".visit.json"
LANGUAGE: Path_ = ("document", "language")
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")


def record_filter() -> str:
    """The file chooser's filter for records, its names in the interface language."""
    records = QCoreApplication.translate("MainWindow", "Visit records")
    everything = QCoreApplication.translate("MainWindow", "All files")
    return f"{records} (*.visit.json *.json);;{everything} (*)"


def new_meeting(data: dict[str, Any], number: int) -> dict[str, Any]:
    """A blank meeting dated the first day of the visit, with an id not yet taken."""
    taken = {m["id"] for m in data["meetings"]}
    ident = next(
        f"meeting-{n}"
        for n in range(number, number + len(taken) + 2)
        if f"meeting-{n}" not in taken
    )
    return {
        "id": ident,
        "title": QCoreApplication.translate("MainWindow", "New meeting"),
        "kind": "bilateral",
        "date": data["visit"]["start"],
        "outside_visit": False,
        "start_time": None,
        "end_time": None,
        "location": None,
        "press": None,
        "counterparts": [],
        "topics": [],
        "summary": "",
        "classification": None,
        "outcomes": [],
        "follow_ups": [],
        "sources": [],
    }


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.settings = Settings()
        self._adopt(load_form("main_window"))
        self.setAcceptDrops(True)
        self.session: EditSession | None = None
        self.autosaver: Autosaver | None = None
        self.finder: FindReplaceDialog | None = None
        self.session_actions: list[QAction] = []
        """Commands that need an open record, beside the Designer ones."""
        self.undo_group = QUndoGroup(self)
        self.pages = child(self, QStackedWidget, "pages")
        self.start_page = child(self, QWidget, "startPage")
        self.editor_page = child(self, QWidget, "editorPage")
        self.splitter = child(self, QSplitter, "mainSplitter")
        self.editors = child(self, QStackedWidget, "editorStack")
        self.meeting_list = child(self, QListView, "meetingList")
        self.visit_button = child(self, QPushButton, "visitButton")
        self.visit_panel = VisitPanel()
        self.meeting_editor = MeetingEditor()
        self.visit_host = child(self, QWidget, "visitHost")
        self.meeting_host = child(self, QWidget, "meetingHost")
        self._host(self.visit_host, self.visit_panel)
        self._host(self.meeting_host, self.meeting_editor)
        self.spelling = SpellChecking(self)
        self.spelling.watch(self.meeting_editor.summary.text)
        for name in ("purposeEdit", "principalBioEdit"):
            self.spelling.watch(child(self.visit_panel, QPlainTextEdit, name))
        self.preview = PreviewDock(self)
        # Qt does not mirror dock areas: a right-to-left interface has its preview on the
        # left, so that it still follows the meeting list and the editor in reading order.
        self.addDockWidget(self._preview_area(), self.preview)
        self.problems_label = QLabel()
        self.problems_label.setAccessibleName(self.tr("Problems in the record"))
        self.review_label = QLabel()
        self.review_label.setAccessibleName(self.tr("Imported fields to review"))
        self.statusBar().addPermanentWidget(self.review_label)
        self.statusBar().addPermanentWidget(self.problems_label)
        self.splitter.setStretchFactor(1, 1)
        self._connect_actions()
        self._restore_geometry()
        self._show_start_page()

    # Building ----------------------------------------------------------------------------

    def _adopt(self, loaded: QWidget) -> None:
        """Take over the Designer window's central widget, menus, status bar and actions."""
        assert isinstance(loaded, QMainWindow)
        for action in loaded.findChildren(QAction):
            action.setParent(self)
        self.setMenuBar(loaded.menuBar())
        self.setStatusBar(loaded.statusBar())
        central = loaded.takeCentralWidget()
        assert central is not None, "main_window.ui has no central widget"
        self.setCentralWidget(central)
        self.resize(loaded.size())
        loaded.deleteLater()

    @staticmethod
    def _host(host: QWidget, widget: QWidget) -> None:
        layout = host.layout()
        assert layout is not None
        layout.addWidget(widget)

    def _action(self, name: str) -> QAction:
        return child(self, QAction, name)

    def _connect_actions(self) -> None:
        self._action("actionNew").triggered.connect(self.new_record)
        self._action("actionNewFromArticle").triggered.connect(lambda: self.new_from_article())
        self._action("actionConfirmImported").triggered.connect(self.confirm_imported)
        self._action("actionOpen").triggered.connect(lambda: self.open_record())
        self._action("actionOpenSample").triggered.connect(
            lambda: self.open_record(sample_record())
        )
        self._action("actionSave").triggered.connect(self.save)
        self._action("actionSaveAs").triggered.connect(self.save_as)
        self._action("actionExport").triggered.connect(self.export)
        self._action("actionQuit").triggered.connect(self.close)
        self._action("actionAddMeeting").triggered.connect(self.add_meeting)
        self._action("actionAbout").triggered.connect(lambda: AboutDialog(self).exec())
        self._action("actionUserGuide").triggered.connect(lambda: open_guide(self))
        edit = child(self, QMenu, "menuEdit")
        designed = edit.actions()
        edit.clear()
        undo = self.undo_group.createUndoAction(self)
        self._name_steps(undo, redo=False)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self)
        self._name_steps(redo, redo=True)
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [
            key
            for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            if key not in redo_keys
        ]
        redo.setShortcuts(redo_keys)  # one key bound twice would make Qt ignore both
        edit.addActions([undo, redo])
        edit.addSeparator()
        edit.addActions(text_actions(self))
        edit.addSeparator()
        edit.addActions(designed)
        print_action = QAction(self.tr("&Print…"), self)
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(self.print_brief)
        child(self, QMenu, "menuFile").insertAction(self._action("actionQuit"), print_action)
        child(self, QMenu, "menuFile").insertSeparator(self._action("actionQuit"))
        self.session_actions.append(print_action)
        finders = []
        for text, key, replacing in (
            (self.tr("&Find…"), QKeySequence.StandardKey.Find, False),
            (self.tr("Find and &replace…"), QKeySequence("Ctrl+H"), True),
        ):
            action = QAction(text, self)
            action.setShortcut(key)
            action.triggered.connect(lambda _=False, r=replacing: self.find_replace(r))
            edit.insertAction(self._action("actionAddMeeting"), action)
            self.session_actions.append(action)
            finders.append(action)
        edit.insertSeparator(self._action("actionAddMeeting"))
        edit.addSeparator()
        preferences = QAction(self.tr("&Preferences…"), self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.edit_preferences)
        edit.addAction(preferences)
        self._build_toolbar(undo, redo, print_action, finders[0])
        help_menu = child(self, QMenu, "menuHelp")
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.triggered.connect(lambda: ShortcutsDialog(self).exec())
        help_menu.insertAction(self._action("actionAbout"), shortcuts)
        child(self, QMenu, "menuView").addAction(self.preview.toggleViewAction())
        child(self, QMenu, "menuRecent").aboutToShow.connect(self._fill_recent_menu)
        child(self, QPushButton, "openSampleButton").clicked.connect(
            lambda: self.open_record(sample_record())
        )
        child(self, QPushButton, "newVisitButton").clicked.connect(self.new_record)
        child(self, QPushButton, "openFileButton").clicked.connect(lambda: self.open_record())
        child(self, QListWidget, "recentList").itemActivated.connect(
            lambda item: self.open_record(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.visit_button.clicked.connect(self.show_visit)
        child(self, QToolButton, "addMeetingButton").clicked.connect(self.add_meeting)
        child(self, QToolButton, "duplicateMeetingButton").clicked.connect(self.duplicate_meeting)
        child(self, QToolButton, "removeMeetingButton").clicked.connect(self.remove_meeting)
        child(self, QToolButton, "moveUpButton").clicked.connect(lambda: self.move_meeting(-1))
        child(self, QToolButton, "moveDownButton").clicked.connect(lambda: self.move_meeting(1))
        for shortcut, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            action = QAction(self.meeting_list)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, s=step: self.move_meeting(s))
            self.meeting_list.addAction(action)
        delete = QAction(self.meeting_list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_meeting)
        self.meeting_list.addAction(delete)

    def _name_steps(self, action: QAction, *, redo: bool) -> None:
        """Name the step Undo (or Redo) would take where the language puts it ("Undo
        {step}"), not after Qt's prefix: some languages put the verb last."""
        if redo:
            bare, named = self.tr("&Redo"), self.tr("&Redo {step}")
            changed, current = self.undo_group.redoTextChanged, self.undo_group.redoText()
        else:
            bare, named = self.tr("&Undo"), self.tr("&Undo {step}")
            changed, current = self.undo_group.undoTextChanged, self.undo_group.undoText()

        def show(step: str) -> None:
            action.setText(named.format(step=step) if step else bare)

        changed.connect(show)  # after the group's own connection, so this text wins
        show(current)

    def _build_toolbar(
        self, undo: QAction, redo: QAction, print_action: QAction, find: QAction
    ) -> None:
        """The main toolbar: the file commands, undo and redo, find, and adding a meeting;
        each tooltip names its keys."""
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setAccessibleName(self.tr("Main toolbar"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for name, action in (
            ("new", self._action("actionNew")),
            ("open", self._action("actionOpen")),
            ("save", self._action("actionSave")),
            ("export", self._action("actionExport")),
            ("print", print_action),
            ("undo", undo),
            ("redo", redo),
            ("find", find),
            ("add-meeting", self._action("actionAddMeeting")),
        ):
            if name in ("undo", "find"):
                bar.addSeparator()
            action.setIcon(icon(name))
            action.setToolTip(tooltip(action.text(), action.shortcut().toString()))
            bar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        child(self, QMenu, "menuView").addAction(bar.toggleViewAction())

    # Pages and sessions ------------------------------------------------------------------

    def _show_start_page(self) -> None:
        recent = child(self, QListWidget, "recentList")
        recent.clear()
        for path in self.settings.recent_files():
            item = QListWidgetItem(f"{path.name} — {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            recent.addItem(item)
        self.pages.setCurrentWidget(self.start_page)
        self.preview.hide()
        self._update_actions()
        self._update_title()

    def set_session(self, session: EditSession) -> None:
        """Show ``session`` in every view; the previous one is dropped."""
        old = self.session
        self.meeting_editor.show_meeting(session, None)
        if self.autosaver is not None:
            self.autosaver.discard()
            self.autosaver.deleteLater()
        self.session = session
        session.setParent(self)
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.undo_stack.cleanChanged.connect(self._update_title)
        session.fileChanged.connect(self._update_title)
        session.problemsChanged.connect(self._show_problems)
        session.changed.connect(self._review_changed)
        session.changed.connect(self._language_changed)
        self.autosaver = Autosaver(session, self)
        model = MeetingListModel(session)
        self.meeting_list.setModel(model)
        self.meeting_list.selectionModel().currentChanged.connect(self._meeting_chosen)
        session.structureChanged.connect(self._structure_changed)
        self.visit_panel.show_session(session)
        self.pages.setCurrentWidget(self.editor_page)
        self.preview.show()
        self.preview.show_session(session)
        if session.data["meetings"]:
            self.select_meeting(0)
        else:
            self.show_visit()
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        self._show_problems(session.problems)
        self._show_review()
        self._check_spelling()
        self._update_actions()
        self._update_title()

    def _update_title(self, *_: object) -> None:
        if self.session is None:
            self.setWindowTitle("Briefing")
            self.setWindowModified(False)
            return
        self.setWindowTitle(f"{self.session.display_path.name}[*] — Briefing")
        self.setWindowModified(not self.session.undo_stack.isClean())

    def _update_actions(self) -> None:
        has = self.session is not None
        for name in ("actionSave", "actionSaveAs", "actionExport", "actionAddMeeting"):
            self._action(name).setEnabled(has)
        for action in self.session_actions:
            action.setEnabled(has)
        pending = bool(self.session and self.session.review_state()[0])
        self._action("actionConfirmImported").setEnabled(pending)

    def _show_problems(self, problems: list[Any]) -> None:
        count = len(problems)
        self.problems_label.setText(self.tr("%n problem(s)", "", count) if count else "")
        self.problems_label.setToolTip("\n".join(f"{p.path}: {p.message}" for p in problems))
        self.visit_panel.show_problems(problems)
        self.meeting_editor.show_problems(problems)

    def _language_changed(self, path: Path_) -> None:
        if path == LANGUAGE[: len(path)]:
            self._check_spelling()

    def _check_spelling(self) -> None:
        """Check spelling in the document's language; say so once when that cannot be."""
        if self.session is None:
            return
        language = self.session.data["document"].get("language") or ""
        if not self.spelling.set_language(language) and language:
            self.statusBar().showMessage(
                self.tr(
                    "No spelling dictionary for '{language}': spelling is not checked "
                    "(Help › User guide says how to add one)."
                ).format(language=language),
                10_000,
            )

    def _review_changed(self, path: Path_) -> None:
        if path[:2] == ("extensions", "import")[: len(path)]:
            self._show_review()
            self._update_actions()

    def _show_review(self) -> None:
        """Tint the imported fields not yet reviewed, in every view, and count them."""
        if self.session is None:
            return
        unreviewed, notes = self.session.review_state()
        count = len(unreviewed)
        text = self.tr("%n imported field(s) to review", "", count) if count else ""
        rival = self.session.visitor_doubt()
        why = ""
        if rival is not None:  # whom, in the tooltip: the status bar stays short in any language
            text += " · " + self.tr("check the visitor")
            why = self.tr("Check the visitor: the article may point to {name}.").format(
                name=isolated(rival)
            )
        self.review_label.setText(text)
        self.review_label.setToolTip(why)
        self.review_label.setAccessibleDescription(why)
        self.visit_panel.show_review(unreviewed, notes)
        self.meeting_editor.show_review(unreviewed, notes)

    def confirm_imported(self) -> None:
        if self.session is not None:
            self.session.confirm_imported()

    # Meetings ----------------------------------------------------------------------------

    def current_meeting(self) -> int | None:
        index = self.meeting_list.currentIndex()
        if self.editors.currentWidget() is not self.meeting_host:
            return None
        return index.row() if index.isValid() else None

    def select_meeting(self, row: int) -> None:
        model = self.meeting_list.model()
        if model is None or not 0 <= row < model.rowCount():
            self.show_visit()
            return
        self.meeting_list.selectionModel().setCurrentIndex(
            model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._meeting_chosen(model.index(row, 0))

    def show_visit(self) -> None:
        # No current meeting either: a click on the meeting highlighted before must be
        # a change of the current one, which is what brings the meeting editor back.
        selection = self.meeting_list.selectionModel()
        if selection is not None:
            selection.clearCurrentIndex()
        self.meeting_list.clearSelection()
        self.visit_button.setChecked(True)
        self.editors.setCurrentWidget(self.visit_host)

    def _meeting_chosen(self, index: QModelIndex) -> None:
        if self.session is None or not index.isValid():
            return
        self.visit_button.setChecked(False)
        self.editors.setCurrentWidget(self.meeting_host)
        self.meeting_editor.show_meeting(self.session, index.row())

    def _structure_changed(self, path: Path_) -> None:
        if path != MEETINGS or self.session is None:
            return
        row = self.meeting_list.currentIndex().row()
        count = len(self.session.data["meetings"])
        if self.editors.currentWidget() is self.meeting_host:
            self.select_meeting(min(max(row, 0), count - 1) if count else -1)

    def add_meeting(self) -> None:
        if self.session is None:
            return
        current = self.current_meeting()
        index = len(self.session.data["meetings"]) if current is None else current + 1
        meeting = new_meeting(self.session.data, index + 1)
        self.session.add_item(MEETINGS, index, meeting, self.tr("Add meeting", "undo step"))
        self.select_meeting(index)

    def duplicate_meeting(self) -> None:
        row = self.current_meeting()
        if self.session is None or row is None:
            return
        meeting = dict(self.session.data["meetings"][row])
        fresh = new_meeting(self.session.data, row + 2)
        title = self.tr("{title} (copy)").format(title=meeting["title"])
        meeting.update(id=fresh["id"], title=title)
        self.session.add_item(MEETINGS, row + 1, meeting, self.tr("Duplicate meeting", "undo step"))
        self.select_meeting(row + 1)

    def remove_meeting(self) -> None:
        row = self.current_meeting()
        if self.session is None or row is None:
            return
        self.session.remove_item(MEETINGS, row, self.tr("Delete meeting", "undo step"))
        # The meeting that took its place (or the one before, for the last).
        count = len(self.session.data["meetings"])
        if count:
            self.select_meeting(min(row, count - 1))

    def move_meeting(self, step: int) -> None:
        row = self.current_meeting()
        if self.session is None or row is None:
            return
        target = row + step
        if 0 <= target < len(self.session.data["meetings"]):
            self.session.move_item(MEETINGS, row, target, self.tr("Move meeting", "undo step"))
            self.select_meeting(target)

    def go_to_problem(self, path: str) -> None:
        """Show and focus the field a validation problem names."""
        if self.session is None:
            return
        if path.startswith("$.meetings["):
            row = int(path[len("$.meetings[") :].split("]", 1)[0])
            self.select_meeting(row)
            self.meeting_editor.focus_path(path)
        else:
            self.show_visit()
            self.visit_panel.focus_path(path)
        self.activateWindow()

    # Files -------------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the analyst cancels."""
        if self.session is None or self.session.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {name}?").format(name=self.session.display_path.name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            if self.autosaver is not None:
                self.autosaver.discard()
            return True
        return False

    def new_record(self) -> None:
        if self.maybe_save():
            self.set_session(EditSession.new())
            self.show_visit()

    def new_from_article(self, article: Path | None = None) -> ImportDialog | None:
        """Ask for an article (or show ``article``), then open the draft made from it."""
        if not self.maybe_save():
            return None
        dialog = ImportDialog(Path(self.settings.text("folder") or str(Path.home())), self)
        dialog.imported.connect(self.open_draft)
        if article is not None:
            dialog.load(article)
        dialog.open()
        return dialog

    def open_draft(self, data: dict[str, Any], name: str) -> None:
        session = EditSession.from_draft(data, name)
        self.set_session(session)
        count = len(session.review_state()[0])
        self.statusBar().showMessage(
            self.tr("Draft from the article: %n imported field(s) to review", "", count), 8000
        )

    def open_record(self, path: Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open visit record"), self.settings.text("folder"), record_filter()
            )
            if not name:
                return False
            path = Path(name)
        try:
            session = EditSession.open(path)
        except BriefingError as error:
            QMessageBox.warning(self, self.tr("Cannot open the record"), "\n".join(error.lines()))
            return False
        self.set_session(session)
        if path.resolve() != sample_record().resolve():
            self.settings.add_recent(path)
        self.settings.set_text("folder", str(path.parent))
        return True

    def save(self) -> bool:
        if self.session is None:
            return False
        if self.session.path is None or self.session.path.resolve() == sample_record().resolve():
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        if self.session is None:
            return False
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save visit record"),
            str(Path(self.settings.text("folder")) / self.session.display_path.name),
            record_filter(),
        )
        if not name:
            return False
        path = Path(name)
        if not path.name.lower().endswith(".json"):
            path = path.with_name(f"{path.name}{RECORD_SUFFIX}")
            if path.exists() and not self._may_replace(path):
                return False
        return self._save_to(path)

    def _may_replace(self, path: Path) -> bool:
        """Ask before replacing a file the save dialog did not name (it asked about its own)."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace the record?"),
            self.tr(
                "{name} already exists in {folder}. Replace it? "
                "(The file it holds now is kept as a .bak copy.)"
            ).format(name=path.name, folder=path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _save_to(self, path: Path) -> bool:
        assert self.session is not None
        try:
            self.session.save(path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), f"{path}: {error.strerror or error}")
            return False
        self.settings.add_recent(path)
        problems = len(self.session.problems)
        saved = (
            self.tr("Saved {path} with %n problem(s) to fix", "", problems)
            if problems
            else self.tr("Saved {path}")
        )
        self.statusBar().showMessage(saved.format(path=path), 5000)
        return True

    def print_brief(self) -> int:
        """Print the record through the preview's template; the number of pages printed."""
        if self.session is None:
            return 0
        template = self.preview.template_name
        try:
            record = validate_data(copy.deepcopy(self.session.data), self.session.display_path)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                pdf = render_bytes(record, self.session.base_dir, find_template(template), "pdf")
            finally:
                QApplication.restoreOverrideCursor()
        except BriefingError as error:
            QMessageBox.warning(self, self.tr("Cannot print"), "\n".join(error.lines()))
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.session.display_path.name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the {template} brief").format(template=template))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        return print_pdf(pdf, printer)

    def find_replace(self, replacing: bool = False) -> FindReplaceDialog | None:
        """Open Find and Replace on the record (one dialog, kept between uses)."""
        if self.session is None:
            return None
        if self.finder is None:
            self.finder = FindReplaceDialog(self.session, self.go_to_problem, self)
        self.finder.show_for(self.session, replacing)
        return self.finder

    def edit_preferences(self) -> PreferencesDialog:
        """Open Preferences; a new interface language is announced for the next start."""
        dialog = PreferencesDialog(self.settings, self)
        dialog.accepted.connect(lambda: self._preferences_saved(dialog))
        dialog.open()
        return dialog

    def _preferences_saved(self, dialog: PreferencesDialog) -> None:
        if dialog.changes_language():
            self.statusBar().showMessage(
                self.tr("The interface language changes when Briefing is restarted."), 10_000
            )

    def export(self) -> None:
        if self.session is None:
            return
        folder = Path(self.settings.text("export_folder") or str(self.session.base_dir))
        dialog = ExportDialog(self.session, folder, self.preview.template_name, self)
        dialog.problemActivated.connect(self.go_to_problem)
        dialog.exported.connect(
            lambda paths: self.settings.set_text("export_folder", str(paths[0].parent))
        )
        dialog.open()

    def _fill_recent_menu(self) -> None:
        menu = child(self, QMenu, "menuRecent")
        menu.clear()
        for path in self.settings.recent_files():
            action = menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_record(p))
        menu.setEnabled(True)

    # Window events -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A dropped record opens; a dropped article (text or a saved page) starts an
        import with it."""
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            if files[0].name.lower().endswith(ARTICLE_SUFFIXES):
                self.new_from_article(files[0])
            else:
                self.open_record(files[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.autosaver is not None:
            self.autosaver.discard()
        self.preview.runner.wait()
        self.settings.set_bytes("geometry", self.saveGeometry())
        self.settings.set_bytes(self._state_key(), self.saveState())
        self.settings.set_bytes("splitter", self.splitter.saveState())
        event.accept()

    def _preview_area(self) -> Qt.DockWidgetArea:
        if self.isRightToLeft():
            return Qt.DockWidgetArea.LeftDockWidgetArea
        return Qt.DockWidgetArea.RightDockWidgetArea

    def _state_key(self) -> str:
        """Docks and toolbars are kept apart for each reading direction, so a switch of
        language to or from Arabic does not put the preview back on the other side."""
        return "state-rtl" if self.isRightToLeft() else "state"

    def _restore_geometry(self) -> None:
        """Put windows and panes back as they were; the first time, favour the editor and
        give the preview a third of the width. Either way the window fits the screen
        it opens on (a large scale factor or a smaller screen than last time)."""
        self.splitter.setSizes([260, 10_000])
        self.resizeDocks([self.preview], [self.width() // 3], Qt.Orientation.Horizontal)
        for key, restore in (
            ("geometry", self.restoreGeometry),
            (self._state_key(), self.restoreState),
            ("splitter", self.splitter.restoreState),
        ):
            value = self.settings.bytes(key)
            if value is not None:
                restore(value)
        screen = self.screen().availableGeometry()
        if not screen.contains(self.geometry()):
            # Nine tenths leave room for the title bar and frame the window manager adds.
            fitted = self.size().boundedTo(screen.size() * 0.9)
            self.resize(fitted)
            self.move(screen.center() - self.rect().center())
