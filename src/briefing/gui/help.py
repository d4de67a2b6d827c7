"""Help: the app's icon, the About box, the shortcut list and the bundled user guide,
and the Edit menu's clipboard actions, which act on whichever field has the focus.

The guide is the Markdown in ``docs/`` shipped with every installation, shown in the app
itself, so it opens the same way offline, in a wheel and in the one-folder app.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing import about
from briefing.gui.forms import child, load_form
from briefing.gui.language import QT_TRANSLATE_NOOP
from briefing.resources import data_dir

_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application icon at every size it is drawn in (window, taskbar, switcher)."""
    icon = QIcon()
    for size in _ICON_SIZES:
        icon.addFile(str(data_dir("assets") / "icons" / f"briefing-{size}.png"))
    return icon


class GuideWindow(QMainWindow):
    """The user guide: Markdown pages with their images; links between pages stay here,
    links to the web open in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name} — user guide").format(name=about.NAME))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.setCentralWidget(self.browser)
        self.resize(820, 900)
        self.browser.setSource(QUrl.fromLocalFile(str(data_dir("docs") / "user-guide.md")))

    def _follow(self, url: QUrl) -> None:
        if url.isRelative() or url.isLocalFile():
            self.browser.setSource(self.browser.source().resolved(url))
        else:
            QDesktopServices.openUrl(url)


class AboutDialog(QDialog):
    """Version, licences and a way into the user guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("about_dialog", self)
        self.setWindowTitle(self.form.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        child(self.form, QLabel, "aboutIcon").setPixmap(
            QPixmap(str(data_dir("assets") / "icons" / "briefing-64.png"))
        )
        child(self.form, QLabel, "aboutTitle").setText(f"<b>{about.producer()}</b>")
        child(self.form, QLabel, "aboutLicences").setText(
            self.tr("Licence: {licence}. Fonts: Noto, {fonts}.").format(
                licence=about.LICENCE, fonts=about.FONTS_LICENCE
            )
        )
        child(self.form, QLabel, "guideLink").linkActivated.connect(
            lambda _link: open_guide(self.parentWidget())
        )
        child(self.form, QDialogButtonBox, "aboutButtons").rejected.connect(self.reject)


def open_guide(parent: QWidget | None) -> GuideWindow:
    """Show the user guide (one window per main window, raised when already open)."""
    existing = parent.findChild(GuideWindow) if parent is not None else None
    guide = existing if existing is not None else GuideWindow(parent)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


_TEXT_ACTIONS = (
    (QT_TRANSLATE_NOOP("TextActions", "Cu&t"), QKeySequence.StandardKey.Cut, "cut"),
    (QT_TRANSLATE_NOOP("TextActions", "&Copy"), QKeySequence.StandardKey.Copy, "copy"),
    (QT_TRANSLATE_NOOP("TextActions", "&Paste"), QKeySequence.StandardKey.Paste, "paste"),
    (
        QT_TRANSLATE_NOOP("TextActions", "Select &all"),
        QKeySequence.StandardKey.SelectAll,
        "selectAll",
    ),
)


def text_actions(parent: QWidget) -> list[QAction]:
    """Cut, Copy, Paste and Select All for the field with the focus. A text field handles
    the keys itself; the menu items reach it when chosen with the mouse."""
    actions = []
    for label, key, method in _TEXT_ACTIONS:
        action = QAction(QCoreApplication.translate("TextActions", label), parent)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False, m=method: _on_focus(m))
        actions.append(action)
    return actions


def _on_focus(method: str) -> None:
    widget = QApplication.focusWidget()
    if widget is not None and callable(getattr(widget, method, None)):
        getattr(widget, method)()


class ShortcutsDialog(QDialog):
    """Every menu command and summary formatting action that has a key, with its key."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = sorted(
            {
                (
                    action.text().replace("&", ""),
                    key.toString(QKeySequence.SequenceFormat.NativeText),
                )
                for action in parent.findChildren(QAction)
                for key in action.shortcuts()[:1]
                if action.text() and not key.isEmpty()
            },
            key=lambda row: row[0].casefold(),
        )
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (command, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 520)
