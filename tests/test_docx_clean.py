"""The DOCX opens clean in a word processor: rows kept whole, widow control on, the theme
fonts in the document's language, and no part left over from python-docx's template."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from briefing.cli import main

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SAMPLES = Path(__file__).resolve().parents[1] / "assets" / "sample"


def _export(tmp_path: Path, record: str, template: str) -> zipfile.ZipFile:
    out = tmp_path / template
    assert (
        main(["export", str(SAMPLES / record), "-f", "docx", "-t", template, "-o", str(out)]) == 0
    )
    [docx] = out.glob("*.docx")
    return zipfile.ZipFile(docx)


def _xml(archive: zipfile.ZipFile, name: str) -> etree._Element:
    return etree.fromstring(archive.read(name))


@pytest.mark.parametrize("template", ["briefing-book", "readout", "one-pager", "memcon"])
def test_rows_are_whole_and_widows_controlled(tmp_path: Path, template: str) -> None:
    archive = _export(tmp_path, "rafiyev-baghdad-2025.visit.json", template)
    rows = _xml(archive, "word/document.xml").iter(f"{W}tr")
    assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)
    defaults = _xml(archive, "word/styles.xml").find(f"{W}docDefaults/{W}pPrDefault/{W}pPr")
    assert defaults is not None and defaults.find(f"{W}widowControl") is not None
    assert not [name for name in archive.namelist() if name.startswith("customXml/")]
    assert b"customXml" not in archive.read("[Content_Types].xml")


@pytest.mark.parametrize(
    ("record", "language", "bidi"),
    [
        ("rafiyev-baghdad-2025.visit.json", "en", None),
        ("arabic-rafiyev-baghdad-2025.visit.json", "ar", "ar"),
    ],
)
def test_theme_fonts_take_the_documents_language(
    tmp_path: Path, record: str, language: str, bidi: str | None
) -> None:
    archive = _export(tmp_path, record, "briefing-book")
    theme = _xml(archive, "word/settings.xml").find(f"{W}themeFontLang")
    assert theme is not None
    assert theme.get(f"{W}val") == language
    assert theme.get(f"{W}bidi") == bidi
    assert theme.get(f"{W}eastAsia") is None
