"""Briefing markup, the small HTML subset templates render, parsed into a document tree.

Only the elements listed in ``docs/templates.md`` are understood; anything else
is an error naming the element, so a template mistake never passes silently.
Images come only from the ``images`` map the caller allows (record photos and
template assets), never from a path written in the markup.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import cast, get_args

from briefing.document import (
    PAGE,
    PAGES,
    Align,
    Block,
    Cell,
    Contents,
    Document,
    Heading,
    Image,
    ImageAlign,
    ListBlock,
    ListItem,
    Meta,
    PageBreak,
    Paragraph,
    ParagraphStyle,
    Rule,
    Run,
    Spacer,
    Table,
    TableStyle,
)
from briefing.errors import TemplateError

_VOID = {"br", "img", "meta", "pagebreak", "toc", "spacer", "hr"}
_INLINE = {"b", "strong", "i", "em", "u", "code", "a", "span", "br"}
_PARAGRAPH_STYLES = set(get_args(ParagraphStyle))
_ALIGNS = set(get_args(Align))
_IMAGE_ALIGNS = set(get_args(ImageAlign))
_TABLE_STYLES = set(get_args(TableStyle))
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_META_FIELDS = {
    "author",
    "subject",
    "keywords",
    "date",
    "marking",
    "caveat",
    "footer",
    "page-label",
}
_RULE_CLASSES = {"", "heavy"}
_MAX_SPACER_MM = 200.0
_SPACE = re.compile(r"\s+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class MarkupError(TemplateError):
    """Rendered markup that breaks the rules of the subset; the caller adds which template."""


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    children: list[_Element | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """Builds a plain element tree; closing tags must match what is open."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if self.stack[-1].tag != tag:
            raise MarkupError(f"markup: </{tag}> closes <{self.stack[-1].tag}>")
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_markup(markup: str, images: Mapping[str, Path]) -> Document:
    """Turn rendered briefing markup into a ``Document``."""
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    if len(builder.stack) > 1:
        raise MarkupError(f"markup: <{builder.stack[-1].tag}> is never closed")
    html = _single(builder.root, "html")
    head = next((c for c in html.children if isinstance(c, _Element) and c.tag == "head"), None)
    body = _single(html, "body")
    meta = _meta(head, html.attrs.get("lang", "en"))
    return Document(meta=meta, blocks=_Converter(images).blocks(body.children))


def _single(parent: _Element, tag: str) -> _Element:
    for child in parent.children:
        if isinstance(child, _Element) and child.tag == tag:
            return child
    raise MarkupError(f"markup: no <{tag}> element")


def _meta(head: _Element | None, language: str) -> Meta:
    meta = Meta(language=language)
    for child in head.children if head else []:
        if not isinstance(child, _Element):
            continue
        if child.tag == "title":
            meta.title = _clean(" ".join(c for c in child.children if isinstance(c, str))).strip()
        elif child.tag == "meta" and child.attrs.get("name") in _META_FIELDS:
            name, content = child.attrs["name"], _clean(child.attrs.get("content", "")).strip()
            if name == "keywords":
                meta.keywords = [k.strip() for k in content.split(",") if k.strip()]
            elif name == "page-label":
                meta.page_label = _page_label(content)
            else:
                setattr(meta, name, content)
        else:
            raise MarkupError(f"markup: <{child.tag}> is not allowed in <head>")
    return meta


def _page_label(content: str) -> str:
    """The footer's page label pattern; it must say where both numbers go."""
    if PAGE not in content or PAGES not in content:
        raise MarkupError(f'markup: <meta name="page-label"> needs both {PAGE} and {PAGES}')
    return content


def _clean(text: str) -> str:
    """Drop characters no document format can hold (control characters, lone surrogates)."""
    return _NOT_XML.sub("", text)


class _Converter:
    def __init__(self, images: Mapping[str, Path]) -> None:
        self.images = images

    def blocks(self, nodes: list[_Element | str]) -> list[Block]:
        """Block elements; loose inline content between them becomes a body paragraph."""
        blocks: list[Block] = []
        pending: list[_Element | str] = []

        def flush() -> None:
            runs = _tidy(self.runs(pending, Run("")))
            if runs:
                blocks.append(Paragraph(runs))
            pending.clear()

        for node in nodes:
            if isinstance(node, str) or node.tag in _INLINE:
                pending.append(node)
                continue
            flush()
            blocks.extend(self.block(node))
        flush()
        return blocks

    def block(self, element: _Element) -> list[Block]:
        tag = element.tag
        if tag in {"h1", "h2", "h3"}:
            runs = _tidy(self.runs(element.children, Run("")))
            return [Heading(int(tag[1]), runs, element.attrs.get("id") or None)]
        if tag == "p":
            return [self.paragraph(element)]
        if tag in {"ul", "ol"}:
            return [self.list_block(element)]
        if tag == "table":
            return [self.table(element)]
        if tag == "img":
            return [self.image(element, [])]
        if tag == "figure":
            return [self.figure(element)]
        if tag == "pagebreak":
            return [PageBreak()]
        if tag == "toc":
            return [self.contents(element)]
        if tag == "spacer":
            height = _number(element, "height", 0.0, _MAX_SPACER_MM)
            return [Spacer(height)]
        if tag == "hr":
            rule = element.attrs.get("class", "")
            if rule not in _RULE_CLASSES:
                raise MarkupError(f"markup: unknown hr class {rule!r}")
            return [Rule(heavy=rule == "heavy")]
        if tag in {"div", "section", "header", "footer"}:
            return self.blocks(element.children)
        raise MarkupError(f"markup: unknown element <{tag}>")

    def contents(self, element: _Element) -> Contents:
        depth = element.attrs.get("depth", "2")
        if depth not in {"1", "2", "3"}:
            raise MarkupError(f"markup: <toc> depth must be 1, 2 or 3, not {depth!r}")
        title = _SPACE.sub(" ", _clean(element.attrs.get("title", ""))).strip()
        return Contents(title=title, depth=int(depth))

    def paragraph(self, element: _Element) -> Paragraph:
        style = element.attrs.get("class", "body") or "body"
        if style not in _PARAGRAPH_STYLES:
            raise MarkupError(f"markup: unknown paragraph class {style!r}")
        align = element.attrs.get("align") or None
        if align is not None and align not in _ALIGNS:
            raise MarkupError(f"markup: unknown align {align!r}")
        return Paragraph(
            _tidy(self.runs(element.children, Run(""))),
            style=cast(ParagraphStyle, style),
            align=cast(Align | None, align),
            keep_with_next="data-keep-with-next" in element.attrs,
        )

    def runs(self, nodes: list[_Element | str], style: Run) -> list[Run]:
        """The text of ``nodes`` as runs, walked with a stack of its own: emphasis may
        nest thousands deep (``***…x…***`` in a summary), far past Python's recursion."""
        runs: list[Run] = []
        stack: list[tuple[Iterator[_Element | str], Run]] = [(iter(nodes), style)]
        while stack:
            children, current = stack[-1]
            node = next(children, None)
            if node is None:
                stack.pop()
            elif isinstance(node, str):
                runs.append(replace(current, text=_SPACE.sub(" ", _clean(node))))
            elif node.tag == "br":
                runs.append(replace(current, text="", line_break=True))
            elif node.tag in _INLINE:
                stack.append((iter(node.children), _styled(current, node)))
            else:
                raise MarkupError(f"markup: <{node.tag}> cannot stand inside a paragraph")
        return runs

    def list_block(self, element: _Element) -> ListBlock:
        items = []
        for child in element.children:
            if isinstance(child, str):
                if child.strip():
                    raise MarkupError(f"markup: text directly inside <{element.tag}>")
                continue
            if child.tag != "li":
                raise MarkupError(f"markup: <{child.tag}> inside <{element.tag}>")
            blocks = self.blocks(child.children)
            if not all(isinstance(b, Paragraph | ListBlock) for b in blocks):
                raise MarkupError("markup: a list item holds only text and lists")
            items.append(ListItem(cast(list[Paragraph | ListBlock], blocks)))
        return ListBlock(ordered=element.tag == "ol", items=items)

    def table(self, element: _Element) -> Table:
        style = element.attrs.get("class", "grid") or "grid"
        if style not in _TABLE_STYLES:
            raise MarkupError(f"markup: unknown table class {style!r}")
        header: list[list[Cell]] = []
        rows: list[list[Cell]] = []
        for section in _elements(element):
            if section.tag not in {"thead", "tbody", "tr"}:
                raise MarkupError(f"markup: <{section.tag}> inside <table>")
            target = header if section.tag == "thead" else rows
            for row in [section] if section.tag == "tr" else _elements(section):
                if row.tag != "tr":
                    raise MarkupError(f"markup: <{row.tag}> where a <tr> belongs")
                target.append([self.cell(c) for c in _elements(row)])
        widths = element.attrs.get("data-widths")
        return Table(
            header=header,
            rows=rows,
            widths=_widths(widths) if widths else None,
            style=cast(TableStyle, style),
        )

    def cell(self, element: _Element) -> Cell:
        if element.tag not in {"td", "th"}:
            raise MarkupError(f"markup: <{element.tag}> where a <td> belongs")
        return Cell(_flatten(self.blocks(element.children)), header=element.tag == "th")

    def image(self, element: _Element, caption: list[Run]) -> Image:
        src = element.attrs.get("src", "")
        if src not in self.images:
            raise MarkupError(f"markup: image {src!r} is not a record photo or template asset")
        width = _number(element, "width", 0.0, 1.0) if element.attrs.get("width") else 1.0
        align = element.attrs.get("align") or "center"
        if align not in _IMAGE_ALIGNS:
            raise MarkupError(f"markup: unknown image align {align!r}")
        return Image(
            self.images[src],
            width=min(max(width, 0.05), 1.0),
            caption=caption,
            align=cast(ImageAlign, align),
            alt=element.attrs.get("alt") or "",
        )

    def figure(self, element: _Element) -> Image:
        image = next((c for c in _elements(element) if c.tag == "img"), None)
        if image is None:
            raise MarkupError("markup: <figure> without <img>")
        caption = next((c for c in _elements(element) if c.tag == "figcaption"), None)
        return self.image(image, _tidy(self.runs(caption.children, Run(""))) if caption else [])


def _number(element: _Element, name: str, low: float, high: float) -> float:
    """The attribute ``name`` as a number from ``low`` to ``high``."""
    text = element.attrs.get(name, "")
    try:
        value = float(text)
    except ValueError:
        raise MarkupError(
            f"markup: <{element.tag}> {name} must be a number, not {text!r}"
        ) from None
    if not low <= value <= high:
        raise MarkupError(f"markup: <{element.tag}> {name} must be from {low:g} to {high:g}")
    return value


def _widths(text: str) -> list[float]:
    """``data-widths``: relative column widths, each a positive, finite number."""
    widths = []
    for part in text.split(","):
        try:
            width = float(part)
        except ValueError:
            width = math.nan
        if not 0 < width < 1e6:  # also refuses nan and inf
            raise MarkupError(f"markup: <table> data-widths must be positive numbers, not {text!r}")
        widths.append(width)
    return widths


def _elements(element: _Element) -> list[_Element]:
    for child in element.children:
        if isinstance(child, str) and child.strip():
            raise MarkupError(f"markup: text directly inside <{element.tag}>")
    return [c for c in element.children if isinstance(c, _Element)]


def _styled(style: Run, element: _Element) -> Run:
    tag = element.tag
    if tag in {"b", "strong"}:
        return replace(style, bold=True)
    if tag in {"i", "em"}:
        return replace(style, italic=True)
    if tag == "u":
        return replace(style, underline=True)
    if tag == "code":
        return replace(style, code=True)
    if tag == "a":
        href = element.attrs.get("href", "")
        return replace(style, href=href) if href.startswith(_LINK_SCHEMES) else style
    return style


def _tidy(runs: list[Run]) -> list[Run]:
    """Collapse white space across run boundaries as HTML does, trim the ends, and join
    neighbouring runs of the same style."""
    tidy: list[Run] = []
    drop_space = True
    for run in runs:
        if run.line_break:
            if tidy and not tidy[-1].line_break:
                tidy[-1] = replace(tidy[-1], text=tidy[-1].text.rstrip(" "))
            tidy.append(run)
            drop_space = True
            continue
        text = run.text.lstrip(" ") if drop_space else run.text
        if not text:
            continue
        previous = tidy[-1] if tidy else None
        if previous and replace(previous, text="") == replace(run, text=""):
            tidy[-1] = replace(previous, text=previous.text + text)
        else:
            tidy.append(replace(run, text=text))
        drop_space = text.endswith(" ")
    while tidy and not tidy[-1].line_break and not tidy[-1].text.strip():
        tidy.pop()
    if tidy and not tidy[-1].line_break:
        tidy[-1] = replace(tidy[-1], text=tidy[-1].text.rstrip(" "))
    return tidy


def _flatten(blocks: list[Block]) -> list[Paragraph]:
    """Table cells hold paragraphs: lists inside them become marked paragraphs."""
    paragraphs: list[Paragraph] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            paragraphs.append(block)
        elif isinstance(block, ListBlock):
            for number, item in enumerate(block.items, start=1):
                bullet = f"{number}. " if block.ordered else "• "
                for i, paragraph in enumerate(_flatten(list(item.blocks))):
                    prefix = [Run(bullet)] if i == 0 else []
                    paragraphs.append(replace(paragraph, runs=prefix + paragraph.runs))
        elif isinstance(block, Heading):
            paragraphs.append(Paragraph([replace(r, bold=True) for r in block.runs]))
        else:
            raise MarkupError("markup: only text and lists can stand in a table cell")
    return paragraphs
