"""Record text is Markdown of a safe subset: the one parser that reads it, and the depth
of lists it may reach.

markdown-it stops reading a block nested deeper than its limit and drops the rest of the
text, list items and paragraphs after them alike. A brief must never lose words, so text
that deep is refused when the record is validated, with the field and the reason, rather
than shortened when it is rendered.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

MAX_LIST_DEPTH = 16
"""Lists within lists a Markdown text may hold; a page has room for their indents."""
_MAX_NESTING = 2 * MAX_LIST_DEPTH + 2
"""markdown-it's nesting level for that many lists (a list and its item are two)."""
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
_LIST_LINE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)", re.MULTILINE)


class NestedTooDeep(ValueError):
    """Markdown whose lists nest deeper than ``MAX_LIST_DEPTH``."""


@cache
def markdown_parser() -> MarkdownIt:
    """The parser of record text, refusing (not dropping) what nests too deep; imported
    on first use, as most records never need it to be validated."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False, "linkify": False})
    parser.disable(_DISABLED)
    parser.options["maxNesting"] = _MAX_NESTING
    block = parser.block
    tokenize = block.tokenize

    def refusing_tokenize(state: Any, start: int, end: int) -> None:
        if state.level >= _MAX_NESTING:
            line = state.skipEmptyLines(start)
            if line < end and state.sCount[line] >= state.blkIndent:
                raise NestedTooDeep(f"lists nest more than {MAX_LIST_DEPTH} levels deep")
        tokenize(state, start, end)

    block.tokenize = refusing_tokenize  # type: ignore[method-assign,assignment]
    return parser


def _nested_within_limit(text: str) -> str:
    if len(_LIST_LINE.findall(text)) > MAX_LIST_DEPTH:  # fewer list lines cannot nest deeper
        try:
            markdown_parser().parse(text)
        except NestedTooDeep as error:
            raise PydanticCustomError(
                "markdown_too_deep",
                "{reason}; a brief holds at most {depth}: move the deeper items up",
                {"reason": str(error), "depth": MAX_LIST_DEPTH},
            ) from None
    return text


Markdown = Annotated[str, Field(max_length=200_000), AfterValidator(_nested_within_limit)]
"""Free Markdown text (summaries, purpose, portions, biographies)."""
