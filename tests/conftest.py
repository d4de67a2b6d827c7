"""Shared fixtures; Qt runs offscreen so GUI tests need no display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from briefing.resources import sample_record


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite the golden files under tests/goldens from the current output",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests under tests/gui are GUI tests, every other test a core test; the property
    tests under tests/properties, the longest, can be left out with -m 'not properties'."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        item.add_marker(pytest.mark.gui if "gui" in parts else pytest.mark.core)
        if "properties" in parts:
            item.add_marker(pytest.mark.properties)


@pytest.fixture
def sample_path() -> Path:
    return sample_record()


@pytest.fixture
def sample_data(sample_path: Path) -> dict[str, object]:
    import json

    data: dict[str, object] = json.loads(sample_path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """User templates, settings and autosaves go to a fresh folder in every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
