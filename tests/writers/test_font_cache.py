"""Parsed fonts are kept in the user's cache folder, give the same PDF, and never stop one."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from briefing.resources import fonts_dir
from briefing.writers import font_cache
from briefing.writers.font_cache import load_font

REGULAR = fonts_dir() / "NotoSerif-Regular.ttf"
TEXT = "Baghdad — Rafiyev, Ağdərə, 2025"


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.rglob("*.pickle"))


def _refuse_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("parsed although the cache holds the font")

    monkeypatch.setattr(font_cache.TTFontFace, "extractInfo", parse)


def _same_font(kept: Any, parsed: Any) -> None:
    """Everything reportlab measures and embeds agrees."""
    assert kept.fontName == parsed.fontName
    assert kept.stringWidth(TEXT, 11) == parsed.stringWidth(TEXT, 11)
    codes = sorted({ord(c) for c in TEXT})
    glyphs = [kept.face.charToGlyph[c] for c in codes]
    assert glyphs == [parsed.face.charToGlyph[c] for c in codes]
    assert kept.face.makeSubset(codes) == parsed.face.makeSubset(codes)
    assert kept.face._pdfScale(2048) == parsed.face._pdfScale(2048)
    skip = {"_pdfScale"}
    assert {k: v for k, v in vars(kept.face).items() if k not in skip} == {
        k: v for k, v in vars(parsed.face).items() if k not in skip
    }


def test_a_second_load_comes_from_the_cache_and_measures_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parsed = load_font("Serif", REGULAR)
    assert len(_entries(tmp_path)) == 1

    _refuse_parsing(monkeypatch)
    _same_font(load_font("Serif", REGULAR), parsed)


def test_a_damaged_entry_is_parsed_again_and_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parsed = load_font("Serif", REGULAR)
    (entry,) = _entries(tmp_path)
    entry.write_bytes(entry.read_bytes()[:200])

    _same_font(load_font("Serif", REGULAR), parsed)
    _refuse_parsing(monkeypatch)
    _same_font(load_font("Serif", REGULAR), parsed)


@pytest.mark.parametrize("kept", [[1, 2], {"font": {}}, {"font": {}, "face": 3}])
def test_an_entry_of_another_shape_is_parsed_again(
    kept: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What another version (or anything else) left under an entry's name never stops
    an export."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parsed = load_font("Serif", REGULAR)
    (entry,) = _entries(tmp_path)
    entry.write_bytes(pickle.dumps(kept))

    _same_font(load_font("Serif", REGULAR), parsed)


def test_an_entry_belongs_to_the_file_s_bytes_not_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    font = tmp_path / "Font.ttf"
    shutil.copyfile(REGULAR, font)
    assert load_font("F", font).face.name == load_font("G", REGULAR).face.name
    shutil.copyfile(fonts_dir() / "NotoSansHebrew-Regular.ttf", font)

    assert load_font("F", font).face.familyName == b"Noto Sans Hebrew"
    assert len(_entries(tmp_path / "cache")) == 2


def test_an_unusable_cache_folder_does_not_stop_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))

    assert load_font("Serif", REGULAR).stringWidth(TEXT, 11) > 0


def test_exports_from_parsed_and_kept_fonts_are_the_same_bytes(
    sample_path: Path, tmp_path: Path
) -> None:
    """Three processes: one parses every font, then two read them all from the cache."""
    record = sample_path.parent / "bilingual-rafiyev-baghdad-2025.visit.json"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    outputs = []
    for run in range(3):
        out = tmp_path / f"brief-{run}.pdf"
        command = [sys.executable, "-m", "briefing", "export", str(record), "-f", "pdf"]
        subprocess.run([*command, "-o", str(out)], env=env, check=True, capture_output=True)
        outputs.append(out.read_bytes())

    assert len(_entries(tmp_path / "cache")) >= 6, "the family and its Arabic companion"
    assert outputs[0] == outputs[1] == outputs[2]
