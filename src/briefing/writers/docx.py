"""DOCX output: the document tree laid out with real Word styles through python-docx.

Every paragraph gets a named style (Heading 1, List Bullet, Briefing Lead…) rather than
direct formatting, so the navigation pane works and a reference document restyles it all.

Right-to-left text is left to the word processor, which shapes and orders it: paragraphs
that run right to left carry ``w:bidi``, runs of Arabic or Hebrew ``w:rtl`` and their
script's font as the complex-script font, and a right-to-left document (``Meta.language``
such as ``ar``) mirrors its section and tables too. The direction of each paragraph is
decided as in the PDF (``scripts.is_rtl_paragraph``).
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_BREAK,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
    WD_TAB_LEADER,
)
from docx.image.exceptions import (
    InvalidImageStreamError,
    UnexpectedEndOfFileError,
    UnrecognizedImageError,
)
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Emu, Mm, Pt, Twips
from docx.styles.style import StyleFactory
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from briefing import about
from briefing.document import (
    PAGE,
    PAGES,
    SHORT_LIST,
    Align,
    Block,
    Cell,
    Contents,
    Document,
    Heading,
    Image,
    Layout,
    ListBlock,
    Meta,
    PageBreak,
    Paragraph,
    Rule,
    Run,
    Spacer,
    Table,
)
from briefing.errors import ExportError, TemplateError
from briefing.writers import docx_xml as ox
from briefing.writers.base import Writer
from briefing.writers.pdf import PdfWriter
from briefing.writers.scripts import (
    companions,
    has_rtl,
    is_rtl_language,
    is_rtl_paragraph,
    script_runs,
)

_STYLE_NAMES = {
    "body": "Normal",
    "title": "Title",
    "subtitle": "Subtitle",
    "caption": "Caption",
    "lead": "Briefing Lead",
    "cover": "Briefing Cover",
    "small": "Briefing Small",
    "note": "Briefing Note",
    "marking": "Briefing Marking",
}
_LIST_STYLES = {
    False: ("List Bullet", "List Bullet 2", "List Bullet 3"),
    True: ("List Number", "List Number 2", "List Number 3"),
}
_CONTINUE_STYLES = ("List Continue", "List Continue 2", "List Continue 3")
_CONTENTS_STYLES = ("toc 1", "toc 2", "toc 3")
"""Word's own names for its table-of-contents styles (shown as TOC 1…), so Word uses them."""
_CONTENTS_TITLE = "TOC Heading"
_BOOKMARK_PREFIX = "_Toc"
"""Bookmarks named ``_Toc…`` are hidden from Word's bookmark list, as Word's own are."""
_ALIGNMENT = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_ALIGNMENT_RTL = {**_ALIGNMENT, "left": _ALIGNMENT["right"], "right": _ALIGNMENT["left"]}
"""Word and LibreOffice read left and right in a right-to-left paragraph as its start and
end; the markup means the sides of the page."""
_PAGE_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
_TABLE_RULES = {
    "grid": ("top", "left", "bottom", "right", "insideH", "insideV"),
    "plain": (),
    "fields": ("top", "bottom", "insideH"),
}
_CELL_PADDING = (50, 110)
"""Vertical and horizontal cell padding, in twips."""
_MONOSPACE = "Consolas"
_GREY = "#595959"
_LINK_BLUE = "#0563C1"
_IMAGE_MAX_HEIGHT = 0.6
_TWIPS_PER_EMU = 635
_STRAY_RELATIONSHIPS = (
    RT.THUMBNAIL,
    RT.CUSTOM_XML,  # python-docx's template carries an empty bibliography part
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
)

_WHOLE_ROW_CHARACTERS = 1000
"""At most this much text in each cell, and a row is kept on one page: even in a narrow
column that is well under a page."""
_PROPERTY_LIMIT = 255
_CHARACTER_WIDTH = 0.62
"""Width of an average character, capitals and bold included, as a fraction of its size."""
_WIDEST_NUMBER = 9999
_LEFT_TO_RIGHT_MARK = "\u200e"
_PREPARED_BASES = 8
"""How many prepared base documents (one per layout and reference) a process keeps."""


@dataclass(frozen=True)
class _Look:
    """Formatting set on a style; None leaves what the style already has."""

    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    color: str | None = None
    before: float | None = None
    after: float | None = None
    line: float | None = None
    align: Align | None = None
    keep_next: bool | None = None
    indent: float | None = None
    rule: str | None = None
    font: str | None = None
    complex_font: str | None = None
    """The font of complex scripts (Arabic, Hebrew), when ``font`` is set."""
    underline: bool | None = None


def _house_looks(layout: Layout) -> dict[str, _Look]:
    """The built-in styles restyled for a briefing; used only without a reference document.

    Sizes follow the base size as the PDF writer's do, so both formats keep one hierarchy.
    """
    base, heading, rule = layout.base_size, layout.heading_color, layout.rule_color
    fonts = _Look(font=layout.font_name, complex_font=companions(layout.font).arabic_name)
    headings = replace(fonts, bold=True, italic=False, color=heading, line=1.0, keep_next=True)
    furniture = replace(fonts, size=base - 2, color=_GREY)
    return {
        # Single spacing: the shipped Noto fonts' own line height is 1.36 em, close to the
        # PDF's 1.3 leading, so both formats set about as many lines to the page.
        "Normal": replace(fonts, size=base, before=0, after=6, line=1.0),
        "Title": replace(headings, size=base * 2, before=0, after=8),
        "Subtitle": replace(fonts, size=base + 2, italic=False, color=heading, after=10),
        "Heading 1": replace(headings, size=base + 4, before=18, after=6, rule=rule),
        "Heading 2": replace(headings, size=base + 1.5, before=12, after=4),
        "Heading 3": replace(headings, size=base, before=10, after=3),
        "Caption": replace(furniture, size=base - 2, bold=False, italic=True, before=3, after=9),
        "Header": furniture,
        "Footer": furniture,
    }


def _briefing_looks(layout: Layout) -> dict[str, _Look]:
    """Styles of our own, created when the base document does not define them."""
    base, marking = layout.base_size, layout.marking_color
    return {
        "Briefing Lead": _Look(size=base + 1, color="#262626", after=10),
        "Briefing Cover": _Look(
            size=base + 2, bold=True, color=layout.heading_color, after=4, keep_next=True
        ),
        "Briefing Small": _Look(size=base - 2, color=_GREY),
        "Briefing Note": _Look(size=base - 1, italic=True, color="#404040"),
        "Briefing Marking": _Look(bold=True, color=marking, align="center", before=0, after=0),
        "Briefing Caveat": _Look(size=base - 2, color=marking, align="center", before=0, after=0),
        "Briefing Table": _Look(size=base - 1, before=0, after=2, line=1.0),
    }


def _contents_looks(layout: Layout) -> dict[str, _Look]:
    """Table-of-contents styles, created only when a document has contents and lacks them."""
    base, heading = layout.base_size, layout.heading_color
    return {
        _CONTENTS_TITLE: _Look(
            size=base + 4, bold=True, color=heading, before=18, after=6, keep_next=True
        ),
        "toc 1": _Look(bold=True, before=6, after=2),
        "toc 2": _Look(size=base - 0.5, indent=14, before=0, after=2),
        "toc 3": _Look(size=base - 1, indent=28, before=0, after=2),
    }


def _apply_look(style: Any, look: _Look) -> None:
    _apply_font(style, look)
    if style.type == WD_STYLE_TYPE.PARAGRAPH:
        _apply_spacing(style.paragraph_format, look)
        if look.rule is not None:
            ox.set_bottom_rule(style.element.get_or_add_pPr(), look.rule, 6, 3)


def _apply_font(style: Any, look: _Look) -> None:
    font = style.font
    if look.font is not None:
        ox.set_font_family(style.element.get_or_add_rPr(), look.font, look.complex_font)
    if look.size is not None:
        font.size = Pt(look.size)
    if look.bold is not None:
        font.bold = look.bold
    if look.italic is not None:
        font.italic = look.italic
    if look.underline is not None:
        font.underline = look.underline
    if look.color is not None:
        font.color.rgb = ox.rgb(look.color)
    ox.mirror_complex_script(style.element.get_or_add_rPr())


def _apply_spacing(fmt: Any, look: _Look) -> None:
    if look.before is not None:
        fmt.space_before = Pt(look.before)
    if look.after is not None:
        fmt.space_after = Pt(look.after)
    if look.line is not None:
        fmt.line_spacing = look.line
    if look.align is not None:
        fmt.alignment = _ALIGNMENT[look.align]
    if look.keep_next is not None:
        fmt.keep_with_next = look.keep_next
    if look.indent is not None:
        fmt.left_indent = Pt(look.indent)


class _Styles:
    """The base document's styles by display name, adding our own where they are missing."""

    def __init__(self, document: Any, reference: Path | None) -> None:
        self._styles = document.styles
        self._by_name: dict[str, Any] = {style.name: style for style in document.styles}
        self._reference = reference

    def __getitem__(self, name: str) -> Any:
        try:
            return self._by_name[name]
        except KeyError:
            raise TemplateError(
                f"{self._reference}: reference document lacks the style '{name}'"
            ) from None

    def get(self, name: str) -> Any:
        return self._by_name.get(name)

    def ensure(self, name: str, kind: WD_STYLE_TYPE, look: _Look) -> Any:
        """The style ``name``, created with ``look`` if the base document lacks it."""
        if name not in self._by_name:
            style: Any = StyleFactory(self._styles.element.add_style_of_type(name, kind, False))
            if kind == WD_STYLE_TYPE.PARAGRAPH:
                style.base_style = self["Normal"]
                style.quick_style = True
            _apply_look(style, look)
            self._by_name[name] = style
        return self._by_name[name]


def _open_base(reference: Path | None) -> Any:
    """A blank python-docx document, or the reference with its body emptied (as pandoc does)."""
    if reference is None:
        return docx.Document()
    try:
        document = docx.Document(str(reference))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, PackageNotFoundError) as error:
        raise TemplateError(f"{reference}: cannot open the reference document ({error})") from None
    body = document.element.body
    section = body.get_or_add_sectPr()
    for element in list(body):
        if element is not section:
            body.remove(element)
    return document


def _fingerprint(reference: Path | None) -> bytes | None:
    """A digest of the reference document's contents, so an edited one is prepared anew;
    None without one, or when it cannot be read (opening it then reports why)."""
    if reference is None:
        return None
    try:
        return hashlib.sha256(reference.read_bytes()).digest()
    except OSError:
        return None


@functools.lru_cache(maxsize=_PREPARED_BASES)
def _prepared_base(layout: Layout, fingerprint: bytes | None) -> bytes:
    """The base document with all that depends only on ``layout`` done: page, house style and
    our own styles. Preparing it takes longer than opening it, so it is kept as an archive
    (stored, not compressed: quicker to open) and opened afresh for each document.

    What varies by document (direction, language, contents styles, settings, properties,
    header and footer) is left to ``_Builder``. ``fingerprint`` (see ``_fingerprint``) is
    there for the cache key only.
    """
    reference = layout.reference_docx
    document = _open_base(reference)
    styles = _Styles(document, reference)
    if reference is None:
        _set_up_page(document.sections[0], layout)
        _apply_house_style(document, styles, layout)
    ox.set_widow_control(document.styles.element)
    for name, look in _briefing_looks(layout).items():
        styles.ensure(name, WD_STYLE_TYPE.PARAGRAPH, look)
    styles.ensure("Hyperlink", WD_STYLE_TYPE.CHARACTER, _Look(color=_LINK_BLUE, underline=True))
    return ox.package_bytes(document.part.package, zipfile.ZIP_STORED)


def _base_document(layout: Layout) -> Any:
    """A fresh copy of the prepared base document for ``layout``."""
    base = _prepared_base(layout, _fingerprint(layout.reference_docx))
    return docx.Document(io.BytesIO(base))


def _apply_house_style(document: Any, styles: _Styles, layout: Layout) -> None:
    ox.set_compatibility_mode(document.settings.element, 15)
    ox.set_font_family(
        ox.default_rpr(document.styles.element),
        layout.font_name,
        companions(layout.font).arabic_name,
    )
    for name, look in _house_looks(layout).items():
        _apply_look(styles[name], look)
    twips = _text_width(document.sections[0]) // _TWIPS_PER_EMU
    for name in ("Header", "Footer"):
        tabs = styles[name].paragraph_format.tab_stops
        tabs.clear_all()
        tabs.add_tab_stop(Twips(twips // 2), WD_TAB_ALIGNMENT.CENTER)
        tabs.add_tab_stop(Twips(twips), WD_TAB_ALIGNMENT.RIGHT)
    for name in ("Title", "Subtitle"):
        ox.clear_character_spacing(styles[name].element.get_or_add_rPr())
    # The default template rules off its Title; a briefing's title block draws its own.
    ox.clear_borders(styles["Title"].element.get_or_add_pPr())
    for name in (*_LIST_STYLES[False], *_LIST_STYLES[True], *_CONTINUE_STYLES):
        ox.loosen_list_spacing(styles[name].element.get_or_add_pPr(), Pt(3).twips)


def _text_width(section: Any) -> int:
    """The width of the section's text frame, in EMU."""
    return int(section.page_width - section.left_margin - section.right_margin)


def _set_up_page(section: Any, layout: Layout) -> None:
    width, height = _PAGE_MM[layout.page_size]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin = Mm(layout.margin_top_mm)
    section.bottom_margin = Mm(layout.margin_bottom_mm)
    section.left_margin = Mm(layout.margin_left_mm)
    section.right_margin = Mm(layout.margin_right_mm)


def _set_style(paragraph: DocxParagraph, style: Any) -> None:
    """Name the style by id; python-docx's setter rescans every style on each call."""
    ox.set_paragraph_style(paragraph._p, style.style_id)


def _only_right_tab(paragraph: DocxParagraph, style: Any, position: Emu) -> None:
    """One right tab stop at ``position``, clearing those the style chain would put first."""
    tabs = paragraph.paragraph_format.tab_stops
    while style is not None:
        for stop in style.paragraph_format.tab_stops:
            if stop.position != position:
                tabs.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
        style = style.base_style
    tabs.add_tab_stop(position, WD_TAB_ALIGNMENT.RIGHT)


def _timestamp(date: str) -> dt.datetime:
    """Midnight UTC on the ISO ``date``; a fixed day when there is none, for stable output."""
    try:
        day = dt.date.fromisoformat(date.strip()[:10])
    except ValueError:
        day = dt.date(2000, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _table_description(table: Table) -> str:
    """What the table holds, in its own words: its column headings, or the labels of its
    rows (a label/value table)."""
    if table.header:
        labels = [_cell_text(cell) for cell in table.header[0]]
    else:
        labels = [
            _cell_text(row[0])
            for row in table.rows
            if row and (row[0].header or table.style == "fields")
        ]
    return " · ".join(label for label in labels if label)


def _cell_text(cell: Cell) -> str:
    return " ".join(paragraph.text() for paragraph in cell.paragraphs).strip()


def _column_widths(relative: list[float] | None, count: int, total: int) -> list[int]:
    """Widths in twips proportional to ``relative`` that add up exactly to ``total``."""
    usable = relative is not None and len(relative) == count and all(w > 0 for w in relative)
    weights = relative if usable and relative is not None else [1.0] * count
    scale = total / sum(weights)
    widths = [int(weight * scale) for weight in weights]
    widths[-1] += total - sum(widths)
    return widths


class _Builder:
    """One document being laid out: the python-docx object and where the text frame is."""

    def __init__(
        self,
        layout: Layout,
        headings: list[Heading],
        language: str,
        heading_pages: dict[int, int | None],
        page_count: int,
    ) -> None:
        self.layout = layout
        self.heading_pages = heading_pages
        """The page of each heading in the PDF layout, by ``id`` of the heading."""
        self.page_count = page_count
        self.last_heading = ""
        """The latest heading's text: the title of the tables under it."""
        self.rtl = is_rtl_language(language)
        """A right-to-left document: every paragraph, the tables and the section run so."""
        self.companions = companions(layout.font)
        self.headings = headings
        """The headings a table of contents lists; empty when the document has none."""
        self.bookmarks = {id(heading): n for n, heading in enumerate(headings, start=1)}
        """Each listed heading's bookmark number, by ``id`` of the heading."""
        self.reference = layout.reference_docx
        self.doc = _base_document(layout)
        self.styles = _Styles(self.doc, self.reference)
        self.section = section = self.doc.sections[0]
        self.end = section._sectPr
        """The body's own ``w:sectPr``, which stays last: blocks go in just before it."""
        if self.rtl:
            ox.set_bidi(self.end)
        self.text_width = _text_width(section)
        self.text_height = int(section.page_height - section.top_margin - section.bottom_margin)
        self.hyperlink_style = self.styles["Hyperlink"]
        # Before Word 2013 layout rules a table's border sits outside the text by the padding.
        old_rules = ox.compatibility_mode(self.doc.settings.element) < 15
        self.table_indent = _CELL_PADDING[1] if old_rules else 0
        self.break_pending = False
        self.after_table = False
        self.handlers: dict[type[Any], Callable[[Any], None]] = {
            Heading: self._heading,
            Paragraph: self._paragraph,
            ListBlock: lambda block: self._list(block, 0),
            Table: self._table,
            Image: self._image,
            PageBreak: self._page_break,
            Contents: self._contents,
            Spacer: self._spacer,
            Rule: self._rule,
        }

    @functools.cached_property
    def _grid_style(self) -> str | None:
        """The id of "Table Grid" for ``w:tblStyle``, or None when it is the default table style
        (as python-docx decides), looked up once: it searches every style for the default."""
        style_id: str | None = self.doc.styles.get_style_id(
            self.styles["Table Grid"], WD_STYLE_TYPE.TABLE
        )
        return style_id

    def add(self, block: Block) -> None:
        self.handlers[type(block)](block)

    # Paragraphs and runs

    def _append(self, element: Any) -> None:
        """``element`` at the end of the body; python-docx would search the body for that."""
        self.end.addprevious(element)

    def _body_paragraph(self) -> DocxParagraph:
        element = ox.new_element("w:p")
        self._append(element)
        return DocxParagraph(element, self.doc)

    def _new_paragraph(self, style: Any) -> DocxParagraph:
        paragraph = self._body_paragraph()
        _set_style(paragraph, style)
        if self.after_table and not style.paragraph_format.space_before:
            paragraph.paragraph_format.space_before = Pt(6)
        self.after_table = False
        if self.break_pending:
            paragraph.paragraph_format.page_break_before = True
            self.break_pending = False
        return paragraph

    def _flush_break(self) -> None:
        if self.break_pending:
            self._body_paragraph().add_run().add_break(WD_BREAK.PAGE)
            self.break_pending = False

    def _heading(self, heading: Heading) -> None:
        level = min(max(heading.level, 1), 3)
        paragraph = self._new_paragraph(self.styles[f"Heading {level}"])
        self.last_heading = heading.text()
        self._direct(paragraph, heading.text())
        self._add_runs(paragraph, heading.runs)
        number = self.bookmarks.get(id(heading))
        if number is not None:
            ox.add_bookmark(paragraph, f"{_BOOKMARK_PREFIX}{number}", number)

    def _paragraph(self, paragraph: Paragraph) -> None:
        self._fill(self._new_paragraph(self.styles[_STYLE_NAMES[paragraph.style]]), paragraph)

    def _fill(self, target: DocxParagraph, source: Paragraph, bold: bool = False) -> None:
        self._direct(target, source.text(), source.align)
        if source.keep_with_next:
            ox.keep_with_next(target._p)
        self._add_runs(target, source.runs, bold)

    def _direct(self, paragraph: DocxParagraph, text: str, align: Align | None = None) -> None:
        """The paragraph's direction, and its alignment when the markup sets one."""
        rtl = is_rtl_paragraph(text, self.rtl)
        if rtl:
            ox.set_bidi(paragraph._p.get_or_add_pPr())
        if align is not None:
            paragraph.alignment = (_ALIGNMENT_RTL if rtl else _ALIGNMENT)[align]

    def _add_runs(self, paragraph: DocxParagraph, runs: list[Run], bold: bool = False) -> None:
        for run in runs:
            if run.line_break:
                paragraph.add_run().add_break()
                continue
            text = ox.clean_text(run.text)
            if not text:
                continue
            target = ox.link_target(run.href)
            parent = paragraph._p if target is None else ox.add_hyperlink(paragraph, target)
            style = None if target is None else self.hyperlink_style.style_id
            for piece, script in script_runs(text):
                element = ox.add_run(
                    parent,
                    piece,
                    style,
                    bold=run.bold or bold,
                    italic=run.italic,
                    underline=run.underline,
                )
                if run.code:
                    ox.set_font_family(element.get_or_add_rPr(), _MONOSPACE)
                if script is not None:
                    font = self.companions.name(script)
                    ox.set_right_to_left(element.get_or_add_rPr(), font)

    def _add_text(self, paragraph: DocxParagraph, text: str) -> None:
        """Plain ``text`` as runs, its right-to-left pieces marked."""
        self._add_runs(paragraph, [Run(text)])

    # Lists

    def _list(self, block: ListBlock, depth: int) -> None:
        before = self.end.getprevious()
        self._list_items(block, depth)
        if depth == 0 and len(block.items) <= SHORT_LIST:
            first = self.doc.element.body[0] if before is None else before.getnext()
            added = [e for e in (first, *first.itersiblings()) if e.tag == qn("w:p")]
            for paragraph in added[:-1]:
                ox.keep_with_next(paragraph)

    def _list_items(self, block: ListBlock, depth: int) -> None:
        level = min(depth, 2)
        style = self.styles[_LIST_STYLES[block.ordered][level]]
        numbering = None
        if block.ordered:
            numbering = ox.restarted_numbering(self.doc.part, style.element)
        for item in block.items:
            started = False
            for child in item.blocks:
                if isinstance(child, ListBlock):
                    self._list_items(child, depth + 1)
                    continue
                if started:
                    self._fill(self._new_paragraph(self.styles[_CONTINUE_STYLES[level]]), child)
                    continue
                paragraph = self._new_paragraph(style)
                if numbering is not None:
                    ox.set_numbering(paragraph, *numbering)
                self._fill(paragraph, child)
                started = True

    # Tables

    def _table(self, table: Table) -> None:
        rows = [*table.header, *table.rows]
        count = max((len(row) for row in rows), default=0)
        if count == 0:
            return
        self._flush_break()
        # As python-docx's add_table makes it, less its searches for the body's end and width.
        tbl = CT_Tbl.new_tbl(0, count, Emu(self.text_width))
        self._append(tbl)
        ox.describe_table(tbl, self.last_heading, _table_description(table))
        grid = DocxTable(tbl, self.doc)
        if table.style == "grid":
            tbl.tblStyle_val = self._grid_style
        widths = _column_widths(table.widths, count, self.text_width // _TWIPS_PER_EMU)
        ox.set_table_geometry(tbl, widths, self.table_indent, _CELL_PADDING)
        ox.set_table_borders(tbl, self.layout.rule_color, _TABLE_RULES[table.style])
        if self.rtl:
            ox.set_bidi(tbl.tblPr, "w:bidiVisual")
        style_id = self.styles["Briefing Table"].style_id
        header = ox.table_row(widths, style_id, self.layout.table_header_fill)
        self._rows(grid, table.header, header, bold_column=None)
        body = ox.table_row(widths, style_id)
        self._rows(grid, table.rows, body, bold_column=0 if table.style == "fields" else -1)
        if table.style == "fields":
            _keep_rows_together(tbl)
        self.after_table = True

    def _rows(
        self, grid: DocxTable, rows: list[list[Cell]], proto: Any, bold_column: int | None
    ) -> None:
        """Copies of the prototype row holding ``rows``; None bolds every column (header)."""
        for cells in rows:
            tr = copy.deepcopy(proto)
            grid._tbl.append(tr)
            for index, (tc, source) in enumerate(zip(tr.tc_lst, cells, strict=False)):
                bold = bold_column is None or index == bold_column
                self._cell(_Cell(tc, grid), source.paragraphs, bold)
            if _fits_a_page(cells):
                ox.keep_row_whole(tr)

    def _cell(self, cell: _Cell, paragraphs: list[Paragraph], bold: bool) -> None:
        for index, source in enumerate(paragraphs):
            target = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            if source.style != "body" or index > 0:
                name = "Briefing Table" if source.style == "body" else _STYLE_NAMES[source.style]
                _set_style(target, self.styles[name])
            self._fill(target, source, bold)

    # Images and breaks

    def _image(self, image: Image) -> None:
        path = image.path
        if not path.is_file():
            raise ExportError(f"{path}: image not found")
        paragraph = self._new_paragraph(self.styles["Normal"])
        paragraph.alignment = _ALIGNMENT[image.align]
        paragraph.paragraph_format.keep_with_next = bool(image.caption)
        width = int(self.text_width * min(max(image.width, 0.05), 1.0))
        try:
            shape = paragraph.add_run().add_picture(str(path), width=Emu(width))
        except (UnrecognizedImageError, UnexpectedEndOfFileError, InvalidImageStreamError):
            raise ExportError(f"{path}: not a readable PNG or JPEG image") from None
        if image.alt:  # Word and screen readers read a picture's description from here
            shape._inline.docPr.set("descr", ox.clean_text(image.alt))
        limit = int(self.text_height * _IMAGE_MAX_HEIGHT)
        if shape.height > limit:
            shape.width = Emu(shape.width * limit // shape.height)
            shape.height = Emu(limit)
        if image.caption:
            caption = self._new_paragraph(self.styles["Caption"])
            self._direct(caption, "".join(run.text for run in image.caption), "center")
            self._add_runs(caption, image.caption)

    def _page_break(self, _: PageBreak) -> None:
        self._flush_break()
        self.break_pending = True

    def _spacer(self, spacer: Spacer) -> None:
        """An empty paragraph exactly ``height_mm`` tall: Word keeps it even at a page top."""
        paragraph = self._new_paragraph(self.styles["Normal"])
        fmt = paragraph.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Mm(spacer.height_mm)

    def _rule(self, rule: Rule) -> None:
        """An empty paragraph carrying only its bottom border."""
        paragraph = self._new_paragraph(self.styles["Normal"])
        fmt = paragraph.paragraph_format
        fmt.space_before, fmt.space_after = Pt(2), Pt(6)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(2)
        color = self.layout.heading_color if rule.heavy else self.layout.rule_color
        ox.set_bottom_rule(paragraph._p.get_or_add_pPr(), color, 16 if rule.heavy else 5, 0)

    # Table of contents

    def _contents(self, contents: Contents) -> None:
        """A table-of-contents field whose result is already there: linked entries with
        the pages of the PDF layout as PAGEREF results.

        Word and LibreOffice show a field's stored result until it is updated, so the
        contents read right on opening, with no prompt to update fields; "Update table"
        then redoes them with the word processor's own pages.
        """
        looks = _contents_looks(self.layout)
        for name in _CONTENTS_STYLES:
            style = self.styles.ensure(name, WD_STYLE_TYPE.PARAGRAPH, looks[name])
            if not len(style.paragraph_format.tab_stops):
                style.paragraph_format.tab_stops.add_tab_stop(
                    Emu(self.text_width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
                )
        if contents.title:
            title = self.styles.ensure(
                _CONTENTS_TITLE, WD_STYLE_TYPE.PARAGRAPH, looks[_CONTENTS_TITLE]
            )
            heading = self._new_paragraph(title)
            self._direct(heading, contents.title)
            self._add_text(heading, ox.clean_text(contents.title))
        entries = [h for h in self.headings if h.level <= contents.depth]
        instruction = f'TOC \\o "1-{contents.depth}" \\h \\z \\u'
        paragraph: DocxParagraph | None = None
        for index, entry in enumerate(entries):
            number = self.bookmarks[id(entry)]
            style = self.styles[_CONTENTS_STYLES[min(entry.level, 3) - 1]]
            paragraph = self._new_paragraph(style)
            if index == 0:
                ox.begin_field(paragraph, instruction)
            text = ox.clean_text(entry.text())
            self._direct(paragraph, text)
            pieces = [
                (piece, None if script is None else self.companions.name(script))
                for piece, script in script_runs(text)
            ]
            page = self.heading_pages.get(id(entry))
            bookmark = f"{_BOOKMARK_PREFIX}{number}"
            ox.add_contents_entry(paragraph, pieces, bookmark, str(page or ""))
        if paragraph is None:
            paragraph = self._new_paragraph(self.styles[_CONTENTS_STYLES[0]])
            ox.begin_field(paragraph, instruction)
        ox.end_field(paragraph)

    # Header, footer, properties

    def finish(self, meta: Meta) -> bytes:
        self._flush_break()
        header, footer = self.section.header, self.section.footer
        banner = [("Briefing Marking", meta.marking), ("Briefing Caveat", meta.caveat)]
        self._marking_lines(header, banner, at_start=True)
        if not ox.has_page_field(footer):
            self._page_line(footer, meta)
        self._marking_lines(footer, banner[::-1], at_start=False)
        self._set_properties(meta)
        ox.set_application(self.doc.part.package, about.NAME, about.version(), self.page_count)
        language = ox.clean_text(meta.language).strip() or "en"
        ox.set_language(self.doc.styles.element, language, complex_=self.rtl)
        ox.set_theme_language(self.doc.settings.element, language, complex_=self.rtl)
        ox.drop_relationships(self.doc.part.package.rels, _STRAY_RELATIONSHIPS)
        ox.drop_relationships(self.doc.part.rels, _STRAY_RELATIONSHIPS)
        return ox.package_bytes(self.doc.part.package)

    def _story_paragraph(self, story: Any, style: Any) -> DocxParagraph:
        """The story's lone empty paragraph if it has one, else a new one at its end."""
        paragraphs = story.paragraphs
        reuse = len(paragraphs) == 1 and ox.story_is_empty(story)
        paragraph: DocxParagraph = paragraphs[0] if reuse else story.add_paragraph()
        _set_style(paragraph, style)
        return paragraph

    def _marking_lines(self, story: Any, lines: list[tuple[str, str]], *, at_start: bool) -> None:
        """The banner lines as paragraphs of ``(style, text)``, outermost first in a header
        and last in a footer, so the marking sits at the paper's edge as in the PDF."""
        position = 0
        for name, text in lines:
            text = ox.clean_text(text).strip()
            if not text:
                continue
            style = self.styles[name]
            paragraph = self._story_paragraph(story, style)
            self._direct(paragraph, text)
            self._add_text(paragraph, self._one_line(text, style, self.text_width))
            if at_start:
                story._element.insert(position, paragraph._p)
                position += 1

    def _page_line(self, footer: Any, meta: Meta) -> None:
        """The footer line: ``text`` at the left, "Page X of Y" against the right margin; in
        a right-to-left document the other way round, as the tab stop then counts from the
        right."""
        style = self.styles.get("Footer") or self.styles["Normal"]
        paragraph = self._story_paragraph(footer, style)
        _only_right_tab(paragraph, style, Emu(self.text_width))
        widest = "\t" + meta.page_label_text(_WIDEST_NUMBER, _WIDEST_NUMBER)
        room = self.text_width - self._text_extent(widest, style)
        text = self._one_line(ox.clean_text(meta.footer).strip(), style, room)
        if self.rtl:
            ox.set_bidi(paragraph._p.get_or_add_pPr())
        self._add_text(paragraph, f"{text}\t")
        for part in meta.page_label_parts():
            if part in (PAGE, PAGES):
                ox.add_simple_field(paragraph, "PAGE" if part == PAGE else "NUMPAGES", "1")
            elif part:
                self._add_text(paragraph, part)
        if self.rtl and not has_rtl(meta.page_label):
            # A field reads as a neutral character: this mark keeps the last one in a
            # left-to-right label.
            paragraph.add_run(_LEFT_TO_RIGHT_MARK)

    def _text_extent(self, text: str, style: Any) -> int:
        """A generous estimate of ``text``'s width in EMU in ``style``: there is no layout
        engine here, so furniture is kept to one line by counting characters."""
        size = style.font.size or Pt(self.layout.base_size)
        return int(len(text) * size * _CHARACTER_WIDTH)

    def _one_line(self, text: str, style: Any, width: int) -> str:
        """``text``, cut at a word with an ellipsis when it would not fit one line."""
        if self._text_extent(text, style) <= width:
            return text
        size = style.font.size or Pt(self.layout.base_size)
        cut = text[: max(int(width / (size * _CHARACTER_WIDTH)) - 1, 1)]
        if " " in cut:
            cut = cut.rsplit(" ", 1)[0]
        return cut.rstrip(" ,;") + "…"

    def _set_properties(self, meta: Meta) -> None:
        props = self.doc.core_properties
        author = _property(meta.author)
        props.title = _property(meta.title)
        props.author = author
        props.last_modified_by = author
        props.subject = _property(meta.subject)
        props.keywords = _property(", ".join(meta.keywords))
        props.language = _property(meta.language)
        props.comments = ""
        props.category = ""
        props.revision = 1
        props.created = props.modified = _timestamp(meta.date)


def _fits_a_page(cells: list[Cell]) -> bool:
    """Whether a row is short enough to keep whole. Word cuts off what does not fit of a
    row it may not split, so a row longer than a page must be allowed to break."""
    return all(
        sum(len(p.text()) for p in cell.paragraphs) <= _WHOLE_ROW_CHARACTERS for cell in cells
    )


def _keep_rows_together(tbl: Any) -> None:
    """Chain every row to the next, so a short label/value table stays on one page."""
    for row in tbl.tr_lst[:-1]:
        for cell in row.tc_lst:
            for paragraph in cell.p_lst:
                ox.keep_with_next(paragraph)


def _property(text: str) -> str:
    """Core properties hold at most 255 characters: cut longer text at a word, marked with …."""
    clean = ox.clean_text(text)
    if len(clean) <= _PROPERTY_LIMIT:
        return clean
    return clean[: _PROPERTY_LIMIT - 1].rsplit(" ", 1)[0].rstrip(",;") + "…"


class DocxWriter(Writer):
    """Word documents with real styles, page markings and reproducible bytes.

    With a reference document its styles, page setup, header and footer win: the marking
    and caveat go above its header and below its footer, and the page line is added only
    when its footer has no page number of its own, so that is never doubled.
    """

    format = "docx"
    extension = ".docx"
    description = "Word document (DOCX)"

    def write(self, document: Document, layout: Layout, stream: BinaryIO) -> None:
        listed = any(isinstance(block, Contents) for block in document.blocks)
        every_heading = [b for b in document.blocks if isinstance(b, Heading)]
        # Word lays out pages only when asked to update fields, and would ask on every
        # opening: the contents and page count are filled in from the PDF layout instead.
        pagination = PdfWriter().paginate(document, layout)
        pages = dict(zip(map(id, every_heading), pagination.heading_pages, strict=True))
        headings = every_heading if listed else []
        builder = _Builder(layout, headings, document.meta.language, pages, pagination.pages)
        for block in document.blocks:
            builder.add(block)
        stream.write(builder.finish(document.meta))
