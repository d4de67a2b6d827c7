"""Keep the desktop app's translations in step with its sources.

    python packaging/update_translations.py            # the .ts files from the sources
    python packaging/update_translations.py --release  # the .qm files from the .ts files

The first runs pyside6-lupdate over ``src/briefing/gui/*.py`` and ``ui/*.ui`` into
``src/briefing/gui/translations/briefing_<lang>.ts``: new messages arrive unfinished,
messages gone from the sources are dropped, translations are kept. English keeps only
the messages with plural forms (``%n``). Translate in Qt Linguist (``pyside6-linguist``)
or any editor, then run the second, which compiles each ``.ts`` with pyside6-lrelease
into the ``.qm`` the app loads. Both kinds of file are committed; the GUI tests fail
when a message is untranslated or a ``.qm`` is older than its ``.ts``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "src" / "briefing" / "gui" / "translations"
LANGUAGES = ("en", "az", "ar", "ru", "tr", "fr")
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """A PySide6 tool: beside this Python (a virtual environment's scripts), else on PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    """What lupdate reads, relative to the repository (as the .ts files record it)."""
    files = sorted((ROOT / "src" / "briefing" / "gui").glob("*.py")) + sorted(
        (ROOT / "ui").glob("*.ui")
    )
    return [str(file.relative_to(ROOT)) for file in files]


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"briefing_{language}.ts"


def update(folder: Path = TRANSLATIONS) -> list[Path]:
    """Bring every language's .ts in ``folder`` up to date with the sources."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        target = ts_file(language, folder)
        options = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                *options,
                *sources(),
                "-ts",
                str(target),
            ],
            cwd=ROOT,
            check=True,
        )
        written.append(target)
    return written


def release(folder: Path = TRANSLATIONS, output: Path | None = None) -> list[Path]:
    """Compile each language's .ts in ``folder`` into a .qm (in ``output``, else beside it)."""
    written = []
    for language in LANGUAGES:
        source = ts_file(language, folder)
        target = (output or folder) / source.with_suffix(".qm").name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
        )
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--release", action="store_true", help="compile the .ts files into .qm files"
    )
    parser.add_argument(
        "--into",
        type=Path,
        metavar="FOLDER",
        help="work on the .ts (and .qm) files in FOLDER instead of the package's",
    )
    args = parser.parse_args(argv)
    folder = args.into.resolve() if args.into else TRANSLATIONS
    for path in release(folder) if args.release else update(folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
