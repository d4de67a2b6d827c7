"""Deeply nested Markdown is never shortened on the way into a brief: up to the limit
every item and the text after it arrive; beyond it the record is refused by name."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest

from briefing.cli import main
from briefing.model.markdown_text import MAX_LIST_DEPTH

pytestmark = pytest.mark.core


def _nested(depth: int, marker: str = "-") -> str:
    lines = [
        "  " * i + (f"{marker} " if marker != "1." else "1. ") + f"level{i}" for i in range(depth)
    ]
    return "Before.\n\n" + "\n".join(lines) + "\n\nAfter the list."


def _record(tmp_path: Path, sample_data: dict[str, object], summary: str) -> Path:
    sample_data["meetings"][0]["summary"] = summary  # type: ignore[index]
    path = tmp_path / "deep.visit.json"
    path.write_text(json.dumps(sample_data), encoding="utf-8")
    return path


@pytest.mark.parametrize("marker", ["-", "*", "1."])
def test_lists_up_to_the_limit_keep_every_item_and_what_follows(
    tmp_path: Path, sample_data: dict[str, object], marker: str
) -> None:
    record = _record(tmp_path, sample_data, _nested(MAX_LIST_DEPTH, marker))
    assert main(["export", str(record), "-t", "memcon", "-o", str(tmp_path)]) == 0
    with pdfplumber.open(tmp_path / "deep-memcon.pdf") as pdf:
        text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in pdf.pages))
    assert all(f"level{i}" in text for i in range(MAX_LIST_DEPTH))
    assert "After the list." in text


@pytest.mark.parametrize("depth", [MAX_LIST_DEPTH + 1, 40, 100])
def test_deeper_lists_are_refused_by_field_not_cut(
    tmp_path: Path,
    sample_data: dict[str, object],
    capsys: pytest.CaptureFixture[str],
    depth: int,
) -> None:
    record = _record(tmp_path, sample_data, _nested(depth))
    assert main(["validate", str(record)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line == (
        f"{record}: $.meetings[0].summary: lists nest more than {MAX_LIST_DEPTH} levels deep; "
        f"a brief holds at most {MAX_LIST_DEPTH}: move the deeper items up"
    )
    assert main(["export", str(record), "-o", str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
