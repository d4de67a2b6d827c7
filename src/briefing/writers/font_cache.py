"""Parsed TrueType fonts kept between runs, so a new process does not parse them again.

reportlab reads a face's character map, widths and glyph offsets from the font file in
Python: about 6 ms a face, 22 ms for a family's four, in every process that writes or
paginates a PDF. The parsed tables are kept in the user's cache folder, one entry per
face, named after a digest of the font file's bytes, in a folder named after the
reportlab version that parsed them. The font file itself is still read, for its digest
and because subsets are cut from its bytes.

An entry is written beside its final name and renamed into place (``write_bytes_atomic``),
so processes exporting at the same time never read half of one; an entry that cannot be
read is parsed again and written anew, and a cache that cannot be written costs only
the parsing. Entries are pickles, trusted as the compiled templates beside them are: only
the user can write the folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import operator
import pickle
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import platformdirs
import reportlab
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from briefing.atomic import write_bytes_atomic

_PER_PROCESS = frozenset({"state", "face", "fontName"})
"""The font's attributes that belong to one registration, not to the parsed file."""
_FROM_FILE = frozenset({"_ttf_data", "_pdfScale", "filename"})
"""The face's attributes restored from the file and its path rather than kept."""


_UNUSABLE = (
    OSError,
    EOFError,
    ValueError,
    pickle.UnpicklingError,
    ImportError,
    KeyError,
    TypeError,
    AttributeError,
)
"""What reading or restoring an entry that is damaged, or of another shape, can raise."""


def load_font(name: str, path: Path) -> TTFont:
    """The font at ``path`` registered as ``name``: from the cache when it holds the file,
    else parsed (and then kept for the next process)."""
    data = path.read_bytes()
    entry = _entry(data)
    if entry is not None:
        with contextlib.suppress(*_UNUSABLE):
            return _restored(name, path, data, pickle.loads(entry.read_bytes()))
    font = TTFont(name, str(path))
    if entry is not None:
        _keep(entry, font)
    return font


def _entry(data: bytes) -> Path | None:
    """Where the parse of a file with these bytes is kept; None if the folder is unusable."""
    folder = Path(platformdirs.user_cache_dir("briefing")) / f"fonts-reportlab{reportlab.Version}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder / f"{hashlib.sha256(data).hexdigest()[:32]}.pickle"


def _keep(entry: Path, font: TTFont) -> None:
    kept = {
        "font": {k: v for k, v in vars(font).items() if k not in _PER_PROCESS},
        "face": {k: v for k, v in vars(font.face).items() if k not in _FROM_FILE},
    }
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        write_bytes_atomic(entry, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))


def _restored(name: str, path: Path, data: bytes, kept: dict[str, dict[str, Any]]) -> TTFont:
    """A font as ``TTFont(name, path)`` makes it, from its kept attributes."""
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(kept["face"])
    face._ttf_data = data
    face.filename = str(path)
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    font.__dict__.update(kept["font"])
    font.fontName = name
    font.face = face
    font.state = WeakKeyDictionary()
    return font


def _scale(units_per_em: int) -> Callable[[float], float]:
    """Glyph units to thousandths of an em, as reportlab's parser sets it up."""
    if units_per_em == 1000:
        return partial(operator.mul, 1)
    return partial(operator.mul, 1000 / units_per_em)
