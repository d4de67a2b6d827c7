"""Who Briefing is: one version number, read from the installed package's metadata.

``pyproject.toml`` holds the version; the CLI, the desktop app's About box and the
documents' producer fields all ask here, so a release changes it in one place.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as distribution_version

NAME = "Briefing"
LICENCE = "MIT"
FONTS_LICENCE = "SIL Open Font License 1.1"


@cache
def version() -> str:
    """The installed version; a source tree run without installing says so."""
    try:
        return distribution_version("briefing")
    except PackageNotFoundError:
        return "0+unknown"


def producer() -> str:
    """What a document names as the program that made it, e.g. ``Briefing 0.1.0``."""
    return f"{NAME} {version()}"
