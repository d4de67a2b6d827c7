"""Batch export: many records on several workers, bad ones reported, Ctrl+C leaves no debris."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from briefing.cli import main


def _records(folder: Path, sample_data: dict[str, Any], count: int) -> Path:
    folder.mkdir()
    for number in range(1, count + 1):
        data = json.loads(json.dumps(sample_data))
        data["document"]["title"] = f"Brief number {number}"
        (folder / f"visit-{number}.visit.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def _assert_whole(folder: Path) -> None:
    """Every file is a finished export: no temporary files, each PDF and DOCX readable."""
    for path in folder.iterdir():
        assert path.suffix in {".pdf", ".docx"}, path.name
        if path.suffix == ".pdf":
            assert len(PdfReader(path).pages) >= 1
        else:
            with zipfile.ZipFile(path) as archive:
                assert archive.testzip() is None


def test_a_folder_exports_on_two_workers(
    tmp_path: Path, sample_data: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    records = _records(tmp_path / "records", sample_data, 4)
    out = tmp_path / "out"
    assert main(["export", str(records), "-o", str(out), "-j", "2"]) == 0
    names = [f"visit-{n}.{ext}" for n in range(1, 5) for ext in ("pdf", "docx")]
    assert sorted(capsys.readouterr().out.splitlines()) == sorted(
        f"wrote {out / name}" for name in names
    )
    assert sorted(p.name for p in out.iterdir()) == sorted(names)
    metadata = PdfReader(out / "visit-3.pdf").metadata
    assert metadata is not None and "Brief number 3" in str(metadata.title)
    _assert_whole(out)


def test_one_record_on_two_workers_matches_one_worker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["export", "-o", str(one), "-j", "1"]) == 0
    capsys.readouterr()
    assert main(["export", "-o", str(two), "-j", "2"]) == 0
    stem = "rafiyev-baghdad-2025"
    assert capsys.readouterr().out.splitlines() == [
        f"wrote {two / (stem + '.pdf')}",
        f"wrote {two / (stem + '.docx')}",
    ]
    for name in (f"{stem}.pdf", f"{stem}.docx"):
        assert (one / name).read_bytes() == (two / name).read_bytes()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_record_is_reported_once_and_the_rest_export(
    tmp_path: Path,
    sample_data: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    jobs: str,
) -> None:
    records = _records(tmp_path / "records", sample_data, 3)
    bad = records / "visit-2.visit.json"
    data = json.loads(bad.read_text(encoding="utf-8"))
    data["meetings"][1]["date"] = "2025-04-31"
    bad.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out"

    assert main(["export", str(records), "-o", str(out), "-j", jobs]) == 2

    assert capsys.readouterr().err.splitlines() == [
        f"{bad}: $.meetings[1].date: invalid date '2025-04-31' (expected YYYY-MM-DD)",
        "briefing: 1 of 3 records failed",
    ]
    assert sorted(p.name for p in out.iterdir()) == [
        "visit-1.docx",
        "visit-1.pdf",
        "visit-3.docx",
        "visit-3.pdf",
    ]


def test_a_bad_single_record_split_across_workers_is_reported_once(
    tmp_path: Path, sample_data: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    sample_data["visit"]["end"] = "2025-04-01"
    record = tmp_path / "trip.visit.json"
    record.write_text(json.dumps(sample_data), encoding="utf-8")
    assert main(["export", str(record), "-o", str(tmp_path / "out"), "-j", "2"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == len(set(err)) >= 1
    assert all(line.startswith(f"{record}: $.") for line in err)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize("jobs", ["0", "two", "-1"])
def test_jobs_must_be_a_positive_number(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["export", "-j", jobs])
    assert raised.value.code == 2
    assert "-j/--jobs" in capsys.readouterr().err


def _children(pid: int) -> list[int]:
    text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    return [int(p) for p in text.split()]


@pytest.mark.skipif(sys.platform != "linux", reason="reads worker ids from /proc")
@pytest.mark.parametrize("whole_group", [False, True], ids=["parent", "process-group"])
def test_ctrl_c_stops_every_worker_and_leaves_no_partial_file(
    tmp_path: Path, sample_data: dict[str, Any], whole_group: bool
) -> None:
    """SIGINT to the parent alone, or to the whole group as a terminal's Ctrl+C sends it."""
    records = _records(tmp_path / "records", sample_data, 40)
    out = tmp_path / "out"
    child = subprocess.Popen(
        [sys.executable, "-m", "briefing", "export", str(records), "-o", str(out), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.readline().startswith("wrote ")
    workers = _children(child.pid)
    assert len(workers) == 2
    if whole_group:
        os.killpg(child.pid, signal.SIGINT)
    else:
        child.send_signal(signal.SIGINT)
    assert child.wait(timeout=30) == 130
    assert child.stderr.read() == "briefing: interrupted\n"
    for worker in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(worker, 0)
    written = len(list(out.iterdir()))
    assert 0 < written < 80
    _assert_whole(out)


def test_a_terminal_shows_a_bar_and_a_summary(tmp_path: Path, sample_data: dict[str, Any]) -> None:
    records = _records(tmp_path / "records", sample_data, 3)
    controller, terminal = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "briefing", "export", str(records), "-o", str(tmp_path / "out")],
        stdin=subprocess.DEVNULL,
        stdout=terminal,
        stderr=terminal,
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
    )
    os.close(terminal)
    shown = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal closed: the command has ended
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert child.wait(timeout=30) == 0
    text = shown.decode("utf-8", "replace")
    assert "Exporting" in text and "3/3" in text
    assert "wrote 6 files for 3 of 3 records" in text
    assert "wrote " + str(tmp_path / "out") not in text
