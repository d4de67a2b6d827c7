"""The window fits the screen it opens on and nothing in the dialogs is cut off."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from briefing.gui.main_window import MainWindow


def test_the_window_opens_within_the_screen(qtbot: QtBot) -> None:
    # The offscreen screen is 800 × 800, smaller than the designed 1280 × 800, as a
    # 1280 × 800 screen at 150 % scale is (853 × 533).
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    screen = window.screen().availableGeometry()
    assert screen.contains(window.geometry())
    assert window.preview.width() <= window.width() * 2 // 5


_DESCRIPTIONS_AT_150 = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from briefing.gui.export_dialog import ExportDialog
from briefing.gui.session import EditSession
from briefing.resources import sample_record

app = QApplication(sys.argv[:1])
dialog = ExportDialog(EditSession.open(sample_record()), Path(sys.argv[1]), "briefing-book")
dialog.show()
label = dialog.description
for index in range(dialog.template.count()):
    dialog.template.setCurrentIndex(index)
    app.processEvents()
    print(label.height(), label.heightForWidth(label.width()), label.text()[:30])
"""


def test_the_export_dialog_shows_each_description_whole_at_150_percent(tmp_path: Path) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR="1.5")
    result = subprocess.run(
        [sys.executable, "-c", _DESCRIPTIONS_AT_150, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    rows = [line.split(" ", 2) for line in result.stdout.splitlines()]
    assert len(rows) == 4
    for height, needed, text in rows:
        assert int(height) >= int(needed), text
