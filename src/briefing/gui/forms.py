"""Qt Designer forms from ``ui/``, loaded at run time (see docs/development.md for why)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from briefing.resources import data_dir

T = TypeVar("T", bound=QObject)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget tree of ``ui/<name>.ui``, its texts in the interface language (the
    form's class names the translation context, as lupdate files them)."""
    path = data_dir("ui") / f"{name}.ui"
    loader = QUiLoader()
    loader.setTranslationEnabled(True)
    widget = loader.load(str(path), parent)
    if widget is None:
        raise RuntimeError(f"{path}: the form could not be loaded")
    return widget


def child(root: QObject, kind: type[T], name: str) -> T:
    """The named child of ``root``; a clear error when a form and its code disagree."""
    found = root.findChild(kind, name)
    if found is None:
        raise LookupError(f"form has no {kind.__name__} named {name!r}")
    return found
