"""GUI fixtures: a main window with the sample open, and dialogs that never block."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from briefing.gui import language
from briefing.gui.main_window import MainWindow
from briefing.resources import sample_record


@pytest.fixture(autouse=True, scope="session")
def _english_interface(qapp: Any) -> None:
    """The app speaks English, with its plural forms, as it does on a system in a language
    it does not know; a test that switches language switches back (``speak``)."""
    language.install("en")


@pytest.fixture
def speak() -> Iterator[Callable[[str], None]]:
    """Switches the interface language for one test; English again afterwards."""
    yield language.install
    language.install("en")


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes answer at once (what they said is recorded); file choosers fail the test."""
    shown: list[tuple[str, str]] = []

    def warning(_parent: Any, title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *_: pytest.fail("an unexpected question was asked")),
    )
    for chooser in ("getExistingDirectory", "getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(
            QFileDialog,
            chooser,
            staticmethod(lambda *_, name=chooser: pytest.fail(f"unexpected {name}")),
        )
    return shown


@pytest.fixture(autouse=True)
def _isolated_qt_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Window geometry and recent files start afresh in every test: Qt reads where its
    settings live once per process, so the XDG variables alone do not separate tests."""
    folder = tmp_path_factory.mktemp("qt-settings")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def record_copy(tmp_path: Path) -> Path:
    target = tmp_path / "visit.visit.json"
    shutil.copy(sample_record(), target)
    return target


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    main = MainWindow()
    main.show()
    qtbot.waitExposed(main)
    yield main
    if main.session is not None:
        main.session.undo_stack.setClean()
    main.preview.runner.wait()
    main.close()
    main.deleteLater()


@pytest.fixture
def opened(window: MainWindow, record_copy: Path) -> MainWindow:
    assert window.open_record(record_copy)
    return window


@pytest.fixture
def file_drop() -> Callable[..., QDropEvent]:
    """Makes the drop event of files dragged from a file manager (Qt delivers real drops
    only from a drag in progress, so tests hand the event to the handler)."""

    kept: list[QMimeData] = []  # the event only points at its data: keep it alive

    def make(*paths: Path) -> QDropEvent:
        mime = QMimeData()
        kept.append(mime)
        mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
        return QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QEvent.Type.Drop,
        )

    return make
