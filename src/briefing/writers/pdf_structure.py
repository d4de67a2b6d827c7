"""The structure tree of a laid-out PDF written into the file, with the catalog entries
PDF/UA asks for.

reportlab writes no structure, so once it has saved, ``finish`` reopens its PDF with
pikepdf and adds the tree the ``Tagger`` recorded, the parent tree, page and annotation
keys, MarkInfo, viewer preferences and XMP metadata. Only a written PDF needs this: the
layout that paginates a DOCX does not import it (or pikepdf).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from typing import Any, BinaryIO

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from briefing.document import Meta
from briefing.writers.pdf_tags import MarkedContent, Node, Tagger

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>")


def _letters_for_forms(pdf: Any) -> None:
    """Map each glyph drawn for an Arabic presentation form back to the letters it shows.

    Arabic is shaped by choosing presentation forms (initial lam, lam-alef…), so the
    fonts' ToUnicode maps said those compatibility characters: search, copy and screen
    readers got U+FEDF where the writer typed U+0644. Rewritten to the letters, the text
    extracts as typed; like any PDF, right-to-left lines are drawn in visual order and
    readers put them back in logical order.
    """
    seen: set[tuple[int, int]] = set()
    for font in _fonts(pdf):
        cmap = font.get("/ToUnicode")
        if cmap is None or cmap.objgen in seen:
            continue
        seen.add(cmap.objgen)
        data = cmap.read_bytes()
        rewritten = letters_in_cmap(data)
        if rewritten != data:
            cmap.write(rewritten)


def letters_in_cmap(cmap: bytes) -> bytes:
    """A ToUnicode CMap's ``bfchar`` entries with presentation forms as letters."""
    return _BFCHAR.sub(_base_letters, cmap)


def _fonts(pdf: Any) -> Iterator[Any]:
    """Every font of the pages and of the forms they draw."""
    for page in pdf.pages:
        yield from _resource_fonts(page.obj.get("/Resources"))


def _resource_fonts(resources: Any) -> Iterator[Any]:
    if resources is None:
        return
    fonts = resources.get("/Font")
    if fonts is not None:
        yield from fonts.values()
    forms = resources.get("/XObject")
    for form in forms.values() if forms is not None else []:
        if form.get("/Subtype") == Name.Form:
            yield from _resource_fonts(form.get("/Resources"))


def _base_letters(match: re.Match[bytes]) -> bytes:
    code = match.group(2).decode()
    if len(code) % 4:  # not UTF-16 (reportlab writes a code point beyond it bare)
        return match.group(0)
    shown = bytes.fromhex(code).decode("utf-16-be", errors="replace")
    if not any("\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff" for c in shown):
        return match.group(0)
    # A ligature's letters in the order it is drawn, right to left, as every right-to-left
    # glyph of the line is: readers turn the whole line round, lam-alef included.
    letters = unicodedata.normalize("NFKC", shown)[::-1]
    hexed = letters.encode("utf-16-be").hex().upper().encode()
    return b"<" + match.group(1) + b"> <" + hexed + b">"


def finish(data: bytes, tagger: Tagger, meta: Meta, stream: BinaryIO) -> None:
    """Write ``data`` (reportlab's PDF) to ``stream`` with its structure tree and the
    entries a tagged, PDF/UA-1 document carries."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = [page.obj for page in pdf.pages]
        parent_tree = _ParentTree(len(pages))
        root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        document = _element(pdf, tagger.root, root, pages, parent_tree)
        root.K = Array([document])
        for index, page in enumerate(pages):
            page.StructParents = index
            page.Tabs = Name.S
            parent_tree.pages[index] = [
                parent_tree.elements[id(node)] for node in tagger.page_contents.get(index + 1, [])
            ]
        root.ParentTree = pdf.make_indirect(Dictionary(Nums=parent_tree.numbers()))
        root.ParentTreeNextKey = parent_tree.next_key
        catalog = pdf.Root
        catalog.StructTreeRoot = root
        catalog.MarkInfo = Dictionary(Marked=True)
        catalog.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        catalog.Lang = String(meta.language or "en")
        if "/Outlines" in catalog:
            catalog.PageMode = Name.UseOutlines
        _letters_for_forms(pdf)
        _metadata(pdf, meta)
        pdf.save(stream, deterministic_id=True)


class _ParentTree:
    """MCIDs of each page and each annotation's element, by key: pages first."""

    def __init__(self, page_count: int) -> None:
        self.pages: dict[int, list[Any]] = {}
        self.annotations: dict[int, Any] = {}
        self.elements: dict[int, Any] = {}
        self.next_key = page_count

    def annotation(self, element: Any) -> int:
        key = self.next_key
        self.annotations[key] = element
        self.next_key += 1
        return key

    def numbers(self) -> Array:
        """The number tree's ``/Nums``, built as one list: extending a pikepdf array
        copies it, which made a 600-page brief spend seconds here."""
        numbers: list[Any] = []
        for key in sorted(self.pages):
            numbers += [key, Array(self.pages[key])]
        for key in sorted(self.annotations):
            numbers += [key, self.annotations[key]]
        return Array(numbers)


def _element(pdf: Any, node: Node, parent: Any, pages: list[Any], tree: _ParentTree) -> Any:
    element = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + node.role), P=parent))
    tree.elements[id(node)] = element
    kids = Array()
    for kid in node.kids:
        if isinstance(kid, Node):
            kids.append(_element(pdf, kid, element, pages, tree))
        elif isinstance(kid, MarkedContent):
            page = pages[kid.page - 1]
            if "/Pg" not in element:
                element.Pg = page
            kids.append(Dictionary(Type=Name.MCR, Pg=page, MCID=kid.mcid))
        else:
            page = pages[kid.page - 1]
            annotation = page.Annots[kid.index]
            annotation.StructParent = tree.annotation(element)
            annotation.Contents = String(kid.contents)
            kids.append(Dictionary(Type=Name.OBJR, Pg=page, Obj=annotation))
    element.K = kids
    if node.alt:
        element.Alt = String(node.alt)
    if node.scope:
        element.A = Dictionary(O=Name.Table, Scope=Name("/" + node.scope))
    if node.lang:
        element.Lang = String(node.lang)
    return element


def _metadata(pdf: Any, meta: Meta) -> None:
    """XMP with the title, language, author and the PDF/UA-1 claim."""
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["dc:title"] = meta.title
        xmp["dc:language"] = [meta.language or "en"]
        if meta.author:
            xmp["dc:creator"] = [meta.author]
        if meta.subject:
            xmp["dc:description"] = meta.subject
        info = pdf.docinfo
        for key, name in (("/Producer", "pdf:Producer"), ("/Creator", "xmp:CreatorTool")):
            if key in info:
                xmp[name] = str(info[key])
        if meta.date:
            xmp["xmp:CreateDate"] = meta.date
            xmp["xmp:ModifyDate"] = meta.date
        xmp["pdfuaid:part"] = "1"
