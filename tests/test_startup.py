"""What a command costs at start: light commands import no writer library, no Qt and no
progress bar; slow set-up work (fonts, template compilation) happens once per process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from briefing.export import render_bytes
from briefing.model import load_record
from briefing.render.pipeline import render_markup
from briefing.render.templates import find_template
from briefing.resources import sample_record

_HEAVY = ("PySide6", "shiboken6", "reportlab", "docx", "rich")

# Runs the command in-process, then lists the heavy packages it left imported.
_WRAPPER = """
import json, sys
from briefing.cli import main
try:
    main(sys.argv[2:])
except SystemExit:
    pass
heavy = set(json.loads(sys.argv[1]))
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & heavy)))
"""


def _heavy_imports(*args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", _WRAPPER, json.dumps(_HEAVY), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    imported: list[str] = json.loads(result.stdout.splitlines()[-1])
    return imported


@pytest.mark.parametrize(
    "args",
    [["--help"], ["export", "--help"], ["templates"], ["validate", "RECORD"], ["schema"]],
    ids=["help", "export-help", "templates", "validate", "schema"],
)
def test_light_commands_import_no_writer_library_and_no_qt(
    args: list[str], sample_path: Path
) -> None:
    args = [str(sample_path) if a == "RECORD" else a for a in args]
    assert _heavy_imports(*args) == []


# Runs the command in-process, then lists which of the given modules it imported.
_MODULES_WRAPPER = """
import json, sys
from briefing.cli import main
try:
    main(sys.argv[2:])
except SystemExit:
    pass
print(json.dumps(sorted(set(json.loads(sys.argv[1])) & set(sys.modules))))
"""


@pytest.mark.parametrize(
    ("args", "unused"),
    [
        (["templates"], ["jinja2", "markdown_it", "briefing.model.record"]),
        (["validate", "RECORD"], ["jinja2", "markdown_it", "briefing.render.pipeline"]),
    ],
    ids=["templates", "validate"],
)
def test_listing_and_validating_load_no_templating_engine(
    args: list[str], unused: list[str], sample_path: Path
) -> None:
    """Listing templates reads their settings only; validating the sample, whose lists are
    shallow, needs no Markdown parser."""
    args = [str(sample_path) if a == "RECORD" else a for a in args]
    result = subprocess.run(
        [sys.executable, "-c", _MODULES_WRAPPER, json.dumps(unused), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout.splitlines()[-1]) == []


def test_a_piped_export_imports_no_progress_bar(tmp_path: Path) -> None:
    imported = _heavy_imports("export", "-o", str(tmp_path), "-j", "1")
    assert "rich" not in imported
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "rafiyev-baghdad-2025.docx",
        "rafiyev-baghdad-2025.pdf",
    ]


def test_fonts_are_read_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.writers import pdf_styles, pdf_text

    record, template = load_record(sample_record()), find_template("briefing-book")
    render_bytes(record, sample_record().parent, template, "pdf")
    loaded: list[str] = []

    def counting(name: str, path: Path) -> None:
        loaded.append(name)

    monkeypatch.setattr(pdf_styles, "load_font", counting)
    monkeypatch.setattr(pdf_text, "load_font", counting)
    for _ in range(2):  # as the app's preview renders again and again
        assert render_bytes(record, sample_record().parent, template, "pdf").startswith(b"%PDF")
    assert loaded == []


_DOCX_WRAPPER = """
import sys
from briefing.export import render_bytes
from briefing.model import load_record
from briefing.render.templates import find_template
from briefing.resources import sample_record
record = load_record(sample_record())
data = render_bytes(record, sample_record().parent, find_template("briefing-book"), "docx")
print(len(data), "pikepdf" in sys.modules)
"""


def test_a_docx_paginated_by_its_pdf_layout_loads_no_pdf_rewriter() -> None:
    """The DOCX lays the PDF out for its contents' page numbers but writes no PDF, so the
    structure writer and pikepdf (about 30 ms to import) stay unloaded."""
    result = subprocess.run(
        [sys.executable, "-c", _DOCX_WRAPPER], capture_output=True, text=True, check=True
    )
    size, imported = result.stdout.split()
    assert int(size) > 10_000
    assert imported == "False"


def test_templates_are_compiled_once_per_process(
    monkeypatch: pytest.MonkeyPatch, sample_path: Path
) -> None:
    import jinja2

    record = load_record(sample_path)
    template = find_template("briefing-book")
    first = render_markup(record, template)
    loaded: list[str] = []
    original = jinja2.FileSystemLoader.get_source

    def counting(self: jinja2.FileSystemLoader, environment: jinja2.Environment, name: str) -> Any:
        loaded.append(name)
        return original(self, environment, name)

    monkeypatch.setattr(jinja2.FileSystemLoader, "get_source", counting)
    assert render_markup(record, template) == first
    assert loaded == []
