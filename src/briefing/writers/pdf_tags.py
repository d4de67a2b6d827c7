"""Tagged PDF: the structure tree of a brief, its marked content, and the catalog entries
PDF/UA asks for.

reportlab writes no structure, so the writer keeps it here. Each block of the document
tree gets a structure element (``Node``) when the story is built, and each flowable
carries its element; when a flowable draws, its drawing becomes a marked-content
sequence with the next MCID of the page, listed under its element. Elements join the
tree when their first content is drawn, so the tree is in reading order and the pieces
of a paragraph, list or table split across pages stay under one element. Page furniture
and rules are artifacts. Once reportlab has saved, ``pdf_structure.finish`` writes the
tree into the file. Design notes: docs/accessibility.md.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.textobject import PDFTextObject


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
