"""Edit › Preferences: the interface language, kept in the settings for the next start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import language
from briefing.gui.settings import Settings


class PreferencesDialog(QDialog):
    """Stores the chosen interface language when accepted; says when it will apply."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("System default"), "")
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language.chosen()), 0))
        self.language.currentIndexChanged.connect(lambda _: self._show_note())
        label = QLabel(self.tr("&Interface language:"))
        label.setBuddy(self.language)
        self.note = QLabel(self.tr("Briefing speaks the chosen language from its next start."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch()
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._show_note()

    def choice(self) -> str:
        """The language chosen in the list; "" for the system's."""
        return str(self.language.currentData() or "")

    def changes_language(self) -> bool:
        """Whether the choice would make the app speak another language than it does now."""
        return language.interface_language(self.choice()) != language.current()

    def accept(self) -> None:
        self.settings.set_text(language.SETTING, self.choice())
        super().accept()

    def _show_note(self) -> None:
        self.note.setVisible(self.changes_language())
