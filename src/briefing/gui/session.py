"""The record being edited: its data, file, undo history and validation problems.

The session holds the record as JSON data (what the file holds), so a half-typed
value never blocks editing; the core validates that data exactly as it validates
a file, and the problems come back with the same JSON paths the CLI prints.
"""

from __future__ import annotations

import builtins
import contextlib
import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing.atomic import write_bytes_atomic
from briefing.errors import Problem, RecordError
from briefing.gui.commands import InsertItem, MoveItem, RemoveItem, SetValue
from briefing.gui.language import QT_TRANSLATE_NOOP, isolated
from briefing.importer import review
from briefing.model import Record, dump_record, load_record, validate_data
from briefing.model.new import new_record

Path_ = tuple[str | int, ...]
"""A location in the record data, e.g. ``("meetings", 1, "summary")``."""


def json_path(path: Path_) -> str:
    """``("meetings", 1, "date")`` → ``$.meetings[1].date``, as validation problems name it."""
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


PLACEHOLDER_REASONS = (
    QT_TRANSLATE_NOOP("Review", "the date the draft was made"),
    QT_TRANSLATE_NOOP("Review", "the article names no visitor"),
    QT_TRANSLATE_NOOP("Review", "the article names no host country"),
    QT_TRANSLATE_NOOP("Review", "the article gives no date for the visit; the article's own date"),
    QT_TRANSLATE_NOOP("Review", "the article gives no dated visit; the date the draft was made"),
    QT_TRANSLATE_NOOP("Review", "the article's dates were out of order"),
    QT_TRANSLATE_NOOP("Review", "the article has no headline"),
    QT_TRANSLATE_NOOP("Review", "the article does not date this meeting; the visit's start"),
)
"""Every ``draft.Why`` a draft keeps in English, for the translations: a reason from
elsewhere (a newer version) is shown as written."""


def _worded(note: review.Note) -> str:
    if note.placeholder:
        reason = QCoreApplication.translate("Review", note.text)
        return QCoreApplication.translate("Review", "Placeholder: {reason}").format(reason=reason)
    return QCoreApplication.translate("Review", "From the article: {sentence}").format(
        sentence=isolated(note.text)
    )


def relink(
    old: EditSession | None, new: EditSession | None, slots: dict[str, Callable[..., Any]]
) -> None:
    """Move a view's connections (signal name → slot) from the session it showed to the one
    it shows now. A session Qt has already deleted took its connections with it."""
    if old is new:
        return
    if old is not None:
        for name, slot in slots.items():
            with contextlib.suppress(RuntimeError):
                getattr(old, name).disconnect(slot)
    if new is not None:
        for name, slot in slots.items():
            getattr(new, name).connect(slot)


class EditSession(QObject):
    """One open record. Every change goes through the undo stack."""

    changed = Signal(tuple)
    """The value at this path (or something inside it) changed."""
    structureChanged = Signal(tuple)
    """Items were inserted into, removed from or moved within the list at this path."""
    problemsChanged = Signal(list)
    fileChanged = Signal(object)

    def __init__(
        self,
        data: dict[str, Any],
        path: Path | None,
        parent: QObject | None = None,
        untitled: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.path = path
        self.untitled = untitled or self.tr("Untitled") + ".visit.json"
        self.undo_stack = QUndoStack(self)
        self.problems: list[Problem] = []
        self.revalidate()

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> EditSession:
        """Open a record file; a RecordError (with every problem) if it is not valid."""
        record = load_record(path)
        return cls(_as_data(record), path, parent)

    @classmethod
    def new(cls, parent: QObject | None = None) -> EditSession:
        return cls(_as_data(new_record()), None, parent)

    @classmethod
    def restore(
        cls, data: dict[str, Any], path: Path | None, parent: QObject | None = None
    ) -> EditSession:
        """Recovered work as one undoable change over the saved file (or a new record)."""
        try:
            base = _as_data(load_record(path)) if path and path.exists() else copy.deepcopy(data)
        except RecordError:
            base = copy.deepcopy(data)
        session = cls(base, path, parent)
        session.set(
            (), data, QCoreApplication.translate("EditSession", "Restore unsaved work", "undo step")
        )
        return session

    @classmethod
    def from_draft(
        cls, data: dict[str, Any], name: str, parent: QObject | None = None
    ) -> EditSession:
        """An imported draft, not yet saved: one undoable change over a new record."""
        session = cls(_as_data(new_record()), None, parent, untitled=name)
        session.set(
            (), data, QCoreApplication.translate("EditSession", "Import article", "undo step")
        )
        return session

    # Reading and raw changes (used by the undo commands only) ---------------------------

    def get(self, path: Path_) -> Any:
        value: Any = self.data
        for part in path:
            value = value[part]
        return value

    def put(self, path: Path_, value: Any) -> None:
        if not path:
            self.data = value
        else:
            self.get(path[:-1])[path[-1]] = value
        self._after_change(path, structural=False)

    def insert(self, path: Path_, index: int, value: Any) -> None:
        self.get(path).insert(index, value)
        self._after_change(path, structural=True)

    def remove(self, path: Path_, index: int) -> None:
        del self.get(path)[index]
        self._after_change(path, structural=True)

    def move(self, path: Path_, source: int, target: int) -> None:
        items = self.get(path)
        items.insert(target, items.pop(source))
        self._after_change(path, structural=True)

    def _after_change(self, path: Path_, *, structural: bool) -> None:
        if structural:
            self.structureChanged.emit(path)
        else:
            self.changed.emit(path)
        self.revalidate()

    # Edits (undoable) ------------------------------------------------------------------

    def set(self, path: Path_, value: Any, text: str | None = None) -> None:
        """Change a value; an imported field it edits counts as reviewed, in the same step.
        ``text`` names the step in the Undo menu."""
        text = text or self.tr("Edit", "undo step")
        if self.get(path) != value:
            reviewed = review.after_set(self.data, path, value)
            also = (review.IMPORT_PATH, reviewed) if reviewed is not None else None
            self.undo_stack.push(SetValue(self, path, value, text, also))

    def add_item(self, path: Path_, index: int, value: Any, text: str) -> None:
        reviewed = review.after_insert(self.data, path, index)
        self._push(InsertItem(self, path, index, value, text), reviewed, text)

    def remove_item(self, path: Path_, index: int, text: str) -> None:
        reviewed = review.after_remove(self.data, path, index)
        self._push(RemoveItem(self, path, index, text), reviewed, text)

    def move_item(self, path: Path_, source: int, target: int, text: str) -> None:
        if source != target:
            reviewed = review.after_move(self.data, path, source, target)
            self._push(MoveItem(self, path, source, target, text), reviewed, text)

    def confirm_imported(self) -> None:
        """Mark every imported field as reviewed (one undoable step)."""
        confirmed = review.confirmed(self.data)
        if confirmed is not None:
            self.undo_stack.push(
                SetValue(
                    self,
                    review.IMPORT_PATH,
                    confirmed,
                    self.tr("Confirm imported fields", "undo step"),
                )
            )

    def _push(self, command: QUndoCommand, reviewed: dict[str, Any] | None, text: str) -> None:
        if reviewed is None:
            self.undo_stack.push(command)
            return
        self.undo_stack.beginMacro(text)
        self.undo_stack.push(command)
        self.undo_stack.push(SetValue(self, review.IMPORT_PATH, reviewed, text))
        self.undo_stack.endMacro()

    def review_state(self) -> tuple[builtins.set[str], dict[str, str]]:
        """The imported fields not yet reviewed, and what each was read from, worded in
        the interface's language."""
        found = review.notes(self.data)
        notes = {path: _worded(note) for path, note in found.items()}
        for path, doubt in review.doubts(self.data).items():
            if path in found and found[path].text == doubt.sentence:  # quoted already
                other = QCoreApplication.translate(
                    "Review", "Not certain: the article may point to {value} instead."
                ).format(value=isolated(doubt.value))
            else:
                other = QCoreApplication.translate(
                    "Review", "Not certain: the article may point to {value} instead: {sentence}"
                ).format(value=isolated(doubt.value), sentence=isolated(doubt.sentence))
            notes[path] = "\n".join(n for n in (notes.get(path), other) if n)
        return review.unreviewed(self.data), notes

    def visitor_doubt(self) -> str | None:
        """The other person the article may make the visitor, while the visitor's name is
        still to be reviewed."""
        path = "$.visit.principal.name"
        doubt = review.doubts(self.data).get(path)
        return doubt.value if doubt and path in review.unreviewed(self.data) else None

    # Validation and files --------------------------------------------------------------

    @property
    def display_path(self) -> Path:
        return self.path or Path(self.untitled)

    @property
    def base_dir(self) -> Path:
        return self.display_path.resolve().parent

    def revalidate(self) -> None:
        try:
            validate_data(self.data, self.display_path)
            problems: list[Problem] = []
        except RecordError as error:
            problems = error.problems
        if problems != self.problems:
            self.problems = problems
            self.problemsChanged.emit(problems)

    def record(self) -> Record:
        """The validated record; RecordError listing every problem otherwise."""
        return validate_data(copy.deepcopy(self.data), self.display_path)

    def save(self, path: Path | None = None) -> None:
        """Write atomically, keeping the previous file as ``.bak``; invalid drafts are kept too."""
        target = path or self.path
        if target is None:
            raise ValueError("a new record needs a file name")
        try:
            text = dump_record(self.record())
        except RecordError:
            text = json.dumps(self.data, indent=2, ensure_ascii=False) + "\n"
        write_bytes_atomic(target, text.encode("utf-8"), backup=True)
        if target != self.path:
            self.path = target
            self.fileChanged.emit(target)
            self.revalidate()
        self.undo_stack.setClean()


def _as_data(record: Record) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dump_record(record))
    return data
