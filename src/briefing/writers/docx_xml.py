"""Low-level OOXML pieces python-docx has no API for: borders, fields, numbering, direction,
archive."""

from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml.ns import NamespacePrefixedTag, qn
from docx.oxml.parser import oxml_parser
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph

from briefing.writers.bidi import first_strong

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_COMPAT_XPATH = "w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val"
_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_FONT_ATTRS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
_CHILD_ORDER = {
    "w:rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint"
    " noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect"
    " bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "w:pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr"
    " suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct"
    " topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind"
    " contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment"
    " textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "w:tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW"
    " jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption"
    " tblDescription tblPrChange",
    "w:trPr": "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader"
    " tblCellSpacing jc hidden ins del trPrChange",
    "w:tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection"
    " tcFitText vAlign hideMark headers cellIns cellDel cellMerge tcPrChange",
    "w:sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc"
    " pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi"
    " rtlGutter docGrid printerSettings sectPrChange",
    "w:settings": "writeProtection view zoom removePersonalInformation removeDateAndTime"
    " doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText"
    " printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts"
    " saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges"
    " bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors"
    " hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate linkStyles"
    " stylePaneFormatFilter stylePaneSortMethod documentType mailMerge revisionView"
    " trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection autoFormatOverride"
    " styleLockTheme styleLockQFSet defaultTabStop autoHyphenation consecutiveHyphenLimit"
    " hyphenationZone doNotHyphenateCaps showEnvelope summaryLength clickAndTypeStyle"
    " defaultTableStyle evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting"
    " bookFoldPrintingSheets drawingGridHorizontalSpacing drawingGridVerticalSpacing"
    " displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery"
    " doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin drawingGridVerticalOrigin"
    " doNotShadeFormData noPunctuationKerning characterSpacingControl printTwoOnOne"
    " strictFirstAndLastChars noLineBreaksAfter noLineBreaksBefore savePreviewPicture"
    " doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText"
    " doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags"
    " alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat"
    " docVars rsids mathPr attachedSchema themeFontLang clrSchemeMapping"
    " doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions"
    " readModeInkLockDown smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags"
    " decimalSymbol listSeparator",
}
"""The schema order of the children of each properties element this module edits."""
_ORDER = {qn(tag): [f"w:{name}" for name in names.split()] for tag, names in _CHILD_ORDER.items()}
_RANK = {tag: {qn(name): rank for rank, name in enumerate(names)} for tag, names in _ORDER.items()}
"""Each child's place in ``_ORDER``, by qualified tag."""
_RUN_BREAKS = re.compile("([\t\r\n])")


@functools.cache
def _tag(name: str) -> tuple[str, dict[str, str]]:
    prefixed = NamespacePrefixedTag(name)
    return prefixed.clark_name, prefixed.nsmap


def new_element(tag: str, attributes: dict[str, str] | None = None) -> Any:
    """A new element such as ``w:p``, as python-docx's ``OxmlElement`` makes it but with the
    tag parsed only once: a document makes thousands of elements, several for every run."""
    name, namespaces = _tag(tag)
    return oxml_parser.makeelement(name, attrib=attributes, nsmap=namespaces)


def clean_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold, which make python-docx raise,
    and with its isolates as marks."""
    return isolates_as_marks(_NOT_XML.sub("", text))


_ISOLATE = re.compile("[\u2066-\u2068]([^\u2066-\u2069]*)(?:\u2069|$)")
_MARKS = {"L": "\u200e", "R": "\u200f"}


def isolates_as_marks(text: str) -> str:
    """Each isolate (LRI, RLI, FSI … PDI) as its text between two marks of its direction.

    Word does not honour the isolate controls everywhere, while every word processor
    honours the marks, which keep a date or reference in a right-to-left paragraph in
    one piece ("20 April 2025", not "April 2025 20"). An isolate left open runs to the
    end of the text.
    """

    def marked(match: re.Match[str]) -> str:
        inner = match.group(1)
        opener = match.group(0)[0]
        direction = {"\u2066": "L", "\u2067": "R"}.get(opener) or first_strong(inner)
        return f"{_MARKS[direction]}{inner}{_MARKS[direction]}"

    if not _HAS_ISOLATE.search(text):
        return text
    while True:
        inner_first = _ISOLATE.sub(marked, text)
        if inner_first == text:
            return text.replace("\u2069", "")
        text = inner_first


_HAS_ISOLATE = re.compile("[\u2066-\u2069]")


def link_target(href: str | None) -> str | None:
    """``href`` if it is safe to make clickable (web or mail), else None."""
    if not href:
        return None
    target = clean_text(href).strip()
    parts = urlsplit(target)
    scheme = parts.scheme.lower()
    if scheme not in _LINK_SCHEMES or (scheme != "mailto" and not parts.netloc):
        return None
    return target


def rgb(color: str) -> RGBColor:
    """``#1F3864`` as python-docx wants it."""
    return RGBColor.from_string(color.lstrip("#").upper())


def child(parent: Any, tag: str) -> Any:
    """``parent``'s ``tag`` child, added in schema order if missing (Word rejects misorder).

    It goes before the first child that comes later in the schema, as python-docx puts it,
    but found in one pass over the few children rather than one search per later tag.
    """
    name = qn(tag)
    found = parent.find(name)
    if found is not None:
        return found
    element = new_element(tag)
    ranks = _RANK[parent.tag]
    rank = ranks[name]
    later = next((c for c in parent if ranks.get(c.tag, -1) > rank), None)
    if later is None:
        parent.append(element)
    else:
        later.addprevious(element)
    return element


def set_paragraph_style(p: Any, style_id: str) -> None:
    """Give the paragraph element ``p`` the style ``style_id``."""
    child(p.get_or_add_pPr(), "w:pStyle").set(qn("w:val"), style_id)


def keep_with_next(p: Any) -> None:
    """Keep the paragraph element ``p`` on the same page as the next paragraph."""
    child(p.get_or_add_pPr(), "w:keepNext").attrib.pop(qn("w:val"), None)


def add_run(
    parent: Any,
    text: str,
    style: str | None = None,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
) -> Any:
    """A run of ``text`` at the end of ``parent`` (a paragraph or hyperlink) in the character
    ``style``, bold and italic for complex scripts too; tabs and line breaks become ``w:tab``
    and ``w:br``, as python-docx's ``Run.text`` writes them."""
    run = new_element("w:r")
    properties = [] if style is None else [new_element("w:rStyle", {qn("w:val"): style})]
    if bold:
        properties += [new_element("w:b"), new_element("w:bCs")]
    if italic:
        properties += [new_element("w:i"), new_element("w:iCs")]
    if underline:
        properties.append(new_element("w:u", {qn("w:val"): "single"}))
    if properties:
        rpr = new_element("w:rPr")
        rpr.extend(properties)
        run.append(rpr)
    for piece in _RUN_BREAKS.split(text):
        if piece == "\t":
            run.append(new_element("w:tab"))
        elif piece in ("\r", "\n"):
            run.append(new_element("w:br"))
        elif piece:
            element = new_element("w:t")
            element.text = piece
            if piece != piece.strip():
                element.set(qn("xml:space"), "preserve")
            run.append(element)
    parent.append(run)
    return run


def set_font_family(rpr: Any, name: str, complex_name: str | None = None) -> None:
    """Name ``name`` for every script, or ``complex_name`` for complex scripts (Arabic,
    Hebrew…) when given; theme fonts would otherwise override them in Word."""
    fonts = child(rpr, "w:rFonts")
    for attr in _THEME_FONT_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for attr in _FONT_ATTRS:
        fonts.set(qn(attr), name)
    if complex_name is not None:
        fonts.set(qn("w:cs"), complex_name)


def set_right_to_left(rpr: Any, font: str) -> None:
    """Mark a run of right-to-left script: Word then lays it out, neutrals included, as
    complex script in ``font``."""
    child(rpr, "w:rFonts").set(qn("w:cs"), font)
    child(rpr, "w:rtl")


def set_bidi(properties: Any, tag: str = "w:bidi") -> None:
    """Right-to-left direction: ``w:bidi`` for a paragraph (``pPr``) or section (``sectPr``),
    ``w:bidiVisual`` for a table (``tblPr``), whose first column then sits at the right."""
    child(properties, tag)


def default_rpr(styles_element: Any) -> Any:
    """The run properties of the document defaults, created if the styles part has none."""
    parent = styles_element
    for tag in ("w:docDefaults", "w:rPrDefault", "w:rPr"):
        found = parent.find(qn(tag))
        if found is None:
            found = new_element(tag)
            parent.insert(0, found)
        parent = found
    return parent


def set_language(styles_element: Any, language: str, complex_: bool = False) -> None:
    """The document's default proofing language, which spell-checkers and hyphenation use;
    ``complex_`` makes it the language of complex-script text too."""
    lang = child(default_rpr(styles_element), "w:lang")
    lang.set(qn("w:val"), language)
    if complex_:
        lang.set(qn("w:bidi"), language)


def set_theme_language(settings_element: Any, language: str, complex_: bool = False) -> None:
    """The language the theme's fonts are chosen for (python-docx's says en-US and
    ja-JP whatever the document is in); ``complex_`` names it for complex scripts too."""
    theme = child(settings_element, "w:themeFontLang")
    theme.attrib.clear()
    theme.set(qn("w:val"), language)
    if complex_:
        theme.set(qn("w:bidi"), language)


def set_widow_control(styles_element: Any) -> None:
    """Keep a paragraph's first and last lines off a page of their own, by default."""
    defaults = default_rpr(styles_element).getparent().getparent()  # w:docDefaults
    pending = defaults.find(qn("w:pPrDefault"))
    if pending is None:
        pending = new_element("w:pPrDefault")
        defaults.append(pending)  # after w:rPrDefault, as the schema orders them
    ppr = pending.find(qn("w:pPr"))
    if ppr is None:
        ppr = new_element("w:pPr")
        pending.append(ppr)
    child(ppr, "w:widowControl")


def mirror_complex_script(rpr: Any) -> None:
    """Give complex scripts (Arabic, Hebrew…) the size, weight and slant set for Latin text."""
    for latin, complex_ in (("w:b", "w:bCs"), ("w:i", "w:iCs"), ("w:sz", "w:szCs")):
        source = rpr.find(qn(latin))
        target = rpr.find(qn(complex_))
        if source is None:
            if target is not None:
                rpr.remove(target)
            continue
        target = child(rpr, complex_)
        target.attrib.clear()
        target.attrib.update(source.attrib)


def loosen_list_spacing(ppr: Any, after: int) -> None:
    """Space list items apart (``after`` in twips); Word's list styles pack them tight."""
    contextual = ppr.find(qn("w:contextualSpacing"))
    if contextual is not None:
        ppr.remove(contextual)
    spacing = child(ppr, "w:spacing")
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), str(after))


def _border(tag: str, style: str, color: str, size: int, space: int = 0) -> Any:
    edge = new_element(tag, {qn("w:val"): style})
    if style != "nil":
        edge.set(qn("w:sz"), str(size))
        edge.set(qn("w:space"), str(space))
        edge.set(qn("w:color"), color.lstrip("#").upper())
    return edge


def set_bottom_rule(ppr: Any, color: str, size: int, space: int) -> None:
    """A rule ``space`` points below the paragraph, ``size`` eighths of a point thick."""
    borders = child(ppr, "w:pBdr")
    borders.clear()
    borders.append(_border("w:bottom", "single", color, size, space))


def clear_borders(ppr: Any) -> None:
    """Remove the paragraph borders a style carries."""
    borders = ppr.find(qn("w:pBdr"))
    if borders is not None:
        ppr.remove(borders)


def set_table_borders(tbl: Any, color: str, lined: Iterable[str]) -> None:
    """Thin lines in ``color`` on the ``lined`` edges, none on the others."""
    borders = child(tbl.tblPr, "w:tblBorders")
    borders.clear()
    drawn = set(lined)
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        style = "single" if edge in drawn else "nil"
        borders.append(_border(f"w:{edge}", style, color, 4))


def set_table_geometry(tbl: Any, widths: list[int], indent: int, padding: tuple[int, int]) -> None:
    """Fixed column ``widths``, indent and (vertical, horizontal) cell padding, in twips.

    Word reads the cell widths and LibreOffice the grid columns, so both are set.
    """
    properties = tbl.tblPr
    for tag, value in (("w:tblW", sum(widths)), ("w:tblInd", indent)):
        child(properties, tag).attrib.update(_dxa(value))
    child(properties, "w:tblLayout").set(qn("w:type"), "fixed")
    for column, width in zip(tbl.tblGrid.gridCol_lst, widths, strict=True):
        column.set(qn("w:w"), str(width))
    margins = child(properties, "w:tblCellMar")
    margins.clear()
    vertical, horizontal = padding
    sides = (("top", vertical), ("left", horizontal), ("bottom", vertical), ("right", horizontal))
    for edge, value in sides:
        margins.append(new_element(f"w:{edge}", _dxa(value)))


def _dxa(twips: int) -> dict[str, str]:
    return {qn("w:w"): str(twips), qn("w:type"): "dxa"}


def compatibility_mode(settings_element: Any) -> int:
    """The Word version whose layout rules the document follows (12 when it does not say)."""
    values = settings_element.xpath(_COMPAT_XPATH)
    return int(values[0]) if values and values[0].isdigit() else 12


def set_compatibility_mode(settings_element: Any, mode: int) -> None:
    """Follow Word ``mode``'s layout rules; 15 keeps Word from opening in Compatibility Mode."""
    for setting in settings_element.xpath(_COMPAT_XPATH + "/.."):
        setting.set(qn("w:val"), str(mode))


def clear_character_spacing(rpr: Any) -> None:
    """Drop letter-spacing and kerning thresholds a template set on a style."""
    for tag in ("w:spacing", "w:kern"):
        found = rpr.find(qn(tag))
        if found is not None:
            rpr.remove(found)


def keep_row_whole(row: Any) -> None:
    """Keep ``row`` on one page: a split row left, say, an empty date cell on the next."""
    child(row.find(qn("w:trPr")), "w:cantSplit")


def table_row(widths: list[int], paragraph_style: str, header_fill: str | None = None) -> Any:
    """An empty row to copy: sized cells holding one paragraph of ``paragraph_style``.

    With ``header_fill`` it is a shaded header row that repeats on every page the table
    spans. Copying one prepared row is far faster than python-docx's cell-by-cell calls.
    """
    row = new_element("w:tr")
    properties = new_element("w:trPr")
    if header_fill is not None:
        properties.append(new_element("w:cantSplit"))
        properties.append(new_element("w:tblHeader"))
    row.append(properties)
    for width in widths:
        cell = new_element("w:tc")
        properties = new_element("w:tcPr")
        properties.append(new_element("w:tcW", _dxa(width)))
        if header_fill is not None:
            fill = header_fill.lstrip("#").upper()
            shading = {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill}
            properties.append(new_element("w:shd", shading))
        paragraph = new_element("w:p")
        set_paragraph_style(paragraph, paragraph_style)
        cell.append(properties)
        cell.append(paragraph)
        row.append(cell)
    return row


def restarted_numbering(document_part: Any, style_element: Any) -> tuple[int, int] | None:
    """A new list instance of the style's numbering that starts again at 1.

    Returns its ``(numId, ilvl)``, or None when the style carries no numbering. Word's list
    styles share one instance, so without this every ordered list would continue the last.
    """
    ppr = style_element.pPr
    num_pr = ppr.numPr if ppr is not None else None
    if num_pr is None or num_pr.numId is None:
        return None
    ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    try:
        numbering = document_part.part_related_by(RT.NUMBERING).element
        abstract_id = numbering.num_having_numId(num_pr.numId.val).abstractNumId.val
    except KeyError:
        return None
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=ilvl).add_startOverride(1)
    return num.numId, ilvl


def set_numbering(paragraph: Paragraph, num_id: int, ilvl: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def add_hyperlink(paragraph: Paragraph, url: str) -> Any:
    """A new, empty external hyperlink to ``url`` at the end of ``paragraph``."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = new_element("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    return link


def add_simple_field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A field (``PAGE``, ``NUMPAGES``) the word processor computes when it lays out pages."""
    field = new_element("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run_element = new_element("w:r")
    text = new_element("w:t")
    text.text = placeholder
    run_element.append(text)
    field.append(run_element)
    paragraph._p.append(field)


def begin_field(paragraph: Paragraph, instruction: str) -> None:
    """Start a complex field (its result follows, up to ``end_field``)."""
    _add_run(paragraph._p, "w:fldChar", fldCharType="begin")
    _add_run(paragraph._p, "w:instrText", f" {instruction} ")
    _add_run(paragraph._p, "w:fldChar", fldCharType="separate")


def end_field(paragraph: Paragraph) -> None:
    _add_run(paragraph._p, "w:fldChar", fldCharType="end")


def describe_table(table: Any, caption: str, description: str) -> None:
    """The table's title and description, which screen readers announce with it."""
    properties = table.tblPr
    if caption:
        child(properties, "w:tblCaption").set(qn("w:val"), clean_text(caption))
    if description:
        child(properties, "w:tblDescription").set(qn("w:val"), clean_text(description))


def add_bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    """A bookmark ``name`` around the whole of ``paragraph``."""
    element = paragraph._p
    start = new_element("w:bookmarkStart", {qn("w:id"): str(number), qn("w:name"): name})
    element.insert(1 if element.pPr is not None else 0, start)
    element.append(new_element("w:bookmarkEnd", {qn("w:id"): str(number)}))


def add_contents_entry(
    paragraph: Paragraph, pieces: Iterable[tuple[str, str | None]], bookmark: str, page: str
) -> None:
    """The text ``pieces``, a tab and the page of ``bookmark``, all one link to the bookmark.

    Each piece names the complex-script font of right-to-left text, or None. The page
    number is a PAGEREF field whose result is ``page``, so it shows before any update.
    """
    link = new_element("w:hyperlink", {qn("w:anchor"): bookmark, qn("w:history"): "1"})
    paragraph._p.append(link)
    for text, font in pieces:
        _add_run(link, "w:t", text)
        if font is not None:
            run = link[-1]
            rpr = new_element("w:rPr")
            run.insert(0, rpr)
            set_right_to_left(rpr, font)
    _add_run(link, "w:tab")
    _add_run(link, "w:fldChar", fldCharType="begin")
    _add_run(link, "w:instrText", f" PAGEREF {bookmark} \\h ")
    _add_run(link, "w:fldChar", fldCharType="separate")
    _add_run(link, "w:t", page)
    _add_run(link, "w:fldChar", fldCharType="end")


def _add_run(parent: Any, tag: str, text: str | None = None, **attributes: str) -> None:
    """A run holding one ``tag`` element with ``text`` and ``w:`` ``attributes``."""
    element = new_element(tag, {qn(f"w:{k}"): v for k, v in attributes.items()})
    if text is not None:
        element.text = text
        if text != text.strip():
            element.set(qn("xml:space"), "preserve")
    run = new_element("w:r")
    run.append(element)
    parent.append(run)


def has_page_field(story: Any) -> bool:
    """True when a header or footer already shows a page number (a PAGE field)."""
    element = story._element
    instructions = element.xpath(".//w:fldSimple/@w:instr | .//w:instrText/text()")
    return any(text.split()[:1] == ["PAGE"] for text in instructions)


def story_is_empty(story: Any) -> bool:
    """True when a header or footer shows nothing: no text, field, picture or table."""
    element = story._element
    if element.xpath(".//w:tbl | .//w:drawing | .//w:pict | .//w:fldSimple | .//w:instrText"):
        return False
    return not any(text for text in element.xpath(".//w:t/text()"))


def drop_relationships(rels: Any, reltypes: Iterable[str]) -> None:
    """Remove relationships (and so their parts) of the given types."""
    unwanted = set(reltypes)
    for r_id in [r_id for r_id, rel in rels.items() if rel.reltype in unwanted]:
        del rels[r_id]


def set_application(package: Any, name: str, version: str, pages: int = 1) -> None:
    """Name the program that wrote the package and its page count in ``docProps/app.xml``
    (python-docx's own says Microsoft Word for Macintosh, one page). AppVersion must read
    ``XX.YYYY``: 0.1.0 is 00.0100."""
    major, minor, patch = ([*(int(n) for n in re.findall(r"\d+", version)), 0, 0, 0])[:3]
    app_version = f"{major % 100:02d}.{(minor % 100) * 100 + patch % 100:04d}"
    blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties"><Application>'
        f"{escape(name)}</Application><Pages>{pages}</Pages>"
        f"<AppVersion>{app_version}</AppVersion></Properties>"
    ).encode()
    for part in package.parts:
        if part.partname == "/docProps/app.xml":
            part._blob = blob


def package_bytes(package: Any, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """The package as a zip archive with fixed timestamps and modes, so equal documents are
    equal bytes; written once, rather than saved by python-docx and then rewritten."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, blob in _members(package):
            entry = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            entry.compress_type = compression
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, blob)
    return out.getvalue()


def _members(package: Any) -> Iterator[tuple[str, bytes]]:
    """The package's files in the order python-docx saves them: content types, the package's
    relationships, then each part followed by its relationships."""
    parts = package.parts
    for part in parts:
        part.before_marshal()
    content_types = _ContentTypesItem.from_parts(parts)  # type: ignore[no-untyped-call]
    yield CONTENT_TYPES_URI.membername, content_types.blob
    yield PACKAGE_URI.rels_uri.membername, package.rels.xml
    for part in parts:
        yield part.partname.membername, part.blob
        if len(part.rels):
            yield part.partname.rels_uri.membername, part.rels.xml
