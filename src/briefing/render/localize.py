"""Dates, times, numbers, lists and translations in the language of the brief being rendered.

One environment renders briefs in every language, so the language is not part of it:
``rendering_in`` sets it for the render under way (a context variable, safe across
threads), and the filters and gettext callables installed here read it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton, format_time
from babel.lists import format_list
from babel.numbers import format_decimal
from markupsafe import Markup, escape

from briefing.i18n import Language, formatting_locale, language_for

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


@dataclass(frozen=True)
class _Current:
    language: Language
    locale: Locale
    rtl: bool


_current: ContextVar[_Current | None] = ContextVar("briefing_render_language", default=None)


@contextlib.contextmanager
def rendering_in(language: Language) -> Iterator[None]:
    """Render in ``language`` until the block ends. A language without a catalog gets an
    English frame, dates included, so a brief never mixes two languages of its own."""
    locale = formatting_locale(language.catalog if language.fell_back else language.tag)
    rtl = formatting_locale(language.tag).text_direction == "rtl"
    token = _current.set(_Current(language, locale, rtl))
    try:
        yield
    finally:
        _current.reset(token)


def _now() -> _Current:
    current = _current.get()
    if current is None:
        english = language_for("en")
        return _Current(english, formatting_locale("en"), rtl=False)
    return current


def gettext(message: str) -> str:
    return _now().language.translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _now().language.translations.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    return _now().language.translations.pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, count: int) -> str:
    return _now().language.translations.npgettext(context, singular, plural, count)


def isolate(value: Any) -> Any:
    """``value`` set apart from the text around it in a right-to-left brief, so a date,
    time or reference keeps its own reading order ("20 April 2025" does not become
    "April 2025 20"); unchanged in a left-to-right one."""
    text = str(value)
    if not text or not _now().rtl:
        return value
    wrapped = f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
    return Markup(wrapped) if isinstance(value, Markup) else wrapped


def localized_date(value: date | None, style: str = "long") -> str:
    """``20 April 2025`` (long) or ``20 Apr 2025`` (short) in the brief's language."""
    if value is None:
        return ""
    locale = _now().locale
    if style == "long":
        text = format_date(value, "long", locale=locale)
    else:
        text = format_skeleton("yMMMd", value, locale=locale)
    return str(isolate(text))


def localized_date_range(start: date, end: date) -> str:
    """``20 April 2025``, ``20–22 April 2025``, ``30 April – 2 May 2025``: CLDR's interval
    patterns with the month written out."""
    if start == end:
        return localized_date(start)
    locale = _now().locale
    if start > end:
        start, end = end, start
    differs = "y" if start.year != end.year else "M" if start.month != end.month else "d"
    patterns = locale.interval_formats.get("yMMMd", {}).get(differs)
    if not patterns:
        text = format_interval(start, end, "yMMMd", locale=locale)
    else:
        first, second = (_long_months(p) for p in patterns)
        text = format_date(start, first, locale=locale) + format_date(end, second, locale=locale)
    return str(isolate(text))


def _long_months(pattern: str) -> str:
    """A date pattern with abbreviated months (``MMM``) written out (``MMMM``)."""
    out, i = [], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "'":
            end = pattern.find("'", i + 1)
            end = len(pattern) - 1 if end < 0 else end
            out.append(pattern[i : end + 1])
            i = end + 1
            continue
        run = len(pattern) - i - len(pattern[i:].lstrip(char))
        out.append(char * (4 if char in "ML" and run == 3 else run))
        i += run
    return "".join(out)


def localized_time(value: time | None, end: time | None = None) -> str:
    """``14:30`` or ``14:30–15:15``, in 24 hours where the locale writes them so."""
    if value is None:
        return ""
    locale = _now().locale
    if end is None:
        text = format_time(value, "short", locale=locale)
    else:
        clock = "Hm" if "H" in locale.time_formats["short"].pattern else "hm"
        text = format_interval(value, end, clock, locale=locale)
    return str(isolate(text))


def localized_number(value: int | float) -> str:
    return format_decimal(value, locale=_now().locale)


def listing(items: Iterable[Any]) -> Markup:
    """``A, B and C`` in the brief's language (``A وB وC``, ``A, B и C``)."""
    words = [str(escape(item)) for item in items]
    return Markup(format_list(words, locale=_now().locale) if words else "")


def commas(items: Iterable[Any]) -> Markup:
    """Items joined by the language's comma (``بغداد، العراق``); markup in them is kept."""
    return Markup(_separator("comma")).join(items)


def semicolons(items: Iterable[Any]) -> Markup:
    """Items joined by the language's semicolon (``؛`` in Arabic)."""
    return Markup(_separator("semicolon")).join(items)


def punctuation() -> dict[str, str]:
    """The separators of the brief's language, for templates that join by hand."""
    return {kind: _separator(kind) for kind in _LATIN_SCRIPT}


_ARABIC_SCRIPT = {"comma": "، ", "semicolon": "؛ "}
_LATIN_SCRIPT = {"comma": ", ", "semicolon": "; "}


def _separator(kind: str) -> str:
    language = _now().locale.language
    return (_ARABIC_SCRIPT if language in {"ar", "fa", "ur", "ps", "ckb"} else _LATIN_SCRIPT)[kind]


_DOTTED_I = frozenset({"tr", "az", "crh", "tt", "ba", "kk"})
"""Languages whose ``i`` capitalizes to ``İ`` and whose ``I`` lower-cases to ``ı``."""


def upper(value: Any) -> str:
    """Capitals as the language writes them (Azerbaijani and Turkish ``i`` → ``İ``)."""
    text = str(value)
    if _now().locale.language in _DOTTED_I:
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


def lower(value: Any) -> str:
    text = str(value)
    if _now().locale.language in _DOTTED_I:
        text = text.replace("I", "ı").replace("İ", "i")
    return text.lower()
