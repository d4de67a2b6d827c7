"""Build the one-folder desktop app and its release archive.

    python3 -m pip install '.[bundle]' && python3 packaging/build.py

gives ``dist/briefing/`` (the executables ``briefing`` and ``briefing-gui`` with Python,
Qt, templates, fonts, the samples, the Designer forms and the user guide inside) and
``dist/briefing-VERSION-PLATFORM-MACHINE.tar.gz`` (a ``.zip`` on Windows). The same script
builds on Linux, Windows and macOS; PyInstaller does not cross-compile, so each platform's
app is built on that platform. Before packing, the fresh folder exports the sample with
its own ``briefing``, so a broken build never becomes an archive.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "briefing.spec"
WINDOWS = sys.platform == "win32"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--no-archive", action="store_true", help="leave out the release archive")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print(
            "packaging/build.py: PyInstaller is missing; "
            "run python3 -m pip install '.[bundle]' first",
            file=sys.stderr,
        )
        return 2
    dist: Path = args.dist.resolve()
    started = time.monotonic()
    work = ROOT / "build" / "pyinstaller"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={work}",
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    folder = dist / "briefing"
    smoke_test(folder)
    built = time.monotonic() - started
    print(f"{folder}: {folder_size(folder) / 1e6:.0f} MB unpacked, built in {built:.0f} s")
    if not args.no_archive:
        archive = pack(folder, dist / release_name())
        print(f"{archive}: {archive.stat().st_size / 1e6:.0f} MB")
    return 0


def smoke_test(folder: Path) -> None:
    """Export the bundled sample with the bundled executable, with no Python on PATH."""
    executable = folder / ("briefing.exe" if WINDOWS else "briefing")
    with tempfile.TemporaryDirectory() as out:
        env = {"PATH": "/usr/bin:/bin"} if not WINDOWS else None
        subprocess.run([str(executable), "export", "-o", out], check=True, env=env)
        written = sorted(p.suffix for p in Path(out).iterdir())
        if written != [".docx", ".pdf"]:
            raise SystemExit(f"{executable}: the sample export wrote {written}")


def release_name() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower() or "unknown"
    suffix = ".zip" if WINDOWS else ".tar.gz"
    return f"briefing-{version('briefing')}-{system}-{machine}{suffix}"


def pack(folder: Path, archive: Path) -> Path:
    """The folder as one archive whose single top-level entry is ``briefing/``."""
    archive.unlink(missing_ok=True)
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
            for path in sorted(folder.rglob("*")):
                out.write(path, path.relative_to(folder.parent))
    else:
        with tarfile.open(archive, "w:gz", compresslevel=6) as out:
            out.add(folder, arcname=folder.name)
    return archive


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


if __name__ == "__main__":
    raise SystemExit(main())
