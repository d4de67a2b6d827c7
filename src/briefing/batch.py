"""Exporting records on several cores; interrupting stops every worker and leaves no partial file.

Each worker process takes one task at a time: a record and the formats it goes
to. With fewer records than workers, a record's formats go to separate workers,
so even one record uses every core. That pays only where workers are forked
(Linux), starting at once with the parent's imports; a spawned worker costs a
fresh interpreter, so elsewhere records are the unit of work.

A worker told to stop (SIGTERM, SIGHUP) unwinds through ``atomic_write``, which
removes its temporary file; workers ignore SIGINT, so Ctrl+C reaches the parent
alone, which then stops them all, as it does on SIGTERM and SIGHUP. On Linux a
worker is also told to stop when the command dies, even by SIGKILL.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import FrameType
from typing import NoReturn

from briefing.errors import BriefingError
from briefing.export import WROTE, ExportJob, run_job
from briefing.render.templates import Template

_FORK = sys.platform == "linux"


@dataclass(frozen=True)
class Outcome:
    """What became of one record: a line per file written, and its problems if it failed."""

    record: Path
    written: tuple[str, ...]
    problems: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    """Warnings that did not stop the record (a language without a catalog)."""
    fault: bool = False
    """The record failed on a fault of Briefing's rather than of the record."""


@dataclass(frozen=True)
class _Task:
    index: int
    """Which job this is part of."""
    part: int
    """Its place among the job's formats, so output lines keep the planned order."""
    job: ExportJob


class WorkerError(Exception):
    """A worker process that stopped without reporting on its task."""


def default_workers() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def export_all(
    jobs: Sequence[ExportJob],
    template: Template,
    workers: int,
    done: Callable[[Outcome], None],
) -> None:
    """Export every job, calling ``done`` once per record as soon as all its files are written."""
    spread = workers if _FORK else 1
    tasks = _tasks(jobs, spread)
    with _fewer_collections():
        if not _FORK and (workers <= 1 or len(tasks) <= 1):
            for task in tasks:
                done(_attempt(task, template))
            return
        # Where workers are forked (a few milliseconds), even one task goes to a worker:
        # a worker outlives a command killed with SIGKILL just long enough to remove the
        # file it was writing, which the command itself could not.
        merge = _Merge(tasks, done)
        _run_in_workers(tasks, template, max(1, min(workers, len(tasks))), merge.add)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect cyclic garbage less often while exporting.

    Laying out a document allocates objects by the million, and each default
    collection rescans every object the imports left behind: freezing those and
    collecting the youngest generation every 50,000 allocations instead of 700
    makes a 400-meeting PDF about a fifth faster for a few MB more memory. Each
    task ends with a full collection, which then costs about 3 ms.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _tasks(jobs: Sequence[ExportJob], spread: int) -> list[_Task]:
    """A task per record, or per format of a record when that keeps more workers busy
    and the record can be read more than once (a file, not a pipe such as /dev/stdin)."""
    if len(jobs) >= spread:
        return [_Task(index, 0, job) for index, job in enumerate(jobs)]
    tasks = []
    for index, job in enumerate(jobs):
        if not job.record.is_file():
            tasks.append(_Task(index, 0, job))
            continue
        for part, (name, target) in enumerate(job.outputs.items()):
            tasks.append(_Task(index, part, replace(job, outputs={name: target})))
    return tasks


def _attempt(task: _Task, template: Template) -> Outcome:
    """Run one task; a problem with the record or template is its outcome, not an error."""
    written: list[str] = []
    notices: list[str] = []
    try:
        run_job(task.job, template, progress=written.append, notice=notices.append)
    except BriefingError as error:
        return Outcome(task.job.record, tuple(written), tuple(error.lines()), tuple(notices))
    except Exception as error:
        # A fault of ours fails this record only: the batch goes on with the others.
        line = (
            f"{task.job.record}: unexpected error: {type(error).__name__}: {error} "
            "(a fault of Briefing's, not of the record; please report it)"
        )
        return Outcome(task.job.record, tuple(written), (line,), tuple(notices), fault=True)
    finally:
        gc.collect()  # the task's cycles, now, rather than piling up over many records
    return Outcome(task.job.record, tuple(written), notices=tuple(notices))


class _Merge:
    """Joins the parts of a split record into one outcome, in the planned order of formats."""

    def __init__(self, tasks: Sequence[_Task], done: Callable[[Outcome], None]) -> None:
        self.done = done
        self.expected: dict[int, int] = {}
        for task in tasks:
            self.expected[task.index] = self.expected.get(task.index, 0) + 1
        self.parts: dict[int, list[tuple[int, Outcome]]] = {}

    def add(self, task: _Task, result: Outcome) -> None:
        parts = self.parts.setdefault(task.index, [])
        parts.append((task.part, result))
        if len(parts) < self.expected[task.index]:
            return
        ordered = [outcome for _, outcome in sorted(parts, key=lambda p: p[0])]
        written = tuple(line for o in ordered for line in o.written)
        if any(o.problems for o in ordered):
            # All or nothing: the formats another worker wrote go too.
            for line in written:
                Path(line.removeprefix(WROTE)).unlink(missing_ok=True)
            written = ()
        self.done(
            Outcome(
                ordered[0].record,
                written,
                tuple(dict.fromkeys(line for o in ordered for line in o.problems)),
                tuple(dict.fromkeys(line for o in ordered for line in o.notices)),
                any(o.fault for o in ordered),
            )
        )


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    task: _Task | None = None

    def give(self, task: _Task) -> None:
        self.task = task
        self.connection.send(task)


def _run_in_workers(
    tasks: Sequence[_Task],
    template: Template,
    count: int,
    add: Callable[[_Task, Outcome], None],
) -> None:
    context = multiprocessing.get_context("fork") if _FORK else multiprocessing.get_context("spawn")
    waiting = list(reversed(tasks))
    crew: list[_Worker] = []
    try:
        for _ in range(count):
            ours, theirs = context.Pipe()
            process = context.Process(
                target=_serve, args=(theirs, template, os.getpid()), daemon=True
            )
            process.start()
            theirs.close()
            crew.append(_Worker(process, ours))
        for worker in crew:
            worker.give(waiting.pop())
        while busy := [w for w in crew if w.task is not None]:
            ready = wait([w.connection for w in busy] + [w.process.sentinel for w in busy])
            for worker in busy:
                if worker.connection not in ready and worker.process.sentinel not in ready:
                    continue
                task = worker.task
                assert task is not None
                try:
                    result = worker.connection.recv()
                except EOFError:
                    raise WorkerError(
                        f"a worker stopped unexpectedly while exporting {task.job.record}"
                    ) from None
                worker.task = None
                add(task, result)
                if waiting:
                    worker.give(waiting.pop())
        for worker in crew:
            with contextlib.suppress(BrokenPipeError):  # one that has already exited
                worker.connection.send(None)
    except BaseException:
        for worker in crew:
            worker.process.terminate()
        raise
    finally:
        for worker in crew:
            worker.process.join()
            worker.connection.close()


def _serve(connection: Connection, template: Template, parent: int) -> None:
    """A worker's life: run each task it is given until told to stop, or until the
    command that started it is gone (killed, even with SIGKILL)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGHUP, _stop)
    _stop_with_parent(parent)
    with _fewer_collections():
        while (task := connection.recv()) is not None:
            connection.send(_attempt(task, template))


def _stop(signum: int, _frame: FrameType | None) -> NoReturn:
    raise SystemExit(128 + signum)


def stop_on_signals() -> None:
    """Unwind on SIGTERM and SIGHUP as on Ctrl+C, so every file being written is removed
    and every worker stopped (``atomic_write``, ``_run_in_workers``)."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop)


_PR_SET_PDEATHSIG = 1


def _stop_with_parent(parent: int) -> None:
    """Ask Linux to send this worker SIGTERM when its parent dies: a killed command
    would otherwise leave its workers running, and their files half-written."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # it died before the request took effect
        raise SystemExit(128 + signal.SIGTERM)
