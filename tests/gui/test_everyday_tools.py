"""The everyday tools: the Edit menu's clipboard commands, the shortcut list, dropping
an article, printing, and find and replace across the record."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDropEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu, QTableWidget, QToolBar
from pytestqt.qtbot import QtBot

from briefing.gui.find_replace import find_all
from briefing.gui.forms import child
from briefing.gui.help import ShortcutsDialog
from briefing.gui.import_dialog import ImportDialog
from briefing.gui.main_window import MainWindow


def _menu_action(window: MainWindow, menu: str, text: str) -> object:
    actions = {a.text().replace("&", ""): a for a in child(window, QMenu, menu).actions()}
    assert text in actions, sorted(actions)
    return actions[text]


def test_edit_menu_cuts_copies_and_pastes_in_the_focused_field(
    qtbot: QtBot, opened: MainWindow
) -> None:
    opened.select_meeting(0)
    location = child(opened.meeting_editor, QLineEdit, "locationEdit")
    title = child(opened.meeting_editor, QLineEdit, "meetingTitleEdit")
    location.setFocus()
    location.selectAll()
    _menu_action(opened, "menuEdit", "Copy").trigger()  # type: ignore[attr-defined]
    assert QApplication.clipboard().text() == "Baghdad"
    title.setFocus()
    _menu_action(opened, "menuEdit", "Select all").trigger()  # type: ignore[attr-defined]
    _menu_action(opened, "menuEdit", "Paste").trigger()  # type: ignore[attr-defined]
    assert opened.session is not None
    assert opened.session.data["meetings"][0]["title"] == "Baghdad"
    _menu_action(opened, "menuEdit", "Select all").trigger()  # type: ignore[attr-defined]
    _menu_action(opened, "menuEdit", "Cut").trigger()  # type: ignore[attr-defined]
    assert opened.session.data["meetings"][0]["title"] == ""


def test_the_shortcut_list_names_each_command_with_its_keys(opened: MainWindow) -> None:
    dialog = ShortcutsDialog(opened)
    table = dialog.findChild(QTableWidget)
    assert table is not None
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Save"] == "Ctrl+S"
    assert rows["Export…"] == "Ctrl+E"
    assert rows["User guide"] == "F1"
    assert rows["Bold"] == "Ctrl+B"
    assert rows["Undo"] == "Ctrl+Z"
    assert _menu_action(opened, "menuHelp", "Keyboard shortcuts")


def test_dropping_an_article_starts_an_import_with_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, file_drop: Callable[..., QDropEvent]
) -> None:
    article = tmp_path / "visit-report.txt"
    article.write_text(
        "BAKU, 3 March 2025. Deputy Foreign Minister Yalchin Rafiyev met the Ambassador "
        "of France in Baku on 3 March 2025.",
        encoding="utf-8",
    )
    drop = file_drop(article)
    window.dropEvent(drop)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.source == article
    assert "Yalchin Rafiyev" in dialog.article.toPlainText()
    dialog.make_draft()
    assert window.session is not None
    assert window.session.display_path.name == "visit-report.visit.json"


def test_print_sends_the_templates_pages_to_the_printer(
    opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    opened.preview.templates.setCurrentIndex(opened.preview.templates.findData("readout"))
    assert opened.print_brief() == 3
    printed = PdfReader(target)
    assert len(printed.pages) == 3
    assert _menu_action(opened, "menuFile", "Print…")


def test_find_next_lands_on_each_field_and_replace_all_is_one_step(
    qtbot: QtBot, opened: MainWindow
) -> None:
    session = opened.session
    assert session is not None
    finder = opened.find_replace()
    assert finder is not None and finder.isVisible()
    finder.needle.setText("baghdad")
    expected = find_all(session.data, "baghdad", match_case=False)
    assert len(expected) > 3
    first = finder.find_next()
    assert first == expected[0]
    seen = [first]
    for _ in range(len(expected) - 1):
        seen.append(finder.find_next())
    assert seen == expected
    assert finder.find_next() == expected[0]  # wraps round
    meeting_match = next(
        m for m in expected if m.path[:1] == ("meetings",) and m.path[-1] == "location"
    )
    while finder.current != meeting_match:
        finder.find_next()
    location = child(opened.meeting_editor, QLineEdit, "locationEdit")
    assert location.hasFocus() and location.selectedText() == "Baghdad"
    finder.replacement.setText("Bagdad")
    finder.replace()
    assert session.get(meeting_match.path) == "Bagdad"
    count = len(find_all(session.data, "baghdad", match_case=False))
    assert finder.replace_all() == count
    assert find_all(session.data, "baghdad", match_case=False) == []
    session.undo_stack.undo()
    assert len(find_all(session.data, "baghdad", match_case=False)) == count


def test_find_and_replace_keys(opened: MainWindow) -> None:
    find = _menu_action(opened, "menuEdit", "Find…")
    replace = _menu_action(opened, "menuEdit", "Find and replace…")
    assert find.shortcut().toString() == "Ctrl+F"  # type: ignore[attr-defined]
    assert replace.shortcut().toString() == "Ctrl+H"  # type: ignore[attr-defined]
    replace.trigger()  # type: ignore[attr-defined]
    assert opened.finder is not None and opened.finder.isVisible()


def test_toolbars_show_icons_with_tooltips_naming_their_keys(opened: MainWindow) -> None:
    bar = opened.findChild(QToolBar, "mainToolbar")
    assert bar is not None and bar.isVisible()
    actions = [a for a in bar.actions() if not a.isSeparator()]
    tips = [a.toolTip() for a in actions]
    assert tips == [
        "New visit (Ctrl+N)",
        "Open (Ctrl+O)",
        "Save (Ctrl+S)",
        "Export (Ctrl+E)",
        "Print (Ctrl+P)",
        "Undo (Ctrl+Z)",
        "Redo (Ctrl+Shift+Z)",
        "Find (Ctrl+F)",
        "Add meeting (Ctrl+M)",
    ]
    assert all(not a.icon().isNull() for a in actions)
    summary = opened.meeting_editor.summary
    formatting = [a for a in summary.toolbar.actions() if not a.isSeparator()]
    assert [a.toolTip() for a in formatting] == [
        "Bold (Ctrl+B)",
        "Italic (Ctrl+I)",
        "Bulleted list (Ctrl+Shift+8)",
        "Numbered list (Ctrl+Shift+7)",
        "Link (Ctrl+K)",
    ]
    assert all(not a.icon().isNull() for a in formatting)
