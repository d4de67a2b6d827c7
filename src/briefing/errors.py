"""Errors that reach the user as short messages rather than tracebacks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class BriefingError(Exception):
    """A failure caused by the user's input (exit code 2): its lines are the whole message."""

    def lines(self) -> list[str]:
        return [str(self)]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a record, located by a JSON path such as ``$.meetings[1].date``."""

    path: str
    message: str


class RecordError(BriefingError):
    """A record that cannot be read or does not validate; carries every problem found."""

    def __init__(self, file: Path | str, problems: list[Problem]) -> None:
        self.file = str(file)
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [f"{self.file}: {p.path}: {p.message}" for p in self.problems]


class TemplateError(BriefingError):
    """A template that is missing, malformed or fails while rendering."""


class ExportError(BriefingError):
    """An export that cannot be carried out as asked (bad destination, missing image…)."""
