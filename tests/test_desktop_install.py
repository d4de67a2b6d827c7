"""``briefing desktop-install``: a valid menu entry, the .visit.json type and the icons,
registered so that the desktop's own lookups find them, and removed again on uninstall.

The desktop's tools (desktop-file-validate, update-mime-database, xdg-mime) are Debian
packages that .ci/run installs; without them the checks that need them are skipped."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import desktop
from briefing.cli import main

MIME_TYPE = "application/x-briefing-visit+json"


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user whose data and configuration folders are empty."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "data"


def _needs(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")


def _mime_type_of(name: str) -> str:
    """What Qt, as a file manager or the app's own dialogs would, makes of a file name."""
    code = (
        "from PySide6.QtCore import QMimeDatabase; import sys; "
        "print(QMimeDatabase().mimeTypeForFile(sys.argv[1], "
        "QMimeDatabase.MatchMode.MatchExtension).name())"
    )
    env = dict(os.environ, XDG_DATA_DIRS="/usr/local/share:/usr/share")
    result = subprocess.run(
        [sys.executable, "-c", code, name], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout.strip()


def test_install_writes_entry_type_and_icons(xdg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["desktop-install", "--user"]) == 0
    assert f"with 20 files in {xdg}" in capsys.readouterr().out
    entry = (xdg / "applications" / "briefing.desktop").read_text()
    gui = desktop.gui_executable()
    assert gui.name == "briefing-gui" and gui.is_file()
    assert f"Exec={gui} %f\n" in entry
    assert f"MimeType={MIME_TYPE};\n" in entry
    assert "Icon=briefing\n" in entry
    mime = (xdg / "mime" / "packages" / "briefing.xml").read_text()
    assert '<glob pattern="*.visit.json"' in mime
    assert '<sub-class-of type="application/json"/>' in mime
    for size in (16, 32, 48, 256):
        app_icon = xdg / f"icons/hicolor/{size}x{size}/apps/briefing.png"
        record_icon = (
            xdg / f"icons/hicolor/{size}x{size}/mimetypes/{MIME_TYPE.replace('/', '-')}.png"
        )
        assert app_icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert record_icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (xdg / "icons/hicolor/scalable/apps/briefing.svg").read_text().startswith("<svg")


def test_the_entry_is_valid(xdg: Path, tmp_path: Path) -> None:
    _needs("desktop-file-validate")
    desktop.install(user=True)
    spaced = tmp_path / "Briefing app" / "briefing-gui"
    odd = tmp_path / "odd.desktop"
    odd.write_text(desktop.desktop_entry(spaced))
    for path in (xdg / "applications" / "briefing.desktop", odd):
        result = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr
    assert f'Exec="{spaced}" %f' in odd.read_text()


def test_records_get_their_type_and_open_in_briefing(xdg: Path) -> None:
    _needs("update-mime-database")
    done = desktop.install(user=True)
    assert "update-mime-database" in done.refreshed
    assert _mime_type_of("trip.visit.json") == MIME_TYPE
    assert _mime_type_of("data.json") == "application/json"
    if shutil.which("xdg-mime") is not None:
        env = dict(os.environ, XDG_DATA_DIRS="/usr/local/share:/usr/share")
        default = subprocess.run(
            ["xdg-mime", "query", "default", MIME_TYPE], capture_output=True, text=True, env=env
        )
        assert default.stdout.strip() == "briefing.desktop"


def test_uninstall_removes_everything_it_wrote(
    xdg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = desktop.install(user=True).files
    assert main(["desktop-install", "--user", "--uninstall"]) == 0
    assert "removed 20 files" in capsys.readouterr().out
    assert not any(path.exists() for path in written)
    if shutil.which("update-mime-database") is not None:
        assert _mime_type_of("trip.visit.json") == "application/json"
    # A second uninstall has nothing left to do, and says so without failing.
    assert main(["desktop-install", "--user", "--uninstall"]) == 0
    assert "removed 0 files" in capsys.readouterr().out
