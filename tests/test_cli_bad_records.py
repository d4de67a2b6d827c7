"""Bad records through the command line: validate agrees with export, every problem is
listed, and the real process prints no traceback. The corpus itself is tests/data/bad."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefing.cli import main
from briefing.resources import sample_record
from test_bad_corpus import CASES as CORPUS_CASES
from test_bad_corpus import CORPUS

Data = dict[str, Any]


def _write_case(folder: Path, mutate: Callable[[Data], None]) -> Path:
    path = folder / "case.visit.json"
    data = json.loads(sample_record().read_text(encoding="utf-8"))
    mutate(data)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "json_path", "words"), CORPUS_CASES, ids=[c[0] for c in CORPUS_CASES]
)
def test_validate_reports_the_same_problem_as_export(
    capsys: pytest.CaptureFixture[str], name: str, json_path: str, words: str
) -> None:
    record = CORPUS / name
    assert main(["validate", str(record)]) == 2
    assert f"{record}: {json_path}: " in capsys.readouterr().err


def test_validate_lists_every_problem_one_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def two_problems(data: Data) -> None:
        data["meetings"][1]["date"] = "2025-04-31"
        data["visit"]["host_country"] = ""

    record = _write_case(tmp_path, two_problems)
    assert main(["validate", str(record)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"{record}: $.visit.host_country: must not be empty",
        f"{record}: $.meetings[1].date: invalid date '2025-04-31' (expected YYYY-MM-DD)",
    ]


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "absent.visit.json"
    assert main(["export", str(missing), "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.strip() == f"{missing}: $: no such file"
    assert not (tmp_path / "out").exists()


def test_directory_given_as_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder.visit.json"
    folder.mkdir()
    assert main(["validate", str(folder)]) == 2
    assert capsys.readouterr().err.strip() == f"{folder}: $: is a folder, not a record file"


def test_photo_symlink_leaving_the_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"\x89PNG")
    inner = tmp_path / "record"
    inner.mkdir()
    (inner / "photo.png").symlink_to(outside)
    record = _write_case(inner, lambda data: data["photos"][0].update(path="photo.png"))
    assert main(["validate", str(record)]) == 2
    assert "$.photos[0].path: 'photo.png' leaves the record's folder" in capsys.readouterr().err


def test_real_command_prints_no_traceback(tmp_path: Path) -> None:
    record = _write_case(tmp_path, lambda data: data["meetings"][1].update(date="2025-04-31"))
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(record), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr == (
        f"{record}: $.meetings[1].date: invalid date '2025-04-31' (expected YYYY-MM-DD)\n"
    )
    assert result.stdout == ""
    assert not (tmp_path / "out").exists()
