"""Tagged PDF: the structure tree of a brief, its marked content, and the catalog entries
PDF/UA asks for.

reportlab writes no structure, so the writer keeps it here. Each block of the document
tree gets a structure element (``Node``) when the story is built, and each flowable
carries its element; when a flowable draws, its drawing becomes a marked-content
sequence with the next MCID of the page, listed under its element. Elements join the
tree when their first content is drawn, so the tree is in reading order and the pieces
of a paragraph, list or table split across pages stay under one element. Page furniture
and rules are artifacts. Once reportlab has saved, ``finish`` writes the tree, the
parent tree, page and annotation keys, MarkInfo, viewer preferences and XMP metadata
with pikepdf. Design notes: docs/accessibility.md.
"""

from __future__ import annotations

import contextlib
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from reportlab.pdfgen.textobject import PDFTextObject

from briefing.document import Meta


@dataclass(frozen=True)
class MarkedContent:
    page: int
    mcid: int


@dataclass(frozen=True)
class AnnotationRef:
    """The ``index``-th annotation of a page, with the description it is given."""

    page: int
    index: int
    contents: str


@dataclass(eq=False)
class Node:
    """A structure element: its standard type, what assistive technology reads in place
    of it (``alt``), a header cell's ``scope``, a passage's language, and its kids."""

    role: str
    parent: Node | None = None
    alt: str = ""
    scope: str = ""
    lang: str = ""
    kids: list[Node | MarkedContent | AnnotationRef] = field(default_factory=list)
    placed: bool = False
    label: Node | None = None
    """A list item's label (its bullet or number), tagged when the item draws."""

    def child(self, role: str, *, alt: str = "", scope: str = "") -> Node:
        return Node(role, self, alt=alt, scope=scope)

    def ancestor(self, role: str) -> Node | None:
        node: Node | None = self
        while node is not None and node.role != role:
            node = node.parent
        return node


class Tagger:
    """Hands out MCIDs while the canvas draws and records where every element's content
    and every link annotation went."""

    def __init__(self) -> None:
        self.root = Node("Document", placed=True)
        self.page_contents: dict[int, list[Node]] = {}
        """For each page, the element of each MCID, in MCID order (the parent tree)."""
        self.annotations: dict[int, int] = {}
        self.titles: dict[str, str] = {}
        """The text of each heading bookmark, which describes a link to it."""
        self.open: Node | None = None
        self._depth = 0

    def place(self, node: Node) -> None:
        """Put ``node`` and its ancestors in the tree, after what is there already."""
        if node.placed or node.parent is None:
            return
        self.place(node.parent)
        node.parent.kids.append(node)
        node.placed = True

    @contextlib.contextmanager
    def content(self, canvas: Any, node: Node | None, owner: object = None) -> Iterator[None]:
        """What ``owner`` draws in the block, as content of ``node``; as an artifact when
        there is no node or ``owner`` was drawn before (a table's repeated header row)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        repeated = getattr(owner, "briefing_drawn", False)
        if owner is not None:
            owner.briefing_drawn = True  # type: ignore[attr-defined]
        if node is None or repeated:
            with self.artifact(canvas):
                yield
            return
        self.place(node)
        page = canvas.getPageNumber()
        contents = self.page_contents.setdefault(page, [])
        node.kids.append(MarkedContent(page, len(contents)))
        canvas.addLiteral(f"/{node.role} <</MCID {len(contents)}>> BDC")
        contents.append(node)
        self.open, self._depth = node, 1
        try:
            yield
        finally:
            canvas.addLiteral("EMC")
            self.open, self._depth = None, 0

    @contextlib.contextmanager
    def artifact(self, canvas: Any, kind: str = "Layout") -> Iterator[None]:
        """Drawing that is not content: rules, cell shading, banners, page numbers."""
        if self._depth:
            yield
            return
        canvas.addLiteral(f"/Artifact <</Type /{kind}>> BDC")
        self._depth = 1
        try:
            yield
        finally:
            canvas.addLiteral("EMC")
            self._depth = 0

    def annotation(self, canvas: Any, contents: str) -> None:
        """A link annotation just added to the page: it belongs to the open element (a
        link of its own inside a paragraph, or the link a contents entry is)."""
        page = canvas.getPageNumber()
        index = self.annotations.get(page, 0)
        self.annotations[page] = index + 1
        owner = self.open or self.root
        link = owner if owner.role == "Link" else owner.child("Link")
        self.place(link)
        link.kids.append(AnnotationRef(page, index, contents))


class PassageTextObject(PDFTextObject):  # type: ignore[misc]
    """A text object that marks passages in another script with their language.

    A screen reader reads a whole paragraph in the document's language unless told
    otherwise; an Arabic name inside an English brief (the bilingual sample's counterparts)
    is drawn inside a span with ``/Lang (ar)``, so it is spoken as Arabic.
    """

    def _formatText(self, text: str) -> str:
        operators: str = super()._formatText(text)
        language = passage_language(text, getattr(self._canvas, "document_language", ""))
        if not language:
            return operators
        return f"/Span <</Lang ({language})>> BDC {operators} EMC "


_SCRIPT_LANGUAGES = (
    (
        "ar",
        re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
        {"ar", "fa", "ur", "ps", "ckb", "sd", "ug"},
    ),
    ("he", re.compile("[\u0590-\u05ff]"), {"he", "yi"}),
)
_OTHER_SCRIPT = re.compile("|".join(letters.pattern for _, letters, _ in _SCRIPT_LANGUAGES))


def passage_language(text: str, document_language: str) -> str | None:
    """The language of a piece of text in a script the document's language is not
    written in (Arabic or Hebrew letters), taken as that script's main language; None
    for text the document's language covers."""
    for found in _OTHER_SCRIPT.finditer(text):  # most text has none: one scan in C
        char = found.group()
        if char.isalpha():
            language, _, speakers = next(e for e in _SCRIPT_LANGUAGES if e[1].match(char))
            own = document_language.replace("_", "-").split("-")[0].lower()
            return None if own in speakers else language
    return None


@contextlib.contextmanager
def tagged(canvas: Any, node: Node | None, owner: object = None) -> Iterator[None]:
    """``Tagger.content`` on a canvas that tags; nothing on any other."""
    tagger: Tagger | None = getattr(canvas, "tagger", None)
    if tagger is None:
        yield
        return
    with tagger.content(canvas, node, owner):
        yield


@contextlib.contextmanager
def as_artifact(canvas: Any, kind: str = "Layout") -> Iterator[None]:
    tagger: Tagger | None = getattr(canvas, "tagger", None)
    if tagger is None:
        yield
        return
    with tagger.artifact(canvas, kind):
        yield


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
