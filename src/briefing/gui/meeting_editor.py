"""The editor of one meeting: every field of it, bound to the selected meeting's path."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import Problem
from briefing.gui import choices
from briefing.gui.binding import Binder
from briefing.gui.forms import child, load_form
from briefing.gui.rows_editor import Column, RowsEditor, dict_codec, portion_codec, text_codec
from briefing.gui.session import EditSession, Path_, json_path, relink
from briefing.gui.summary_editor import SummaryEditor

CLASSIFICATION: Path_ = ("document", "classification")
PERSON = {
    "name": "New counterpart",
    "name_native": None,
    "title": None,
    "organization": None,
    "country": None,
    "pronunciation": None,
    "bio": None,
}
FOLLOW_UP = {"action": "New action", "owner": None, "due": None, "status": "open"}


def person_columns() -> list[Column]:
    """The columns of a list of people (counterparts, the delegation)."""

    translate = QCoreApplication.translate
    return [
        Column("name", translate("PersonColumns", "Name"), stretch=True),
        Column("name_native", translate("PersonColumns", "Own script"), stretch=True),
        Column("title", translate("PersonColumns", "Title"), stretch=True),
        Column("organization", translate("PersonColumns", "Organisation"), stretch=True),
        Column("country", translate("PersonColumns", "Country")),
        Column("pronunciation", translate("PersonColumns", "Pronunciation")),
        Column("bio", translate("PersonColumns", "Biography (Markdown)"), stretch=True, long=True),
    ]


class MeetingEditor(QWidget):
    """Shows the meeting at ``("meetings", index)``; ``index`` None shows nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("meeting_editor", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.binder = Binder(self)
        self.session: EditSession | None = None
        self.index: int | None = None
        f = self.form
        choices.fill(child(f, QComboBox, "kindCombo"), choices.kinds())
        choices.fill(child(f, QComboBox, "pressCombo"), choices.press())
        b = self.binder
        b.text(child(f, QLineEdit, "meetingTitleEdit"), ("title",), self.tr("meeting title"))
        b.text(child(f, QLineEdit, "meetingIdEdit"), ("id",), self.tr("meeting id"))
        b.choice(child(f, QComboBox, "kindCombo"), ("kind",), self.tr("kind of meeting"))
        b.date(child(f, QDateEdit, "meetingDateEdit"), ("date",), self.tr("meeting date"))
        b.check(
            child(f, QCheckBox, "outsideVisitCheck"),
            ("outside_visit",),
            self.tr("outside the visit dates"),
        )
        b.time(child(f, QTimeEdit, "startTimeEdit"), ("start_time",), self.tr("start time"))
        b.time(child(f, QTimeEdit, "endTimeEdit"), ("end_time",), self.tr("end time"))
        b.text(
            child(f, QLineEdit, "locationEdit"), ("location",), self.tr("location"), optional=True
        )
        b.choice(child(f, QComboBox, "pressCombo"), ("press",), self.tr("press"))
        b.choice(
            child(f, QComboBox, "classificationCombo"), ("classification",), self.tr("marking")
        )
        self.counterparts = RowsEditor(
            person_columns(),
            dict_codec({**PERSON, "name": self.tr("New counterpart")}),
            self.tr("Counterparts"),
        )
        self.topics = RowsEditor(
            [Column("text", self.tr("Topic"), stretch=True)],
            text_codec(self.tr("New topic")),
            self.tr("Topics"),
        )
        self.outcomes = RowsEditor(
            [
                Column("text", self.tr("Outcome (Markdown)"), stretch=True, long=True),
                Column("classification", self.tr("Marking"), ("",)),
            ],
            portion_codec(self.tr("New outcome")),
            self.tr("Outcomes"),
        )
        self.follow_ups = RowsEditor(
            [
                Column("action", self.tr("Action"), stretch=True),
                Column("owner", self.tr("Owner")),
                Column("due", self.tr("Due"), date=True),
                Column("status", self.tr("Status"), choices.STATUSES, choices.status_label),
            ],
            dict_codec({**FOLLOW_UP, "action": self.tr("New action")}),
            self.tr("Follow-ups"),
        )
        self.summary = SummaryEditor()
        for host, editor in (
            ("counterpartsHost", self.counterparts),
            ("topicsHost", self.topics),
            ("outcomesHost", self.outcomes),
            ("followUpsHost", self.follow_ups),
            ("summaryHost", self.summary),
        ):
            host_widget = child(f, QWidget, host)
            host_layout = host_widget.layout()
            assert host_layout is not None
            host_layout.addWidget(editor)
        self.rows = {
            "counterparts": self.counterparts,
            "topics": self.topics,
            "outcomes": self.outcomes,
            "follow_ups": self.follow_ups,
        }
        self.sources = child(f, QListWidget, "sourcesList")
        self.sources.itemChanged.connect(self._source_toggled)

    def show_meeting(self, session: EditSession, index: int | None) -> None:
        """Edit meeting ``index`` of ``session``; None shows no meeting and keeps nothing
        bound, so no view still writes to a meeting (or a session) that has gone."""
        relink(self.session, session, {"changed": self._changed, "structureChanged": self._changed})
        self.session, self.index = session, index
        self.setEnabled(index is not None)
        if index is None:
            self.binder.detach()
            for editor in self.rows.values():
                editor.bind(None)
            self.summary.bind(None)
            self.sources.clear()
            return
        prefix: Path_ = ("meetings", index)
        self._fill_levels()
        self.binder.attach(session, prefix)
        for key, editor in self.rows.items():
            editor.bind(session, (*prefix, key))
        self.summary.bind(session, (*prefix, "summary"))
        self._fill_sources()
        self.show_problems(session.problems)
        self.show_review(*session.review_state())

    def show_problems(self, problems: list[Problem]) -> None:
        self.binder.show_problems(problems)
        for editor in self.rows.values():
            editor.show_problems(problems)

    def show_review(self, unreviewed: set[str], notes: dict[str, str]) -> None:
        if self.index is None:
            return
        self.binder.show_review(unreviewed, notes)
        for editor in self.rows.values():
            editor.show_review(unreviewed, notes)
        self.summary.show_review(unreviewed, notes)

    def focus_path(self, path: str) -> bool:
        """Put the cursor in the field a JSON path names; False when it is not here."""
        widget = self.binder.widget_for(path)
        if widget is not None:
            widget.setFocus()
            return True
        editors: list[RowsEditor | SummaryEditor] = [*self.rows.values(), self.summary]
        editor = next((e for e in editors if path.startswith(json_path(e.path))), None)
        if editor is None or self.index is None:
            return False
        editor.focus_path(path)
        return True

    def _meeting(self) -> dict[str, Any] | None:
        if self.session is None or self.index is None:
            return None
        meetings = self.session.get(("meetings",))
        return meetings[self.index] if self.index < len(meetings) else None

    def _fill_levels(self) -> None:
        if self.session is None:
            return
        levels = choices.levels(self.session.get(("document", "classification")))
        choices.fill(
            child(self.form, QComboBox, "classificationCombo"),
            [(self.tr("(document level)"), None)] + [(level, level) for level in levels],
        )
        self.outcomes.set_choices("classification", ("", *levels))

    def _fill_sources(self) -> None:
        meeting = self._meeting()
        if self.session is None or meeting is None:
            return
        self.sources.blockSignals(True)
        try:
            self.sources.clear()
            for source in self.session.get(("sources",)):
                item = QListWidgetItem(
                    f"{source['publisher']} — {source.get('title') or source['id']}"
                )
                item.setData(Qt.ItemDataRole.UserRole, source["id"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = source["id"] in meeting.get("sources", [])
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.sources.addItem(item)
        finally:
            self.sources.blockSignals(False)

    def _source_toggled(self, _: QListWidgetItem) -> None:
        if self.session is None or self.index is None:
            return
        chosen = [
            self.sources.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sources.count())
            if self.sources.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.session.set(
            ("meetings", self.index, "sources"), chosen, self.tr("Edit sources", "undo step")
        )

    def _changed(self, path: Path_) -> None:
        if self.index is None:
            return
        if path[:3] == ("meetings", self.index, "sources")[: len(path)] or path[:1] == ("sources",):
            self._fill_sources()
        if path[: len(CLASSIFICATION)] == CLASSIFICATION[: len(path)]:
            self._fill_levels()
            self.binder.refresh()
