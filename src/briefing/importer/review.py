"""Keeping an imported draft's review list true while the analyst edits the record.

``extensions.import`` names fields by JSON path. Editing a field confirms it (its path
leaves ``unreviewed``); inserting, removing or moving list items renumbers the paths
after them, so a mark never lands on another meeting's field. Each function returns
the new ``extensions.import`` value, or None when the edit does not touch it; the
editor applies both changes as one undoable step.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from briefing.importer.draft import IMPORT_KEY

Path_ = tuple[str | int, ...]
IMPORT_PATH: Path_ = ("extensions", IMPORT_KEY)
_PART = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def parse_path(text: str) -> Path_:
    """``$.meetings[1].date`` → ``("meetings", 1, "date")``."""
    if not text.startswith("$"):
        raise ValueError(f"not a JSON path: {text!r}")
    parts: list[str | int] = []
    position = 1
    while position < len(text):
        match = _PART.match(text, position)
        if match is None:
            raise ValueError(f"not a JSON path: {text!r}")
        parts.append(match.group(1) if match.group(1) is not None else int(match.group(2)))
        position = match.end()
    return tuple(parts)


def format_path(path: Path_) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def import_info(data: Any) -> dict[str, Any] | None:
    """The record's ``extensions.import`` object, when it has a usable one."""
    try:
        info = data["extensions"][IMPORT_KEY]
    except (KeyError, TypeError):
        return None
    if not isinstance(info, dict) or not isinstance(info.get("unreviewed", []), list):
        return None
    return info


def unreviewed(data: Any) -> set[str]:
    info = import_info(data)
    return {p for p in info.get("unreviewed", []) if isinstance(p, str)} if info else set()


@dataclass(frozen=True)
class Note:
    """What an imported field was read from: the article's sentence, or, for a
    placeholder, why there is none (a ``draft.Why``). The app words and translates it."""

    text: str
    placeholder: bool = False


def notes(data: Any) -> dict[str, Note]:
    """For each imported path, the article's sentence or why it is a placeholder."""
    info = import_info(data)
    if info is None:
        return {}
    found: dict[str, Note] = {}
    for key, placeholder in (("fields", False), ("placeholders", True)):
        table = info.get(key)
        if isinstance(table, dict):
            found.update({k: Note(v, placeholder) for k, v in table.items() if isinstance(v, str)})
    return found


@dataclass(frozen=True)
class Doubt:
    """Another value the article nearly gave a field, and the sentence pointing to it."""

    value: str
    sentence: str


def doubts(data: Any) -> dict[str, Doubt]:
    """For each imported path the importer was unsure of, the other reading."""
    info = import_info(data)
    table = info.get("doubts") if info else None
    if not isinstance(table, dict):
        return {}
    return {
        path: Doubt(entry["value"], str(entry.get("sentence") or ""))
        for path, entry in table.items()
        if isinstance(entry, dict) and isinstance(entry.get("value"), str)
    }


def _get(value: Any, path: Path_) -> Any:
    for part in path:
        value = value[part]
    return value


def _leaf(value: Any, rest: Path_) -> tuple[bool, Any]:
    try:
        return True, _get(value, rest)
    except (KeyError, IndexError, TypeError):
        return False, None


def after_set(data: Any, path: Path_, value: Any) -> dict[str, Any] | None:
    """Paths confirmed by setting ``path`` to ``value``: the edited ones at or under it."""
    info = import_info(data)
    if info is None or not path or path[0] == "extensions":
        return None
    old = _get(data, path)
    remaining = []
    for text in info.get("unreviewed", []):
        try:
            target = parse_path(text)
        except (ValueError, TypeError):
            remaining.append(text)
            continue
        if target[: len(path)] == path:
            rest = target[len(path) :]
            if _leaf(old, rest) != _leaf(value, rest):
                continue
        elif path[: len(target)] == target:
            continue
        remaining.append(text)
    if len(remaining) == len(info.get("unreviewed", [])):
        return None
    updated = copy.deepcopy(info)
    updated["unreviewed"] = remaining
    return updated


def confirmed(data: Any) -> dict[str, Any] | None:
    """Every imported field confirmed at once."""
    info = import_info(data)
    if info is None or not info.get("unreviewed"):
        return None
    updated = copy.deepcopy(info)
    updated["unreviewed"] = []
    return updated


def after_insert(data: Any, list_path: Path_, index: int) -> dict[str, Any] | None:
    return _renumber(data, list_path, lambda i: i + 1 if i >= index else i)


def after_remove(data: Any, list_path: Path_, index: int) -> dict[str, Any] | None:
    return _renumber(data, list_path, lambda i: None if i == index else (i - 1 if i > index else i))


def after_move(data: Any, list_path: Path_, source: int, target: int) -> dict[str, Any] | None:
    order = list(range(len(_get(data, list_path))))
    order.insert(target, order.pop(source))
    new_place = {old: new for new, old in enumerate(order)}
    return _renumber(data, list_path, lambda i: new_place.get(i, i))


def _renumber(
    data: Any, list_path: Path_, move: Callable[[int], int | None]
) -> dict[str, Any] | None:
    """Rewrite every imported path below ``list_path[i]`` with ``move(i)`` (None drops it)."""
    info = import_info(data)
    if info is None:
        return None
    depth = len(list_path)

    def renamed(text: str) -> str | None:
        try:
            path = parse_path(text)
        except ValueError:
            return text
        if len(path) <= depth or path[:depth] != list_path:
            return text
        position = path[depth]
        if not isinstance(position, int):
            return text
        index = move(position)
        return None if index is None else format_path((*list_path, index, *path[depth + 1 :]))

    updated = copy.deepcopy(info)
    updated["unreviewed"] = [
        new for old in info.get("unreviewed", []) if (new := renamed(old)) is not None
    ]
    for key in ("fields", "placeholders"):
        table = info.get(key)
        if isinstance(table, dict):
            updated[key] = {
                new: value for old, value in table.items() if (new := renamed(old)) is not None
            }
    return None if updated == info else updated
