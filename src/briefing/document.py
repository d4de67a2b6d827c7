"""The intermediate document: what every template renders to and every writer lays out.

A writer sees only these types and a ``Layout``; it never sees the record, the
template or any markup, so a new format is a new writer and nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

PAGE = "{page}"
PAGES = "{pages}"


@dataclass(frozen=True)
class Run:
    """A stretch of text with one set of character styles."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    code: bool = False
    href: str | None = None
    line_break: bool = False
    """True for a forced line break; ``text`` is then empty."""


ParagraphStyle = Literal[
    "body", "title", "subtitle", "lead", "caption", "small", "note", "marking", "cover"
]
"""Named paragraph styles; each writer maps them to its own look (or a reference style)."""

Align = Literal["left", "center", "right", "justify"]


@dataclass
class Paragraph:
    runs: list[Run]
    style: ParagraphStyle = "body"
    align: Align | None = None
    keep_with_next: bool = False

    def text(self) -> str:
        return "".join("\n" if run.line_break else run.text for run in self.runs)


@dataclass
class Heading:
    """A numbered outline level (1 to 3): a Heading style in DOCX, a bookmark in PDF."""

    level: int
    runs: list[Run]
    anchor: str | None = None

    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class ListItem:
    blocks: list[Paragraph | ListBlock]


SHORT_LIST = 5
"""Lists of up to this many items are kept on one page by every writer."""


@dataclass
class ListBlock:
    ordered: bool
    items: list[ListItem]


@dataclass
class Cell:
    paragraphs: list[Paragraph]
    header: bool = False
    """A ``<th>``: in a header row it heads its column, in a body row its row."""


TableStyle = Literal["grid", "plain", "fields"]
"""grid: ruled with a shaded header; plain: no rules; fields: label/value pairs, kept on one
page where they fit."""


@dataclass
class Table:
    """A grid whose header rows repeat on every page it spans."""

    header: list[list[Cell]]
    rows: list[list[Cell]]
    widths: list[float] | None = None
    """Relative column widths; equal when None."""
    style: TableStyle = "grid"

    @property
    def columns(self) -> int:
        first = (self.header or self.rows or [[]])[0]
        return len(first)


ImageAlign = Literal["left", "center", "right"]


@dataclass
class Image:
    """A picture scaled to fit the frame; ``width`` is a fraction of the frame width."""

    path: Path
    width: float = 1.0
    caption: list[Run] = field(default_factory=list)
    align: ImageAlign = "center"
    alt: str = ""
    """What the picture shows, for screen readers."""


@dataclass
class PageBreak:
    pass


@dataclass
class Contents:
    """A table of contents of the headings down to ``depth``, wherever the template puts it.

    The PDF lists page numbers and links; the DOCX lists links and page references that
    the word processor fills in when it lays out the pages.
    """

    title: str = ""
    """Set like a level-1 heading above the entries but left out of the outline; may be empty."""
    depth: int = 2


@dataclass
class Spacer:
    """Vertical space, for covers and title blocks that need a deliberate layout."""

    height_mm: float


@dataclass
class Rule:
    """A horizontal line across the frame; ``heavy`` draws it thicker in the heading colour."""

    heavy: bool = False


Block = Heading | Paragraph | ListBlock | Table | Image | PageBreak | Contents | Spacer | Rule


@dataclass
class Meta:
    """What the document says about itself: properties, and the marking on every page."""

    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: list[str] = field(default_factory=list)
    language: str = "en"
    date: str = ""
    """ISO date used for the document's created and modified properties."""
    marking: str = ""
    """The banner printed at the top and bottom of every page; empty for none."""
    caveat: str = ""
    """A handling caveat printed under the banner."""
    footer: str = ""
    """Text printed left of the page number (usually the reference)."""
    page_label: str = "Page {page} of {pages}"
    """The page number as the document's language says it; ``{page}`` and ``{pages}``
    stand for the numbers."""

    def page_label_parts(self) -> list[str]:
        """The label split around its numbers: text, ``PAGE``, text, ``PAGES``, text…"""
        return re.split(r"(\{pages?\})", self.page_label)

    def page_label_text(self, page: int | str, pages: int | str) -> str:
        return self.page_label.replace(PAGES, str(pages)).replace(PAGE, str(page))


@dataclass(frozen=True)
class Pagination:
    """Where the PDF layout put things: its page count and the page of each heading (in
    the order of the document's headings), for formats that lay out no pages themselves."""

    pages: int
    heading_pages: tuple[int | None, ...]


@dataclass
class Document:
    meta: Meta
    blocks: list[Block]
    pagination: Pagination | None = None
    """Set by the PDF writer once it has laid the document out."""


@dataclass(frozen=True)
class Layout:
    """Page and type settings a template declares in ``template.toml``."""

    page_size: Literal["A4", "Letter"] = "A4"
    margin_top_mm: float = 25.0
    margin_bottom_mm: float = 25.0
    margin_left_mm: float = 25.0
    margin_right_mm: float = 25.0
    font: str = "NotoSans"
    """A family shipped in ``assets/fonts``: ``{font}-Regular.ttf``, ``-Bold``, ``-Italic``,
    ``-BoldItalic``; the PDF embeds it."""
    font_name: str = "Noto Sans"
    """The family's display name, which DOCX names for the word processor to use."""
    base_size: float = 11.0
    heading_color: str = "#1F3864"
    marking_color: str = "#000000"
    rule_color: str = "#8EA9C8"
    table_header_fill: str = "#DCE6F2"
    reference_docx: Path | None = None
