"""Measurements that run inside a fresh process; each prints one JSON object on stdout.

``run.py`` starts them with the checkout's ``src`` on ``PYTHONPATH``, so a probe
measures the working tree, and a fresh process per probe keeps one measurement's
imports and caches out of the next.

    probes.py warm RUNS                 in-process export of the sample, per format
    probes.py scale RECORD FORMAT OUT   one export, with the process's peak RSS
    probes.py gui-launch RECORD         prints "shown", then "preview", as they happen
    probes.py preview ROUNDS [DELAY]    edit-to-preview latency in the desktop app
"""

from __future__ import annotations

import io
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any


def _rss_mb() -> float:
    """Peak resident memory of this process or of its largest finished child so far, as
    exports run in forked workers (Linux reports KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _timed(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def _write(writer: Any, document: Any, layout: Any) -> None:
    writer.write(document, layout, io.BytesIO())


def warm(runs: int) -> dict[str, Any]:
    """Export the sample per format in a process that has exported it once already."""
    from briefing.export import ExportJob, run_job
    from briefing.model import load_record
    from briefing.render.pipeline import render_document
    from briefing.render.templates import find_template
    from briefing.resources import sample_record
    from briefing.writers import FORMATS, get_writer

    template = find_template("briefing-book")
    sample = sample_record()
    record = load_record(sample)
    document = render_document(record, template, sample.parent)
    result: dict[str, Any] = {
        "load": _timed(lambda: load_record(sample), runs),
        "render": _timed(lambda: render_document(record, template, sample.parent), runs),
    }
    with tempfile.TemporaryDirectory() as folder:
        for name in FORMATS:
            job = ExportJob(sample, {name: Path(folder) / f"sample.{name}"})
            run_job(job, template)
            write = partial(_write, get_writer(name), document, template.layout())
            result[f"write_{name}"] = _timed(write, runs)
            result[f"export_{name}"] = _timed(partial(run_job, job, template), runs)
    return result


def scale(record: Path, format_name: str, out: Path) -> dict[str, Any]:
    """One export of ``record`` as ``briefing export -f FORMAT -j 1`` runs it: its time in
    this process (imports excluded) and the process's peak RSS."""
    from briefing.batch import export_all
    from briefing.export import plan_jobs
    from briefing.render.templates import find_template

    template = find_template("briefing-book")
    jobs = plan_jobs([record], [format_name], out)
    start = time.perf_counter()
    export_all(jobs, template, 1, lambda outcome: None)
    return {"seconds": time.perf_counter() - start, "peak_rss_mb": _rss_mb()}


def _wait(signal: Any, timeout_ms: int = 30_000) -> float:
    """Run the event loop until ``signal`` fires; return when it fired."""
    from PySide6.QtCore import QEventLoop, QTimer

    fired: list[float] = []
    loop = QEventLoop()

    def note(*_: object) -> None:
        fired.append(time.perf_counter())
        loop.quit()

    signal.connect(note)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(note)
    if not fired:
        raise TimeoutError("the signal never came")
    return fired[0]


def gui_launch(record: Path) -> dict[str, Any]:
    """Start the app as ``briefing-gui RECORD`` does and say when the record is on screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefing.gui import app
    from briefing.gui.main_window import MainWindow

    qt_app = QApplication(sys.argv[:1])

    def probe() -> None:
        for widget in qt_app.topLevelWidgets():
            handle = widget.windowHandle()
            if (
                isinstance(widget, MainWindow)
                and widget.session is not None
                and handle is not None
                and handle.isExposed()
            ):
                print("shown", flush=True)
                _wait(widget.preview.refreshed)
                print("preview", flush=True)
                qt_app.quit()
                return
        QTimer.singleShot(5, probe)

    QTimer.singleShot(0, probe)
    app.main([str(record)])
    return {"peak_rss_mb": _rss_mb()}


def preview(rounds: int, delay_ms: int | None) -> dict[str, Any]:
    """Type into a meeting summary and time how long the preview takes to show the result.

    ``delay_ms`` replaces the preview's debounce, to see what a shorter one would give.
    """
    import shutil

    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from briefing.export import render_bytes
    from briefing.gui.main_window import MainWindow
    from briefing.gui.preview import DELAY_MS
    from briefing.model import validate_data
    from briefing.render.templates import find_template
    from briefing.resources import sample_record

    qt_app = QApplication(sys.argv[:1])
    window = MainWindow()
    if delay_ms is not None:
        window.preview.timer.setInterval(delay_ms)
    window.show()
    folder = Path(tempfile.mkdtemp())
    record = folder / "visit.visit.json"
    shutil.copy(sample_record(), record)
    window.open_record(record)
    _wait(window.preview.refreshed)
    session = window.session
    assert session is not None
    window.select_meeting(3)
    editor = window.meeting_editor.summary.text
    editor.setFocus()
    after_typing, render_only, render_pdf = [], [], []
    template = find_template(window.preview.template_name)
    for number in range(rounds):
        editor.moveCursor(QTextCursor.MoveOperation.End)
        QTest.keyClicks(editor, f" word{number}")
        stopped = time.perf_counter()
        after_typing.append(_wait(window.preview.refreshed) - stopped)
        session.set(("meetings", 3, "title"), f"Round table {number}")
        started = time.perf_counter()
        window.preview.render_now()
        render_only.append(_wait(window.preview.refreshed) - started)
        data, file = session.data, session.display_path

        def render(data: Any = data, file: Path = file) -> None:
            record = validate_data(data, file)
            render_bytes(record, file.parent, template, "pdf")

        render_pdf.extend(_timed(render, 1))
    session.undo_stack.setClean()
    window.close()
    qt_app.processEvents()
    shutil.rmtree(folder)
    return {
        "delay_ms": window.preview.timer.interval(),
        "shipped_delay_ms": DELAY_MS,
        "after_typing": after_typing,
        "render_now": render_only,
        "render_pdf": render_pdf,
    }


def main(argv: list[str]) -> None:
    kind, *args = argv
    if kind == "warm":
        result = warm(int(args[0]))
    elif kind == "scale":
        result = scale(Path(args[0]), args[1], Path(args[2]))
    elif kind == "gui-launch":
        result = gui_launch(Path(args[0]))
    elif kind == "preview":
        result = preview(int(args[0]), int(args[1]) if len(args) > 1 else None)
    else:
        raise SystemExit(f"unknown probe {kind!r}")
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
