"""Fonts and paragraph styles for the PDF writer, derived from a template's ``Layout``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from briefing.document import Layout
from briefing.errors import ExportError
from briefing.resources import fonts_dir
from briefing.writers.font_cache import load_font

LEADING = 1.3
TEXT_COLOR = HexColor("#000000")
MUTED_COLOR = HexColor("#555555")
LINK_COLOR = "#1F4E9A"
CODE_COLOR = "#7A3B12"
TABLE_PADDING = 4.0
BULLETS = ("\u2022", "\u2013", "\u25e6")
BULLET_FALLBACK = ("o", 0.7)
"""A small letter o stands in for a bullet the font lacks, as word processors do."""

ALIGNMENTS: Mapping[str, int] = {
    "left": TA_LEFT,
    "center": TA_CENTER,
    "right": TA_RIGHT,
    "justify": TA_JUSTIFY,
}


@dataclass(frozen=True)
class FontFaces:
    """The registered reportlab names of one family's four faces."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


@cache
def register_family(family: str) -> FontFaces:
    """Register ``family`` once per process: reading the TrueType files is the slow part."""
    faces = FontFaces(family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
    files = {
        faces.regular: "Regular",
        faces.bold: "Bold",
        faces.italic: "Italic",
        faces.bold_italic: "BoldItalic",
    }
    for name, suffix in files.items():
        path = fonts_dir() / f"{family}-{suffix}.ttf"
        if not path.is_file():
            raise ExportError(f"font '{family}' lacks {path.name} in {path.parent}")
        pdfmetrics.registerFont(load_font(name, path))
    pdfmetrics.registerFontFamily(
        family,
        normal=faces.regular,
        bold=faces.bold,
        italic=faces.italic,
        boldItalic=faces.bold_italic,
    )
    return faces


@dataclass(frozen=True)
class PdfStyles:
    """Every style the writer uses; ``body``, ``listed`` and ``cell`` share the named styles."""

    fonts: FontFaces
    body: Mapping[str, ParagraphStyle]
    listed: Mapping[str, ParagraphStyle]
    cell: Mapping[str, ParagraphStyle]
    headings: Mapping[int, ParagraphStyle]
    figure_caption: ParagraphStyle
    """Centred under its centred picture."""
    contents: tuple[ParagraphStyle, ...]
    """Entries of a table of contents, one style per heading level."""


def build_styles(layout: Layout) -> PdfStyles:
    fonts = register_family(layout.font)
    body = _named_styles(layout, fonts)
    return PdfStyles(
        fonts=fonts,
        body=body,
        listed={name: _tighter(style, "list", space_after=3) for name, style in body.items()},
        cell={name: _for_cell(style, layout.base_size) for name, style in body.items()},
        headings=_heading_styles(layout, fonts),
        figure_caption=ParagraphStyle(
            "figure-caption", parent=body["caption"], alignment=TA_CENTER
        ),
        contents=_contents_styles(layout, fonts),
    )


def _contents_styles(layout: Layout, fonts: FontFaces) -> tuple[ParagraphStyle, ...]:
    """Top entries in bold with air above; deeper ones indented and a point smaller.

    The right indent keeps long titles clear of the page numbers.
    """
    base = layout.base_size
    return (
        _style("contents1", base, fonts.bold, spaceBefore=3, spaceAfter=0, rightIndent=30),
        _style("contents2", base - 0.5, fonts.regular, leftIndent=14, spaceAfter=0, rightIndent=30),
        _style("contents3", base - 1, fonts.regular, leftIndent=28, spaceAfter=0, rightIndent=30),
    )


CONTENTS_TABLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
]
"""Entries of a table of contents sit closer than reportlab's default table padding."""


def _style(name: str, size: float, font: str, **extra: object) -> ParagraphStyle:
    options: dict[str, object] = {
        "fontName": font,
        "fontSize": size,
        "leading": round(size * LEADING, 2),
        "textColor": TEXT_COLOR,
        "spaceAfter": 6,
    }
    options.update(extra)
    return ParagraphStyle(name, **options)


def _named_styles(layout: Layout, fonts: FontFaces) -> dict[str, ParagraphStyle]:
    base = layout.base_size
    heading = HexColor(layout.heading_color)
    return {
        "body": _style("body", base, fonts.regular),
        "title": _style(
            "title", base * 2, fonts.bold, textColor=heading, leading=base * 2.4, spaceAfter=10
        ),
        "subtitle": _style("subtitle", base + 2, fonts.regular, textColor=heading, spaceAfter=10),
        "lead": _style("lead", base + 1, fonts.regular, spaceAfter=8),
        "cover": _style("cover", base + 2, fonts.bold, textColor=heading, leading=(base + 2) * 1.5),
        "caption": _style(
            "caption", base - 2, fonts.italic, textColor=MUTED_COLOR, spaceBefore=3, spaceAfter=8
        ),
        "small": _style("small", base - 2, fonts.regular, spaceAfter=4),
        "note": _style("note", base - 1.5, fonts.italic),
        "marking": _style(
            "marking",
            base,
            fonts.bold,
            textColor=HexColor(layout.marking_color),
            alignment=TA_CENTER,
            textTransform="uppercase",
        ),
    }


def _heading_styles(layout: Layout, fonts: FontFaces) -> dict[int, ParagraphStyle]:
    base = layout.base_size
    color = HexColor(layout.heading_color)
    return {
        1: _style(
            "heading1",
            base + 4,
            fonts.bold,
            leading=(base + 4) * 1.25,
            textColor=color,
            spaceBefore=16,
            spaceAfter=2,
            keepWithNext=1,
        ),
        2: _style(
            "heading2",
            base + 1.5,
            fonts.bold,
            leading=(base + 1.5) * 1.25,
            textColor=color,
            spaceBefore=12,
            spaceAfter=4,
            keepWithNext=1,
        ),
        3: _style("heading3", base, fonts.bold, spaceBefore=10, spaceAfter=3, keepWithNext=1),
    }


def _tighter(style: ParagraphStyle, prefix: str, space_after: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"{prefix}-{style.name}",
        parent=style,
        spaceBefore=0,
        spaceAfter=min(style.spaceAfter, space_after),
    )


def _for_cell(style: ParagraphStyle, base: float) -> ParagraphStyle:
    """Tables read one point smaller than the body; cell padding does the spacing."""
    size = style.fontSize * (base - 1) / base
    return ParagraphStyle(
        f"cell-{style.name}",
        parent=style,
        fontSize=size,
        leading=round(size * style.leading / style.fontSize, 2),
        spaceBefore=0,
        spaceAfter=0,
    )


def list_bullet(depth: int, font: str) -> tuple[str, float]:
    """The bullet for a nesting depth and its size relative to the text."""
    bullet = BULLETS[(depth - 1) % len(BULLETS)]
    if ord(bullet) in pdfmetrics.getFont(font).face.charToGlyph:
        return bullet, 1.0
    return BULLET_FALLBACK


def table_style(
    kind: str, header_rows: int, layout: Layout, font: str, *, rtl: bool = False
) -> list[tuple[Any, ...]]:
    """Grid tables are ruled boxes with a tinted header; the others line up with body text
    (at the right edge when the columns run right to left).

    ``font`` also serves empty cells, which would otherwise pull in a base-14 font.
    """
    rule = HexColor(layout.rule_color)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), TABLE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), TABLE_PADDING - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), TABLE_PADDING),
    ]
    if kind == "grid":
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, rule))
        if header_rows:
            fill = HexColor(layout.table_header_fill)
            commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), fill))
        return commands
    if rtl:
        commands.append(("RIGHTPADDING", (-1, 0), (-1, -1), 0))
    else:
        commands.append(("LEFTPADDING", (0, 0), (0, -1), 0))
    if kind == "fields":
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, rule))
    return commands
