"""A stopped export leaves nothing behind: no half-written file and no worker process,
whether the command is stopped by SIGTERM, SIGHUP or SIGKILL, on one worker or several."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.core,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(n) for n in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    try:
        return "State:\tZ" not in status.read_text()
    except OSError:
        return False


def _wait_for(condition: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL])
def test_a_stopped_export_leaves_no_part_file_and_no_worker(
    tmp_path: Path, sample_data: dict[str, Any], signum: int, workers: str
) -> None:
    meeting = sample_data["meetings"][0]
    sample_data["meetings"] = [
        {**meeting, "id": f"m{n}", "summary": meeting["summary"] * 3} for n in range(400)
    ]
    record = tmp_path / "long.visit.json"
    record.write_text(json.dumps(sample_data), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    command = [sys.executable, "-m", "briefing", "export", str(record), "-o", str(out)]
    process = subprocess.Popen([*command, "-j", workers])
    try:
        assert _wait_for(lambda: _children(process.pid), 60), "no worker started"
        time.sleep(1.5)  # at work on the record, which takes several seconds
        workers_seen = _children(process.pid)
        assert workers_seen
        os.kill(process.pid, signum)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
    # The whole export takes seconds; stopped, its workers are gone well before that,
    # leaving no file half-written and none finished after the stop.
    assert _wait_for(lambda: not any(_alive(pid) for pid in workers_seen), 2.0)
    assert list(out.glob(".*.part")) == []
    assert sorted(p.name for p in out.iterdir()) == []
    assert process.returncode in (128 + signum, -signum)
