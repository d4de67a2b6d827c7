"""Field types shared by the record's models: strict ISO dates and times, safe text."""

from __future__ import annotations

import re
from datetime import date, time
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{2}:\d{2}")


def _parse_date(value: Any) -> Any:
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("date_type", "expected a date as text 'YYYY-MM-DD'")
    try:
        if not _DATE.fullmatch(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError(
            "date_invalid", "invalid date {value} (expected YYYY-MM-DD)", {"value": repr(value)}
        ) from None


def _parse_time(value: Any) -> Any:
    if isinstance(value, time):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("time_type", "expected a time as text 'HH:MM'")
    try:
        if not _TIME.fullmatch(value):
            raise ValueError(value)
        return time.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError(
            "time_invalid", "invalid time {value} (expected HH:MM)", {"value": repr(value)}
        ) from None


IsoDate = Annotated[
    date,
    BeforeValidator(_parse_date),
    PlainSerializer(lambda d: d.isoformat(), return_type=str),
    WithJsonSchema({"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}),
]
"""A calendar date written ``YYYY-MM-DD``; anything else (timestamps, 2025-04-31) is refused."""

ClockTime = Annotated[
    time,
    BeforeValidator(_parse_time),
    PlainSerializer(lambda t: t.strftime("%H:%M"), return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^\d{2}:\d{2}$"}),
]
"""A time of day written ``HH:MM``."""

Name = Annotated[str, Field(min_length=1, max_length=500)]
"""A short label that must not be empty (names, titles, ids)."""

Line = Annotated[str, Field(max_length=500)]
"""One line of text (a reference, a place, an organisation): room for any real one, while
page furniture and table cells never have to lay out a book."""

Passage = Annotated[str, Field(max_length=5000)]
"""A few sentences of plain text (a source's note, a caption, alt text)."""

Address = Annotated[str, Field(max_length=2048, pattern=r"^https?://\S+$")]
"""A web address; 2 048 characters is what browsers and servers reliably keep."""

Identifier = Annotated[
    str, Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
]
"""A stable id: letters, digits, dot, dash and underscore."""
