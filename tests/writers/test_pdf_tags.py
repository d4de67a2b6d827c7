"""Tagged PDF: every template's brief of a sample with a photo, read as an accessibility
checker and a screen reader would — the structure tree, its marked content, artifacts,
links, figures, tables, headings, language and metadata."""

from __future__ import annotations

import io
import itertools
import json
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from pdfua import validate
from PIL import Image as PILImage

from briefing.cli import main
from briefing.document import Cell, Document, Image, Layout, Meta, Paragraph, Run, Table
from briefing.resources import data_dir
from briefing.writers.pdf import PdfWriter
from briefing.writers.pdf_structure import letters_in_cmap

pytestmark = pytest.mark.core

SAMPLES = data_dir("assets") / "sample"
TEMPLATES = ("briefing-book", "memcon", "one-pager", "readout")
_TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}


def _with_photo(source: Path, folder: Path) -> Path:
    """The sample with a photograph (and its alt text) and a source that links out."""
    data = json.loads(source.read_text(encoding="utf-8"))
    PILImage.new("RGB", (120, 80), (40, 90, 140)).save(folder / "talks.png")
    data["photos"] = [
        {
            "path": "talks.png",
            "caption": "Political consultations in Baghdad",
            "credit": "MFA",
            "alt": "Two delegations seated across a table with flags",
        }
    ]
    data["sources"][0]["url"] = "https://example.org/consultations"
    record = folder / source.name
    record.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return record


@pytest.fixture(scope="module")
def briefs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    found = {}
    for sample in ("rafiyev", "arabic-rafiyev"):
        folder = tmp_path_factory.mktemp(sample)
        record = _with_photo(SAMPLES / f"{sample}-baghdad-2025.visit.json", folder)
        for template in TEMPLATES:
            assert (
                main(["export", str(record), "-t", template, "-f", "pdf", "-o", str(folder)]) == 0
            )
            suffix = "" if template == "briefing-book" else f"-{template}"
            found[sample, template] = folder / f"{sample}-baghdad-2025{suffix}.pdf"
    return found


BRIEFS = [(s, t) for s in ("rafiyev", "arabic-rafiyev") for t in TEMPLATES]


def _elements(element: Any) -> Iterator[Any]:
    """The structure elements under ``element``, depth first, in document order."""
    for kid in _kids(element):
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
            yield kid
            yield from _elements(kid)


def _kids(element: Any) -> list[Any]:
    kids = element.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _marked(element: Any) -> list[tuple[int, int]]:
    """(page index, MCID) of each marked-content reference of the element itself."""
    refs = []
    for kid in _kids(element):
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
            refs.append((kid.Pg.objgen, int(kid.MCID)))
    return refs


def _tree(pdf: pikepdf.Pdf) -> list[Any]:
    return list(_elements(pdf.Root.StructTreeRoot))


def _page_mcids(page: Any) -> tuple[list[int], int]:
    """The MCIDs in a page's content in order, and its text operators outside any marked
    content (neither tagged nor an artifact)."""
    depth, mcids, unmarked = 0, [], 0
    for operands, operator in pikepdf.parse_content_stream(page):
        name = str(operator)
        if name in ("BDC", "BMC"):
            depth += 1
            properties = operands[1] if name == "BDC" else None
            if isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties:
                mcids.append(int(properties.MCID))
        elif name == "EMC":
            depth -= 1
        elif name in _TEXT_OPERATORS and depth == 0:
            unmarked += 1
    return mcids, unmarked


@pytest.mark.parametrize(("sample", "template"), BRIEFS)
def test_pdfua_checker_finds_nothing(
    briefs: dict[tuple[str, str], Path], sample: str, template: str
) -> None:
    report = validate(str(briefs[sample, template]))
    assert [(f.rule_id, f.message) for f in report.findings] == []


@pytest.mark.parametrize(("sample", "template"), BRIEFS)
def test_every_piece_of_text_is_tagged_once_or_an_artifact_in_reading_order(
    briefs: dict[tuple[str, str], Path], sample: str, template: str
) -> None:
    with pikepdf.open(briefs[sample, template]) as pdf:
        pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
        drawn = []
        for index, page in enumerate(pdf.pages):
            mcids, unmarked = _page_mcids(page)
            assert unmarked == 0, f"page {index + 1}: text outside marked content"
            assert mcids == list(range(len(mcids))), "MCIDs count up on each page"
            drawn += [(index, mcid) for mcid in mcids]
            assert int(page.StructParents) == index and page.Tabs == "/S"
        in_tree = [(pages[pg], mcid) for element in _tree(pdf) for pg, mcid in _marked(element)]
        assert in_tree == drawn, "the tree holds every MCID once, in the order it is read"
        numbers = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
        parent_tree = dict(zip(numbers[::2], numbers[1::2], strict=True))
        for element in _tree(pdf):
            for pg, mcid in _marked(element):
                assert parent_tree[pages[pg]][mcid].objgen == element.objgen


@pytest.mark.parametrize(("sample", "template"), BRIEFS)
def test_headings_start_at_h1_and_never_skip_a_level(
    briefs: dict[tuple[str, str], Path], sample: str, template: str
) -> None:
    with pikepdf.open(briefs[sample, template]) as pdf:
        levels = [int(str(e.S)[2:]) for e in _tree(pdf) if str(e.S) in ("/H1", "/H2", "/H3")]
    assert levels and levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))


@pytest.mark.parametrize(("sample", "template"), BRIEFS)
def test_tables_lists_figures_and_links_have_their_parts(
    briefs: dict[tuple[str, str], Path], sample: str, template: str
) -> None:
    with pikepdf.open(briefs[sample, template]) as pdf:
        elements = _tree(pdf)
        roles = [str(e.S) for e in elements]
        for table in (e for e in elements if e.S == "/Table"):
            rows = [r for part in _kids(table) for r in _kids(part) if r.S == "/TR"]
            assert rows and all(str(p.S) in ("/THead", "/TBody") for p in _kids(table))
            cells = [[str(c.S) for c in _kids(row)] for row in rows]
            assert len({len(row) for row in cells}) == 1, "every row has every cell"
            headers = [c for row in rows for c in _kids(row) if c.S == "/TH"]
            assert headers and all(c.A.Scope in ("/Column", "/Row") for c in headers)
        for item in (e for e in elements if e.S == "/LI"):
            assert [str(k.S) for k in _kids(item)] == ["/Lbl", "/LBody"]
        figures = [str(f.Alt) for f in elements if f.S == "/Figure"]
        if template == "one-pager":  # it counts the photographs, pointing to the full brief
            assert figures == []
        else:
            assert figures == ["Two delegations seated across a table with flags"]
            assert "/Caption" in roles
        links = [e for e in elements if e.S == "/Link"]
        assert bool(links) == (template in ("briefing-book", "readout"))  # contents, sources
        for link in links:
            objects = [k for k in _kids(link) if k.get("/Type") == "/OBJR"]
            assert objects
            for ref in objects:
                assert str(ref.Obj.Contents) and int(ref.Obj.StructParent) >= len(pdf.pages)
        if template == "briefing-book":
            assert "/TOC" in roles and "/TOCI" in roles
            assert any(
                str(link.Obj.Contents) == "https://example.org/consultations"
                for link in (k for e in links for k in _kids(e) if k.get("/Obj"))
            )


@pytest.mark.parametrize("sample", ["rafiyev", "arabic-rafiyev"])
def test_catalog_metadata_and_language(briefs: dict[tuple[str, str], Path], sample: str) -> None:
    language = "ar" if sample.startswith("arabic") else "en"
    with pikepdf.open(briefs[sample, "briefing-book"]) as pdf:
        root = pdf.Root
        assert root.MarkInfo.Marked is True
        assert root.ViewerPreferences.DisplayDocTitle is True
        assert root.PageMode == "/UseOutlines"
        assert str(root.Lang) == language
        assert root.StructTreeRoot.K[0].S == "/Document"
        meta = pdf.open_metadata()
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == str(pdf.docinfo.Title)
        assert set(meta["dc:language"]) == {language}


def test_furniture_and_rules_are_artifacts(briefs: dict[tuple[str, str], Path]) -> None:
    with pikepdf.open(briefs["rafiyev", "briefing-book"]) as pdf:
        kinds = []
        for operands, operator in pikepdf.parse_content_stream(pdf.pages[1]):
            if str(operator) == "BDC" and operands[0] == "/Artifact":
                kinds.append(str(operands[1].Type))
    assert kinds[0] == "/Pagination" and "/Layout" in kinds


def test_arabic_extracts_as_the_letters_typed(briefs: dict[tuple[str, str], Path]) -> None:
    """No presentation forms reach a reader: pdftotext (poppler, which reorders
    right-to-left lines as viewers do) gives the words as typed, lam-alef included."""
    path = briefs["arabic-rafiyev", "briefing-book"]
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    forms = [
        c for c in text if "ARABIC" in unicodedata.name(c, "") and "FORM" in unicodedata.name(c, "")
    ]
    assert forms == []
    assert "زيارة نائب وزير الخارجية الأذربيجاني إلى العراق" in text
    assert "المحتويات" in text


def _long_table_document() -> Document:
    rows = [[Cell([Paragraph([Run(f"Row {n}")])]), Cell([])] for n in range(90)]
    header = [[Cell([Paragraph([Run("Name")])]), Cell([Paragraph([Run("Note")])])]]
    long = Paragraph([Run("Words that go on. " * 400)])
    return Document(Meta(title="t"), [Table(header=header, rows=rows), long])


def test_split_tables_and_paragraphs_stay_one_element_and_repeated_headers_are_artifacts() -> None:
    stream = io.BytesIO()
    PdfWriter().write(_long_table_document(), Layout(), stream)
    with pikepdf.open(io.BytesIO(stream.getvalue())) as pdf:
        assert len(pdf.pages) >= 3
        elements = _tree(pdf)
        [table] = [e for e in elements if e.S == "/Table"]
        headers = [c for c in _elements(table) if c.S == "/TH"]
        header_pages = {pg for h in headers for p in _kids(h) for pg, _ in _marked(p)}
        assert len(header_pages) == 1, "the header row repeated on later pages is an artifact"
        rows = [r for part in _kids(table) for r in _kids(part)]
        assert len(rows) == 91 and all(len(_kids(r)) == 2 for r in rows), "empty cells too"
        paragraph = [e for e in elements if e.S == "/P"][-1]
        assert len({pg for pg, _ in _marked(paragraph)}) >= 2, "one P over its pages"


def test_a_picture_nothing_describes_is_an_artifact(tmp_path: Path) -> None:
    picture = tmp_path / "logo.png"
    PILImage.new("RGB", (20, 20)).save(picture)
    stream = io.BytesIO()
    document = Document(Meta(title="t"), [Image(picture), Paragraph([Run("Text")])])
    PdfWriter().write(document, Layout(), stream)
    with pikepdf.open(io.BytesIO(stream.getvalue())) as pdf:
        assert "/Figure" not in [str(e.S) for e in _tree(pdf)]
        assert validate_bytes(stream.getvalue(), tmp_path) == []


def validate_bytes(data: bytes, folder: Path) -> list[str]:
    path = folder / "checked.pdf"
    path.write_bytes(data)
    return [f.rule_id for f in validate(str(path)).findings]


def _passage_languages(path: Path) -> list[str]:
    with pikepdf.open(path) as pdf:
        return [
            str(operands[1].Lang)
            for page in pdf.pages
            for operands, operator in pikepdf.parse_content_stream(page)
            if str(operator) == "BDC" and operands[0] == "/Span" and "/Lang" in operands[1]
        ]


def test_passages_in_another_script_carry_their_language(
    tmp_path: Path, briefs: dict[tuple[str, str], Path]
) -> None:
    """The bilingual sample's Arabic names are spoken as Arabic inside an English brief;
    an Arabic brief marks none of its own text as a passage."""
    record = SAMPLES / "bilingual-rafiyev-baghdad-2025.visit.json"
    assert main(["export", str(record), "-f", "pdf", "-o", str(tmp_path)]) == 0
    languages = _passage_languages(tmp_path / "bilingual-rafiyev-baghdad-2025.pdf")
    assert languages and set(languages) == {"ar"}
    assert _passage_languages(briefs["arabic-rafiyev", "briefing-book"]) == []


def test_presentation_forms_map_to_letters_and_other_entries_stay() -> None:
    cmap = b"<01> <FEDF>\n<02> <FEF7>\n<03> <0041>\n<04> <1F600>\n<05> <D83DDE00>\n"
    assert letters_in_cmap(cmap) == (
        b"<01> <0644>\n<02> <06230644>\n<03> <0041>\n<04> <1F600>\n<05> <D83DDE00>\n"
    )
