"""The one Jinja environment factory: sandboxed, strict about undefined names, autoescaping."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    nodes,
    pass_environment,
    pass_eval_context,
    select_autoescape,
)
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError, TemplateNotFound
from jinja2.filters import do_format, do_indent, do_join, do_replace
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefing.render import limits, localize
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


_COUNTED = "_counted_loop"


class _CheckedConcat(CodeGenerator):
    """Compiles ``a ~ b`` so that the string it makes is measured (``checked_text``)."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.checked_text(")
        super().visit_Concat(node, frame)
        self.write(")")


class _BriefingSandbox(ImmutableSandboxedEnvironment):
    """The sandbox, also bounding the work of a render and the size of what it builds
    (``briefing.render.limits``)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _CheckedConcat

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """The template's syntax tree, every ``for`` loop paying for its steps."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.Name(_COUNTED, "load"), [loop.iter], [], None, None)
        return tree

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            limits.check_product(left, right)
        elif operator == "+":
            limits.check_sum(left, right)
        elif operator == "%" and isinstance(left, str):
            limits.check_percent_format(left, right)
        elif operator == "**" and isinstance(right, int) and abs(right) > limits.MAX_EXPONENT:
            raise SecurityError("the template raises a number to too large a power")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Every call is work (a macro calling itself twice has no loop to count), and
        costs as much as a few loop steps do."""
        limits.spend(limits.CALL_STEPS)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        text = value.__self__

        def checked(*args: Any, **kwargs: Any) -> str:
            keywords = args[0] if value.__name__ == "format_map" and args else kwargs
            limits.check_format_spec(text, args, dict(keywords))
            return wrapped(*args, **kwargs)

        return checked

    @staticmethod
    def checked_text(text: Any) -> Any:
        return limits.checked_text(text)


def _center(value: Any, width: int = 80) -> str:
    limits.check_width("center", width)
    return str(value).center(width)


def _indent(value: Any, width: int | str = 4, first: bool = False, blank: bool = False) -> str:
    limits.check_width("indent", width if isinstance(width, int) else len(width))
    return str(do_indent(str(value), width, first, blank))


def _format(value: Any, *args: Any, **kwargs: Any) -> str:
    limits.check_percent_format(str(value), args or kwargs)
    return str(do_format(str(value), *args, **kwargs))


@pass_eval_context
def _replace(context: EvalContext, value: Any, old: str, new: str, count: int | None = None) -> Any:
    text = str(value)
    if old and len(new) > len(old):
        times = text.count(old) if count is None else min(count, text.count(old))
        if len(text) + times * (len(new) - len(old)) > limits.MAX_SEQUENCE:
            raise SecurityError("the template builds a string too long")
    return do_replace(context, value, old, new, count)


@pass_eval_context
def _join(
    context: EvalContext, value: Iterable[Any], separator: str = "", attribute: str | None = None
) -> Any:
    items = list(value)
    size = sum(len(str(item)) for item in items) + len(separator) * len(items)
    if size > limits.MAX_SEQUENCE:
        raise SecurityError("the template builds a string too long")
    return do_join(context, items, separator, attribute)


class _ConfinedLoader(FileSystemLoader):
    """Finds templates in the search path only: a file whose real path (links followed)
    lies elsewhere is not there, so a link in a template folder reads nothing."""

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        real = Path(filename).resolve()
        if not any(real.is_relative_to(Path(root).resolve()) for root in self.searchpath):
            raise TemplateNotFound(f"{template} (a link leading outside the template folder)")
        return source, filename, uptodate


def make_environment(search_path: list[str]) -> ImmutableSandboxedEnvironment:
    """An environment whose templates can reach only ``search_path`` and the filters here."""
    environment = _BriefingSandbox(
        loader=_ConfinedLoader(search_path),
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
    environment.globals[_COUNTED] = limits.counted
    environment.globals["range"] = limits.bounded_range
    environment.filters.update(
        markdown=markdown_blocks,
        inline=markdown_inline,
        plain=markdown_plain,
        take=take,
        center=_center,
        indent=_indent,
        format=_format,
        replace=_replace,
        join=_join,
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
