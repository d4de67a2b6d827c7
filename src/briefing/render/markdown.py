"""Record text is Markdown of a safe subset; it becomes briefing markup here and only here."""

from __future__ import annotations

from markdown_it.token import Token
from markupsafe import Markup, escape

from briefing.model.markdown_text import markdown_parser


def markdown_blocks(text: str, prefix: str = "") -> Markup:
    """Paragraphs and lists; raw HTML in ``text`` comes out escaped, never interpreted.

    A ``prefix`` (a portion mark) starts the first paragraph or list item, followed by a
    space, so it reads as part of the portion rather than as a line of its own.
    """
    parser = markdown_parser()
    env: dict[str, object] = {}
    tokens = parser.parse(text, env)
    first = next((t for t in tokens if t.type == "inline"), None)
    if prefix and first is not None:
        first.children = [Token("text", "", 0, content=f"{prefix} "), *(first.children or [])]
    return Markup(parser.renderer.render(tokens, parser.options, env))


def markdown_inline(text: str, prefix: str = "") -> Markup:
    """Emphasis, links and line breaks only, for use inside a heading, paragraph or cell."""
    rendered = Markup(markdown_parser().renderInline(text))
    return escape(prefix) + Markup(" ") + rendered if prefix else rendered


def markdown_plain(text: str) -> str:
    """The words of ``text`` without its Markdown, e.g. to shorten it with ``truncate``."""
    words: list[str] = []
    for token in markdown_parser().parseInline(text):
        for child in token.children or []:
            if child.type in {"text", "code_inline"}:
                words.append(child.content)
            elif child.type in {"softbreak", "hardbreak"}:
                words.append(" ")
    return "".join(words)
