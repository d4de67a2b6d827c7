"""Loading records: every way a file can be wrong becomes a Problem with a JSON path."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from briefing.errors import Problem, RecordError
from briefing.model.checks import check_record
from briefing.model.record import FORMAT_VERSION, Record

MAX_RECORD_BYTES = 50 * 1024 * 1024
MAX_MEETINGS = 10_000
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SURROGATE = re.compile("[\ud800-\udfff]")


def load_record(path: Path) -> Record:
    """Read and validate the record at ``path``; raise RecordError listing every problem."""
    if not path.exists():
        raise RecordError(path, [Problem("$", "no such file")])
    if path.is_dir():
        raise RecordError(path, [Problem("$", "is a folder, not a record file")])
    size = path.stat().st_size
    if size > MAX_RECORD_BYTES:
        raise RecordError(path, [_too_large(f"{size / 2**20:.1f} MiB")])
    try:
        # A pipe or device has no size to check first: it is read up to the limit only.
        with path.open("rb") as stream:
            raw = stream.read(MAX_RECORD_BYTES + 1)
    except OSError as error:
        raise RecordError(path, [Problem("$", f"cannot be read: {error.strerror}")]) from None
    if len(raw) > MAX_RECORD_BYTES:
        raise RecordError(path, [_too_large("over 50 MiB")])
    return parse_record(raw, path)


def _too_large(size: str) -> Problem:
    return Problem("$", f"the file is {size}; records are limited to 50 MiB")


def parse_record(raw: bytes | str, file: Path) -> Record:
    """Validate the bytes (or text) of a record that lives at ``file``."""
    return validate_data(_parse_json(raw, file), file)


def validate_data(data: Any, file: Path) -> Record:
    """Validate already-parsed JSON data of a record that lives (or will live) at ``file``."""
    _check_version(data, file)
    try:
        record = Record.model_validate(data)
    except ValidationError as error:
        raise RecordError(file, [_problem(e) for e in error.errors()]) from None
    problems = check_record(record, file.parent)
    if problems:
        raise RecordError(file, problems)
    return record


class _DuplicateKeys(dict[str, Any]):
    """A JSON object in which some key appeared more than once."""

    duplicates: list[str]


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    duplicates = []
    for key, value in pairs:
        if key in result:
            duplicates.append(key)
        result[key] = value
    if duplicates:
        marked = _DuplicateKeys(result)
        marked.duplicates = duplicates
        return marked
    return result


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _parse_json(raw: bytes | str, file: Path) -> Any:
    def fail(message: str, path: str = "$") -> RecordError:
        return RecordError(file, [Problem(path, message)])

    if isinstance(raw, bytes):
        if raw.startswith(b"\xef\xbb\xbf"):
            raise fail("starts with a byte-order mark; save it as UTF-8 without BOM")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise fail(f"is not UTF-8 text (bad byte at offset {error.start})") from None
    if not raw.strip():
        raise fail("the file is empty")
    if "\x00" in raw:
        raise fail("is binary, not JSON text")
    try:
        data = json.loads(raw, object_pairs_hook=_object, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise fail(
            f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise fail("not accepted: nested too deeply") from None
    except ValueError as error:
        raise fail(f"not valid JSON: {error}") from None
    problems = sorted(_scan(data), key=lambda p: p.path)
    if problems:
        raise RecordError(file, problems)
    return data


def _scan(value: Any) -> Iterator[Problem]:
    """Duplicate keys, lone surrogates (text no file can hold) in keys and values, and
    numbers too large to keep (``1e400`` would be saved back as null), wherever they are."""
    stack = [(value, "$")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                yield Problem(path, "contains a lone surrogate (an invalid \\u escape)")
        elif isinstance(value, float) and not math.isfinite(value):
            yield Problem(path, "is a number too large to keep")
        elif isinstance(value, dict):
            if isinstance(value, _DuplicateKeys):
                for key in value.duplicates:
                    yield Problem(_join(path, key), f"key {key!r} appears more than once")
            for key in value:
                if _SURROGATE.search(key):
                    yield Problem(path, "a key contains a lone surrogate (an invalid \\u escape)")
            stack.extend((v, _join(path, k)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(value))


def _check_version(data: Any, file: Path) -> None:
    if not isinstance(data, dict):
        raise RecordError(file, [Problem("$", f"expected an object, got {_kind(data)}")])
    if "format_version" not in data:
        problem = Problem("$.format_version", f"missing (this Briefing writes {FORMAT_VERSION})")
        raise RecordError(file, [problem])
    version = data["format_version"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise RecordError(
            file, [Problem("$.format_version", f"expected a whole number, got {_kind(version)}")]
        )
    if version > FORMAT_VERSION:
        message = (
            f"format version {version} is newer than this Briefing reads ({FORMAT_VERSION}); "
            "update Briefing to open it"
        )
        raise RecordError(file, [Problem("$.format_version", message)])
    if version < 1:
        raise RecordError(file, [Problem("$.format_version", f"unknown format version {version}")])
    meetings = data.get("meetings")
    if isinstance(meetings, list) and len(meetings) > MAX_MEETINGS:
        message = f"{len(meetings)} meetings; a record holds at most {MAX_MEETINGS}"
        raise RecordError(file, [Problem("$.meetings", message)])


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _IDENTIFIER.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"text {_short(value)}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _short(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:37] + "...")


_MESSAGES = {
    "missing": "required field is missing",
    "string_too_short": "must not be empty",
    "bool_type": "expected true or false, got {kind}",
    "string_type": "expected text, got {kind}",
    "int_type": "expected a whole number, got {kind}",
    "list_type": "expected a list, got {kind}",
    "model_type": "expected an object, got {kind}",
    "model_attributes_type": "expected an object, got {kind}",
    "dict_type": "expected an object, got {kind}",
    "enum": "{value} is not one of: {expected}",
    "literal_error": "{value} is not one of: {expected}",
    "string_pattern_mismatch": "{value} is not of the expected form",
    "string_too_long": "too long: at most {max_length} characters",
}


def _problem(error: ErrorDetails) -> Problem:
    path = "$"
    for part in error["loc"]:
        path = _join(path, part)
    kind = error["type"]
    if kind == "extra_forbidden":
        return Problem(path, f"unknown field {error['loc'][-1]!r}")
    template = _MESSAGES.get(kind)
    if template is None:
        return Problem(path, error["msg"])
    value = error.get("input")
    context = error.get("ctx") or {}
    return Problem(
        path,
        template.format(
            kind=_kind(value),
            value=_short(value) if isinstance(value, str) else _kind(value),
            expected=context.get("expected", ""),
            max_length=context.get("max_length", ""),
        ),
    )
