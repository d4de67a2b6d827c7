"""Records for the benchmark, made from the bundled sample so they stay valid as it changes."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any


def load_sample(src: Path) -> dict[str, Any]:
    """The sample visit of the checkout whose package lives in ``src``."""
    path = src.parent / "assets" / "sample" / "rafiyev-baghdad-2025.visit.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def scaled(sample: dict[str, Any], meetings: int) -> dict[str, Any]:
    """The sample with its meetings repeated until there are ``meetings``, each id unique."""
    base = sample["meetings"]
    repeated = []
    for number in range(meetings):
        meeting = copy.deepcopy(base[number % len(base)])
        meeting["id"] = f"{meeting['id']}-{number + 1}"
        repeated.append(meeting)
    return {**copy.deepcopy(sample), "meetings": repeated}


def write_record(data: dict[str, Any], path: Path) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def write_copies(sample: dict[str, Any], folder: Path, count: int) -> Path:
    """``count`` sample-size records in ``folder``, as a batch export reads them."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        write_record(sample, folder / f"visit-{number:03d}.visit.json")
    return folder
