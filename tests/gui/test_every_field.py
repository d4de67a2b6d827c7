"""Every field of the record can be edited in the app and is saved: the principal's
pronunciation and biography, biographies in the people tables, the sources (cited by
meetings) and the photographs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QMessageBox, QPlainTextEdit, QTableWidgetItem
from pytestqt.qtbot import QtBot

from briefing.gui.forms import child
from briefing.gui.main_window import MainWindow
from briefing.gui.record_lists import PhotosEditor, SourcesEditor


def _edit_cell(table_owner: object, row: int, column: int, text: str) -> None:
    table = table_owner.table  # type: ignore[attr-defined]
    table.setItem(row, column, QTableWidgetItem(text))


def test_principal_pronunciation_and_biography(
    qtbot: QtBot, opened: MainWindow, record_copy: Path
) -> None:
    opened.show_visit()
    pronunciation = child(opened.visit_panel, QLineEdit, "principalPronunciationEdit")
    pronunciation.setFocus()
    qtbot.keyClicks(pronunciation, "YAL-chin ra-FEE-yev")
    bio = child(opened.visit_panel, QPlainTextEdit, "principalBioEdit")
    bio.setPlainText("Career diplomat; **deputy minister** since 2022.")
    assert opened.save()
    principal = json.loads(record_copy.read_text(encoding="utf-8"))["visit"]["principal"]
    assert principal["pronunciation"] == "YAL-chin ra-FEE-yev"
    assert principal["bio"] == "Career diplomat; **deputy minister** since 2022."
    bio.setPlainText("")
    assert opened.session is not None
    assert opened.session.data["visit"]["principal"]["bio"] is None


def test_biographies_of_delegation_and_counterparts(opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    delegation = opened.visit_panel.rows["delegation"]
    headers = [delegation.table.horizontalHeaderItem(c).text() for c in range(7)]
    assert headers[-2:] == ["Pronunciation", "Biography (Markdown)"]
    delegation.add_row()
    _edit_cell(delegation, 0, 6, "Head of the Middle East department.")
    assert session.data["visit"]["delegation"][0]["bio"] == "Head of the Middle East department."
    opened.select_meeting(1)
    counterparts = opened.meeting_editor.counterparts
    _edit_cell(counterparts, 0, 6, "Minister since 2022.")
    assert session.data["meetings"][1]["counterparts"][0]["bio"] == "Minister since 2022."


def test_sources_are_added_cited_and_deleted_with_their_citations(
    opened: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = opened.session
    assert session is not None
    sources = opened.visit_panel.lists["sources"]
    assert isinstance(sources, SourcesEditor)
    count = len(session.data["sources"])
    sources.add_row()
    new = session.data["sources"][count]
    assert new["id"] not in {s["id"] for s in session.data["sources"][:count]}
    _edit_cell(sources, count, 2, "Azertac")
    assert session.data["sources"][count]["publisher"] == "Azertac"
    opened.select_meeting(0)
    listed = child(opened.meeting_editor, QListWidget, "sourcesList")
    item = listed.item(count)
    assert item.text().startswith("Azertac")
    item.setCheckState(Qt.CheckState.Checked)
    assert new["id"] in session.data["meetings"][0]["sources"]
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_: answers.pop(0)))
    sources.table.setCurrentCell(count, 0)
    sources.remove_row()
    assert len(session.data["sources"]) == count + 1
    sources.remove_row()
    assert len(session.data["sources"]) == count
    assert new["id"] not in session.data["meetings"][0]["sources"]
    assert session.problems == []
    session.undo_stack.undo()
    assert session.data["sources"][count]["id"] == new["id"]
    assert new["id"] in session.data["meetings"][0]["sources"]


def test_photographs_from_picked_or_dropped_files(
    opened: MainWindow, record_copy: Path, file_drop: Callable[..., QDropEvent]
) -> None:
    session = opened.session
    assert session is not None
    folder = record_copy.parent / "photos"
    folder.mkdir()
    for name, colour in (("talks.jpg", (30, 60, 90)), ("signing.png", (200, 20, 20))):
        Image.new("RGB", (400, 300), colour).save(folder / name)
    photos = opened.visit_panel.lists["photos"]
    assert isinstance(photos, PhotosEditor)
    before = len(session.data["photos"])
    photos.add_images([folder / "talks.jpg"])
    assert session.data["photos"][before]["path"] == "photos/talks.jpg"
    viewport = photos.table.viewport()
    drop = file_drop(folder / "signing.png")
    assert photos.eventFilter(viewport, drop)
    assert session.data["photos"][before + 1]["path"] == "photos/signing.png"
    assert not photos.table.item(before, 0).icon().isNull()
    _edit_cell(photos, before, 1, "Talks at the ministry.")
    _edit_cell(photos, before, 2, "MFA Azerbaijan")
    _edit_cell(photos, before, 3, "Two delegations seated across a long table.")
    _edit_cell(photos, before, 4, "OFFICIAL-SENSITIVE")
    assert session.data["photos"][before] == {
        "path": "photos/talks.jpg",
        "caption": "Talks at the ministry.",
        "credit": "MFA Azerbaijan",
        "alt": "Two delegations seated across a long table.",
        "classification": "OFFICIAL-SENSITIVE",
    }
    assert session.problems == []
    assert opened.save()
    saved = json.loads(record_copy.read_text(encoding="utf-8"))["photos"]
    assert saved[before]["path"] == "photos/talks.jpg"
