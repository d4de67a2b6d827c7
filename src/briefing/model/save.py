"""Saving records: stable key order and two-space indentation, so records diff cleanly."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.atomic import write_bytes_atomic
from briefing.model.record import Record


def dump_record(record: Record) -> str:
    """The record as the text of a ``.visit.json`` file, keys in the model's order."""
    data = record.model_dump(mode="json")
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def save_record(record: Record, path: Path, *, backup: bool = True) -> None:
    """Write ``record`` to ``path`` atomically, keeping the previous file as ``path.bak``."""
    write_bytes_atomic(path, dump_record(record).encode("utf-8"), backup=backup)
