"""Atomic file writing: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_UMASK = os.umask(0)
os.umask(_UMASK)
_STALE_SECONDS = 3600
"""Age after which a temporary file beside a target is taken as left by a killed writer."""


@contextlib.contextmanager
def atomic_write(target: Path) -> Iterator[BinaryIO]:
    """Yield a temporary file beside ``target``; on success it replaces ``target``.

    On any failure (an exception, Ctrl+C) the temporary file is removed and
    ``target`` is left exactly as it was.
    """
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_UMASK
        temp.chmod(mode)
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _remove_stale_parts(target)


def _remove_stale_parts(target: Path) -> None:
    """Remove temporary files of ``target`` that a killed writer left behind (it cannot
    remove its own); a recent one may belong to a writer still at work and is kept."""
    now = time.time()
    for part in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        with contextlib.suppress(OSError):
            if now - part.stat().st_mtime > _STALE_SECONDS:
                part.unlink()


def write_bytes_atomic(target: Path, data: bytes, *, backup: bool = False) -> None:
    """Replace ``target`` with ``data``; with ``backup``, keep the previous version as ``.bak``."""
    if backup and target.exists():
        with (
            atomic_write(target.with_name(target.name + ".bak")) as stream,
            target.open("rb") as old,
        ):
            shutil.copyfileobj(old, stream)
    with atomic_write(target) as stream:
        stream.write(data)


def write_new(target: Path, data: bytes) -> None:
    """Create ``target`` with ``data`` in one step; FileExistsError if it already exists."""
    staged = target.with_name(f".{target.name}.new")
    with atomic_write(staged) as stream:
        stream.write(data)
    try:
        os.link(staged, target)
    finally:
        staged.unlink()
