"""Record text is Markdown of a safe subset; it becomes briefing markup here and only here."""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt
from markupsafe import Markup

_DISABLED = [
    "table",
    "code",
    "fence",
    "blockquote",
    "hr",
    "reference",
    "html_block",
    "heading",
    "lheading",
    "html_inline",
    "image",
]
"""Everything beyond emphasis, lists, links and line breaks is shown as the text it is."""


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).disable(_DISABLED)


def markdown_blocks(text: str) -> Markup:
    """Paragraphs and lists; raw HTML in ``text`` comes out escaped, never interpreted."""
    return Markup(_parser().render(text))


def markdown_inline(text: str) -> Markup:
    """Emphasis, links and line breaks only, for use inside a heading, paragraph or cell."""
    return Markup(_parser().renderInline(text))
