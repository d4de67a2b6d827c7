"""Autosave: unsaved work is copied to the user's state folder when editing pauses.

A copy exists only while there are unsaved changes; saving, or closing without
saving on purpose, removes it. So a copy found at start-up means the app stopped
without the analyst deciding, and the work is offered back.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QObject, QTimer

from briefing.atomic import write_bytes_atomic
from briefing.gui.session import EditSession

IDLE_MS = 30_000


def autosave_dir() -> Path:
    return Path(platformdirs.user_state_dir("briefing")) / "autosave"


@dataclass(frozen=True)
class Recovered:
    """Unsaved work left behind by an earlier run."""

    file: Path
    record_path: Path | None
    data: dict[str, Any]

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)


def find_recovered() -> list[Recovered]:
    """Autosaved work from runs that ended without saving; unreadable copies are skipped."""
    found = []
    for file in sorted(autosave_dir().glob("*.json")):
        try:
            content = json.loads(file.read_text(encoding="utf-8"))
            path = content["path"]
            found.append(Recovered(file, Path(path) if path else None, content["data"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return found


class Autosaver(QObject):
    """Watches one session and keeps its autosave copy current."""

    def __init__(
        self, session: EditSession, parent: QObject | None = None, *, idle_ms: int = IDLE_MS
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.timer = QTimer(self, singleShot=True, interval=idle_ms)
        self.timer.timeout.connect(self.save_now)
        session.undo_stack.indexChanged.connect(self._edited)
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        self.file = autosave_dir() / f"{self._key()}.json"

    def _key(self) -> str:
        """One file per record path; new records get one per process."""
        name = (
            str(self.session.path.resolve())
            if self.session.path
            else f"untitled-{os.getpid()}-{id(self.session)}"
        )
        return hashlib.sha256(name.encode()).hexdigest()[:16]

    def save_now(self) -> None:
        if self.session.undo_stack.isClean():
            self.discard()
            return
        content = {
            "path": str(self.session.path) if self.session.path else None,
            "data": self.session.data,
        }
        self.file.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(self.file, json.dumps(content, ensure_ascii=False).encode("utf-8"))

    def discard(self) -> None:
        self.timer.stop()
        self.file.unlink(missing_ok=True)

    def _edited(self, _: int) -> None:
        self.timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()
            self.file = autosave_dir() / f"{self._key()}.json"
