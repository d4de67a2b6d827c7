"""The one Jinja environment factory: sandboxed, strict about undefined names, autoescaping."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import Any

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    nodes,
    pass_environment,
    select_autoescape,
)
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefing.render import localize
from briefing.render.markdown import markdown_blocks, markdown_inline, markdown_plain


@pass_environment
def take(
    environment: Environment,
    items: Sequence[Any],
    count: int,
    chars: int = 0,
    clip: int = 0,
    attribute: str = "text",
) -> list[Any]:
    """The first ``count`` items, fewer if their text would pass ``chars`` characters.

    For lists that must fit a fixed space (the one-pager): the text is the item itself or
    its ``attribute``, read as plain Markdown and counted up to ``clip`` characters (what a
    template shortens it to). The first item is always taken.
    """
    first = list(items[: max(count, 0)])
    if chars <= 0:
        return first
    taken: list[Any] = []
    used = 0
    for item in first:
        text = item if isinstance(item, str) else environment.getattr(item, attribute)
        size = len(markdown_plain(str(text)))
        size = min(size, clip) if clip > 0 else size
        if taken and used + size > chars:
            break
        taken.append(item)
        used += size
    return taken


MAX_SEQUENCE = 1_000_000
"""Longest string or list a template may build by multiplication."""
MAX_EXPONENT = 10_000
MAX_LOOP_STEPS = 5_000_000
"""Loop iterations one render may take (about 0.7 s of them). The briefing book of a
record of 10,000 meetings takes about 80,000; nested loops over large ranges would run
for hours, printing nothing that the output limit could catch."""
_COUNTED = "_counted_loop"
_steps = threading.local()


def start_loop_budget() -> None:
    """Give the renders of this thread a fresh budget of ``MAX_LOOP_STEPS``."""
    _steps.left = MAX_LOOP_STEPS


def _counted_loop(iterable: Any) -> Iterator[Any]:
    """``iterable``, each item taken from this thread's loop budget."""
    for item in iterable:
        left = getattr(_steps, "left", MAX_LOOP_STEPS) - 1
        if left < 0:
            raise SecurityError(f"the template's loops ran more than {MAX_LOOP_STEPS:,} times")
        _steps.left = left
        yield item


class _BriefingSandbox(ImmutableSandboxedEnvironment):
    """The sandbox, also refusing arithmetic that would exhaust memory or time."""

    intercepted_binops = frozenset({"*", "**"})

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """The template's syntax tree, every ``for`` loop drawing on the loop budget."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.Name(_COUNTED, "load"), [loop.iter], [], None, None)
        return tree

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                sized = isinstance(sequence, str | list | tuple) and isinstance(count, int)
                if sized and len(sequence) * count > MAX_SEQUENCE:
                    raise SecurityError("the template builds a string or list too long")
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_EXPONENT:
            raise SecurityError("the template raises a number to too large a power")
        return super().call_binop(context, operator, left, right)


def make_environment(search_path: list[str]) -> ImmutableSandboxedEnvironment:
    """An environment whose templates can reach only ``search_path`` and the filters here."""
    environment = _BriefingSandbox(
        loader=FileSystemLoader(search_path),
        undefined=StrictUndefined,
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        extensions=["jinja2.ext.i18n"],
    )
    environment.install_gettext_callables(  # type: ignore[attr-defined]
        localize.gettext,
        localize.ngettext,
        newstyle=True,
        pgettext=localize.pgettext,
        npgettext=localize.npgettext,
    )
    for unused in ("lipsum", "cycler", "joiner"):
        environment.globals.pop(unused, None)
    environment.globals[_COUNTED] = _counted_loop
    environment.filters.update(
        markdown=markdown_blocks,
        inline=markdown_inline,
        plain=markdown_plain,
        take=take,
        date=localize.localized_date,
        daterange=localize.localized_date_range,
        time=localize.localized_time,
        number=localize.localized_number,
        listing=localize.listing,
        commas=localize.commas,
        semicolons=localize.semicolons,
        isolate=localize.isolate,
        upper=localize.upper,
        lower=localize.lower,
    )
    return environment
