"""Where the shipped data folders live, installed or in a source checkout.

A wheel carries ``templates/``, ``assets/`` and ``ui/`` inside the package as
``briefing/_data/``; a checkout (or an editable install) keeps them at the
repository root. Both layouts are looked up here and nowhere else.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """Return the shipped folder ``name`` (``templates``, ``assets`` or ``ui``)."""
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the installation lacks its '{name}' folder")


def sample_record() -> Path:
    """The bundled sample visit record."""
    return data_dir("assets") / "sample" / "rafiyev-baghdad-2025.visit.json"


def fonts_dir() -> Path:
    return data_dir("assets") / "fonts"
