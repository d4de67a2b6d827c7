"""Document text for reportlab: a shipped font for every character, Arabic letters joined,
right-to-left text in visual order.

Text the template's font covers entirely, with no right-to-left letter in it, keeps the
fast path: escaped markup in that font. Other text is cut into pieces by the font that
draws them. A character stays in the font of the character before it when that font has
it, so spaces, digits and punctuation follow the text around them; otherwise it goes to
the first font of the chain that has it (the template's family, its Arabic and Hebrew
companions, then Noto Sans Symbols 2). A character none of them has is printed as U+FFFD
from the template's font, and invisible formatting characters are not printed at all.

Right-to-left paragraphs are broken into lines by reportlab in logical order, with the
Arabic letters already in their joined forms so widths are right; each line is put in
visual order only when it is drawn (``ScriptParagraph``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph as RLParagraph

from briefing.document import Align, Run
from briefing.errors import ExportError
from briefing.resources import fonts_dir
from briefing.writers.bidi import mirrored, resolve_levels, visual_order
from briefing.writers.font_cache import load_font
from briefing.writers.pdf_styles import ALIGNMENTS, CODE_COLOR, LINK_COLOR, FontFaces
from briefing.writers.pdf_tags import Node, tagged
from briefing.writers.scripts import (
    BIDI_MARKS,
    SYMBOLS,
    companions,
    has_rtl,
    is_ignorable,
    is_rtl_paragraph,
    shape_arabic,
)

REPLACEMENT = "\ufffd"
Pieces = list[tuple[str, str]]
"""Text in visual order, each piece with the font face that draws it."""
_LINK_SCHEMES = ("http://", "https://", "mailto:")


@dataclass(frozen=True)
class _Family:
    """A registered family and the characters every one of its faces has."""

    faces: FontFaces
    chars: frozenset[str]


def _characters(*names: str) -> frozenset[str]:
    maps = [pdfmetrics.getFont(name).face.charToGlyph for name in names]
    return frozenset(chr(code) for code in set(maps[0]).intersection(*maps[1:]))


@cache
def _primary(faces: FontFaces) -> _Family:
    return _Family(faces, _characters(faces.regular, faces.bold, faces.italic, faces.bold_italic))


@cache
def _fallback(family: str) -> _Family:
    """Register a fallback family once per process; it may lack italics (Arabic and Hebrew
    have none) and bold, so those faces fall back to the upright and regular ones."""
    folder = fonts_dir()
    regular = folder / f"{family}-Regular.ttf"
    if not regular.is_file():
        raise ExportError(f"font '{family}' lacks {regular.name} in {folder}")
    bold_path = folder / f"{family}-Bold.ttf"
    bold = f"{family}-Bold" if bold_path.is_file() else family
    pdfmetrics.registerFont(load_font(family, regular))
    if bold != family:
        pdfmetrics.registerFont(load_font(bold, bold_path))
    pdfmetrics.registerFontFamily(family, normal=family, bold=bold, italic=family, boldItalic=bold)
    return _Family(FontFaces(family, bold, family, bold), _characters(family, bold))


class FontChain:
    """The fonts text may be drawn from, in order; the fallbacks are read on first need."""

    def __init__(self, faces: FontFaces, family: str) -> None:
        self.primary = _primary(faces)
        self._family = family
        self._chain: list[_Family] | None = None

    def covers(self, text: str) -> bool:
        return set(text) <= self.primary.chars

    @property
    def chain(self) -> list[_Family]:
        if self._chain is None:
            extra = companions(self._family)
            self._chain = [self.primary, *map(_fallback, (extra.arabic, extra.hebrew, SYMBOLS))]
        return self._chain

    def pieces(
        self, text: str, current: _Family | None, keep_marks: bool
    ) -> tuple[list[tuple[str, _Family]], _Family | None]:
        """``text`` cut by the family that draws each character, and the last family used
        (so the next run continues in it). Direction marks are kept for the bidirectional
        algorithm when ``keep_marks``; other invisible characters are dropped."""
        pieces: list[tuple[str, _Family]] = []
        for char in text:
            if is_ignorable(char) and not (keep_marks and char in BIDI_MARKS):
                continue
            family = current if current is not None and char in current.chars else None
            if family is None:
                family = next((f for f in self.chain if char in f.chars), None)
            if family is None:
                if char in BIDI_MARKS:
                    continue
                char, family = self._replacement()
            if pieces and pieces[-1][1] is family:
                pieces[-1] = (pieces[-1][0] + char, family)
            else:
                pieces.append((char, family))
            current = family
        return pieces, current

    def _replacement(self) -> tuple[str, _Family]:
        family = next((f for f in self.chain if REPLACEMENT in f.chars), None)
        return (REPLACEMENT, family) if family is not None else ("?", self.primary)


class TextSetter:
    """Turns runs into reportlab paragraphs and lines of page furniture."""

    def __init__(self, faces: FontFaces, family: str, rtl_document: bool) -> None:
        self.faces = faces
        self.fonts = FontChain(faces, family)
        self.rtl_document = rtl_document
        self._styles: dict[tuple[str, int], ParagraphStyle] = {}

    def is_rtl(self, text: str) -> bool:
        return is_rtl_paragraph(text, self.rtl_document)

    def paragraph(
        self,
        runs: Sequence[Run],
        style: ParagraphStyle,
        *,
        align: Align | None = None,
        bold: bool = False,
        link: str | None = None,
        tail: str = "",
    ) -> Any:
        """A paragraph of ``runs``; ``link`` makes it all one link to an anchor of the
        document and ``tail`` is markup of the writer's own added at its end."""
        text = "".join(run.text for run in runs)
        rtl = self.is_rtl(text)
        bidi = rtl or has_rtl(text)
        style = self.aligned(style, align, rtl)
        if bidi or not self.fonts.covers(text):
            markup = self._markup(runs, style, bold=bold, keep_marks=bidi)
        else:
            markup = "".join(_run_markup(run, bold=bold) for run in runs)
        if link is not None:
            markup = f"<a href={quoteattr('#' + link)}>{markup}</a>"
        if not bidi:
            return TextParagraph(markup + tail, style)
        return ScriptParagraph(markup + tail, style, rtl=rtl)

    def aligned(self, style: ParagraphStyle, align: Align | None, rtl: bool) -> ParagraphStyle:
        """``style`` with the paragraph's alignment: as the markup says, else the style's,
        mirrored to the right for right-to-left text."""
        if align is not None:
            alignment = ALIGNMENTS[align]
        else:
            alignment = TA_RIGHT if rtl and style.alignment == TA_LEFT else style.alignment
        if alignment == style.alignment:
            return style
        key = (style.name, alignment)
        if key not in self._styles:
            self._styles[key] = ParagraphStyle(
                f"{style.name}-{alignment}", parent=style, alignment=alignment
            )
        return self._styles[key]

    def _markup(
        self, runs: Sequence[Run], style: ParagraphStyle, *, bold: bool, keep_marks: bool
    ) -> str:
        faces = self.faces
        style_bold = style.fontName in (faces.bold, faces.bold_italic)
        style_italic = style.fontName in (faces.italic, faces.bold_italic)
        texts = shape_arabic([run.text for run in runs])
        current: _Family | None = None
        parts: list[str] = []
        for run, text in zip(runs, texts, strict=True):
            if run.line_break:
                parts.append("<br/>")
                continue
            pieces, current = self.fonts.pieces(text, current, keep_marks)
            inner = []
            for piece, family in pieces:
                if family is self.fonts.primary:
                    inner.append(_styled(escape(piece), run.bold or bold, run.italic))
                else:
                    heavy = run.bold or bold or style_bold
                    marked = _styled(escape(piece), heavy, run.italic or style_italic)
                    inner.append(f'<font face="{family.faces.regular}">{marked}</font>')
            parts.append(_decorated("".join(inner), run))
        return "".join(parts)

    def line(self, text: str, face: str) -> Pieces:
        """One line of page furniture in ``face``: pieces of text in visual order, each
        with the font that draws it."""
        rtl = self.is_rtl(text)
        bidi = rtl or has_rtl(text)
        if not bidi and self.fonts.covers(text):
            return [(text, face)] if text else []
        heavy = face in (self.faces.bold, self.faces.bold_italic)
        pieces, _ = self.fonts.pieces(shape_arabic([text])[0], None, bidi)
        chars = [
            (char, face if family is self.fonts.primary else _face(family, heavy))
            for piece, family in pieces
            for char in piece
        ]
        if bidi:
            shown = _visual_lines(("".join(char for char, _ in chars),), 1 if rtl else 0)[0]
            chars = [(char, chars[index][1]) for index, char in shown]
        return _grouped(chars)


def _face(family: _Family, heavy: bool) -> str:
    return family.faces.bold if heavy else family.faces.regular


def _grouped(chars: Iterable[tuple[str, str]]) -> Pieces:
    grouped: Pieces = []
    for char, font in chars:
        if grouped and grouped[-1][1] == font:
            grouped[-1] = (grouped[-1][0] + char, font)
        else:
            grouped.append((char, font))
    return grouped


def line_width(pieces: Iterable[tuple[str, str]], size: float) -> float:
    return float(sum(stringWidth(text, font, size) for text, font in pieces))


def draw_line(
    canvas: Any, x: float, y: float, pieces: Sequence[tuple[str, str]], size: float
) -> None:
    """Draw ``pieces`` (from ``TextSetter.line``) from ``x`` rightwards."""
    for text, font in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        x += stringWidth(text, font, size)


def _styled(text: str, bold: bool, italic: bool) -> str:
    if italic:
        text = f"<i>{text}</i>"
    return f"<b>{text}</b>" if bold else text


def _decorated(text: str, run: Run) -> str:
    """Code colour, link and underline of ``run`` around its markup."""
    if run.code:
        text = f'<font color="{CODE_COLOR}">{text}</font>'
    if run.href and run.href.strip().lower().startswith(_LINK_SCHEMES):
        text = f'<a href={quoteattr(run.href.strip())} color="{LINK_COLOR}">{text}</a>'
    if run.underline:
        text = f"<u>{text}</u>"
    return text


def _run_markup(run: Run, *, bold: bool) -> str:
    """The fast path: a run the template's font draws, escaped, only the writer's tags added."""
    if run.line_break:
        return "<br/>"
    return _styled(_decorated(escape(run.text), run), run.bold or bold, run.italic)


@lru_cache(maxsize=4096)
def _visual_lines(texts: tuple[str, ...], base: int) -> list[list[tuple[int, str]]]:
    """For each line of a paragraph (logical order), the indices of its characters in the
    order they are shown, with the glyph each shows; invisible characters are left out.

    Levels are resolved over the whole paragraph, the lines being joined by the spaces
    they were broken at, then each line is reordered on its own. Cached: a document with
    a table of contents is laid out more than once.
    """
    levels = resolve_levels(" ".join(texts), base)
    shown: list[list[tuple[int, str]]] = []
    start = 0
    for text in texts:
        line = levels[start : start + len(text)]
        shown.append(
            [
                (i, mirrored(text[i]) if line[i] % 2 else text[i])
                for i in visual_order(text, line, base)
                if not is_ignorable(text[i])
            ]
        )
        start += len(text) + 1
    return shown


class TextParagraph(RLParagraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once.

    Tables, kept-together groups and page splitting ask a paragraph for its size again
    and again at the same width, and the rest of a paragraph split over a page is a new
    paragraph; reportlab would break the lines anew each time, so a paragraph of many
    pages took time growing with the square of its length.
    """

    width: float
    height: float
    briefing_tag: Node | None = None
    """The structure element the paragraph's text belongs to; none makes it an artifact."""
    _inherited: tuple[list[float], Any] | None = None
    """The rest of a split paragraph: the widths its lines were broken for, and those lines."""

    def split(self, available_width: float, available_height: float) -> list[Any]:
        parts: list[Any] = super().split(available_width, available_height)
        for part in parts:
            part.briefing_tag = self.briefing_tag
        if len(parts) == 2:
            first, rest = parts
            later = self._wrapWidths[-1]
            lines = self.blPara.lines[len(first.blPara.lines) :]
            if self.blPara.kind == 1:  # lines of styled words count them from the first
                offset = lines[0].sFW
                lines = [line.clone(sFW=line.sFW - offset) for line in lines]
            rest._inherited = ([later, later], self.blPara.clone(lines=lines))
        return parts

    def breakLines(self, widths: list[float]) -> Any:
        inherited = self._inherited
        if inherited is not None and inherited[0] == widths:
            return inherited[1]
        return super().breakLines(widths)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        with tagged(canvas, self.briefing_tag, self):
            super().drawOn(canvas, x, y, _sW)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        known = self.__dict__.get("_wrapped_width") == available_width
        if known and "blPara" in self.__dict__:  # splitting may drop the lines to force a redo
            return self.width, self.height
        size: tuple[float, float] = super().wrap(available_width, available_height)
        if self.__dict__.get("width") == available_width:  # not set when nothing fits
            self._wrapped_width = available_width
        return size


class ScriptParagraph(TextParagraph):
    """A paragraph holding right-to-left text, drawn line by line in visual order.

    Layout and splitting across pages work on logical text, as for any paragraph; the
    lines are reordered only for drawing, so nothing is ever reordered twice.
    """

    blPara: Any

    def __init__(self, text: Any, style: ParagraphStyle, rtl: bool = False, **kwargs: Any) -> None:
        super().__init__(text, style, **kwargs)
        self.rtl = rtl

    def split(self, available_width: float, available_height: float) -> list[Any]:
        parts: list[Any] = super().split(available_width, available_height)
        for part in parts:
            part.rtl = self.rtl
        return parts

    def draw(self) -> None:
        logical: Any = self.blPara
        self.blPara = _visual_para(logical, 1 if self.rtl else 0)
        if self.rtl and self.style.alignment == TA_JUSTIFY:
            self._offsets = _ragged_lines_right(self.blPara, getattr(self, "_JustifyLast", False))
        try:
            super().draw()
        finally:
            self.blPara = logical
            self.__dict__.pop("_offsets", None)


def _ragged_lines_right(para: Any, justify_last: bool) -> list[float]:
    """Offsets that set a justified right-to-left paragraph's unjustified lines (its last,
    and those ending in a forced break) against the right edge, where they begin."""
    offsets: list[float] = []
    last = len(para.lines) - 1
    for index, line in enumerate(para.lines):
        if para.kind == 0:
            extra, ragged = line[0], index == last and not justify_last
        else:
            extra = line.extraSpace
            ragged = getattr(line, "lineBreak", False) or (index == last and not justify_last)
        offsets.append(max(extra, 0.0) if ragged else 0.0)
    return offsets


def _visual_para(para: Any, base: int) -> Any:
    """A copy of reportlab's broken lines (``blPara``) with each line in visual order."""
    if para.kind == 0:
        texts = tuple(" ".join(words) for _, words in para.lines)
        lines = [
            (line[0], "".join(char for _, char in shown).split(" "))
            for line, shown in zip(para.lines, _visual_lines(texts, base), strict=True)
        ]
        return para.clone(lines=lines)
    units: list[list[Any]] = []
    for line in para.lines:
        units.append([(char, frag) for frag in line.words if _is_text(frag) for char in frag.text])
    texts = tuple("".join(char for char, _ in line) for line in units)
    lines = []
    for line, chars, shown in zip(para.lines, units, _visual_lines(texts, base), strict=True):
        words: list[Any] = []
        previous = None
        for index, char in shown:
            frag = chars[index][1]
            if frag is previous:
                words[-1].text += char
            else:
                words.append(frag.clone(text=char))
                previous = frag
        others = [frag for frag in line.words if not _is_text(frag)]
        callbacks = [frag for frag in others if hasattr(frag, "cbDefn")]
        breaks = [frag for frag in others if not hasattr(frag, "cbDefn")]
        # A callback at the logical end (a contents entry's page number) is drawn where
        # the line ends: at the left of a right-to-left line.
        words = [*callbacks, *words, *breaks] if base else [*words, *callbacks, *breaks]
        lines.append(line.clone(words=words))
    return para.clone(lines=lines)


def _is_text(frag: Any) -> bool:
    return bool(getattr(frag, "text", "")) and not hasattr(frag, "cbDefn")
