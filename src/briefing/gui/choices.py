"""Choice lists shown in combo boxes, taken from the core so the two never disagree.

The values are the record's codes; the labels are in the interface language. Each
label is marked below for lupdate, in a context of its own, as "Open" is one word for
the press and another for a follow-up in some languages.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from briefing.gui.language import QT_TRANSLATE_NOOP
from briefing.model.markings import scheme_of
from briefing.model.record import FollowUpStatus, MeetingKind, Press, SchemeName
from briefing.render.context import KIND_LABELS

NONE_LABEL = "—"

KIND_CONTEXT = "MeetingKind"
MARKED_KINDS = (
    QT_TRANSLATE_NOOP("MeetingKind", "Consultations"),
    QT_TRANSLATE_NOOP("MeetingKind", "Bilateral meeting"),
    QT_TRANSLATE_NOOP("MeetingKind", "Call"),
    QT_TRANSLATE_NOOP("MeetingKind", "Visit"),
    QT_TRANSLATE_NOOP("MeetingKind", "Round-table"),
    QT_TRANSLATE_NOOP("MeetingKind", "Meeting"),
)
"""The core's names of the meeting kinds, as lupdate must see them (a test checks that
every kind's name is here)."""
_PRESS = {
    "open": QT_TRANSLATE_NOOP("Press", "Open"),
    "closed": QT_TRANSLATE_NOOP("Press", "Closed"),
}
_STATUS = {
    "open": QT_TRANSLATE_NOOP("FollowUpStatus", "open"),
    "in-progress": QT_TRANSLATE_NOOP("FollowUpStatus", "in progress"),
    "done": QT_TRANSLATE_NOOP("FollowUpStatus", "done"),
    "cancelled": QT_TRANSLATE_NOOP("FollowUpStatus", "cancelled"),
}
_SCHEMES = {
    "none": QT_TRANSLATE_NOOP("ClassificationScheme", "none (no markings)"),
    "custom": QT_TRANSLATE_NOOP("ClassificationScheme", "custom"),
}
"""Schemes with a name to translate; the others are named by their code (uk, nato)."""
STATUSES = tuple(status.value for status in FollowUpStatus)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def kinds() -> list[tuple[str, Any]]:
    return [(_tr(KIND_CONTEXT, KIND_LABELS[kind.value]), kind.value) for kind in MeetingKind]


def press() -> list[tuple[str, Any]]:
    return [(NONE_LABEL, None)] + [(_tr("Press", _PRESS[p.value]), p.value) for p in Press]


def schemes() -> list[tuple[str, Any]]:
    return [
        (_tr("ClassificationScheme", _SCHEMES.get(name.value, name.value)), name.value)
        for name in SchemeName
    ]


def status_label(value: str) -> str:
    """A follow-up status as the table shows it ("" is no status)."""
    return _tr("FollowUpStatus", _STATUS[value]) if value in _STATUS else value or NONE_LABEL


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
