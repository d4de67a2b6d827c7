"""Editors of the record's own lists: its sources and its photographs.

Sources are cited by id from meetings, so a new source gets an id no other source has,
and deleting a cited source asks first and takes its citations with it, in one undo
step. Photographs are picked (or dropped) as image files; the record stores each path
relative to the record's folder, and the table shows a thumbnail of each.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QDropEvent, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton

from briefing.gui.rows_editor import Column, RowsEditor, dict_codec

SOURCE = {
    "id": "",
    "title": None,
    "publisher": "New source",
    "date": None,
    "url": None,
    "note": None,
    "classification": None,
}
PHOTO = {"path": None, "caption": None, "credit": None, "alt": None, "classification": None}
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
_THUMBNAIL = QSize(64, 48)


class SourcesEditor(RowsEditor):
    """The record's sources: id, title, publisher, date, address and note."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column("id", self.tr("Id")),
                Column("title", self.tr("Title"), stretch=True),
                Column("publisher", self.tr("Publisher"), stretch=True),
                Column("date", self.tr("Date"), date=True),
                Column("url", self.tr("Address (https://…)"), stretch=True),
                Column("note", self.tr("Note"), stretch=True, long=True),
                Column("classification", self.tr("Marking"), ("",)),
            ],
            dict_codec(self._new_source()),
            self.tr("Sources"),
        )

    def _new_source(self) -> dict[str, str | None]:
        return {**SOURCE, "publisher": self.tr("New source")}

    def add_row(self) -> None:
        if self.session is None:
            return
        taken = {source["id"] for source in self.items()}
        number = next(n for n in range(1, len(taken) + 2) if f"source-{n}" not in taken)
        index = len(taken)
        source = {**self._new_source(), "id": f"source-{number}"}
        self.session.add_item(self.path, index, source, self.tr("Add source", "undo step"))
        self.table.setCurrentCell(index, 1)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if self.session is None or not 0 <= row < len(self.items()):
            return
        source_id = self.items()[row]["id"]
        citing = [
            (m, meeting["sources"].index(source_id))
            for m, meeting in enumerate(self.session.get(("meetings",)))
            if source_id in meeting.get("sources", [])
        ]
        if citing:
            answer = QMessageBox.question(
                self,
                self.tr("Delete a cited source?"),
                self.tr(
                    "%n meeting(s) cite source “{source}”. Delete it and its citations?",
                    "",
                    len(citing),
                ).format(source=source_id),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Delete source", "undo step"))
        try:
            for meeting, index in citing:
                citation = self.tr("Delete citation", "undo step")
                self.session.remove_item(("meetings", meeting, "sources"), index, citation)
            self.session.remove_item(self.path, row, self.tr("Delete source", "undo step"))
        finally:
            stack.endMacro()


class PhotosEditor(RowsEditor):
    """The record's photographs: an image file (a thumbnail shows it), caption and credit."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column("path", self.tr("Image (relative to the record)"), stretch=True),
                Column("caption", self.tr("Caption"), stretch=True, long=True),
                Column("credit", self.tr("Credit"), stretch=True),
                Column("alt", self.tr("Alt text (what it shows)"), stretch=True, long=True),
                Column("classification", self.tr("Marking"), ("",)),
            ],
            dict_codec(PHOTO),
            self.tr("Photographs"),
        )
        self.table.setIconSize(_THUMBNAIL)
        self.table.setAcceptDrops(True)
        self.table.viewport().setAcceptDrops(True)
        self.table.viewport().installEventFilter(self)
        pick = QToolButton()
        pick.setText(self.tr("Add images…"))
        pick.setToolTip(self.tr("Add photographs from image files (or drop the files here)"))
        pick.setAccessibleName(self.tr("Add photographs from image files"))
        pick.clicked.connect(self.pick_images)
        self.buttons.insertWidget(1, pick)

    def base_dir(self) -> Path:
        return self.session.base_dir if self.session is not None else Path.cwd()

    def pick_images(self) -> None:
        images, everything = self.tr("Images"), self.tr("All files")
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photographs"),
            str(self.base_dir()),
            f"{images} (*.png *.jpg *.jpeg);;{everything} (*)",
        )
        self.add_images([Path(name) for name in names])

    def add_images(self, files: list[Path]) -> None:
        """Add a photograph for each image file, its path relative to the record."""
        if self.session is None:
            return
        for file in files:
            index = len(self.items())
            self.session.add_item(
                self.path,
                index,
                {**PHOTO, "path": self.relative(file)},
                self.tr("Add photograph", "undo step"),
            )

    def relative(self, file: Path) -> str:
        """``file`` as the record stores it: relative to the record's folder, with /."""
        try:
            relative = os.path.relpath(file.resolve(), self.base_dir().resolve())
        except ValueError:  # another drive on Windows
            relative = str(file.resolve())
        return Path(relative).as_posix()

    def refresh(self) -> None:
        super().refresh()
        for row, photo in enumerate(self.items()):
            cell = self.table.item(row, 0)
            path = photo.get("path")
            if cell is None or not path:
                continue
            reader = QImageReader(str(self.base_dir() / path))
            reader.setScaledSize(
                reader.size().scaled(_THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio)
            )
            image = reader.read()
            if not image.isNull():
                cell.setIcon(QIcon(QPixmap.fromImage(image)))
        if self.items():
            self.table.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Image files dragged over the table are accepted, and added when dropped."""
        if isinstance(event, QDropEvent):  # drag enter and move events are drop events too
            files = _image_files(event)
            if files:
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    self.add_images(files)
                return True
        return super().eventFilter(watched, event)


def _image_files(event: QDropEvent) -> list[Path]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [
        Path(url.toLocalFile())
        for url in urls
        if url.isLocalFile() and url.toLocalFile().lower().endswith(_IMAGE_SUFFIXES)
    ]
