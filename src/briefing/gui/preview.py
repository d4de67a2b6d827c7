"""Live preview: the real PDF of the current record, rebuilt off the GUI thread after edits.

Edits restart a short timer; when typing pauses, a snapshot of the record is
rendered in a worker thread. One render runs at a time: edits made meanwhile are
rendered together once it ends, in place of its now outdated result, so a large
record's slow renders never queue up behind each other. The page and zoom survive a
refresh, and a record that cannot render shows why instead.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import BriefingError
from briefing.export import render_bytes
from briefing.gui.session import EditSession, relink
from briefing.gui.worker import Runner
from briefing.model import validate_data
from briefing.render.templates import find_template, list_templates

DELAY_MS = 150
"""Pause after the last edit before the preview renders: short, as rendering runs off the GUI
thread and a newer edit simply makes the older result be dropped."""


class PreviewDock(QDockWidget):
    """A dock with a template choice and the PDF the current record gives with it."""

    refreshed = Signal()
    """A new PDF (or an error) is on show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview"))
        self.setObjectName("previewDock")
        self.session: EditSession | None = None
        self.generation = 0
        self.rendering = False
        """A render is running; ``render_now`` then only notes that another is due."""
        self.due = False
        self.runner = Runner(self)
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.render_now)
        self.templates = QComboBox()
        self.templates.setAccessibleName(self.tr("Preview template"))
        for template in list_templates():
            self.templates.addItem(template.name, template.name)
            self.templates.setItemData(
                self.templates.count() - 1, template.description, Qt.ItemDataRole.ToolTipRole
            )
        self.templates.setCurrentIndex(max(self.templates.findData("briefing-book"), 0))
        self.templates.currentIndexChanged.connect(lambda _: self.render_now())
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Preview status"))
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Preview of the PDF"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setAccessibleName(self.tr("Preview problems"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.error)
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Template:"))
        label.setBuddy(self.templates)
        bar.addWidget(label)
        bar.addWidget(self.templates, 1)
        bar.addWidget(self.status)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.setWidget(body)
        self._buffer: QBuffer | None = None
        self._bytes: QByteArray | None = None
        self._restore: tuple[int, QPointF] = (0, QPointF())
        self.document.statusChanged.connect(self._loaded)

    @property
    def template_name(self) -> str:
        return str(self.templates.currentData())

    def show_session(self, session: EditSession) -> None:
        relink(self.session, session, {"changed": self.schedule, "structureChanged": self.schedule})
        self.session = session
        self.render_now()

    def schedule(self, *_: Any) -> None:
        """Render once edits pause; each edit pushes the render back."""
        self.timer.start()

    def render_now(self) -> None:
        self.timer.stop()
        if self.session is None or not self.isVisible():
            return
        if self.rendering:
            self.due = True
            return
        self.rendering = True
        self.generation += 1
        generation = self.generation
        data = copy.deepcopy(self.session.data)
        file = self.session.display_path
        template_name = self.template_name

        def work(_: Any) -> bytes:
            record = validate_data(data, file)
            return render_bytes(record, file.resolve().parent, find_template(template_name), "pdf")

        self.status.setText(self.tr("Updating…"))
        self.runner.start(
            work,
            lambda pdf: self._rendered(lambda: self._show_pdf(generation, pdf)),
            lambda error: self._rendered(lambda: self._show_error(generation, error)),
        )

    def _rendered(self, show: Callable[[], None]) -> None:
        """Show a finished render, unless edits made meanwhile call for another: then that
        one starts instead, and the preview never shows a record older than it could."""
        self.rendering = False
        if self.due:
            self.due = False
            self.render_now()
        else:
            show()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.schedule()

    def _show_pdf(self, generation: int, pdf: bytes) -> None:
        if generation != self.generation:
            return
        navigator = self.view.pageNavigator()
        self._restore = (navigator.currentPage(), navigator.currentLocation())
        self._bytes = QByteArray(pdf)
        buffer = QBuffer(self._bytes, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.pages.setCurrentWidget(self.view)

    def _loaded(self, status: QPdfDocument.Status) -> None:
        """Once a new PDF is read, go back to where the analyst was looking."""
        if status != QPdfDocument.Status.Ready:
            return
        page, location = self._restore
        if 0 < page < self.document.pageCount():
            self.view.pageNavigator().jump(page, location)
        self.status.setText(self.tr("%n page(s)", "", self.document.pageCount()))
        self.refreshed.emit()

    def _show_error(self, generation: int, error: BaseException) -> None:
        if generation != self.generation:
            return
        if isinstance(error, BriefingError):
            text = self.tr("The preview cannot be built:") + "\n\n" + "\n".join(error.lines())
        else:
            text = self.tr("The preview failed unexpectedly: {error}").format(
                error=f"{type(error).__name__}: {error}"
            )
        self.error.setText(text)
        self.pages.setCurrentWidget(self.error)
        self.status.setText(self.tr("Not updated"))
        self.refreshed.emit()
