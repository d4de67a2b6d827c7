"""PDF output: lays out a ``Document`` with reportlab platypus.

Every piece of document text reaches reportlab as escaped markup, so nothing a
record says can turn into tags, entities or file references. ``pdf_text`` sets the
text itself: fonts per character, Arabic shaping and right-to-left order. A
right-to-left document (``Meta.language`` such as ``ar``) also mirrors the layout:
table columns, list bullets, the footer and the contents.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO, ClassVar, assert_never

import reportlab
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    HRFlowable,
    KeepTogether,
    LIIndenter,
    ListFlowable,
    ListItem,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Image as RLImage
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable

from briefing.about import producer
from briefing.document import (
    SHORT_LIST,
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
    Pagination,
    Paragraph,
    Rule,
    Run,
    Table,
)
from briefing.document import Spacer as SpaceBlock
from briefing.errors import ExportError
from briefing.writers.base import Writer
from briefing.writers.pdf_styles import (
    CONTENTS_TABLE,
    MUTED_COLOR,
    PdfStyles,
    build_styles,
    list_bullet,
    table_style,
)
from briefing.writers.pdf_tags import (
    Node,
    PassageTextObject,
    Tagger,
    as_artifact,
    tagged,
)
from briefing.writers.pdf_text import Pieces, TextSetter, draw_line, line_width
from briefing.writers.scripts import is_rtl_language

_KEEP_WITH_NEXT_MIN = 48.0
"""How much of the following block must fit beside a heading: about three lines."""
_PAGE_PADDING = 8 * mm
"""Distance from the paper edge to the outermost banner, clear of printers' dead zones."""
_BAND_GAP = 10.0
"""Minimum space between the header or footer and the body frame."""
_BANNER_SIZE = 11.0
_SMALL_SIZE = 8.0
_IMAGE_MAX_HEIGHT = 0.6
_WIDEST_NUMBER = 9999
PageLabel = Callable[[int, int], Pieces]
"""The page label's pieces for a page number and the page count."""
_FOOTER_GAP = 12.0


class PdfWriter(Writer):
    format: ClassVar[str] = "pdf"
    extension: ClassVar[str] = ".pdf"
    description: ClassVar[str] = "PDF (reportlab)"

    def write(self, document: Document, layout: Layout, stream: BinaryIO) -> None:
        untagged = io.BytesIO()
        tagger = self._lay_out(document, layout, untagged)
        from briefing.writers.pdf_structure import finish  # pikepdf: only a written PDF

        finish(untagged.getvalue(), tagger, document.meta, stream)

    def paginate(self, document: Document, layout: Layout) -> Pagination:
        """The document's pagination, laying it out if no PDF of it was written yet."""
        if document.pagination is None:  # only where pages break is wanted: draw nothing
            self._lay_out(document, layout, io.BytesIO(), drawn=False)
        assert document.pagination is not None
        return document.pagination

    def _lay_out(
        self, document: Document, layout: Layout, stream: BinaryIO, *, drawn: bool = True
    ) -> Tagger:
        """Lay the document out into ``stream`` (untagged) and note its pagination; the
        returned tagger holds where each element's content was drawn. Without ``drawn``
        the pages are broken but their content is neither drawn nor tagged."""
        styles = build_styles(layout)
        rtl = is_rtl_language(document.meta.language)
        text = TextSetter(styles.fonts, layout.font, rtl)
        tagger = Tagger()
        doc = _BriefingDocTemplate(stream, document.meta, layout, text, tagger if drawn else None)
        doc.frame.drawing = drawn
        story = _StoryBuilder(styles, text, layout, doc)
        flowables = story.blocks(document.blocks, tagger.root)
        tagger.titles = {entry.key: entry.title for entry in story.outline}
        doc.build(flowables, canvasmaker=_LateFormCanvas)
        document.pagination = Pagination(
            pages=doc.page,
            heading_pages=tuple(doc.heading_pages.get(entry.key) for entry in story.outline),
        )
        return tagger


class _StoryBuilder:
    """Turns document blocks into flowables sized for one body frame."""

    def __init__(
        self,
        styles: PdfStyles,
        text: TextSetter,
        layout: Layout,
        doc: _BriefingDocTemplate,
    ) -> None:
        self.styles = styles
        self.text = text
        self.layout = layout
        self.frame_width = doc.frame_width
        self.frame_height = doc.frame_height
        self.outline: list[_OutlineEntry] = []
        """Every heading in order, known before layout so the contents need one pass."""
        self.heading_pages = doc.heading_pages
        """The page of each heading's bookmark, which the document fills in as it lays them out."""
        self.heading_level = 0
        """The tag level of the last heading: tags start at H1 and never skip a level."""

    def paragraph(
        self,
        paragraph: Paragraph,
        styles: Mapping[str, ParagraphStyle],
        tag: Node,
        *,
        bold: bool = False,
    ) -> Any:
        style = styles[paragraph.style]
        flowable = self.text.paragraph(paragraph.runs, style, align=paragraph.align, bold=bold)
        flowable.briefing_tag = tag
        if paragraph.keep_with_next:
            flowable.keepWithNext = 1
        return flowable

    def blocks(self, blocks: Iterable[Block], parent: Node) -> list[Any]:
        story: list[Any] = []
        for block in blocks:
            story.extend(self.block(block, parent))
        return _bind_headings_to_lists(story)

    def block(self, block: Block, parent: Node) -> list[Any]:
        if isinstance(block, Paragraph):
            return [self.paragraph(block, self.styles.body, parent.child("P"))]
        if isinstance(block, Heading):
            return self.heading(block, parent)
        if isinstance(block, ListBlock):
            return self.list_block(block, 1, parent)
        if isinstance(block, Table):
            return self.table(block, parent)
        if isinstance(block, Image):
            return self.image(block, parent)
        if isinstance(block, PageBreak):
            return [RLPageBreak()]
        if isinstance(block, Contents):
            return self.contents(block, parent)
        if isinstance(block, SpaceBlock):
            return [Spacer(1, block.height_mm * mm)]
        if isinstance(block, Rule):
            return [self.rule(block)]
        assert_never(block)

    def heading_tag(self, level: int, parent: Node) -> Node:
        """``H1``–``H3`` for a heading of ``level``: the first is H1 and none skips one, as
        PDF/UA asks, whatever levels the template starts at."""
        self.heading_level = min(level, self.heading_level + 1)
        return parent.child(f"H{self.heading_level}")

    def heading(self, heading: Heading, parent: Node) -> list[Any]:
        level = min(max(heading.level, 1), 3)
        flowable = self.text.paragraph(heading.runs, self.styles.headings[level])
        flowable.briefing_tag = self.heading_tag(level, parent)
        entry = _OutlineEntry(level, heading.text(), f"heading{len(self.outline) + 1}")
        self.outline.append(entry)
        flowable.briefing_outline = entry
        if level > 1:
            return [flowable]
        return [flowable, self.heading_rule()]

    def heading_rule(self) -> Any:
        rule = _Rule(
            width="100%",
            thickness=0.6,
            color=HexColor(self.layout.rule_color),
            spaceBefore=1,
            spaceAfter=8,
        )
        rule.keepWithNext = 1
        return rule

    def rule(self, rule: Rule) -> Any:
        color = self.layout.heading_color if rule.heavy else self.layout.rule_color
        return _Rule(
            width="100%",
            thickness=2.0 if rule.heavy else 0.6,
            color=HexColor(color),
            spaceBefore=2,
            spaceAfter=6,
        )

    def contents(self, contents: Contents, parent: Node) -> list[Any]:
        """The title (styled as a level-1 heading, but not in the outline) and the entries."""
        flowables: list[Any] = []
        if contents.title:
            title = self.text.paragraph([Run(contents.title)], self.styles.headings[1])
            title.briefing_tag = self.heading_tag(1, parent)
            flowables += [title, self.heading_rule()]
        flowables.append(
            _Contents(
                contents.depth,
                self.styles.contents,
                self.text,
                self.outline,
                self.heading_pages,
                parent.child("TOC"),
            )
        )
        return flowables

    def list_block(self, block: ListBlock, depth: int, parent: Node) -> list[Any]:
        if not block.items:
            return []
        tag = parent.child("L")
        items = [
            ListItem(self.list_item(item.blocks, depth, tag.child("LI"))) for item in block.items
        ]
        font = self.styles.fonts.regular
        common: dict[str, Any] = {
            "leftIndent": 16,
            "bulletFontName": font,
            "spaceBefore": 0,
            "spaceAfter": 6 if depth == 1 else 3,
        }
        rtl = self.text.is_rtl(_first_text(block))
        if rtl:
            # Bullets and numbers against the right edge, the indent on the right.
            common |= {"leftIndent": 0, "rightIndent": 16, "bulletDedent": 16}
            common |= {"bulletDir": "rtl", "bulletAlign": "right"}
        size = self.layout.base_size
        list_class = _WholeList if len(block.items) <= SHORT_LIST else _List
        if block.ordered:
            number = ".%s" if rtl else "%s."
            return [
                list_class(
                    items, bulletType="1", bulletFormat=number, bulletFontSize=size, **common
                )
            ]
        bullet, scale = list_bullet(depth, font)
        return [
            list_class(
                items,
                bulletType="bullet",
                start=bullet,
                bulletFontSize=size * scale,
                bulletOffsetY=-size * (1 - scale) * 0.6,
                **common,
            )
        ]

    def list_item(
        self, blocks: Sequence[Paragraph | ListBlock], depth: int, item: Node
    ) -> list[Any]:
        """The item's flowables; its label (the bullet) is tagged when the item draws."""
        item.label = item.child("Lbl")
        body = item.child("LBody")
        flowables: list[Any] = []
        for block in blocks:
            if isinstance(block, ListBlock):
                flowables.extend(self.list_block(block, depth + 1, body))
            else:
                flowables.append(self.paragraph(block, self.styles.listed, body.child("P")))
        if not flowables:
            empty = self.text.paragraph([], self.styles.listed["body"])
            empty.briefing_tag = body.child("P")
            flowables.append(empty)
        return flowables

    def table(self, table: Table, parent: Node) -> list[Any]:
        rows = table.header + table.rows
        columns = max((len(row) for row in rows), default=0)
        if columns == 0:
            return []
        header_count = len(table.header)
        tag = parent.child("Table")
        head = tag.child("THead") if header_count else None
        body = tag.child("TBody")
        data = [
            self.table_row(
                row,
                columns,
                (head if head is not None and index < header_count else body).child("TR"),
                header=index < header_count,
                fields=table.style == "fields",
            )
            for index, row in enumerate(rows)
        ]
        widths = column_widths(table.widths, columns, self.frame_width)
        rtl = self.text.rtl_document
        if rtl:
            data = [row[::-1] for row in data]
            widths = widths[::-1]
        table_class = _WholeTable if table.style == "fields" else _TaggedTable
        return [
            table_class(
                data,
                colWidths=widths,
                repeatRows=header_count,
                splitInRow=1,
                style=table_style(
                    table.style, header_count, self.layout, self.styles.fonts.regular, rtl=rtl
                ),
                hAlign="RIGHT" if rtl else "LEFT",
                spaceBefore=4,
                spaceAfter=10,
            )
        ]

    def table_row(
        self, row: list[Cell], columns: int, tag: Node, *, header: bool, fields: bool
    ) -> list[Any]:
        """The row's cells: a header row's are TH for their column, a label/value table's
        labels and ``<th>`` in a body row TH for their row, the rest TD; missing cells are
        empty TDs."""
        cells = []
        for index in range(columns):
            cell = row[index] if index < len(row) else Cell([])
            labels = (fields and index == 0) or cell.header
            if header or labels:
                node = tag.child("TH", scope="Column" if header else "Row")
            else:
                node = tag.child("TD")
            cells.append(self.cell(cell, node, bold=header or (fields and index == 0)))
        return cells

    def cell(self, cell: Cell, tag: Node, *, bold: bool) -> list[Any]:
        flowables: list[Any] = [_TagMark(tag)]
        for paragraph in cell.paragraphs:
            if len(flowables) > 1:
                flowables.append(Spacer(1, 3))
            flowables.append(self.paragraph(paragraph, self.styles.cell, tag.child("P"), bold=bold))
        return flowables

    def image(self, image: Image, parent: Node) -> list[Any]:
        """The picture, and its caption kept with it (and with a heading before it)."""
        if not image.path.is_file():
            raise ExportError(f"image not found: {image.path}")
        try:
            pixel_width, pixel_height = ImageReader(str(image.path)).getSize()
        except (OSError, ValueError) as error:
            raise ExportError(f"not a readable PNG or JPEG image: {image.path}") from error
        fraction = image.width if 0 < image.width <= 1 else 1.0
        width = self.frame_width * fraction
        height = width * pixel_height / pixel_width
        max_height = self.frame_height * _IMAGE_MAX_HEIGHT
        if height > max_height:
            width, height = width * max_height / height, max_height
        picture = _Figure(str(image.path), width=width, height=height, hAlign=image.align.upper())
        alt = image.alt or "".join(run.text for run in image.caption).strip()
        # A picture nothing describes (a template's logo) is decoration: an artifact.
        picture.briefing_tag = parent.child("Figure", alt=alt) if alt else None
        picture.spaceBefore = 6
        picture.spaceAfter = 2 if image.caption else 8
        if not image.caption:
            return [picture]
        picture.keepWithNext = 1
        caption = self.text.paragraph(image.caption, self.styles.figure_caption)
        caption.briefing_tag = parent.child("Caption")
        return [picture, caption]


@dataclass(frozen=True)
class _OutlineEntry:
    """A heading as the outline and the contents list it: level 1 to 3, text, bookmark."""

    level: int
    title: str
    key: str


class _Contents(Flowable):  # type: ignore[misc]
    """The headings down to ``depth``, set like any text, each with dots to its page number.

    The entries are the story's headings, all known before layout, so the contents take
    their full size in a single pass; page numbers are drawn as forms filled in when the
    document is saved (``_LateFormCanvas``), once layout has placed every heading. A
    right-to-left entry is mirrored: indented from the right, with its dots and page
    number at the left.
    """

    def __init__(
        self,
        depth: int,
        styles: Sequence[ParagraphStyle],
        text: TextSetter,
        outline: list[_OutlineEntry],
        pages: Mapping[str, int],
        tag: Node,
    ) -> None:
        super().__init__()
        # The font also serves the table's own drawing, which would pull in a base-14 font.
        font = ("FONTNAME", (0, 0), (-1, -1), styles[0].fontName)
        self.table_style = [*CONTENTS_TABLE, font]
        self.styles = list(styles)
        self.depth = depth
        self.text = text
        self.outline = outline
        self.pages = pages
        self.tag = tag
        self._links: dict[str, Node] = {}
        """Each entry's element (a link inside a contents item), made once: the entries
        are set again whenever the contents are measured."""
        self._table: Any = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        entries = [entry for entry in self.outline if entry.level <= self.depth]
        styles = [self.styles[min(entry.level, len(self.styles)) - 1] for entry in entries]

        def entry_end(canvas: Any, kind: str, label: str) -> None:
            index, rtl = (int(part) for part in label.split(","))
            key = entries[index].key
            _page_number_form(canvas, styles[index], self.pages, key, available_width, bool(rtl))

        self.canv.setNamedCB("briefingContentsEntry", entry_end)
        rows: list[list[Any]] = []
        for index, (entry, style) in enumerate(zip(entries, styles, strict=True)):
            rtl = self.text.is_rtl(entry.title)
            if rtl:
                style = _mirrored_indents(style)
            tail = f'<onDraw name="briefingContentsEntry" label="{index},{int(rtl)}"/>'
            paragraph = self.text.paragraph([Run(entry.title)], style, link=entry.key, tail=tail)
            if entry.key not in self._links:
                self._links[entry.key] = self.tag.child("TOCI").child("Link")
            paragraph.briefing_tag = self._links[entry.key]
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([paragraph])
        if not rows:
            rows.append([""])
        self._table = _TaggedTable(
            rows, colWidths=(available_width,), style=self.table_style, splitInRow=1
        )
        self.width, self.height = self._table.wrapOn(self.canv, available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        return list(self._table.splitOn(self.canv, available_width, available_height))

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self._table.drawOn(canvas, x, y, _sW)


def _mirrored_indents(style: ParagraphStyle) -> ParagraphStyle:
    left, right = style.rightIndent, style.leftIndent
    return ParagraphStyle(f"{style.name}-rtl", parent=style, leftIndent=left, rightIndent=right)


_DOT = " . "
_WIDEST_PAGE_NUMBER = "9999"


def _page_number_form(
    canvas: Any, style: Any, pages: Mapping[str, int], key: str, width: float, rtl: bool
) -> None:
    """Dots from the end of a contents entry to its page number, at the right edge after a
    left-to-right entry and at the left edge before a right-to-left one (whose line is
    drawn with its logical end, where this is called, first). The page is not known yet:
    this places a form that the canvas fills in when it saves."""
    x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
    font, size = style.fontName, style.fontSize
    widest = stringWidth(_WIDEST_PAGE_NUMBER, font, size)
    left = 0.0 if rtl else width - widest
    canvas.linkRect("", key, (left, y, left + widest, y + style.leading), relative=1)

    def draw(form: Any) -> None:
        page = pages.get(key)
        if page is None:
            return
        number = str(page)
        number_width = stringWidth(number, font, size)
        dot_width = stringWidth(_DOT, font, size)
        if rtl:
            dots = max(int((x - number_width) / dot_width), 0)
            text, start = number + _DOT * dots, 0.0
        else:
            dots = max(int((width - x - number_width) / dot_width), 0)
            text, start = _DOT * dots + number, width - dots * dot_width - number_width
        text_object = form.beginText(start, y)
        text_object.setFont(font, size)
        text_object.setFillColor(style.textColor)
        text_object.textLine(text)
        form.drawText(text_object)

    canvas.late_form(draw)


def _first_text(block: ListBlock) -> str:
    """The text of a list's first paragraph, which sets the side its bullets go."""
    for item in block.items:
        for child in item.blocks:
            text = _first_text(child) if isinstance(child, ListBlock) else child.text()
            if text:
                return text
    return ""


def column_widths(relative: list[float] | None, columns: int, total: float) -> list[float]:
    """Widths proportional to ``relative`` that add up to exactly ``total``."""
    if relative is None or len(relative) != columns or any(w <= 0 for w in relative):
        relative = [1.0] * columns
    scale = total / sum(relative)
    widths = [w * scale for w in relative[:-1]]
    return [*widths, total - sum(widths)]


@dataclass(frozen=True)
class _PageGeometry:
    """Where the body frame and the page furniture go, in points."""

    width: float
    height: float
    left: float
    right: float
    top_lines: tuple[float, ...]
    bottom_lines: tuple[float, ...]
    frame_top: float
    frame_bottom: float


def _page_geometry(layout: Layout, meta: Meta) -> _PageGeometry:
    """Stack the banners inward from the paper edge; widen a margin that cannot hold them."""
    width, height = A4 if layout.page_size == "A4" else LETTER
    banner = (_BANNER_SIZE,) if meta.marking else ()
    caveat = (_SMALL_SIZE,) if meta.caveat else ()
    top_lines, top_extent = _stack(banner + caveat)
    bottom_lines, bottom_extent = _stack(banner + caveat + (_SMALL_SIZE,))
    return _PageGeometry(
        width=width,
        height=height,
        left=layout.margin_left_mm * mm,
        right=width - layout.margin_right_mm * mm,
        top_lines=tuple(height - y for y in top_lines),
        bottom_lines=bottom_lines,
        frame_top=height - max(layout.margin_top_mm * mm, top_extent + _BAND_GAP),
        frame_bottom=max(layout.margin_bottom_mm * mm, bottom_extent + _BAND_GAP),
    )


def _stack(sizes: tuple[float, ...]) -> tuple[tuple[float, ...], float]:
    """Baselines (distance from the edge) of lines of ``sizes`` stacked from the paper edge."""
    baselines: list[float] = []
    edge = _PAGE_PADDING
    for size in sizes:
        baselines.append(edge + size * 0.75)
        edge += size * 1.35
    return tuple(baselines), edge


class _PageFurniture:
    """Draws the banners, caveats, footer text and page label on every page; a right-to-left
    document has its footer text at the right and the page label at the left."""

    def __init__(self, meta: Meta, layout: Layout, text: TextSetter, page: _PageGeometry) -> None:
        self.meta = meta
        self.text = text
        self.fonts = text.faces
        self.page = page
        self.marking_color = HexColor(layout.marking_color)

    def __call__(self, canvas: Any, doc: Any) -> None:
        with as_artifact(canvas, "Pagination"):
            canvas.saveState()
            self.draw_banners(canvas, self.page.top_lines)
            self.draw_banners(canvas, self.page.bottom_lines)
            self.draw_footer(canvas, self.page.bottom_lines[-1])
            canvas.restoreState()

    def draw_banners(self, canvas: Any, baselines: tuple[float, ...]) -> None:
        center = self.page.width / 2
        width = self.page.right - self.page.left
        lines = iter(baselines)
        for text, face, size, color in (
            (self.meta.marking.upper(), self.fonts.bold, _BANNER_SIZE, self.marking_color),
            (self.meta.caveat, self.fonts.regular, _SMALL_SIZE, MUTED_COLOR),
        ):
            if not text:
                continue
            canvas.setFillColor(color)
            pieces, fitted = _fitted(text, width, size, self.pieces_in(face))
            x = center - line_width(pieces, fitted) / 2
            draw_line(canvas, x, next(lines), pieces, fitted)

    def pieces_in(self, face: str) -> Callable[[str], Pieces]:
        """Lines of furniture set in ``face``."""
        return lambda text: self.text.line(text, face)

    def draw_footer(self, canvas: Any, baseline: float) -> None:
        canvas.setFillColor(MUTED_COLOR)
        face = self.fonts.regular
        widest = self.text.line(self.meta.page_label_text(_WIDEST_NUMBER, _WIDEST_NUMBER), face)
        width = self.page.right - self.page.left - line_width(widest, _SMALL_SIZE) - _FOOTER_GAP
        pieces, size = _fitted(self.meta.footer, width, _SMALL_SIZE, self.pieces_in(face))

        def label(page: int, pages: int) -> Pieces:
            return self.text.line(self.meta.page_label_text(page, pages), face)

        if self.text.rtl_document:
            draw_line(canvas, self.page.right - line_width(pieces, size), baseline, pieces, size)
            canvas.draw_page_label(self.page.left, baseline, label, _SMALL_SIZE, right=False)
        else:
            draw_line(canvas, self.page.left, baseline, pieces, size)
            canvas.draw_page_label(self.page.right, baseline, label, _SMALL_SIZE, right=True)


def _fitted(
    text: str, width: float, size: float, pieces: Callable[[str], Pieces]
) -> tuple[Pieces, float]:
    """``text`` as pieces (``TextSetter.line``) and a font size that fit on one line of
    ``width``: set up to a quarter smaller, then cut at a word with an ellipsis, so page
    furniture never leaves the frame. The cut is found by halving, so a long text costs
    a few measurements of its length, not one per word."""
    smallest = size * 0.75
    fitted = size
    shown = pieces(text)
    natural = line_width(shown, size)
    while natural * fitted / size > width and fitted > smallest:
        fitted = max(smallest, fitted - 0.25)
    if natural * fitted / size <= width:
        return shown, fitted

    def fits(cut: str) -> bool:
        return line_width(pieces(cut + "…"), fitted) <= width

    words = text.split(" ")
    cut = " ".join(words[: max(1, _longest(len(words), lambda n: fits(" ".join(words[:n]))))])
    cut = cut[: _longest(len(cut), lambda n: fits(cut[:n]))]
    return pieces(cut.rstrip(" ,;") + "…"), fitted


def _longest(most: int, fits: Callable[[int], bool]) -> int:
    """The largest ``n`` up to ``most`` for which ``fits(n)`` holds (0 if none does), where
    whatever fits also fits shorter."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


class _LateFormCanvas(Canvas):  # type: ignore[misc]
    """Draws what is known only when layout ends (the page count, the pages of headings)
    as forms, placed where they belong during layout and filled in when saving."""

    tagger: Tagger | None = None
    """Set by the document template: where marked content and links are recorded."""
    document_language = ""
    """Set by the document template: passages in another script are marked as such."""

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> Any:
        return PassageTextObject(self, x, y, direction=direction)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._late: list[Callable[[Any], None]] = []

    def linkRect(self, contents: str, destination: str, *args: Any, **kwargs: Any) -> Any:
        made = super().linkRect(contents, destination, *args, **kwargs)
        if self.tagger is not None:
            self.tagger.annotation(self, self.tagger.titles.get(destination, destination))
        return made

    def linkURL(self, url: str, rect: Any, *args: Any, **kwargs: Any) -> Any:
        made = super().linkURL(url, rect, *args, **kwargs)
        if self.tagger is not None:
            self.tagger.annotation(self, url.removeprefix("mailto:"))
        return made

    def late_form(self, draw: Callable[[Any], None]) -> None:
        """Place a form here, in the current coordinates, that ``draw`` fills in at saving."""
        self._late.append(draw)
        self.doForm(f"late{len(self._late)}")

    def draw_page_label(
        self, x: float, baseline: float, label: PageLabel, size: float, *, right: bool
    ) -> None:
        """The page label, "Page X of Y": it ends at ``x`` when ``right``, else starts there."""
        number = self.getPageNumber()

        def draw(form: Any) -> None:
            form.setFillColor(MUTED_COLOR)
            pieces = label(number, self.getPageNumber() - 1)
            draw_line(form, x - line_width(pieces, size) if right else x, baseline, pieces, size)

        self.late_form(draw)

    def save(self) -> None:
        width, height = self._pagesize
        for number, draw in enumerate(self._late, start=1):
            # Forms are drawn in the coordinates of where they were placed: room on all sides.
            self.beginForm(f"late{number}", -width, -height, 2 * width, 2 * height)
            draw(self)
            self.endForm()
        super().save()


class _Rule(HRFlowable):  # type: ignore[misc]
    """A rule, drawn as an artifact."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        with as_artifact(canvas):
            super().drawOn(canvas, x, y, _sW)


class _Figure(RLImage):  # type: ignore[misc]
    """A picture, tagged as a figure with its alternative text (an artifact without)."""

    briefing_tag: Node | None = None

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        with tagged(canvas, self.briefing_tag, self):
            super().drawOn(canvas, x, y, _sW)


class _TagMark(Flowable):  # type: ignore[misc]
    """Takes no room and draws nothing, but puts its element in the structure tree where
    it stands: an empty table cell is still a cell."""

    def __init__(self, tag: Node) -> None:
        super().__init__()
        self.briefing_tag = tag

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        tagger: Tagger | None = getattr(canvas, "tagger", None)
        if tagger is not None:
            tagger.place(self.briefing_tag)


def _label_of(flowable: Any) -> Node | None:
    """The label element of the list item whose first flowable is ``flowable``."""
    for part in flowable if isinstance(flowable, list | tuple) else [flowable]:
        tag = getattr(part, "briefing_tag", None)
        item = tag.ancestor("LI") if isinstance(tag, Node) else None
        if item is not None:
            return item.label
        inner = getattr(part, "_content", None) or getattr(part, "_flowable", None)
        if inner is not None:
            found = _label_of(inner)
            if found is not None:
                return found
    return None


class _TaggedTable(RLTable):  # type: ignore[misc]
    """A table whose shading and rules are artifacts; its cells tag themselves."""

    def _drawBkgrnd(self) -> None:
        with as_artifact(self.canv):
            super()._drawBkgrnd()

    def _drawLines(self) -> None:
        with as_artifact(self.canv):
            super()._drawLines()

    def _drawCell(self, value: Any, style: Any, position: Any, size: Any) -> None:
        if isinstance(value, list | tuple | Flowable):
            super()._drawCell(value, style, position, size)
            return
        with as_artifact(self.canv):
            super()._drawCell(value, style, position, size)


def _bind_headings_to_lists(story: list[Any]) -> list[Any]:
    """Group a heading with a list that follows it.

    Platypus keeps a heading with the next flowable itself, except when that is a
    list (a container it will not group), so such pairs are grouped here.
    """
    bound: list[Any] = []
    start = 0
    while start < len(story):
        end = start
        while end < len(story) and story[end].getKeepWithNext():
            end += 1
        if end > start and end < len(story) and isinstance(story[end], ListFlowable):
            group = story[start : end + 1]
            for flowable in group[:-1]:
                flowable.__dict__["keepWithNext"] = 0
            bound.append(_KeepWithNext(group))
            start = end + 1
        else:
            bound.append(story[start])
            start += 1
    return bound


class _MovesWhole:
    """Moves to the next page whole rather than split, unless taller than a page.

    For blocks that read badly when split: label/value tables and short lists.
    """

    def split(self, available_width: float, available_height: float) -> list[Any]:
        frame = getattr(self, "_frame", None)
        if frame is not None:
            _, height = self.wrap(available_width, frame._height)  # type: ignore[attr-defined]
            if height <= frame._height:
                return []
        return list(super().split(available_width, available_height))  # type: ignore[misc]


class _WholeTable(_MovesWhole, _TaggedTable):
    pass


class _ItemIndenter(LIIndenter):  # type: ignore[misc]
    """A list item's content beside its bullet. Reportlab will not split an item where
    that leaves one line alone on the next page; at the top of a page that made an item
    one line taller than the page impossible to lay out, so there it splits anyway."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """The bullet as the item's label, then the item, tagged as it draws itself."""
        if self._bullet:
            # The bullet marks itself drawn: the indenter passes attributes on to its item.
            with tagged(canvas, _label_of(self._flowable), self._bullet):
                self._bullet.drawOn(self, canvas, x, y, 0)
        inner = max(0, _sW - self._leftIndent - self._rightIndent)
        self._flowable.drawOn(canvas, x + self._leftIndent, y, inner)

    def split(self, available_width: float, available_height: float) -> list[Any]:
        content = self._flowable
        inner = available_width - self._leftIndent - self._rightIndent
        parts = list(content.split(inner, available_height))
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and frame._atTop
        if len(parts) > 1 and hasattr(content, "blPara") and not at_top:
            lines, first = len(content.blPara.lines), len(parts[0].blPara.lines)
            justified = getattr(content.style, "alignment", None) == TA_JUSTIFY
            if (justified and first >= lines - 2) or first == lines - 1:
                parts = []
        return [
            _ItemIndenter(
                part,
                leftIndent=self._leftIndent,
                rightIndent=self._rightIndent,
                bullet=self._bullet if index == 0 else None,
            )
            for index, part in enumerate(parts)
        ]


class _List(ListFlowable):  # type: ignore[misc]
    """A list whose items split as ``_ItemIndenter`` says."""

    def _makeLIIndenter(self, flowable: Any, bullet: Any, params: Any = None) -> Any:
        params = params or {}
        return _ItemIndenter(
            flowable,
            params.get("leftIndent", self._leftIndent),
            params.get("rightIndent", self._rightIndent),
            bullet,
            spaceBefore=params.get("spaceBefore"),
            spaceAfter=params.get("spaceAfter"),
        )


class _WholeList(_MovesWhole, _List):
    pass


_WHOLE = (_MovesWhole, RLImage)
"""Flowables that go to the next page whole: a heading needs all of one beside it."""


class _KeepWithNext(KeepTogether):  # type: ignore[misc]
    """Keeps a heading with the start of what follows rather than all of it (all of it
    when that is itself kept together, as label/value tables and pictures are).

    Platypus's own grouping moves a heading and a whole long table to the next
    page when the table would fit there, leaving a half-empty page behind.
    """

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 0xFFFFFF

    def split(self, available_width: float, available_height: float) -> list[Any]:
        content: list[Any] = list(self._content)
        frame = getattr(self, "_frame", None)
        if frame is None or frame._atTop:
            return content
        needed = 0.0
        for flowable in content:
            height = flowable.wrapOn(self.canv, available_width, available_height)[1]
            if flowable is content[-1] and not isinstance(flowable, _WHOLE):
                height = min(height, _KEEP_WITH_NEXT_MIN)
            needed += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if needed > available_height:
            content.insert(0, FrameBreak())
        return content


class _BodyFrame(Frame):  # type: ignore[misc]
    """The body frame; a heading split across pages passes its outline entry to its first
    part, which is where its bookmark and contents entry then point."""

    drawing = True
    """False when the layout only tells where pages break: flowables are placed, sized
    and split as ever, but not drawn (a third of the work)."""

    def add(self, flowable: Any, canvas: Any, trySplit: int = 0) -> int:
        if not self.drawing:
            flowable.drawOn = _not_drawn
        placed: int = super().add(flowable, canvas, trySplit)
        return placed

    def split(self, flowable: Any, canvas: Any) -> list[Any]:
        parts: list[Any] = super().split(flowable, canvas)
        entry = getattr(flowable, "briefing_outline", None)
        if entry is not None and parts and not hasattr(parts[0], "briefing_outline"):
            parts[0].briefing_outline = entry
        return parts


def _not_drawn(*_args: Any, **_kwargs: Any) -> None:
    """What a flowable draws when the layout only tells where pages break."""


class _BriefingDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """One page template with furniture; headings become nested, XYZ-fit bookmarks."""

    def __init__(
        self,
        stream: BinaryIO,
        meta: Meta,
        layout: Layout,
        text: TextSetter,
        tagger: Tagger | None,
    ) -> None:
        page = _page_geometry(layout, meta)
        self.tagger = tagger
        self.language = meta.language
        super().__init__(
            stream,
            pagesize=(page.width, page.height),
            leftMargin=page.left,
            rightMargin=page.width - page.right,
            topMargin=page.height - page.frame_top,
            bottomMargin=page.frame_bottom,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=list(meta.keywords),
            creator=producer(),
            producer=f"{producer()} (ReportLab {reportlab.Version})",
            lang=meta.language or None,
            invariant=1,
            keepTogetherClass=_KeepWithNext,
            initialFontName=text.faces.regular,
        )
        self.frame_width = page.right - page.left
        self.frame_height = page.frame_top - page.frame_bottom
        self.frame = frame = _BodyFrame(
            page.left,
            page.frame_bottom,
            self.frame_width,
            self.frame_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        furniture = _PageFurniture(meta, layout, text, page)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=furniture)])
        self._pdf_date = _pdf_date(meta.date)
        self._outline_level = -1
        self.heading_pages: dict[str, int] = {}
        """The page each heading's bookmark landed on, by key; the contents read it."""

    def beforeDocument(self) -> None:
        self.canv.tagger = self.tagger
        self.canv.document_language = self.language
        if self._pdf_date:
            stamp = self._pdf_date
            self.canv.setDateFormatter(lambda *_: stamp)

    def afterFlowable(self, flowable: Any) -> None:
        entry = getattr(flowable, "briefing_outline", None)
        if entry is None or entry.key in self.heading_pages:
            return
        self._outline_level = min(entry.level - 1, self._outline_level + 1)
        self.heading_pages[entry.key] = self.page
        top = self.frame._y + flowable.getSpaceAfter() + flowable.height
        self.canv.bookmarkPage(entry.key, fit="XYZ", top=top)
        self.canv.addOutlineEntry(entry.title, entry.key, level=self._outline_level, closed=False)


def _pdf_date(iso: str) -> str | None:
    """The PDF date string for an ISO date; reproducible builds need it fixed, not 'now'."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError as error:
        raise ExportError(f"the document date '{iso}' is not an ISO date") from error
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")
