"""The meeting list: a Qt model over the session's meetings, reorderable by drag and drop."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from briefing.gui.session import EditSession, Path_

MEETINGS: Path_ = ("meetings",)
_MIME = "application/x-briefing-meeting-row"
Index = QModelIndex | QPersistentModelIndex


class MeetingListModel(QAbstractListModel):
    """Rows are meetings; moving a row is an undoable session edit."""

    def __init__(self, session: EditSession) -> None:
        super().__init__()
        self.session = session
        session.changed.connect(self._changed)
        session.structureChanged.connect(self._structure_changed)

    def meetings(self) -> list[dict[str, Any]]:
        meetings: list[dict[str, Any]] = self.session.get(MEETINGS)
        return meetings

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.meetings())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.meetings()):
            return None
        meeting = self.meetings()[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = meeting.get("title") or self.tr("(untitled)")
            return f"{index.row() + 1}. {title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            location = meeting.get("location") or self.tr("no location")
            return f"{meeting.get('date', '')} — {location}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            mime.setData(_MIME, QByteArray(str(indexes[0].row()).encode()))
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(_MIME):
            return False
        source = int(bytes(data.data(_MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.meetings()))
        if target > source:
            target -= 1
        self.session.move_item(MEETINGS, source, target, self.tr("Move meeting", "undo step"))
        return False  # the move is done; the view must not remove the source row itself

    def _changed(self, path: Path_) -> None:
        if path[:1] == MEETINGS and len(path) >= 2 and isinstance(path[1], int):
            index = self.index(path[1])
            self.dataChanged.emit(index, index)
        elif len(path) <= 1:
            self.beginResetModel()
            self.endResetModel()

    def _structure_changed(self, path: Path_) -> None:
        if path == MEETINGS:
            self.beginResetModel()
            self.endResetModel()
