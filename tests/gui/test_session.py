"""Undo commands change the record data, tested on the session's own QUndoStack."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from briefing.gui.autosave import Autosaver, find_recovered
from briefing.gui.session import EditSession, json_path
from briefing.gui.summary_editor import SummaryEditor
from briefing.model import load_record


def test_set_value_merges_typing_into_one_step(record_copy: Path) -> None:
    session = EditSession.open(record_copy)
    for text in ("V", "Vi", "Vis"):
        session.set(("document", "title"), text)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.data["document"]["title"].startswith("Visit of Deputy")
    session.undo_stack.redo()
    assert session.data["document"]["title"] == "Vis"


def test_insert_remove_move_are_undone_exactly(record_copy: Path) -> None:
    session = EditSession.open(record_copy)
    original = json.dumps(session.data)
    session.add_item(("meetings",), 0, {**session.data["meetings"][1], "id": "copy"}, "Add")
    session.move_item(("meetings",), 0, 4, "Move")
    session.remove_item(("meetings",), 2, "Delete")
    assert [m["id"] for m in session.data["meetings"]][-1] == "copy"
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert json.dumps(session.data) == original


def test_problems_follow_the_data(record_copy: Path) -> None:
    session = EditSession.open(record_copy)
    seen: list[list[object]] = []
    session.problemsChanged.connect(seen.append)
    session.set(("visit", "end"), "2025-04-01")
    assert [p.path for p in session.problems] == ["$.visit.end"]
    session.undo_stack.undo()
    assert session.problems == [] and len(seen) == 2


def test_save_writes_canonical_record_with_backup(record_copy: Path) -> None:
    session = EditSession.open(record_copy)
    session.set(("meetings", 0, "title"), "Consultations")
    session.save()
    assert load_record(record_copy).meetings[0].title == "Consultations"
    assert record_copy.with_name(record_copy.name + ".bak").exists()
    assert session.undo_stack.isClean()


def test_invalid_draft_is_saved_rather_than_lost(record_copy: Path) -> None:
    session = EditSession.open(record_copy)
    session.set(("meetings", 0, "title"), "")
    session.save()
    assert json.loads(record_copy.read_text(encoding="utf-8"))["meetings"][0]["title"] == ""


def test_json_path_matches_validation_paths() -> None:
    assert json_path(("meetings", 1, "follow_ups", 0, "due")) == "$.meetings[1].follow_ups[0].due"


def test_autosave_after_idle_and_restore(qtbot: QtBot, record_copy: Path) -> None:
    session = EditSession.open(record_copy)
    saver = Autosaver(session, idle_ms=50)
    session.set(("document", "title"), "Unsaved title")
    qtbot.waitUntil(lambda: saver.file.exists(), timeout=2_000)
    [recovered] = find_recovered()
    assert recovered.record_path == record_copy
    restored = EditSession.restore(recovered.data, recovered.record_path)
    assert restored.data["document"]["title"] == "Unsaved title"
    assert not restored.undo_stack.isClean()
    restored.undo_stack.undo()
    assert restored.data["document"]["title"].startswith("Visit of Deputy")
    session.save()
    assert not saver.file.exists()


def test_a_long_paragraph_stays_one_line_in_the_record(qapp: object) -> None:
    editor = SummaryEditor()
    long = " ".join(["The sides reviewed bilateral cooperation in detail."] * 6)
    editor.text.setMarkdown(f"{long}\n\n- item one\n- item two")
    assert editor.markdown() == f"{long}\n\n- item one\n- item two"


def test_typing_after_a_pause_is_a_separate_undo_step(
    record_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = iter([100.0, 100.5, 110.0])
    monkeypatch.setattr("briefing.gui.commands.time.monotonic", lambda: next(clock))
    session = EditSession.open(record_copy)
    session.set(("document", "title"), "First")
    session.set(("document", "title"), "First words")
    session.set(("document", "title"), "First words, later")
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.data["document"]["title"] == "First words"
