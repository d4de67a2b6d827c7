"""Briefing's benchmark: prints a table and writes the numbers and the machine as JSON.

    python3 bench/run.py [--out bench/results.json] [--runs 7] [--only cold,warm,...]

Every measurement runs the checkout's ``src`` in fresh processes. Bytecode caching
is allowed (an installed package has its ``.pyc`` files) and one unmeasured run
comes first, so "cold" means a new process, not a first run after installing.
Times are medians; the targets are the ones for a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from records import load_sample, scaled, write_copies, write_record

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PROBES = Path(__file__).resolve().parent / "probes.py"
TYPST = Path(__file__).resolve().parent / "typst_compile.py"
FONTS = ROOT / "assets" / "fonts"
BRIEFING = [sys.executable, "-m", "briefing"]
GROUPS = ("cold", "typst", "warm", "scale", "batch", "gui", "import")
SEED_ARTICLE = ROOT / "tests" / "data" / "articles" / "seed" / "newsaz-rafiyev-baghdad.txt"
PROPOSED_DEBOUNCE_MS = 150
LIBRARIES = (
    "reportlab",
    "rl_accel",
    "python-docx",
    "lxml",
    "jinja2",
    "pydantic",
    "markdown-it-py",
    "rich",
    "PySide6",
)


@dataclass
class Row:
    """One line of the table: a median against its target."""

    name: str
    value: float
    unit: str
    target: str = ""
    ok: bool | None = None
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Run:
    wall: float
    cpu: float
    peak_rss_mb: float
    stdout: str

    def usage(self) -> dict[str, float]:
        """Wall and CPU seconds (workers included) and the largest process's peak RSS."""
        return {"wall_s": self.wall, "cpu_s": self.cpu, "peak_rss_mb": self.peak_rss_mb}


class Bench:
    def __init__(self, work: Path, runs: int) -> None:
        self.work = work
        self.runs = runs
        self.rows: list[Row] = []
        self.env = dict(os.environ)
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(SRC), os.environ.get("PYTHONPATH", "")) if p
        )
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        for name in ("CONFIG", "STATE", "DATA", "CACHE"):
            self.env[f"XDG_{name}_HOME"] = str(work / "home" / name.lower())
        self.sample = load_sample(SRC)

    def run(self, command: Sequence[str], cwd: Path | None = None) -> Run:
        """Run ``command`` to its end: wall time, CPU time and peak RSS of it and its workers."""
        with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
            start = time.perf_counter()
            process = subprocess.Popen(
                command, cwd=cwd or self.work, env=self.env, stdout=out, stderr=err
            )
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
            out.seek(0)
            err.seek(0)
            if process.returncode != 0:
                raise RuntimeError(f"{' '.join(command)} failed:\n{err.read()}")
            return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read())

    def probe(self, *args: str) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(
            self.run([sys.executable, str(PROBES), *args]).stdout.splitlines()[-1]
        )
        return result

    def repeat(self, command: Sequence[str], cwd: Path | None = None) -> list[Run]:
        self.run(command, cwd)
        return [self.run(command, cwd) for _ in range(self.runs)]

    def add(self, row: Row) -> None:
        self.rows.append(row)
        print(_format(row), flush=True)

    # The groups ---------------------------------------------------------------------------

    def cold(self) -> None:
        floor = self.repeat([sys.executable, "-c", "pass"])
        self.add(Row("python3 -c pass (interpreter start)", _median_ms(floor), "ms"))
        record = write_record(self.sample, self.work / "sample.visit.json")
        for label, args, target in (
            ("briefing --help", ["--help"], None),
            ("briefing templates", ["templates"], 120.0),
            ("briefing validate", ["validate", str(record)], 120.0),
        ):
            value = _median_ms(self.repeat([*BRIEFING, *args]))
            verdict = None if target is None else value <= target
            limit = "" if target is None else f"≤ {target:.0f} ms"
            self.add(Row(f"cold: {label}", value, "ms", limit, verdict))
        out = self.work / "cold"
        runs = self.repeat([*BRIEFING, "export", "-o", str(out)])
        wall = statistics.median(r.wall for r in runs)
        self.add(
            Row(
                "cold: export sample, PDF+DOCX, whole process",
                wall * 1000,
                "ms",
                "≤ 300 ms",
                wall <= 0.3,
                _runs_detail(runs),
            )
        )

    def typst(self) -> None:
        """Cold PDF export of the sample against Typst compiling the same content, in
        one run: our DOCX of the sample, turned into Typst source by pandoc 3, compiled
        by a fresh process with the same fonts (the ``bench`` extra installs both)."""
        try:
            import pypandoc
            import typst  # noqa: F401  (the compile itself runs in its own process)
        except ImportError:
            print("typst: skipped: install the bench extra (typst, pypandoc-binary)")
            return
        out = self.work / "typst"
        self.run([*BRIEFING, "export", "-f", "docx", "-o", str(out)])
        source = out / "rafiyev-baghdad-2025.typ"
        pypandoc.convert_file(
            str(out / "rafiyev-baghdad-2025.docx"), "typst", outputfile=str(source)
        )
        ours, theirs = [], []
        for _ in range(self.runs + 1):  # interleaved, so both meet the same load
            ours.append(self.run([*BRIEFING, "export", "-f", "pdf", "-o", str(out)]))
            theirs.append(
                self.run([sys.executable, str(TYPST), str(source), str(out / "t.pdf"), str(FONTS)])
            )
        ours_ms, theirs_ms = _median_ms(ours[1:]), _median_ms(theirs[1:])
        self.add(Row("typst: compile of the same content, whole process", theirs_ms, "ms"))
        self.add(
            Row(
                "typst: cold `briefing export -f pdf` of the sample",
                ours_ms,
                "ms",
                "",
                None,
                _runs_detail(ours[1:]),
            )
        )
        ratio = ours_ms / theirs_ms
        self.add(Row("typst: ours / Typst", ratio, "×", "≤ 2", ratio <= 2))

    def warm(self) -> None:
        times = self.probe("warm", str(max(self.runs * 2, 10)))
        for name, target in (("pdf", 0.025), ("docx", 0.020)):
            value = statistics.median(times[f"export_{name}"])
            self.add(
                Row(
                    f"warm: export sample as {name.upper()}, in process",
                    value * 1000,
                    "ms",
                    f"≤ {target * 1000:.0f} ms",
                    value <= target,
                    {"runs_s": times[f"export_{name}"]},
                )
            )
        for part in ("load", "render", "write_pdf", "write_docx"):
            label = part.replace("_", " ").upper() if part.startswith("write") else part
            self.add(Row(f"warm: of which {label}", statistics.median(times[part]) * 1000, "ms"))

    def scale(self, sizes: Sequence[int]) -> None:
        in_process: dict[int, float] = {}
        for size in sizes:
            folder = self.work / f"scale-{size}"
            folder.mkdir()
            record = write_record(scaled(self.sample, size), folder / f"m{size}.visit.json")
            total = 0.0
            for name in ("pdf", "docx"):
                result = self.probe("scale", str(record), name, str(folder / "out"))
                total += result["seconds"]
                self.add(
                    Row(
                        f"scale: {size} meetings, {name.upper()}, in process",
                        result["seconds"] * 1000,
                        "ms",
                        "",
                        None,
                        {"peak_rss_mb": result["peak_rss_mb"]},
                    )
                )
                self.add(
                    Row(
                        f"scale: {size} meetings, {name.upper()}, peak RSS",
                        result["peak_rss_mb"],
                        "MB",
                        "≤ 400 MB" if size == max(sizes) else "",
                        result["peak_rss_mb"] <= 400 if size == max(sizes) else None,
                    )
                )
            in_process[size] = total
            whole = self.run([*BRIEFING, "export", str(record), "-o", str(folder / "cli")])
            biggest = size == max(sizes)
            self.add(
                Row(
                    f"scale: {size} meetings, PDF+DOCX, `briefing export`",
                    whole.wall * 1000,
                    "ms",
                    "≤ 3000 ms" if biggest else "",
                    whole.wall <= 3 if biggest else None,
                    whole.usage(),
                )
            )
        if len(sizes) >= 2:
            small, large = sorted(sizes)[-2:]
            growth = in_process[large] / in_process[small]
            ideal = large / small
            self.add(
                Row(
                    f"scale: time from {small} to {large} meetings, relative to linear",
                    growth / ideal,
                    "×",
                    "≤ 1.2",
                    growth / ideal <= 1.2,
                    {"growth": growth, "linear": ideal},
                )
            )

    def batch(self, count: int) -> None:
        folder = write_copies(self.sample, self.work / "batch", count)
        for jobs in (1, 2):
            out = self.work / f"batch-out-{jobs}"
            result = self.run([*BRIEFING, "export", str(folder), "-o", str(out), "-j", str(jobs)])
            rate = count / result.wall
            self.add(
                Row(
                    f"batch: {count} records, PDF+DOCX, -j {jobs}",
                    rate,
                    "records/s",
                    "≥ 40 records/s" if jobs == 2 else "",
                    rate >= 40 if jobs == 2 else None,
                    result.usage(),
                )
            )

    def import_(self) -> None:
        """``briefing import`` of the seed article, and of run-on text without full stops
        at two sizes: time should grow with the text's length, not its square."""
        self.add(
            Row(
                "import: seed article, whole process",
                _median_ms(self.repeat([*BRIEFING, "import", str(SEED_ARTICLE), "-o", "-"])),
                "ms",
            )
        )
        seconds = {}
        for size in (50_000, 200_000):
            article = self.work / f"run-on-{size}.txt"
            article.write_text("A." * (size // 2), encoding="utf-8")
            seconds[size] = self.run([*BRIEFING, "import", str(article), "-o", "-"]).wall
            self.add(
                Row(f"import: {size:,} characters without a full stop", seconds[size] * 1000, "ms")
            )
        growth = seconds[200_000] / seconds[50_000] / 4
        self.add(
            Row(
                "import: growth from 50 to 200 kB, relative to linear",
                growth,
                "×",
                "≤ 1.2",
                growth <= 1.2,
            )
        )

    def gui(self) -> None:
        record = write_record(self.sample, self.work / "gui.visit.json")
        shown, previewed = [], []
        for attempt in range(self.runs + 1):
            with tempfile.TemporaryFile("w+") as err:
                start = time.perf_counter()
                process = subprocess.Popen(
                    [sys.executable, str(PROBES), "gui-launch", str(record)],
                    cwd=self.work,
                    env=self.env,
                    stdout=subprocess.PIPE,
                    stderr=err,
                    text=True,
                )
                assert process.stdout is not None
                marks = {}
                for line in process.stdout:
                    marks[line.strip()] = time.perf_counter() - start
                if process.wait() != 0 or "preview" not in marks:
                    err.seek(0)
                    raise RuntimeError(f"the GUI launch probe failed:\n{err.read()}")
            if attempt:
                shown.append(marks["shown"])
                previewed.append(marks["preview"])
        value = statistics.median(shown)
        self.add(
            Row(
                "gui: launch to window with the sample",
                value * 1000,
                "ms",
                "≤ 1500 ms",
                value <= 1.5,
                {"runs_s": shown},
            )
        )
        self.add(Row("gui: launch to first preview", statistics.median(previewed) * 1000, "ms"))
        result = self.probe("preview", str(max(self.runs, 5)))
        after = statistics.median(result["after_typing"])
        allowed = result["delay_ms"] / 1000 + 0.120
        self.add(
            Row(
                f"gui: preview refreshed after typing stops (debounce {result['delay_ms']} ms)",
                after * 1000,
                "ms",
                f"≤ {allowed * 1000:.0f} ms",
                after <= allowed,
                {"runs_s": result["after_typing"]},
            )
        )
        shorter = self.probe("preview", str(max(self.runs, 5)), str(PROPOSED_DEBOUNCE_MS))
        self.add(
            Row(
                f"gui: the same with a {PROPOSED_DEBOUNCE_MS} ms debounce (not shipped)",
                statistics.median(shorter["after_typing"]) * 1000,
                "ms",
            )
        )
        self.add(
            Row(
                "gui: of which render and show (no debounce)",
                statistics.median(result["render_now"]) * 1000,
                "ms",
            )
        )
        self.add(
            Row(
                "gui: of which validate + render PDF",
                statistics.median(result["render_pdf"]) * 1000,
                "ms",
            )
        )


def _median_ms(runs: Sequence[Run]) -> float:
    return statistics.median(r.wall for r in runs) * 1000


def _runs_detail(runs: Sequence[Run]) -> dict[str, Any]:
    return {
        "runs_s": [r.wall for r in runs],
        "cpu_s": statistics.median(r.cpu for r in runs),
        "peak_rss_mb": max(r.peak_rss_mb for r in runs),
    }


def _format(row: Row) -> str:
    verdict = {True: "ok", False: "MISSED", None: ""}[row.ok]
    value = f"{row.value:,.1f} {row.unit}"
    return f"{row.name:<66} {value:>16}  {row.target:<15} {verdict}"


def machine() -> dict[str, Any]:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    versions: dict[str, str | None] = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "nproc": os.cpu_count(),
        "cpu": model or platform.processor(),
        "system": platform.platform(),
        "python": platform.python_version(),
        "libraries": versions,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results.json")
    parser.add_argument("--runs", type=int, default=7, help="runs per median (default 7)")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"of {', '.join(GROUPS)}")
    parser.add_argument("--sizes", default="10,100,1000", help="meetings in the scale series")
    parser.add_argument("--batch", type=int, default=200, help="records in the batch")
    args = parser.parse_args(argv)
    info = machine()
    info["load_average_before"] = os.getloadavg()
    print(
        f"{info['nproc']} cores, {info['cpu']}, Python {info['python']}, "
        + ", ".join(f"{k} {v}" for k, v in info["libraries"].items() if v)
    )
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as work:
        bench = Bench(Path(work), args.runs)
        groups: dict[str, Callable[[], None]] = {
            "cold": bench.cold,
            "typst": bench.typst,
            "warm": bench.warm,
            "scale": lambda: bench.scale([int(s) for s in args.sizes.split(",")]),
            "batch": lambda: bench.batch(args.batch),
            "gui": bench.gui,
            "import": bench.import_,
        }
        for name in args.only.split(","):
            groups[name]()
    info["load_average_after"] = os.getloadavg()
    args.out.write_text(
        json.dumps({"machine": info, "results": [asdict(r) for r in bench.rows]}, indent=2) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out}")
    missed = [r.name for r in bench.rows if r.ok is False]
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
