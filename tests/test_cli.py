"""The command-line contract other front ends and scripts rely on."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main


def test_cli_imports_no_qt_and_no_writer_libraries() -> None:
    code = (
        "import sys, briefing.cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'reportlab', 'docx', 'jinja2'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_templates_lists_name_and_description(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("briefing-book  Full visit brief") for line in lines)


def test_schema_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "meetings" in schema["properties"]


def test_new_writes_a_valid_record_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "trip.visit.json"
    assert main(["new", str(path)]) == 0
    assert main(["validate", str(path)]) == 0
    path.write_text("my own work", encoding="utf-8")
    capsys.readouterr()
    assert main(["new", str(path)]) == 2
    assert capsys.readouterr().err.strip() == f"{path}: already exists; not overwritten"
    assert path.read_text(encoding="utf-8") == "my own work"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trip.visit.json"]


def test_unknown_template_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["export", "-t", "no-such", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no template named 'no-such'" in err and "briefing-book" in err
    assert list(tmp_path.iterdir()) == []


def test_output_file_needs_one_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    assert main(["export", "-o", str(target)]) == 2
    assert "one record and one format" in capsys.readouterr().err
    assert not target.exists()


def test_export_never_overwrites_the_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_path: Path
) -> None:
    record = tmp_path / "trip.pdf"
    record.write_bytes(sample_path.read_bytes())
    before = record.read_bytes()
    assert main(["export", str(record), "-f", "pdf", "-o", str(record)]) == 2
    assert "refusing to overwrite a record" in capsys.readouterr().err
    assert record.read_bytes() == before


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["export", "-f", "odt"])
    assert raised.value.code == 2
    assert "invalid choice: 'odt'" in capsys.readouterr().err


def test_exports_through_other_templates_are_named_after_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_path: Path
) -> None:
    record = tmp_path / "trip.visit.json"
    record.write_bytes(sample_path.read_bytes())
    assert main(["export", str(record), "-o", str(tmp_path)]) == 0
    assert main(["export", str(record), "-o", str(tmp_path), "-t", "readout"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "trip-readout.docx",
        "trip-readout.pdf",
        "trip.docx",
        "trip.pdf",
        "trip.visit.json",
    ]
    assert "wrote" in capsys.readouterr().out


def test_photos_without_alt_text_are_warned_about_but_still_valid_and_exported(
    tmp_path: Path, sample_data: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image

    Image.new("RGB", (30, 20)).save(tmp_path / "talks.png")
    sample_data["photos"] = [
        {"path": "talks.png", "caption": "Talks in Baghdad", "credit": None, "alt": None},
        {"path": "talks.png", "caption": None, "credit": None, "alt": " "},
        {"path": "talks.png", "caption": None, "credit": None, "alt": "Two ministers"},
        {"path": None, "caption": None, "credit": "MFA", "alt": None},
    ]
    record = tmp_path / "photos.visit.json"
    record.write_text(json.dumps(sample_data), encoding="utf-8")
    warnings = [
        f"warning: {record}: $.photos[0].alt: the photo has no alt text; screen readers get "
        "only its caption",
        f"warning: {record}: $.photos[1].alt: the photo has no alt text or caption; screen "
        "readers skip it",
    ]
    assert main(["validate", str(record)]) == 0
    out = capsys.readouterr()
    assert out.err.splitlines() == warnings and out.out == f"{record}: valid\n"
    assert main(["export", str(record), "-o", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().err.splitlines() == warnings


def test_a_record_piped_on_stdin_exports_in_both_formats(tmp_path: Path, sample_path: Path) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "briefing", "export", "/dev/stdin", "-o", str(out)]
    result = subprocess.run(
        [*command, "-j", "2"], input=sample_path.read_bytes(), capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["stdin.docx", "stdin.pdf"]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_and_pipes_are_read_up_to_the_size_limit_only(
    device: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", device]) == 2
    assert capsys.readouterr().err == (
        f"{device}: $: the file is over 50 MiB; records are limited to 50 MiB\n"
    )


def test_an_output_name_that_is_a_folder_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "brief.pdf"
    folder.mkdir()

    code = main(["export", "-f", "pdf", "-o", str(folder)])

    assert code == 2
    assert capsys.readouterr().err.strip() == f"{folder}: cannot write: Is a directory"
    assert list(folder.iterdir()) == []


def test_a_full_disk_is_a_clear_error_that_leaves_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    out = tmp_path / "out"

    code = main(["export", "-o", str(out)])

    err = capsys.readouterr().err
    assert code == 2, err
    lines = err.splitlines()
    assert lines, err
    assert all(line.endswith(": cannot write: No space left on device") for line in lines), err
    assert list(out.iterdir()) == []
