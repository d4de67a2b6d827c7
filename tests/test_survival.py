"""Valid records that once crashed an export now go through it, and a fault of ours in one
record of a batch fails that record alone: every good record is still exported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

import briefing.export
from briefing.cli import main

pytestmark = pytest.mark.core


def _write(folder: Path, name: str, data: dict[str, Any]) -> Path:
    path = folder / f"{name}.visit.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("marks", ["*", "_", "**", "*_"])
def test_emphasis_nested_thousands_deep_keeps_its_text(
    tmp_path: Path, sample_data: dict[str, Any], marks: str
) -> None:
    sample_data["meetings"][0]["summary"] = marks * 1000 + "kernel" + marks[::-1] * 1000
    record = _write(tmp_path, "stars", sample_data)
    assert main(["export", str(record), "-t", "memcon", "-o", str(tmp_path)]) == 0
    with pdfplumber.open(tmp_path / "stars-memcon.pdf") as pdf:
        assert "kernel" in (pdf.pages[0].extract_text() or "")


def test_deeply_nested_extensions_do_not_stop_a_releasable_edition(
    tmp_path: Path, sample_data: dict[str, Any]
) -> None:
    deep: dict[str, Any] = {}
    inner = deep
    for _ in range(900):
        inner["a"] = {}
        inner = inner["a"]
    sample_data["extensions"] = {"x": deep}
    record = _write(tmp_path, "deep", sample_data)
    arguments = ["export", str(record), "--release-level", "OFFICIAL", "-o", str(tmp_path)]
    assert main(arguments) == 0
    assert (tmp_path / "deep-official.pdf").is_file()


def test_a_fault_in_one_record_fails_it_alone_and_the_batch_goes_on(
    tmp_path: Path,
    sample_data: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = tmp_path / "records"
    records.mkdir()
    for name in ("a", "b-faulty", "c"):
        _write(records, name, sample_data)
    write_outputs = briefing.export.write_outputs

    def faulty(record: Any, base_dir: Path, *args: Any, **kwargs: Any) -> list[Path]:
        if any("b-faulty" in str(target) for target in args[1].values()):
            raise RecursionError("maximum recursion depth exceeded")
        return write_outputs(record, base_dir, *args, **kwargs)

    monkeypatch.setattr(briefing.export, "write_outputs", faulty)
    out = tmp_path / "out"
    for workers in ("1", "2"):
        assert main(["export", str(records), "-o", str(out), "-j", workers]) == 1
        err = capsys.readouterr().err.splitlines()
        assert err == [
            f"{records / 'b-faulty.visit.json'}: unexpected error: RecursionError: maximum "
            "recursion depth exceeded (a fault of Briefing's, not of the record; please "
            "report it)",
            "briefing: 1 of 3 records failed",
        ]
        assert sorted(p.name for p in out.iterdir()) == ["a.docx", "a.pdf", "c.docx", "c.pdf"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_export_is_all_or_nothing_across_its_formats(
    tmp_path: Path,
    sample_data: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    workers: str,
) -> None:
    from briefing.errors import ExportError
    from briefing.writers.docx import DocxWriter

    def failing(*_: Any) -> None:
        raise ExportError("the DOCX cannot be made")

    monkeypatch.setattr(DocxWriter, "write", failing)
    record = _write(tmp_path, "visit", sample_data)
    out = tmp_path / "out"
    assert main(["export", str(record), "-o", str(out), "-j", workers]) == 2
    assert "the DOCX cannot be made" in capsys.readouterr().err
    assert not out.exists() or sorted(p.name for p in out.iterdir()) == []
