"""Compiled templates are kept in the user's cache folder and never stop an export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing.model import load_record
from briefing.render import pipeline as render
from briefing.render.pipeline import render_markup
from briefing.render.templates import find_template


@pytest.fixture
def fresh_environments() -> Iterator[None]:
    """Each render below builds its environment anew, as a new process would."""
    render._environment.cache_clear()
    yield
    render._environment.cache_clear()


def _render(sample_path: Path) -> str:
    render._environment.cache_clear()
    return render_markup(load_record(sample_path), find_template("briefing-book"))


def _cached_files(cache: Path) -> list[Path]:
    return sorted(p for p in cache.rglob("*") if p.is_file())


def _refuse_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def compile_(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("compiled although the cache holds the template")

    monkeypatch.setattr(render.jinja2.Environment, "compile", compile_)


@pytest.mark.usefixtures("fresh_environments")
def test_a_second_process_renders_from_the_cache_without_compiling(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = _render(sample_path)
    cached = _cached_files(tmp_path / "briefing")
    assert len(cached) >= 2, "the template and the shared macros it imports"

    _refuse_compiling(monkeypatch)
    assert _render(sample_path) == first


@pytest.mark.usefixtures("fresh_environments")
def test_damaged_cache_entries_are_compiled_again(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = _render(sample_path)
    for entry in _cached_files(tmp_path / "briefing"):
        entry.write_bytes(entry.read_bytes()[:40])

    assert _render(sample_path) == first


@pytest.mark.usefixtures("fresh_environments")
def test_an_unusable_cache_folder_does_not_stop_rendering(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))

    assert "Rafiyev" in _render(sample_path)
