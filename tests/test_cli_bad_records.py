"""Bad records: each gives exit 2, one line naming the file and JSON path, and no output."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest

from briefing.cli import main

Data = dict[str, Any]


def _set(path: str, value: Any) -> Callable[[Data], None]:
    """A mutation that sets the value at a dotted path (list indexes as numbers)."""

    def mutate(data: Data) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return mutate


def _delete(path: str) -> Callable[[Data], None]:
    def mutate(data: Data) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]

    return mutate


def _duplicate_meeting_id(data: Data) -> None:
    data["meetings"][1]["id"] = data["meetings"][0]["id"]


def _sample_text() -> str:
    from briefing.resources import sample_record

    return sample_record().read_text(encoding="utf-8")


# (case id, file content or mutation of the sample, expected JSON path, words of the message)
CASES: list[tuple[str, bytes | Callable[[Data], None], str, str]] = [
    ("not-json", b"this is not a record", "$", "not valid JSON"),
    ("truncated", _sample_text().encode()[:300], "$", "not valid JSON"),
    ("binary", bytes(range(256)) * 4, "$", "not UTF-8"),
    ("empty", b"", "$", "empty"),
    ("bom", b"\xef\xbb\xbf" + _sample_text().encode(), "$", "byte-order mark"),
    ("top-level-list", b"[1, 2, 3]", "$", "expected an object"),
    (
        "nan",
        _sample_text().replace('"format_version": 1', '"format_version": NaN').encode(),
        "$",
        "NaN",
    ),
    (
        "duplicate-key",
        _sample_text()
        .replace('"host_country": "Iraq",', '"host_country": "Iraq",\n    "host_country": "Iran",')
        .encode(),
        "$.visit.host_country",
        "more than once",
    ),
    ("title-wrong-type", _set("document.title", 5), "$.document.title", "expected text"),
    ("meetings-not-list", _set("meetings", {}), "$.meetings", "expected a list"),
    (
        "impossible-date",
        _set("meetings.1.date", "2025-04-31"),
        "$.meetings[1].date",
        "invalid date '2025-04-31'",
    ),
    ("date-as-number", _set("visit.start", 20250420), "$.visit.start", "expected a date"),
    (
        "bad-time",
        _set("meetings.0.start_time", "25:61"),
        "$.meetings[0].start_time",
        "invalid time '25:61'",
    ),
    (
        "unknown-field",
        _set("meetings.0.titel", "typo"),
        "$.meetings[0].titel",
        "unknown field 'titel'",
    ),
    ("bad-kind", _set("meetings.0.kind", "party"), "$.meetings[0].kind", "'party' is not one of"),
    ("missing-principal", _delete("visit.principal"), "$.visit.principal", "required"),
    ("duplicate-meeting-id", _duplicate_meeting_id, "$.meetings[1].id", "duplicate meeting id"),
    (
        "dangling-source",
        _set("meetings.0.sources", ["nowhere"]),
        "$.meetings[0].sources[0]",
        "no source has id 'nowhere'",
    ),
    (
        "photo-leaves-folder",
        _set("photos.0.path", "../../etc/passwd"),
        "$.photos[0].path",
        "leaves the record's folder",
    ),
    ("photo-absolute", _set("photos.0.path", "/etc/passwd"), "$.photos[0].path", "relative"),
    ("end-before-start", _set("visit.end", "2025-04-19"), "$.visit.end", "before it starts"),
    (
        "meeting-outside-visit",
        _set("meetings.2.date", "2025-05-01"),
        "$.meetings[2].date",
        "outside the visit",
    ),
    (
        "unknown-level",
        _set("document.classification.level", "SEKRET"),
        "$.document.classification.level",
        "not a level of the 'uk' scheme",
    ),
    ("newer-format", _set("format_version", 2), "$.format_version", "newer"),
    ("format-version-text", _set("format_version", "1"), "$.format_version", "whole number"),
]


def _write_case(folder: Path, content: bytes | Callable[[Data], None]) -> Path:
    path = folder / "case.visit.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        data = json.loads(_sample_text())
        mutated = deepcopy(data)
        content(mutated)
        path.write_text(json.dumps(mutated, indent=2), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "json_path", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_record_is_refused_by_export(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | Callable[[Data], None],
    json_path: str,
    words: str,
) -> None:
    record = _write_case(tmp_path, content)
    before = record.read_bytes()
    out = tmp_path / "out"

    code = main(["export", str(record), "-o", str(out)])

    err = capsys.readouterr().err
    assert code == 2
    lines = err.strip().splitlines()
    assert any(line.startswith(f"{record}: {json_path}: ") and words in line for line in lines), err
    assert "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())
    assert record.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "json_path", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_validate_reports_the_same_problem(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | Callable[[Data], None],
    json_path: str,
    words: str,
) -> None:
    record = _write_case(tmp_path, content)
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
    record = _write_case(inner, _set("photos.0.path", "photo.png"))
    assert main(["validate", str(record)]) == 2
    assert "$.photos[0].path: 'photo.png' leaves the record's folder" in capsys.readouterr().err


def test_real_command_prints_no_traceback(tmp_path: Path) -> None:
    record = _write_case(tmp_path, _set("meetings.1.date", "2025-04-31"))
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
