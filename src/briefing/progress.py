"""How ``briefing export`` reports: a progress bar on a terminal, plain lines otherwise.

Plain lines are what scripts and logs rely on: ``wrote PATH`` on stdout for each
file, and warnings and a failed record's problems on stderr, one line each. In an interactive
batch a bar (rich, imported only then) stands in for the ``wrote`` lines;
problems still go to stderr, printed above the bar.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

from briefing.batch import Outcome


class Report:
    """Counts what the export did and prints it line by line."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.failed = 0
        self.faults = 0
        self.files = 0

    def __enter__(self) -> Report:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        return None

    def done(self, outcome: Outcome) -> None:
        self.files += len(outcome.written)
        self.failed += bool(outcome.problems)
        self.faults += outcome.fault
        self.show(outcome)

    def show(self, outcome: Outcome) -> None:
        for line in outcome.notices:
            print(f"warning: {line}", file=sys.stderr)
        for line in outcome.written:
            print(line, flush=True)
        for line in outcome.problems:
            print(line, file=sys.stderr)


class BarReport(Report):
    """A bar on stderr that advances per record, and a summary line on stdout at the end."""

    def __enter__(self) -> BarReport:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(
            TextColumn("Exporting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("records"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            auto_refresh=False,  # no refresh thread: workers are forked while the bar is up
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self.bar: Any = self.progress.add_task("export", total=self.total)
        self.progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.progress.stop()
        if kind is None:
            exported = self.total - self.failed
            print(f"wrote {self.files} files for {exported} of {self.total} records")

    def show(self, outcome: Outcome) -> None:
        for line in (*(f"warning: {n}" for n in outcome.notices), *outcome.problems):
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        self.progress.advance(self.bar)
        self.progress.refresh()


def reporter(total: int) -> Report:
    """A bar for a batch in an interactive terminal, plain lines for anything else."""
    if total > 1 and sys.stdout.isatty() and sys.stderr.isatty():
        return BarReport(total)
    return Report(total)
