"""Saves and exports killed at random moments never leave a damaged file behind."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from pypdf import PdfReader

from briefing.atomic import write_bytes_atomic
from briefing.model import load_record

_SAVER = """
import sys
from pathlib import Path
from briefing.model import load_record, save_record
target = Path(sys.argv[1])
record = load_record(target)
n = 0
print("ready", flush=True)
while True:
    n += 1
    record.document.title = f"Version {n} " + "x" * (n % 500)
    save_record(record, target)
"""

_EXPORTER = """
import sys
from pathlib import Path
from briefing.export import ExportJob, run_job
from briefing.render.templates import find_template
from briefing.resources import sample_record
job = ExportJob(sample_record(), {"pdf": Path(sys.argv[1])})
template = find_template("briefing-book")
run_job(job, template)
print("ready", flush=True)
while True:
    run_job(job, template)
"""


def test_save_killed_50_times_leaves_a_valid_record_and_backup(
    tmp_path: Path, sample_path: Path
) -> None:
    target = tmp_path / "visit.visit.json"
    target.write_bytes(sample_path.read_bytes())
    chance = random.Random(5)
    for _ in range(50):
        child = subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(target)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(chance.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert load_record(target).meetings  # the record is whole and valid
        backup = target.with_name(target.name + ".bak")
        if backup.exists():
            assert load_record(backup).meetings
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".part")) == [
        "visit.visit.json",
        "visit.visit.json.bak",
    ]


def test_export_killed_50_times_never_leaves_a_broken_pdf(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    chance = random.Random(7)
    for _ in range(50):
        child = subprocess.Popen(
            [sys.executable, "-c", _EXPORTER, str(target)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(chance.uniform(0.0, 0.1))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert len(PdfReader(target).pages) >= 1  # the last complete export, never a torn one


def test_temporary_files_left_by_a_killed_writer_go_with_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    stale = tmp_path / ".brief.pdf.abc123.part"
    recent = tmp_path / ".brief.pdf.def456.part"
    other = tmp_path / ".other.pdf.abc123.part"
    for path in (stale, recent, other):
        path.write_bytes(b"half a file")
    two_hours_ago = time.time() - 7200
    for path in (stale, other):
        os.utime(path, (two_hours_ago, two_hours_ago))

    write_bytes_atomic(target, b"whole")

    assert target.read_bytes() == b"whole"
    assert not stale.exists()
    assert recent.exists(), "may belong to a writer still at work"
    assert other.exists(), "belongs to another file"
