"""``briefing-gui [RECORD]``: start the desktop app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing import about
from briefing.gui import language
from briefing.gui.autosave import find_recovered
from briefing.gui.help import app_icon
from briefing.gui.main_window import MainWindow
from briefing.gui.session import EditSession


def offer_recovery(window: MainWindow) -> bool:
    """Offer back work left unsaved by a run that stopped; True when some was restored."""
    for recovered in find_recovered():
        name = (
            recovered.record_path.name
            if recovered.record_path
            else QCoreApplication.translate("Recovery", "a new record")
        )
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("Recovery", "Restore unsaved work?"),
            QCoreApplication.translate(
                "Recovery", "Briefing stopped with unsaved changes to {name}. Restore them?"
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        recovered.discard()
        if answer == QMessageBox.StandardButton.Yes:
            window.set_session(EditSession.restore(recovered.data, recovered.record_path))
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefing-gui", description="Edit visit records.")
    parser.add_argument("record", nargs="?", type=Path, metavar="RECORD")
    args = parser.parse_args(argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Briefing")
    app.setOrganizationName("Briefing")
    app.setApplicationVersion(about.version())
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("briefing")  # ties windows to briefing.desktop (taskbar icon)
    language.install_chosen()  # before any window: widgets take their texts when made
    window = MainWindow()
    window.show()
    if not offer_recovery(window) and args.record is not None:
        window.open_record(args.record)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
