"""The bad-record corpus in tests/data/bad: every file is refused the same careful way."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main

CORPUS = Path(__file__).parent / "data" / "bad"


def _cases() -> list[tuple[str, str, str]]:
    with (CORPUS / "EXPECTED.tsv").open(encoding="utf-8") as table:
        rows = [row for row in csv.reader(table, delimiter="\t") if not row[0].startswith("#")]
    return [(name, path, words) for name, path, words in rows]


CASES = _cases()


def test_the_corpus_is_large_and_complete() -> None:
    assert len(CASES) >= 40
    listed = {name for name, _, _ in CASES}
    assert listed == {p.name for p in CORPUS.glob("*.visit.json")}


@pytest.mark.parametrize(("name", "json_path", "words"), CASES, ids=[c[0] for c in CASES])
def test_bad_record_gives_one_clear_line_and_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, json_path: str, words: str
) -> None:
    record = CORPUS / name
    before = record.read_bytes()
    out = tmp_path / "out"

    code = main(["export", str(record), "-o", str(out)])

    err = capsys.readouterr().err
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{record}: {json_path}: "), err
    assert words in lines[0], err
    assert not out.exists() or not any(out.iterdir())
    assert record.read_bytes() == before


def test_record_over_50_megabytes_is_refused_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = tmp_path / "huge.visit.json"
    with record.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024 + 1)
    assert main(["validate", str(record)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"{record}: $: the file is 50.0 MiB; records are limited to 50 MiB"
    )


def test_a_few_bad_files_through_the_real_command(tmp_path: Path) -> None:
    names = ["deep-nesting.visit.json", "binary.visit.json", "photo-decompression-bomb.visit.json"]
    for name in names:
        result = subprocess.run(
            [sys.executable, "-m", "briefing", "export", str(CORPUS / name), "-o", str(tmp_path)],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert list(tmp_path.iterdir()) == []


def test_a_postscript_file_posing_as_a_photo_never_reaches_ghostscript(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from PIL import EpsImagePlugin

    def refuse(*_: object, **__: object) -> None:
        pytest.fail("Ghostscript was run on a record's photo")

    monkeypatch.setattr(EpsImagePlugin, "Ghostscript", refuse)
    monkeypatch.setattr(EpsImagePlugin, "has_ghostscript", lambda: True)
    record = CORPUS / "photo-eps-named-jpg.visit.json"
    assert main(["export", str(record), "-o", str(tmp_path)]) == 2
    assert "cannot be read as an image (PNG or JPEG)" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
