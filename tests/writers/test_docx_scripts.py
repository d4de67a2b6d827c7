"""Arabic and Hebrew in the DOCX: direction and complex-script fonts in the XML, which
Word and LibreOffice need to shape and order the text themselves."""

from __future__ import annotations

import io
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from briefing.document import (
    Block,
    Cell,
    Contents,
    Document,
    Heading,
    Image,
    Layout,
    ListBlock,
    ListItem,
    Meta,
    Paragraph,
    Run,
    Table,
)
from briefing.writers.docx import DocxWriter
from briefing.writers.docx_xml import _ORDER, isolates_as_marks

pytestmark = pytest.mark.core

ARABIC = "التقى نائب وزير الخارجية Yalchin Rafiyev وزيرة الاتصالات هيام الياسري في بغداد."
ENGLISH = "Rafiyev met Hiyam Al-Yasiri (هيام الياسري) in Baghdad."


def write(blocks: list[Block], language: str = "en", layout: Layout | None = None) -> Any:
    stream = io.BytesIO()
    meta = Meta(title="t", language=language, marking="OFFICIAL", footer="BRF-2025-014")
    DocxWriter().write(Document(meta, blocks), layout or Layout(), stream)
    return docx.Document(io.BytesIO(stream.getvalue()))


def para(text: str, **options: Any) -> Paragraph:
    return Paragraph([Run(text)], **options)


def body_paragraphs(document: Any) -> list[Any]:
    return [p for p in document.element.body.iter(qn("w:p")) if p.xpath("string(.)")]


def runs(paragraph: Any) -> list[tuple[str, bool, str | None]]:
    """Each run's text, whether it is marked right to left, and its complex-script font."""
    found = []
    for run in paragraph.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if not text:
            continue
        rpr = run.find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        rtl = rpr is not None and rpr.find(qn("w:rtl")) is not None
        found.append((text, rtl, fonts.get(qn("w:cs")) if fonts is not None else None))
    return found


def is_bidi(paragraph: Any) -> bool:
    ppr = paragraph.find(qn("w:pPr"))
    return ppr is not None and ppr.find(qn("w:bidi")) is not None


def in_schema_order(properties: Any) -> bool:
    order = _ORDER[properties.tag]
    positions = [order.index(f"w:{child.tag.split('}')[1]}") for child in properties]
    return positions == sorted(positions)


def test_a_right_to_left_paragraph_carries_bidi_in_schema_order() -> None:
    document = write([para(ARABIC, style="lead", keep_with_next=True), para(ENGLISH)])
    arabic, english = body_paragraphs(document)
    assert is_bidi(arabic) and not is_bidi(english)
    ppr = arabic.find(qn("w:pPr"))
    assert [child.tag.split("}")[1] for child in ppr] == ["pStyle", "keepNext", "bidi"]
    assert in_schema_order(ppr)
    assert ppr.find(qn("w:jc")) is None, "aligned to its start, the right, by default"


def test_runs_of_right_to_left_script_are_marked_with_their_font() -> None:
    document = write([para(ENGLISH), para("Hebrew שלום עולם here")])
    english, hebrew = body_paragraphs(document)
    assert runs(english) == [
        ("Rafiyev met Hiyam Al-Yasiri (", False, None),
        ("هيام الياسري", True, "Noto Sans Arabic"),
        (") in Baghdad.", False, None),
    ]
    assert ("שלום עולם", True, "Noto Sans Hebrew") in runs(hebrew)
    for run in english.iter(qn("w:r")):
        rpr = run.find(qn("w:rPr"))
        if rpr is not None:
            assert in_schema_order(rpr)


def test_bold_arabic_sets_complex_script_bold() -> None:
    document = write([Paragraph([Run("هيام الياسري", bold=True, italic=True)])])
    (paragraph,) = body_paragraphs(document)
    rpr = next(paragraph.iter(qn("w:rPr")))
    tags = [child.tag.split("}")[1] for child in rpr]
    assert tags == ["rFonts", "b", "bCs", "i", "iCs", "rtl"]


def test_an_english_name_in_arabic_stays_a_left_to_right_run() -> None:
    (paragraph,) = body_paragraphs(write([para(ARABIC)]))
    assert is_bidi(paragraph)
    assert (" Yalchin Rafiyev ", False, None) in runs(paragraph)


def test_explicit_alignment_means_the_side_of_the_page() -> None:
    """Word reads left and right in a bidi paragraph as start and end."""
    document = write([para(ARABIC, align="left"), para(ARABIC, align="center")])
    left, centre = body_paragraphs(document)
    assert left.find(qn("w:pPr")).find(qn("w:jc")).get(qn("w:val")) == "right"
    assert centre.find(qn("w:pPr")).find(qn("w:jc")).get(qn("w:val")) == "center"


def test_styles_name_a_complex_script_font_beside_the_template_font() -> None:
    sans = write([para("x")])
    assert sans.styles["Normal"].element.rPr.rFonts.get(qn("w:cs")) == "Noto Sans Arabic"
    serif = write([para("x")], layout=Layout(font="NotoSerif", font_name="Noto Serif"))
    assert serif.styles["Normal"].element.rPr.rFonts.get(qn("w:cs")) == "Noto Naskh Arabic"
    (paragraph,) = body_paragraphs(write([para(ENGLISH)], layout=Layout(font="NotoSerif")))
    assert ("هيام الياسري", True, "Noto Naskh Arabic") in runs(paragraph)


def test_a_right_to_left_document_mirrors_section_tables_and_every_paragraph() -> None:
    table = Table([[Cell([para("Name")]), Cell([para("Position")])]], [])
    bullets = ListBlock(False, [ListItem([para("البند الأول")])])
    document = write(
        [Contents(title="Contents"), Heading(1, [Run("Summary")]), table, bullets, para("x")],
        "ar",
    )
    body = document.element.body
    section = body.find(qn("w:sectPr"))
    assert section.find(qn("w:bidi")) is not None and in_schema_order(section)
    tblpr = body.find(qn("w:tbl")).find(qn("w:tblPr"))
    assert tblpr.find(qn("w:bidiVisual")) is not None and in_schema_order(tblpr)
    assert all(is_bidi(p) for p in body_paragraphs(document))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = next(defaults.iter(qn("w:lang")))
    assert (lang.get(qn("w:val")), lang.get(qn("w:bidi"))) == ("ar", "ar")


def test_a_right_to_left_footer_keeps_its_page_label_readable() -> None:
    footer = write([para("x")], "ar").sections[0].footer
    (line,) = [p for p in footer._element.iter(qn("w:p")) if "Page" in p.xpath("string(.)")]
    assert is_bidi(line)
    assert line.xpath("string(.)").endswith("\u200e"), "the last number stays in the label"
    left_to_right = write([para("x")]).sections[0].footer
    (line,) = [p for p in left_to_right._element.iter(qn("w:p")) if "Page" in p.xpath("string(.)")]
    assert not is_bidi(line)


def test_contents_entries_mark_right_to_left_headings() -> None:
    document = write([Contents(title="Contents"), Heading(1, [Run("الملخص")])])
    entry = next(
        p for p in document.element.body.iter(qn("w:p")) if p.find(qn("w:hyperlink")) is not None
    )
    assert is_bidi(entry)
    assert runs(entry)[0] == ("الملخص", True, "Noto Sans Arabic")


def test_a_picture_paragraph_gets_no_direction(tmp_path: Any) -> None:
    from PIL import Image as PILImage

    path = tmp_path / "a.png"
    PILImage.new("RGB", (40, 20), "steelblue").save(path)
    document = write([Image(path, caption=[Run("صورة")])], "ar")
    picture, caption = list(document.element.body.iter(qn("w:p")))[:2]
    assert not is_bidi(picture) and is_bidi(caption)


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("a \u206820 April\u2069 b", "a \u200e20 April\u200e b"),
        ("\u206820 أبريل\u2069", "\u200f20 أبريل\u200f"),
        ("\u2066ب\u2069 \u2067x\u2069", "\u200eب\u200e \u200fx\u200f"),
        ("\u2068x \u2068ب\u2069 y\u2069", "\u200ex \u200fب\u200f y\u200e"),
        ("\u2068open", "\u200eopen\u200e"),
        ("stray\u2069", "stray"),
        ("no isolate", "no isolate"),
    ],
)
def test_isolates_become_marks_of_their_direction(text: str, marked: str) -> None:
    assert isolates_as_marks(text) == marked
