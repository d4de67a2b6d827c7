"""Undo commands: each changes the record data held by an ``EditSession``, never a widget.

Widgets follow the session's ``changed`` signal, so undo and redo update every
view the same way an edit does.
"""

from __future__ import annotations

import copy
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from briefing.gui.session import EditSession, Path_

_MERGE_ID = 1
MERGE_SECONDS = 1.5
"""Edits of one field closer together than this are one undo step (a burst of typing)."""


class SetValue(QUndoCommand):
    """Replace the value at ``path``; a burst of edits to one field is one undo step.

    ``also`` is a second path and value changed in the same step (the review list of an
    imported draft), so undoing the burst restores both.
    """

    def __init__(
        self,
        session: EditSession,
        path: Path_,
        value: Any,
        text: str,
        also: tuple[Path_, Any] | None = None,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.path = path
        self.old = copy.deepcopy(session.get(path))
        self.new = copy.deepcopy(value)
        self.also = also
        self.also_old = copy.deepcopy(session.get(also[0])) if also else None
        self.mergeable = isinstance(value, str)
        self.at = time.monotonic()

    def redo(self) -> None:
        self.session.put(self.path, copy.deepcopy(self.new))
        if self.also:
            self.session.put(self.also[0], copy.deepcopy(self.also[1]))

    def undo(self) -> None:
        if self.also:
            self.session.put(self.also[0], copy.deepcopy(self.also_old))
        self.session.put(self.path, copy.deepcopy(self.old))

    def id(self) -> int:
        return _MERGE_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or other.path != self.path or not other.mergeable:
            return False
        if other.also is not None:
            return False
        if other.at - self.at > MERGE_SECONDS:
            return False
        self.new, self.at = other.new, other.at
        return True


class InsertItem(QUndoCommand):
    """Insert ``value`` into the list at ``path`` before ``index``."""

    def __init__(
        self, session: EditSession, path: Path_, index: int, value: Any, text: str
    ) -> None:
        super().__init__(text)
        self.session, self.path, self.index, self.value = session, path, index, copy.deepcopy(value)

    def redo(self) -> None:
        self.session.insert(self.path, self.index, copy.deepcopy(self.value))

    def undo(self) -> None:
        self.session.remove(self.path, self.index)


class RemoveItem(QUndoCommand):
    """Remove the item at ``index`` from the list at ``path``."""

    def __init__(self, session: EditSession, path: Path_, index: int, text: str) -> None:
        super().__init__(text)
        self.session, self.path, self.index = session, path, index
        self.value = copy.deepcopy(session.get((*path, index)))

    def redo(self) -> None:
        self.session.remove(self.path, self.index)

    def undo(self) -> None:
        self.session.insert(self.path, self.index, copy.deepcopy(self.value))


class MoveItem(QUndoCommand):
    """Move an item of the list at ``path`` from ``source`` to ``target``."""

    def __init__(
        self, session: EditSession, path: Path_, source: int, target: int, text: str
    ) -> None:
        super().__init__(text)
        self.session, self.path, self.source, self.target = session, path, source, target

    def redo(self) -> None:
        self.session.move(self.path, self.source, self.target)

    def undo(self) -> None:
        self.session.move(self.path, self.target, self.source)
