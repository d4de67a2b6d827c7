"""Compiled templates kept between runs, so a new process does not compile them again.

Compiling a built-in template and the shared macros takes about 25 ms of every cold
export. Jinja's file cache keys an entry on the template's name, path and source, not
on the environment that compiled it, so the folder is named after the Jinja version and
a digest of the module that sets the environment up (``environment.py``): a change of
either starts a new folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from importlib import metadata
from pathlib import Path

import platformdirs
from jinja2 import FileSystemBytecodeCache
from jinja2.bccache import Bucket

from briefing.render import environment


class _QuietCache(FileSystemBytecodeCache):
    """A cache that never stops an export: an entry it cannot read or write is skipped."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, pickle.UnpicklingError):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def compiled_cache() -> FileSystemBytecodeCache | None:
    """The cache in the user's cache folder, or None where that cannot be created."""
    setup = hashlib.sha256(Path(environment.__file__).read_bytes()).hexdigest()[:16]
    name = f"templates-jinja{metadata.version('jinja2')}-{setup}"
    folder = Path(platformdirs.user_cache_dir("briefing")) / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _QuietCache(str(folder))
