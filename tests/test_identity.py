"""One version, from the package metadata: the CLI says it and every export names it."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

from pypdf import PdfReader

from briefing.export import write_outputs
from briefing.model import load_record
from briefing.render.templates import find_template


def test_version_comes_from_the_package_metadata() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout == f"briefing {version('briefing')}\n"
    assert result.stderr == ""


def test_exports_name_briefing_and_its_version(sample_path: Path, tmp_path: Path) -> None:
    outputs = {"pdf": tmp_path / "brief.pdf", "docx": tmp_path / "brief.docx"}
    write_outputs(
        load_record(sample_path), sample_path.parent, find_template("briefing-book"), outputs
    )
    by_suffix = {".pdf": outputs["pdf"], ".docx": outputs["docx"]}
    expected = f"Briefing {version('briefing')}"
    info = PdfReader(by_suffix[".pdf"]).metadata
    assert info is not None
    assert info.creator == expected
    assert info.producer is not None and info.producer.startswith(expected)
    with zipfile.ZipFile(io.BytesIO(by_suffix[".docx"].read_bytes())) as archive:
        app = archive.read("docProps/app.xml").decode()
    assert "<Application>Briefing</Application>" in app
    assert "Macintosh" not in app
