"""The one Jinja environment factory: sandboxed, strict about undefined names, autoescaping."""

from __future__ import annotations

from datetime import date, time

from jinja2 import FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefing.render.markdown import markdown_blocks, markdown_inline

_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def format_date(value: date | None, style: str = "long") -> str:
    """``20 April 2025`` (long) or ``20 Apr 2025`` (short), independent of the machine's locale."""
    if value is None:
        return ""
    month = _MONTHS[value.month - 1]
    return f"{value.day} {month if style == 'long' else month[:3]} {value.year}"


def format_date_range(start: date, end: date) -> str:
    """``20 April 2025``, ``20–22 April 2025``, ``30 April – 2 May 2025``."""
    if start == end:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end)}"
    if start.year == end.year:
        return f"{start.day} {_MONTHS[start.month - 1]} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def format_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def make_environment(search_path: list[str]) -> ImmutableSandboxedEnvironment:
    """An environment whose templates can reach only their own folder and the filters here."""
    environment = ImmutableSandboxedEnvironment(
        loader=FileSystemLoader(search_path),
        undefined=StrictUndefined,
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    for unused in ("lipsum", "cycler", "joiner"):
        environment.globals.pop(unused, None)
    environment.filters.update(
        markdown=markdown_blocks,
        inline=markdown_inline,
        date=format_date,
        daterange=format_date_range,
        time=format_time,
    )
    return environment
