"""Running core work off the GUI thread, with results delivered back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Report = Callable[[str], None]


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Report], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as error:  # delivered to the GUI thread, which shows it
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class Runner(QObject):
    """Runs one task at a time in its own thread, so renders never race each other."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._live: set[_Task] = set()

    def start(
        self,
        work: Callable[[Report], Any],
        finished: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        progress: Callable[[str], None] | None = None,
    ) -> None:
        """Call ``work(report)`` in the thread; the callbacks run on the GUI thread."""
        task = _Task(work)
        self._live.add(task)
        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        if progress is not None:
            task.signals.progress.connect(progress)
        task.signals.finished.connect(lambda _: self._live.discard(task))
        task.signals.failed.connect(lambda _: self._live.discard(task))
        self.pool.start(task)

    def wait(self) -> None:
        """Block until the running task ends (used when closing)."""
        self.pool.waitForDone()
