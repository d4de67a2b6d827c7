"""``briefing desktop-install``: register the app with freedesktop desktops (Linux, BSD).

It writes a menu entry whose ``Exec`` names this installation's ``briefing-gui``, the
``*.visit.json`` MIME type (a sub-class of ``application/json``), and the app's and the
record's icons in the hicolor theme, then refreshes the desktop's caches so that a
double-click on a record opens it in Briefing. ``--uninstall`` removes exactly those files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefingError
from briefing.resources import data_dir

APP_ID = "briefing"
MIME_TYPE = "application/x-briefing-visit+json"
_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_SYSTEM_DATA = Path("/usr/local/share")


@dataclass(frozen=True)
class Installed:
    """What an install wrote (or an uninstall removed), and the caches it refreshed."""

    files: list[Path]
    refreshed: list[str]


def data_home(user: bool) -> Path:
    """Where the files go: the user's XDG data folder, or /usr/local/share for everyone."""
    if not user:
        return _SYSTEM_DATA
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if Path(configured).is_absolute() else Path.home() / ".local/share"


def install(user: bool) -> Installed:
    """Write the entry, MIME type and icons for this installation's ``briefing-gui``."""
    _require_freedesktop()
    home = data_home(user)
    gui = gui_executable()
    written: list[Path] = []
    for target, content in _files(home, gui).items():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        except OSError as error:
            hint = "" if user else " (try --user)"
            raise BriefingError(f"{target}: cannot write: {error.strerror}{hint}") from None
        written.append(target)
    refreshed = _refresh(home)
    if user and _run(["xdg-mime", "default", f"{APP_ID}.desktop", MIME_TYPE]):
        refreshed.append("xdg-mime default")
    return Installed(written, refreshed)


def uninstall(user: bool) -> Installed:
    """Remove what ``install`` wrote; files already gone are not an error."""
    _require_freedesktop()
    home = data_home(user)
    removed: list[Path] = []
    for target in _files(home, Path(APP_ID)):
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise BriefingError(f"{target}: cannot remove: {error.strerror}") from None
        removed.append(target)
    return Installed(removed, _refresh(home))


def gui_executable() -> Path:
    """This installation's ``briefing-gui``: beside the running executable in the one-folder
    app, beside the interpreter in a virtual environment, else the one on PATH."""
    name = "briefing-gui.exe" if sys.platform == "win32" else "briefing-gui"
    beside = Path(sys.executable).resolve().parent / name
    if beside.is_file():
        return beside
    if (unresolved := Path(sys.executable).parent / name).is_file():
        return unresolved.absolute()
    if found := shutil.which(name):
        return Path(found).resolve()
    raise BriefingError(
        f"{name}: not found beside {sys.executable} nor on PATH; reinstall Briefing"
    )


def desktop_entry(gui: Path) -> str:
    """The shipped entry with ``Exec`` and ``TryExec`` naming ``gui`` (quoted as the
    Desktop Entry specification asks)."""
    quoted = _quote_exec(str(gui))
    lines = []
    for line in (data_dir("assets") / "desktop" / f"{APP_ID}.desktop").read_text().splitlines():
        if line.startswith("Exec="):
            line = f"Exec={quoted} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={gui}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _files(home: Path, gui: Path) -> dict[Path, bytes]:
    """Each file to write under ``home``, with its content."""
    assets = data_dir("assets")
    mime_icon = MIME_TYPE.replace("/", "-")
    files: dict[Path, bytes] = {
        home / "applications" / f"{APP_ID}.desktop": desktop_entry(gui).encode(),
        home / "mime" / "packages" / f"{APP_ID}.xml": (
            assets / "desktop" / f"{APP_ID}-mime.xml"
        ).read_bytes(),
        home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg": (
            assets / "icons" / "briefing.svg"
        ).read_bytes(),
        home / "icons/hicolor/scalable/mimetypes" / f"{mime_icon}.svg": (
            assets / "icons" / "briefing-record.svg"
        ).read_bytes(),
    }
    for size in _ICON_SIZES:
        folder = home / "icons" / "hicolor" / f"{size}x{size}"
        files[folder / "apps" / f"{APP_ID}.png"] = (
            assets / "icons" / f"briefing-{size}.png"
        ).read_bytes()
        files[folder / "mimetypes" / f"{mime_icon}.png"] = (
            assets / "icons" / f"briefing-record-{size}.png"
        ).read_bytes()
    return files


def _refresh(home: Path) -> list[str]:
    """Rebuild the MIME, desktop-entry and icon caches the desktop reads; the tools that
    are missing are skipped (desktops then rescan on their own)."""
    commands = {
        "update-mime-database": ["update-mime-database", str(home / "mime")],
        "update-desktop-database": ["update-desktop-database", str(home / "applications")],
        "gtk-update-icon-cache": [
            "gtk-update-icon-cache",
            "--force",
            "--ignore-theme-index",
            "--quiet",
            str(home / "icons" / "hicolor"),
        ],
    }
    return [name for name, command in commands.items() if _run(command)]


def _run(command: list[str]) -> bool:
    if shutil.which(command[0]) is None:
        return False
    result = subprocess.run(command, capture_output=True, check=False)
    return result.returncode == 0


def _quote_exec(path: str) -> str:
    """An ``Exec`` argument: plain when it has no reserved character, else double-quoted
    with ``"`` ``` `` ``$`` and ``\\`` escaped; ``%`` doubled, and every backslash doubled
    again by the string escaping the specification applies before the quoting."""
    path = path.replace("%", "%%")
    if not any(c in path for c in " \t\n\"'\\><~|&;$*?#()`"):
        return path
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in path)
    return f'"{escaped}"'.replace("\\", "\\\\")


def _require_freedesktop() -> None:
    if sys.platform in ("win32", "darwin"):
        raise BriefingError(
            "desktop-install: for Linux and BSD desktops; on Windows and macOS the "
            "installer registers the app"
        )
