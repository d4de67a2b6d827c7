"""What the app remembers between runs: recent files, window geometry, last folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    def __init__(self) -> None:
        self.store = QSettings("Briefing", "Briefing")

    def recent_files(self) -> list[Path]:
        value = self.store.value("recent", [])
        if isinstance(value, str):
            names = [value]
        elif isinstance(value, list):
            names = [str(name) for name in value]
        else:
            names = []
        return [Path(name) for name in names if Path(name).is_file()]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        names = [str(path)] + [str(p) for p in self.recent_files() if p.resolve() != path]
        self.store.setValue("recent", names[:MAX_RECENT])

    def bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.store.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self.store.setValue(key, value)
