"""Choice lists shown in combo boxes, taken from the core so the two never disagree."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from briefing.model.markings import scheme_of
from briefing.model.record import FollowUpStatus, MeetingKind, Press, SchemeName
from briefing.render.context import KIND_LABELS

NONE_LABEL = "—"

KINDS = [(KIND_LABELS[kind.value], kind.value) for kind in MeetingKind]
PRESS = [(NONE_LABEL, None)] + [(press.value.capitalize(), press.value) for press in Press]
SCHEMES = [
    (name.value if name.value != "none" else "none (no markings)", name.value)
    for name in SchemeName
]
STATUSES = tuple(status.value for status in FollowUpStatus)


def fill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
    """Replace the combo's items, keeping the current value where it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)


def select(combo: QComboBox, value: Any) -> None:
    """Show ``value`` as the combo's choice without counting it as the analyst's."""
    combo.blockSignals(True)
    try:
        combo.setCurrentIndex(max(combo.findData(value), 0))
    finally:
        combo.blockSignals(False)


def levels(classification: dict[str, Any]) -> list[str]:
    """The levels the record's scheme offers."""
    scheme = classification.get("scheme") or "none"
    try:
        return scheme_of(scheme, classification.get("levels")).names()
    except KeyError:
        return []
