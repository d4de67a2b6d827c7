"""Help: the app's icon, the About box and the bundled user guide.

The guide is the Markdown in ``docs/`` shipped with every installation, shown in the app
itself, so it opens the same way offline, in a wheel and in the one-folder app.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing import about
from briefing.gui.forms import child, load_form
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
        self.setWindowTitle(f"{about.NAME} — user guide")
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName("User guide")
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
            f"Licence: {about.LICENCE}. Fonts: Noto, {about.FONTS_LICENCE}."
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
