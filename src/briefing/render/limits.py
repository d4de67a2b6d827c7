"""What one render may spend: steps of work, and the size of what a template builds.

A template is code from whoever wrote it, run on every export and every keystroke of the
live preview, so the sandbox bounds more than Jinja's does: every loop step, call and
item of a range or repeated list is paid from one budget per render (a doubly recursive
macro has no loop to count), and every string or list a template makes by ``*``, ``+``,
``~``, ``%``, ``format`` or a padding filter is measured before or as it is made.
"""

from __future__ import annotations

import re
import string
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from jinja2.exceptions import SecurityError

MAX_SEQUENCE = 1_000_000
"""Longest string a template may build, and most items a list may hold, counting the
items of the lists inside it."""
MAX_EXPONENT = 10_000
MAX_WIDTH = 10_000
"""Widest padding or field a template may ask for (a line of a page holds under 200)."""
MAX_WORK = 5_000_000
"""Steps one render may take: loop iterations, calls, items of ranges and of repeated
lists (about 0.7 s of loop steps, 3 s of macro calls)."""
CALL_STEPS = 10
"""What one call (a macro, ``_()``, a method) costs: about what ten loop steps take."""

_budget = threading.local()


def start_work_budget() -> None:
    """Give the renders of this thread a fresh budget of ``MAX_WORK`` steps."""
    _budget.left = MAX_WORK


def spend(steps: int) -> None:
    """Take ``steps`` from this thread's budget; past it the render stops."""
    left = getattr(_budget, "left", MAX_WORK) - steps
    if left < 0:
        raise SecurityError(f"the template did more than {MAX_WORK:,} steps of work")
    _budget.left = left


def counted(iterable: Iterable[Any]) -> Iterator[Any]:
    """``iterable``, each item paid for."""
    for item in iterable:
        spend(1)
        yield item


def bounded_range(*args: int) -> range:
    """``range``, its items paid for up front (summing one costs as much as a loop)."""
    numbers = range(*args)
    spend(len(numbers))
    return numbers


def weight(value: Any) -> int:
    """How many items ``value`` holds, counting those of the lists inside it once per
    place they appear: ``[[0] * 1000] * 1000`` weighs a million."""
    memo: dict[int, int] = {}

    def measure(item: Any) -> int:
        if isinstance(item, str):
            return len(item)
        if not isinstance(item, list | tuple):
            return 1
        known = memo.get(id(item))
        if known is None:
            memo[id(item)] = len(item)  # a list inside itself counts once
            known = len(item) + sum(measure(child) for child in item)
            if known > MAX_SEQUENCE:
                raise SecurityError("the template builds a string or list too long")
            memo[id(item)] = known
        return known

    return measure(value)


def check_product(left: Any, right: Any) -> None:
    """Refuse ``left * right`` when it would build a string or list too long."""
    for sequence, count in ((left, right), (right, left)):
        if isinstance(sequence, str | list | tuple) and isinstance(count, int):
            size = weight(sequence) * max(count, 0)
            if size > MAX_SEQUENCE:
                raise SecurityError("the template builds a string or list too long")
            spend(size // 10)


def check_sum(left: Any, right: Any) -> None:
    """Refuse ``left + right`` of strings or lists when the result would be too long."""
    sequences = isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple)
    if sequences and weight(left) + weight(right) > MAX_SEQUENCE:
        raise SecurityError("the template builds a string or list too long")


def checked_text(text: Any) -> Any:
    """A string ``~`` joined, refused when too long (it holds no more than its parts)."""
    if isinstance(text, str) and len(text) > MAX_SEQUENCE:
        raise SecurityError("the template builds a string too long")
    return text


def check_width(name: str, *sizes: Any) -> None:
    for size in sizes:
        if isinstance(size, int) and size > MAX_WIDTH:
            raise SecurityError(f"{name} asks for a width of {size:,} (at most {MAX_WIDTH:,})")


_PERCENT_WIDTHS = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[a-zA-Z%]")


def check_percent_format(text: str, arguments: Any) -> None:
    """Refuse ``text % arguments`` that pads a field wider than ``MAX_WIDTH``."""
    for width, precision in _PERCENT_WIDTHS.findall(text):
        for size in (width, precision):
            if size == "*":
                values = arguments if isinstance(arguments, tuple) else (arguments,)
                check_width("the format", *values)
            elif size:
                check_width("the format", int(size))


def check_format_spec(text: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse ``text.format(...)`` whose fields pad wider than ``MAX_WIDTH``; a width
    taken from the arguments (``{:>{w}}``) is one of them."""
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:
        return  # str.format raises the same error itself
    for _, _, spec, _ in fields:
        if not spec:
            continue
        check_width("the format", *(int(n) for n in re.findall(r"\d+", spec)))
        if "{" in spec:
            check_width("the format", *args, *kwargs.values())
