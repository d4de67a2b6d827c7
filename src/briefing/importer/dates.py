"""Dates as reports write them, resolved against the article's own date.

"On April 20" gets its year from the article's date (the year before, when that
would put the event after publication). Nothing is resolved without a year from
the article: an unknown year stays unknown rather than being guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefing.importer.vocab import MONTHS, WEEKDAYS

_MONTH = r"(?P<{0}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)"


def _m(name: str) -> str:
    return _MONTH.format(name)


def _d(name: str) -> str:
    return _DAY.format(name)


def _y(name: str) -> str:
    return _YEAR.format(name)


_DASH = r"\s*(?:-|–|—|to|and|until)\s*"
_PATTERNS = [
    # July 16-17, 2024 · Nov. 4 and 5 · April 4-5
    re.compile(
        rf"\b{_m('m1')}\s+{_d('d1')}{_DASH}{_d('d2')}\b(?!\s*(?:p\.?m|a\.?m|:))(?:,?\s+{_y('y')})?"
    ),
    # November 28 - December 1, 2023
    re.compile(rf"\b{_m('m1')}\s+{_d('d1')}{_DASH}{_m('m2')}\s+{_d('d2')}\b(?:,?\s+{_y('y')})?"),
    # 16-17 July 2024 · from 25 to 28 September
    re.compile(rf"\b{_d('d1')}{_DASH}{_d('d2')}\s+{_m('m1')}(?:,?\s+{_y('y')})?"),
    # 28 November - 1 December 2023
    re.compile(rf"\b{_d('d1')}\s+{_m('m1')}{_DASH}{_d('d2')}\s+{_m('m2')}(?:,?\s+{_y('y')})?"),
    # April 20, 2025 · April 20
    re.compile(rf"\b{_m('m1')}\s+{_d('d1')}\b(?!\s*(?:-|–|:))(?:,?\s+{_y('y')})?"),
    # 20 April 2025 · 20th of April
    re.compile(rf"\b{_d('d1')}\s+(?:of\s+)?{_m('m1')}(?:,?\s+{_y('y')})?"),
]
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
_DOTTED = re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b")
"""Day first, as written with dots: "20.10.2018"."""
_WEEKDAY = re.compile(
    r"\b(?:on\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_RELATIVE = re.compile(
    r"\b(?P<r>today|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)|tonight)\b",
    re.IGNORECASE,
)
"""Days named from the article's own: "yesterday" and "last night" are the day before."""


@dataclass(frozen=True)
class DateSpan:
    """A date or range found in text; ``start`` is None when the year is unknown."""

    start: date | None
    end: date | None
    text: str
    at: int = 0
    """Where the date is written in the text."""


def month_number(name: str) -> int | None:
    key = name.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    return MONTHS.get(key[:3])


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_year(month: int, day: int, year: int | None, anchor: date | None) -> date | None:
    if year is not None:
        return _safe(year, month, day)
    if anchor is None:
        return None
    found = _safe(anchor.year, month, day)
    if found is not None and found > anchor + timedelta(days=2):
        found = _safe(anchor.year - 1, month, day)
    return found


def find_dates(text: str, anchor: date | None) -> list[DateSpan]:
    """Every date or range in ``text``, in order; years come from the text or ``anchor``."""
    spans: list[tuple[int, int, DateSpan]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in [*_ISO.finditer(text), *_DOTTED.finditer(text)]:
        day = _safe(int(match["y"]), int(match["m"]), int(match["d"]))
        if day:
            spans.append(
                (match.start(), match.end(), DateSpan(day, day, match.group(), match.start()))
            )
            taken.append(match.span())
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if not free(*match.span()):
                continue
            groups = match.groupdict()
            m1 = month_number(groups["m1"])
            m2 = month_number(groups["m2"]) if groups.get("m2") else m1
            d1 = int(groups["d1"])
            d2 = int(groups["d2"]) if groups.get("d2") else d1
            if m1 is None or m2 is None or not 1 <= d1 <= 31 or not 1 <= d2 <= 31:
                continue
            year = int(groups["y"]) if groups.get("y") else None
            start = _with_year(m1, d1, year, anchor)
            end = _with_year(m2, d2, year, anchor)
            if start and end and end < start:
                end = None
            span = DateSpan(start, end or start, match.group(), match.start())
            spans.append((match.start(), match.end(), span))
            taken.append(match.span())
    for match in _WEEKDAY.finditer(text):
        if not free(*match.span()) or any(0 <= a - match.end() <= 3 for a, _ in taken):
            continue  # "Saturday April 20 2024": the date itself says it
        resolved = None
        if anchor is not None:
            back = (anchor.weekday() - WEEKDAYS[match["w"].lower()]) % 7
            resolved = anchor - timedelta(days=back)
        spans.append(
            (match.start(), match.end(), DateSpan(resolved, resolved, match.group(), match.start()))
        )
    for match in _RELATIVE.finditer(text):
        if anchor is None:
            spans.append(
                (match.start(), match.end(), DateSpan(None, None, match.group(), match.start()))
            )
            continue
        shift = 1 if " ".join(match["r"].lower().split()) in {"yesterday", "last night"} else 0
        day = anchor - timedelta(days=shift)
        spans.append((match.start(), match.end(), DateSpan(day, day, match.group(), match.start())))
    return [span for _, _, span in sorted(spans, key=lambda item: item[0])]


def full_date(text: str) -> date | None:
    """A complete date (with its year) written in ``text``, e.g. a byline's timestamp."""
    for span in find_dates(text, None):
        if span.start is not None:
            return span.start
    return None
