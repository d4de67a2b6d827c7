"""File → New from article, and review marks on imported fields, driven as an analyst would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from briefing.gui.forms import child
from briefing.gui.import_dialog import ImportDialog
from briefing.gui.main_window import MainWindow
from briefing.gui.session import PLACEHOLDER_REASONS, EditSession
from briefing.importer import visitor
from briefing.importer.draft import Why

SEED = (
    Path(__file__).resolve().parent.parent
    / "data"
    / "articles"
    / "seed"
    / "newsaz-rafiyev-baghdad.txt"
)


def _import_seed(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "open", lambda self: opened.append(self))
    window._action("actionNewFromArticle").trigger()
    (dialog,) = opened
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_: (str(SEED), "Articles"))
    )
    qtbot.mouseClick(
        child(dialog.form, QPushButton, "openArticleButton"), Qt.MouseButton.LeftButton
    )
    assert dialog.source_label.text() == SEED.name
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)


def _name_edit(window: MainWindow) -> QLineEdit:
    return child(window.visit_panel.form, QLineEdit, "principalNameEdit")


def test_new_from_article_opens_the_draft_with_marks(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_seed(qtbot, window, monkeypatch)
    session = window.session
    assert session is not None
    assert window.meeting_list.model().rowCount() == 4
    assert window.windowTitle() == "newsaz-rafiyev-baghdad.visit.json[*] — Briefing"
    assert window.isWindowModified()
    assert session.problems == []
    count = len(session.review_state()[0])
    assert window.review_label.text() == f"{count} imported fields to review"
    window.show_visit()
    assert window.visit_panel.binder.is_marked_for_review(_name_edit(window))
    assert "A key part" not in _name_edit(window).toolTip()
    assert "\nFrom the article: \u2068On April 20, Azerbaijan’s" in _name_edit(window).toolTip()
    window.select_meeting(1)
    assert window.meeting_editor.counterparts.review_marked(0, 0)
    assert window.meeting_editor.summary.marked_for_review


def test_editing_a_field_confirms_it_and_undo_brings_the_mark_back(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_seed(qtbot, window, monkeypatch)
    session = window.session
    assert session is not None
    window.show_visit()
    edit = _name_edit(window)
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, " Jr")
    assert session.data["visit"]["principal"]["name"] == "Yalchin Rafiyev Jr"
    assert "$.visit.principal.name" not in session.review_state()[0]
    assert not window.visit_panel.binder.is_marked_for_review(edit)
    window.undo_group.undo()
    assert session.data["visit"]["principal"]["name"] == "Yalchin Rafiyev"
    assert "$.visit.principal.name" in session.review_state()[0]
    assert window.visit_panel.binder.is_marked_for_review(edit)


def test_editing_a_counterpart_cell_confirms_only_that_cell(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_seed(qtbot, window, monkeypatch)
    session = window.session
    assert session is not None
    window.select_meeting(2)
    table = window.meeting_editor.counterparts.table
    table.item(0, 2).setText("Deputy Minister of Environment of Iraq")
    unreviewed = session.review_state()[0]
    assert "$.meetings[2].counterparts[0].title" not in unreviewed
    assert "$.meetings[2].counterparts[0].name" in unreviewed
    assert window.meeting_editor.counterparts.review_marked(0, 0)
    assert not window.meeting_editor.counterparts.review_marked(0, 2)


def test_deleting_a_meeting_keeps_the_marks_on_the_right_fields(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_seed(qtbot, window, monkeypatch)
    session = window.session
    assert session is not None
    window.select_meeting(0)
    window.remove_meeting()
    unreviewed = session.review_state()[0]
    assert session.data["meetings"][0]["counterparts"][0]["name"] == "Hiyam Al-Yasiri"
    assert "$.meetings[0].counterparts[0].name" in unreviewed
    assert "$.meetings[3].title" not in unreviewed
    window.undo_group.undo()
    assert "$.meetings[3].title" in session.review_state()[0]


def test_confirm_all_clears_every_mark_in_one_undoable_step(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_seed(qtbot, window, monkeypatch)
    session = window.session
    assert session is not None
    confirm = window._action("actionConfirmImported")
    assert confirm.isEnabled()
    confirm.trigger()
    assert session.review_state()[0] == set()
    assert window.review_label.text() == ""
    assert not confirm.isEnabled()
    window.show_visit()
    assert _name_edit(window).styleSheet() == ""
    window.undo_group.undo()
    assert session.review_state()[0]


def test_pasted_text_and_an_empty_paste(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ImportDialog(Path.home(), window)
    received: list[tuple[dict[str, Any], str]] = []
    dialog.imported.connect(lambda data, name: received.append((data, name)))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Paste an article or open a file first."
    assert received == []
    dialog.article.setPlainText(SEED.read_text(encoding="utf-8"))
    assert dialog.source_label.text() == "pasted text"
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    ((data, name),) = received
    assert name == "article.visit.json"
    assert data["extensions"]["import"]["source_file"] == "pasted text"
    assert len(data["meetings"]) == 4


def test_saving_a_draft_asks_for_a_name_and_keeps_the_provenance(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _import_seed(qtbot, window, monkeypatch)
    target = tmp_path / "baghdad.visit.json"
    asked: list[str] = []

    def save_name(_parent: Any, _title: str, suggested: str, *_: Any) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "Visit records"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    assert window.save()
    assert asked[0].endswith("newsaz-rafiyev-baghdad.visit.json")
    assert "unreviewed" in target.read_text(encoding="utf-8")
    assert not window.isWindowModified()


def test_an_article_too_long_to_import_is_a_message_in_the_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = ImportDialog(Path.home(), window)
    received: list[tuple[dict[str, Any], str]] = []
    dialog.imported.connect(lambda data, name: received.append((data, name)))
    dialog.article.setPlainText("The talks went on. " * 12_000)

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.message.text().startswith("pasted text: too long to import: 227,999 ")
    assert received == []


def test_review_notes_speak_the_interface_language(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    speak: Callable[[str], None],
) -> None:
    speak("ru")
    _import_seed(qtbot, window, monkeypatch)
    window.show_visit()
    tip = _name_edit(window).toolTip()
    assert "\nИз статьи: \u2068On April 20, Azerbaijan’s" in tip
    assert "From the article" not in tip
    assert window.session is not None
    notes = window.session.review_state()[1]
    assert notes["$.document.prepared_on"] == "Заполнитель: дата создания черновика"


def test_every_placeholder_reason_is_offered_for_translation() -> None:
    assert set(PLACEHOLDER_REASONS) == {why.value for why in Why}


def test_an_article_refused_is_worded_in_the_interface_language(
    qtbot: QtBot, window: MainWindow, speak: Callable[[str], None], tmp_path: Path
) -> None:
    speak("ru")
    dialog = ImportDialog(Path.home(), window)
    page = tmp_path / "page.html"
    page.write_bytes(b" " * (10 * 2**20 + 1))
    dialog.load(page)
    assert dialog.message.text() == "page.html: слишком большой для импорта: более 10 МБ"

    speak("fr")
    dialog.article.setPlainText("The talks went on. " * 12_000)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    text = dialog.message.text()
    assert text.startswith("texte collé\u00a0: trop long pour être importé\u00a0: 227")
    assert "999\u00a0caractères de texte, au plus 200" in text
    assert "too long" not in text


def test_a_doubted_visitor_is_named_until_the_visitor_is_reviewed(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(visitor, "DOUBT", 1.0)  # doubt every choice
    _import_seed(qtbot, window, monkeypatch)
    session = window.session
    assert session is not None
    rival = session.data["extensions"]["import"]["doubts"]["$.visit.principal.name"]["value"]
    assert window.review_label.text().endswith(" · check the visitor")
    assert window.review_label.toolTip() == (
        f"Check the visitor: the article may point to \u2068{rival}\u2069."
    )
    window.show_visit()
    edit = _name_edit(window)
    assert f"\nNot certain: the article may point to \u2068{rival}\u2069 instead" in edit.toolTip()

    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, " Jr")  # the analyst has looked at the visitor

    assert "check the visitor" not in window.review_label.text()
    assert window.review_label.toolTip() == ""
    assert "Not certain" not in edit.toolTip()
    window.undo_group.undo()
    assert "check the visitor" in window.review_label.text()


def test_a_doubt_quotes_its_sentence_only_when_the_field_does_not_already(
    qtbot: QtBot,
) -> None:
    said = "Siliņa and Braže each met Don Bacon."
    info = {
        "fields": {"$.visit.principal.name": said},
        "unreviewed": ["$.visit.principal.name"],
        "doubts": {"$.visit.principal.name": {"value": "Baiba Braže", "sentence": said}},
    }
    session = EditSession({"extensions": {"import": info}}, None)

    note = session.review_state()[1]["$.visit.principal.name"]
    assert note == (
        f"From the article: \u2068{said}\u2069\n"
        "Not certain: the article may point to \u2068Baiba Braže\u2069 instead."
    )
    assert session.visitor_doubt() == "Baiba Braže"

    info = {
        **info,
        "doubts": {
            "$.visit.principal.name": {"value": "Baiba Braže", "sentence": "Bacon arrived in Riga."}
        },
    }
    session = EditSession({"extensions": {"import": info}}, None)
    note = session.review_state()[1]["$.visit.principal.name"]
    assert note.endswith("instead: \u2068Bacon arrived in Riga.\u2069")
