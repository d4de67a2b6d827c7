"""Toolbar icons: the desktop's icon theme where it has the icon, else Material Design
Icons (Apache 2.0) from qtawesome, so a bare desktop or a bundle shows them too."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

ICONS = {
    "new": ("document-new", "mdi6.file-document-plus-outline"),
    "open": ("document-open", "mdi6.folder-open-outline"),
    "save": ("document-save", "mdi6.content-save-outline"),
    "export": ("document-export", "mdi6.file-export-outline"),
    "print": ("document-print", "mdi6.printer-outline"),
    "undo": ("edit-undo", "mdi6.undo"),
    "redo": ("edit-redo", "mdi6.redo"),
    "find": ("edit-find", "mdi6.magnify"),
    "add-meeting": ("list-add", "mdi6.calendar-plus"),
    "bold": ("format-text-bold", "mdi6.format-bold"),
    "italic": ("format-text-italic", "mdi6.format-italic"),
    "bullets": ("format-list-unordered", "mdi6.format-list-bulleted"),
    "numbers": ("format-list-ordered", "mdi6.format-list-numbered"),
    "link": ("insert-link", "mdi6.link-variant"),
}


@cache
def icon(name: str) -> QIcon:
    """The icon for one of ``ICONS``."""
    themed, fallback = ICONS[name]
    if QIcon.hasThemeIcon(themed):
        return QIcon.fromTheme(themed)
    import qtawesome  # loaded only when the theme lacks an icon (about 0.2 s)

    found: QIcon = qtawesome.icon(fallback)
    return found


def tooltip(action_text: str, keys: str) -> str:
    """A tooltip naming the command and its keys, e.g. ``Save (Ctrl+S)``."""
    text = action_text.replace("&", "").removesuffix("…")
    return f"{text} ({keys})" if keys else text
