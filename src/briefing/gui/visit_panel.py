"""The editor of the document and visit details: everything that is not a meeting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import Problem
from briefing.gui import choices
from briefing.gui.binding import Binder
from briefing.gui.forms import child, load_form
from briefing.gui.language import QT_TRANSLATE_NOOP
from briefing.gui.meeting_editor import CLASSIFICATION, PERSON, person_columns
from briefing.gui.record_lists import PhotosEditor, SourcesEditor
from briefing.gui.rows_editor import Column, RowsEditor, dict_codec, portion_codec
from briefing.gui.session import EditSession, Path_, json_path, relink
from briefing.model.record import SchemeName

STARTER_LEVELS = (
    QT_TRANSLATE_NOOP("VisitPanel", "Public"),
    QT_TRANSLATE_NOOP("VisitPanel", "Internal"),
    QT_TRANSLATE_NOOP("VisitPanel", "Restricted"),
)
"""A custom scheme's first levels, lowest first, for the analyst to rename."""


def starter_levels() -> list[str]:
    """``STARTER_LEVELS`` in the interface language."""
    return [QCoreApplication.translate("VisitPanel", level) for level in STARTER_LEVELS]


class VisitPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("visit_panel", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.session: EditSession | None = None
        f = self.form
        self.scheme = child(f, QComboBox, "schemeCombo")
        self.level = child(f, QComboBox, "levelCombo")
        choices.fill(self.scheme, choices.schemes())
        b = self.binder = Binder(self)
        document: Path_ = ("document",)
        b.text(child(f, QLineEdit, "titleEdit"), (*document, "title"), self.tr("title"))
        b.text(
            child(f, QLineEdit, "referenceEdit"),
            (*document, "reference"),
            self.tr("reference"),
            optional=True,
        )
        b.text(
            child(f, QLineEdit, "preparedByEdit"),
            (*document, "prepared_by"),
            self.tr("prepared by"),
            optional=True,
        )
        b.date(child(f, QDateEdit, "preparedOnEdit"), (*document, "prepared_on"), self.tr("date"))
        b.text(child(f, QLineEdit, "languageEdit"), (*document, "language"), self.tr("language"))
        self.levels = child(f, QLineEdit, "levelsEdit")
        self.scheme.activated.connect(lambda _: self._scheme_chosen())
        b.separated(self.levels, (*CLASSIFICATION, "levels"), self.tr("classification levels"))
        b.choice(self.level, (*CLASSIFICATION, "level"), self.tr("classification level"))
        b.text(
            child(f, QLineEdit, "handlingEdit"),
            (*document, "handling"),
            self.tr("handling caveat"),
        )
        b.lines(
            child(f, QPlainTextEdit, "distributionEdit"),
            (*document, "distribution"),
            self.tr("distribution"),
        )
        principal: Path_ = ("visit", "principal")
        for key, name, label in (
            ("name", "principalNameEdit", self.tr("principal's name")),
            ("name_native", "principalNativeNameEdit", self.tr("principal's name in own script")),
            ("title", "principalTitleEdit", self.tr("principal's title")),
            ("organization", "principalOrganizationEdit", self.tr("principal's organisation")),
            ("country", "principalCountryEdit", self.tr("principal's country")),
            ("pronunciation", "principalPronunciationEdit", self.tr("principal's pronunciation")),
        ):
            b.text(child(f, QLineEdit, name), (*principal, key), label, optional=key != "name")
        b.plain(
            child(f, QPlainTextEdit, "principalBioEdit"),
            (*principal, "bio"),
            self.tr("principal's biography"),
            optional=True,
        )
        visit: Path_ = ("visit",)
        b.text(
            child(f, QLineEdit, "hostCountryEdit"),
            (*visit, "host_country"),
            self.tr("host country"),
        )
        b.separated(child(f, QLineEdit, "placesEdit"), (*visit, "places"), self.tr("places"))
        b.date(child(f, QDateEdit, "startEdit"), (*visit, "start"), self.tr("start date"))
        b.date(child(f, QDateEdit, "endEdit"), (*visit, "end"), self.tr("end date"))
        b.plain(child(f, QPlainTextEdit, "purposeEdit"), (*visit, "purpose"), self.tr("purpose"))
        self.rows = {
            "delegation": RowsEditor(
                person_columns(),
                dict_codec({**PERSON, "name": self.tr("New member")}),
                self.tr("Delegation"),
            ),
            "key_points": RowsEditor(
                [
                    Column("text", self.tr("Key point (Markdown)"), stretch=True, long=True),
                    Column("classification", self.tr("Marking"), ("",)),
                ],
                portion_codec(self.tr("New key point")),
                self.tr("Key points"),
            ),
            "background": RowsEditor(
                [
                    Column("text", self.tr("Paragraph (Markdown)"), stretch=True, long=True),
                    Column("classification", self.tr("Marking"), ("",)),
                ],
                portion_codec(self.tr("New paragraph")),
                self.tr("Background"),
            ),
        }
        self.lists = {"sources": SourcesEditor(), "photos": PhotosEditor()}
        for key, host in (
            ("delegation", "delegationHost"),
            ("key_points", "keyPointsHost"),
            ("background", "backgroundHost"),
            ("sources", "sourcesHost"),
            ("photos", "photosHost"),
        ):
            host_layout = child(f, QWidget, host).layout()
            assert host_layout is not None
            host_layout.addWidget(self.rows.get(key) or self.lists[key])

    def show_session(self, session: EditSession) -> None:
        relink(self.session, session, {"changed": self._changed})
        self.session = session
        self._fill_levels()
        self.binder.attach(session)
        for path, editor in self._tables():
            editor.bind(session, path)
        self.show_problems(session.problems)
        self.show_review(*session.review_state())

    def _tables(self) -> list[tuple[Path_, RowsEditor]]:
        """Each table with the list it edits: the visit's, then the record's own."""
        return [(("visit", key), e) for key, e in self.rows.items()] + [
            ((key,), e) for key, e in self.lists.items()
        ]

    def show_problems(self, problems: list[Problem]) -> None:
        self.binder.show_problems(problems)
        for _, editor in self._tables():
            editor.show_problems(problems)

    def show_review(self, unreviewed: set[str], notes: dict[str, str]) -> None:
        self.binder.show_review(unreviewed, notes)
        for _, editor in self._tables():
            editor.show_review(unreviewed, notes)

    def focus_path(self, path: str) -> bool:
        table = next((e for _, e in self._tables() if path.startswith(json_path(e.path))), None)
        if table is not None:
            table.focus_path(path)
            return True
        widget: QWidget | None = self.binder.widget_for(path)
        if widget is None and path.startswith("$.document.classification"):
            widget = self.level
        if widget is None:
            return False
        widget.setFocus()
        return True

    def _scheme_chosen(self) -> None:
        """Change scheme as one edit: a custom scheme starts with levels to rename (the
        record needs some), another drops them, and the level moves to one the new
        scheme has."""
        if self.session is None:
            return
        old = self.session.get(CLASSIFICATION)
        scheme = str(self.scheme.currentData())
        if scheme == old.get("scheme"):
            return
        custom = scheme == SchemeName.CUSTOM.value
        levels = (old.get("levels") or starter_levels()) if custom else None
        offered = choices.levels({"scheme": scheme, "levels": levels})
        level = old.get("level") if old.get("level") in offered else None
        if level is None and offered:
            level = offered[0]
        new = {**old, "scheme": scheme, "level": level, "levels": levels}
        self.session.set(CLASSIFICATION, new, self.tr("Change classification scheme", "undo step"))
        if custom:
            self.levels.setFocus()
            self.levels.selectAll()

    def _fill_levels(self) -> None:
        if self.session is None:
            return
        classification = self.session.get(CLASSIFICATION)
        choices.select(self.scheme, classification.get("scheme"))
        self.levels.setEnabled(classification.get("scheme") == SchemeName.CUSTOM.value)
        levels = choices.levels(classification)
        choices.fill(self.level, [(choices.NONE_LABEL, None)] + [(lv, lv) for lv in levels])
        for editor in (self.rows["key_points"], self.rows["background"], *self.lists.values()):
            editor.set_choices("classification", ("", *levels))

    def _changed(self, path: Path_) -> None:
        if path[: len(CLASSIFICATION)] == CLASSIFICATION[: len(path)]:
            self._fill_levels()
            self.binder.refresh()
