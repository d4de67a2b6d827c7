"""The DOCX writer, checked by reading its output back with python-docx and as raw XML."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from PIL import Image as PILImage

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
    ListItem,
    Meta,
    PageBreak,
    Paragraph,
    Rule,
    Run,
    Spacer,
    Table,
)
from briefing.errors import ExportError, TemplateError
from briefing.writers.docx import DocxWriter
from briefing.writers.pdf import PdfWriter

pytestmark = pytest.mark.core

META = Meta(
    title="Visit of the Foreign Minister",
    author="Europe Directorate",
    subject="Visit brief",
    keywords=["Azerbaijan", "visit"],
    language="en-GB",
    date="2025-03-03",
    marking="OFFICIAL-SENSITIVE",
    caveat="UK EYES ONLY",
    footer="REF/2025/017",
)


def write(blocks: list[Block], meta: Meta = META, layout: Layout | None = None) -> bytes:
    stream = io.BytesIO()
    DocxWriter().write(Document(meta, blocks), layout or Layout(), stream)
    return stream.getvalue()


def read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def para(text: str, style: str = "body") -> Paragraph:
    return Paragraph([Run(text)], style=style)  # type: ignore[arg-type]


def cell(text: str) -> Cell:
    return Cell([para(text)])


def items(*texts: str) -> list[ListItem]:
    return [ListItem([para(text)]) for text in texts]


def text_frame(document: docx.document.Document) -> tuple[int, int]:
    """Width and height of the text area in EMU, from the section as stored."""
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    return width, section.page_height - section.top_margin - section.bottom_margin


def styled(document: docx.document.Document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs]


def test_headings_and_title_use_word_styles() -> None:
    data = write(
        [
            para("Visit brief", "title"),
            para("Baku, March 2025", "subtitle"),
            Heading(1, [Run("Purpose")]),
            Heading(2, [Run("Key messages")]),
            Heading(3, [Run("Detail")]),
            para("Body text"),
        ]
    )
    assert styled(read(data)) == [
        ("Title", "Visit brief"),
        ("Subtitle", "Baku, March 2025"),
        ("Heading 1", "Purpose"),
        ("Heading 2", "Key messages"),
        ("Heading 3", "Detail"),
        ("Normal", "Body text"),
    ]


def test_named_paragraph_styles_are_custom_styles_based_on_normal() -> None:
    names = ["lead", "cover", "small", "note", "marking"]
    document = read(write([para(name, name) for name in names]))
    expected = ["Briefing Lead", "Briefing Cover", "Briefing Small", "Briefing Note"]
    assert [p.style.name for p in document.paragraphs] == [*expected, "Briefing Marking"]
    marking = document.styles["Briefing Marking"]
    assert marking.base_style.name == "Normal"
    assert marking.font.bold is True
    assert marking.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_alignment_and_keep_with_next_are_honoured() -> None:
    block = Paragraph([Run("Centred")], align="center", keep_with_next=True)
    paragraph = read(write([block])).paragraphs[0]
    assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert paragraph.paragraph_format.keep_with_next is True


def test_default_template_styles_carry_the_layout() -> None:
    layout = Layout(
        font="NotoSerif", font_name="Noto Serif", base_size=12.0, heading_color="#112233"
    )
    document = read(write([para("x")], layout=layout))
    normal = document.styles["Normal"]
    assert normal.font.name == "Noto Serif"
    assert normal.font.size == Pt(12)
    fonts = normal.element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == "Noto Serif"
    assert fonts.get(qn("w:cs")) == "Noto Naskh Arabic"
    heading = document.styles["Heading 1"]
    assert str(heading.font.color.rgb) == "112233"
    assert heading.paragraph_format.keep_with_next is True
    assert heading.element.rPr.rFonts.get(qn("w:asciiTheme")) is None


def test_bullets_use_list_bullet_styles_by_depth() -> None:
    nested = ListBlock(False, items("inner one", "inner two"))
    outer = ListBlock(
        False,
        [
            ListItem([para("outer one"), nested]),
            ListItem([para("outer two"), para("more about two")]),
        ],
    )
    assert styled(read(write([outer]))) == [
        ("List Bullet", "outer one"),
        ("List Bullet 2", "inner one"),
        ("List Bullet 2", "inner two"),
        ("List Bullet", "outer two"),
        ("List Continue", "more about two"),
    ]


def test_each_ordered_list_restarts_at_one() -> None:
    data = write(
        [
            ListBlock(True, items("a", "b")),
            para("between"),
            ListBlock(True, items("c", "d")),
        ]
    )
    document = read(data)
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert num_ids[0] == num_ids[1]
    assert num_ids[2] == num_ids[3]
    assert num_ids[0] != num_ids[2]
    numbering = document.part.numbering_part.element
    style_num = document.styles["List Number"].element.pPr.numPr.numId.val
    style_abstract = numbering.num_having_numId(style_num).abstractNumId.val
    for num_id in {num_ids[0], num_ids[2]}:
        num = numbering.num_having_numId(num_id)
        assert num.abstractNumId.val == style_abstract
        assert num.xpath("./w:lvlOverride/w:startOverride/@w:val") == ["1"]


def test_grid_table_has_repeating_shaded_header_and_proportional_widths() -> None:
    table = Table(
        header=[[cell("Date"), cell("Event")]],
        rows=[[cell(f"{day} March"), cell(f"Meeting {day}")] for day in range(1, 31)],
        widths=[1, 3],
    )
    document = read(write([table]))
    result = document.tables[0]
    assert result.style.name == "Table Grid"
    assert [c.text for c in result.rows[0].cells] == ["Date", "Event"]
    assert len(result.rows) == 31
    first, second = result.rows[0]._tr, result.rows[1]._tr
    assert first.xpath("./w:trPr/w:tblHeader")
    assert not second.xpath("./w:trPr/w:tblHeader")
    assert first.xpath("./w:tc/w:tcPr/w:shd/@w:fill") == ["DCE6F2", "DCE6F2"]
    assert all(run.bold for c in result.rows[0].cells for run in c.paragraphs[0].runs)
    widths = [int(w) for w in second.xpath("./w:tc/w:tcPr/w:tcW/@w:w")]
    assert sum(widths) == text_frame(document)[0] // 635
    assert widths[1] == pytest.approx(3 * widths[0], abs=3)
    assert first.xpath("./w:trPr/w:cantSplit") and second.xpath("./w:trPr/w:cantSplit")


def test_a_row_longer_than_a_page_may_break() -> None:
    long = " ".join(["The delegations reviewed cooperation in detail."] * 60)
    table = Table(header=[[cell("Date"), cell("Notes")]], rows=[[cell("1 March"), cell(long)]])
    result = read(write([table])).tables[0]
    assert result.rows[0]._tr.xpath("./w:trPr/w:cantSplit")
    assert not result.rows[1]._tr.xpath("./w:trPr/w:cantSplit")


def test_fields_table_has_horizontal_rules_only_and_bold_labels() -> None:
    table = Table(header=[], rows=[[cell("Name"), cell("Ceyhun Bayramov")]], style="fields")
    result = read(write([table])).tables[0]
    borders = result._tbl.tblPr.find(qn("w:tblBorders"))
    values = {edge.tag.split("}")[1]: edge.get(qn("w:val")) for edge in borders}
    assert values["insideH"] == "single"
    assert values["insideV"] == values["left"] == values["right"] == "nil"
    label, value = result.rows[0].cells
    assert label.paragraphs[0].runs[0].bold is True
    assert not value.paragraphs[0].runs[0].bold


def test_marking_and_caveat_in_header_and_footer() -> None:
    section = read(write([para("x")])).sections[0]
    header = [p.text for p in section.header.paragraphs]
    footer = [p.text for p in section.footer.paragraphs]
    assert header == ["OFFICIAL-SENSITIVE", "UK EYES ONLY"]
    assert footer[1:] == ["UK EYES ONLY", "OFFICIAL-SENSITIVE"]
    assert section.header.paragraphs[0].style.font.bold is True
    assert section.footer.paragraphs[-1].style.font.bold is True


def test_footer_has_reference_and_page_fields() -> None:
    document = read(write([para("x")]))
    footer = document.sections[0].footer
    line = footer.paragraphs[0]._p
    assert line.xpath("./w:fldSimple/@w:instr") == [" PAGE ", " NUMPAGES "]
    text = "".join(line.xpath(".//w:t/text()"))
    assert text.startswith("REF/2025/017") and "Page 1 of 1" in text


def test_page_setup_follows_layout() -> None:
    layout = Layout(page_size="Letter", margin_left_mm=30, margin_top_mm=20)
    section = read(write([para("x")], layout=layout)).sections[0]
    assert abs(section.page_width - Mm(215.9)) < Mm(0.1)
    assert abs(section.page_height - Mm(279.4)) < Mm(0.1)
    assert abs(section.left_margin - Mm(30)) < Mm(0.1)
    assert abs(section.top_margin - Mm(20)) < Mm(0.1)


def test_web_link_becomes_hyperlink_with_target() -> None:
    url = "https://example.org/a?b=1&c=2"
    block = Paragraph([Run("See "), Run("the site", href=url), Run(".")])
    document = read(write([block]))
    paragraph = document.paragraphs[0]
    links = paragraph._p.xpath("./w:hyperlink")
    assert len(links) == 1
    assert paragraph.hyperlinks[0].text == "the site"
    assert document.part.rels[links[0].get(qn("r:id"))].target_ref == url
    assert paragraph.text == "See the site."


@pytest.mark.parametrize("href", ["javascript:alert(1)", "file:///etc/passwd", "#anchor"])
def test_unsafe_or_local_href_is_plain_text(href: str) -> None:
    data = write([Paragraph([Run("click", href=href)])])
    assert "w:hyperlink" not in part(data, "word/document.xml")
    assert "javascript" not in part(data, "word/_rels/document.xml.rels")
    assert read(data).paragraphs[0].text == "click"


def test_text_survives_exactly() -> None:
    texts = ["Ə ə ğ ı ş ç ö ü", "<b>x</b> AT&T ]]>"]
    document = read(write([para(text) for text in texts]))
    assert [p.text for p in document.paragraphs] == texts


def test_control_characters_are_removed() -> None:
    dirty = "a\x00b\x07c\x0bd\x0ce\x1ff\ufffeg\uffffh\ud800i"
    meta = Meta(title="t\x01itle", marking="OFF\x02ICIAL")
    document = read(write([para(dirty), Heading(1, [Run("H\x08")])], meta=meta))
    assert [p.text for p in document.paragraphs] == ["abcdefghi", "H"]
    assert document.core_properties.title == "title"
    assert document.sections[0].header.paragraphs[0].text == "OFFICIAL"


def test_line_break_and_character_formatting() -> None:
    runs = [
        Run("bold", bold=True),
        Run("", line_break=True),
        Run("italic", italic=True),
        Run("under", underline=True),
        Run("code", code=True),
    ]
    paragraph = read(write([Paragraph(runs)])).paragraphs[0]
    assert paragraph.text == "bold\nitalicundercode"
    by_text = {run.text: run for run in paragraph.runs}
    assert by_text["bold"].bold is True
    assert by_text["italic"].italic is True
    assert by_text["under"].underline is True
    assert by_text["code"].font.name == "Consolas"


def test_page_break_starts_next_paragraph_on_a_new_page() -> None:
    document = read(write([para("cover"), PageBreak(), Heading(1, [Run("Purpose")])]))
    assert document.paragraphs[1].paragraph_format.page_break_before is True


def test_core_properties_and_language() -> None:
    data = write([para("x")])
    props = read(data).core_properties
    midnight = dt.datetime(2025, 3, 3, tzinfo=dt.UTC)
    assert props.title == META.title
    assert props.author == props.last_modified_by == META.author
    assert props.subject == "Visit brief"
    assert props.keywords == "Azerbaijan, visit"
    assert props.language == "en-GB"
    assert props.created == props.modified == midnight
    assert props.revision == 1
    assert props.comments == ""
    assert "python-docx" not in part(data, "docProps/core.xml")
    styles = part(data, "word/styles.xml")
    defaults = styles[styles.index("<w:docDefaults>") : styles.index("</w:docDefaults>")]
    assert 'w:val="en-GB"' in defaults


def test_missing_date_gives_a_fixed_timestamp() -> None:
    props = read(write([para("x")], meta=Meta(title="t"))).core_properties
    assert props.created == dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def test_two_writes_are_byte_identical() -> None:
    blocks: list[Block] = [
        Heading(1, [Run("Purpose")]),
        ListBlock(True, items("a", "b")),
        Paragraph([Run("link", href="https://example.org")]),
        Table([[cell("h")]], [[cell("r")]]),
    ]
    first, second = write(blocks), write(blocks)
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def _png(path: Path, size: tuple[int, int]) -> Path:
    PILImage.new("RGB", size, "steelblue").save(path)
    return path


def test_image_scaled_to_width_with_caption(tmp_path: Path) -> None:
    image = Image(_png(tmp_path / "wide.png", (400, 200)), 0.5, [Run("Photo: FCDO")])
    document = read(write([image]))
    shape = document.inline_shapes[0]
    width = text_frame(document)[0]
    assert shape.width == pytest.approx(width / 2, abs=1)
    assert shape.height == pytest.approx(width / 4, abs=1)
    picture, caption = document.paragraphs
    assert picture.paragraph_format.keep_with_next is True
    assert (caption.style.name, caption.text) == ("Caption", "Photo: FCDO")


def test_tall_image_height_is_capped(tmp_path: Path) -> None:
    document = read(write([Image(_png(tmp_path / "tall.png", (100, 1000)))]))
    shape = document.inline_shapes[0]
    assert shape.height <= text_frame(document)[1] * 0.6
    assert shape.width * 10 == pytest.approx(shape.height, rel=0.01)


def test_missing_image_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="not found"):
        write([Image(tmp_path / "absent.png")])


def _reference(tmp_path: Path, font: str = "Georgia") -> Path:
    reference = docx.Document()
    reference.styles["Normal"].font.name = font
    reference.add_paragraph("Text of the reference document")
    path = tmp_path / "reference.docx"
    reference.save(str(path))
    return path


def test_reference_document_styles_are_honoured(tmp_path: Path) -> None:
    layout = Layout(reference_docx=_reference(tmp_path))
    document = read(write([Heading(1, [Run("Purpose")]), para("Body")], layout=layout))
    assert document.styles["Normal"].font.name == "Georgia"
    assert styled(document) == [("Heading 1", "Purpose"), ("Normal", "Body")]
    assert document.sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"


def test_reference_document_lacking_a_style_is_a_template_error(tmp_path: Path) -> None:
    path = _reference(tmp_path)
    reference = docx.Document(str(path))
    heading = reference.styles["Heading 1"].element
    heading.getparent().remove(heading)
    reference.save(str(path))
    with pytest.raises(TemplateError, match="lacks the style 'Heading 1'") as caught:
        write([Heading(1, [Run("Purpose")])], layout=Layout(reference_docx=path))
    assert str(path) in str(caught.value)


def test_reference_header_with_content_is_kept_below_the_marking(tmp_path: Path) -> None:
    path = _reference(tmp_path)
    reference = docx.Document(str(path))
    reference.sections[0].header.paragraphs[0].text = "Ministry letterhead"
    reference.save(str(path))
    section = read(write([para("x")], layout=Layout(reference_docx=path))).sections[0]
    header = [p.text for p in section.header.paragraphs]
    assert header == ["OFFICIAL-SENSITIVE", "UK EYES ONLY", "Ministry letterhead"]
    assert section.footer.paragraphs[-1].text == "OFFICIAL-SENSITIVE"


def test_reference_footer_with_page_number_is_not_doubled(tmp_path: Path) -> None:
    path = _reference(tmp_path)
    reference = docx.Document(str(path))
    footer = reference.sections[0].footer.paragraphs[0]
    footer.text = "Page "
    field = footer._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): " PAGE "})
    footer._p.append(field)
    reference.save(str(path))
    section = read(write([para("x")], layout=Layout(reference_docx=path))).sections[0]
    texts = [p.text for p in section.footer.paragraphs]
    assert texts == ["Page ", "UK EYES ONLY", "OFFICIAL-SENSITIVE"]
    assert len(section.footer._element.xpath(".//w:fldSimple")) == 1


def test_short_lists_are_kept_on_one_page_and_long_ones_may_break() -> None:
    short = items(*(f"short {n}" for n in range(SHORT_LIST)))
    long = items(*(f"long {n}" for n in range(SHORT_LIST + 1)))
    document = read(write([ListBlock(False, short), ListBlock(False, long)]))
    keep = {p.text: bool(p.paragraph_format.keep_with_next) for p in document.paragraphs}
    assert [keep[f"short {n}"] for n in range(SHORT_LIST)] == [True] * (SHORT_LIST - 1) + [False]
    assert not any(keep[f"long {n}"] for n in range(SHORT_LIST + 1))


def _contents_document() -> list[Block]:
    return [
        Contents(title="Contents", depth=2),
        PageBreak(),
        Heading(1, [Run("Summary & purpose")]),
        Heading(2, [Run("Key points")]),
        Heading(3, [Run("Too deep to list")]),
        Heading(1, [Run("Sources")]),
    ]


def test_contents_link_each_heading_and_page_references_fill_in() -> None:
    data = write(_contents_document())
    document = read(data)

    entries = [p for p in document.paragraphs if p.style.name.startswith("toc ")]
    assert [(p.style.name, p.text.split("\t")[0]) for p in entries] == [
        ("toc 1", "Summary & purpose"),
        ("toc 2", "Key points"),
        ("toc 1", "Sources"),
    ]
    assert document.paragraphs[0].style.name == "TOC Heading"
    assert document.paragraphs[0].text == "Contents"
    bookmarks = {
        b.get(qn("w:name")): b.getparent()
        for b in document.element.body.iter(qn("w:bookmarkStart"))
    }
    for entry in entries:
        [link] = entry._p.xpath("./w:hyperlink")
        anchor = link.get(qn("w:anchor"))
        instruction = "".join(link.xpath(".//w:instrText/text()"))
        assert instruction.split() == ["PAGEREF", anchor, "\\h"]
        heading = docx.text.paragraph.Paragraph(bookmarks[anchor], document._body)
        assert heading.text == entry.text.split("\t")[0]
        assert heading.style.name.startswith("Heading")
    tabs = document.styles["toc 1"].paragraph_format.tab_stops
    assert tabs[0].position == text_frame(document)[0]


def test_contents_are_a_filled_toc_field_with_the_pdf_pages_and_no_update_prompt() -> None:
    blocks = [*_contents_document(), PageBreak(), Heading(1, [Run("Annex")])]
    data = write(blocks)
    pdf = io.BytesIO()
    PdfWriter().write(Document(META, blocks), Layout(), pdf)
    with pdfplumber.open(pdf) as laid_out:
        pages = len(laid_out.pages)
        outline = {
            title: page + 1
            for page, sheet in enumerate(laid_out.pages)
            for title in ("Summary & purpose", "Key points", "Sources", "Annex")
            if title in (sheet.extract_text() or "").splitlines()
        }
    body = part(data, "word/document.xml")
    instructions = re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", body)
    assert instructions[0] == ' TOC \\o "1-2" \\h \\z \\u '
    assert body.count('w:fldCharType="begin"') == body.count('w:fldCharType="end"')
    entries = [p for p in read(data).paragraphs if p.style.name.startswith("toc ")]
    shown = {p.text.split("\t")[0]: int(p.text.split("\t")[1]) for p in entries}
    assert shown == outline and outline["Annex"] == 3
    assert "dirty" not in body
    assert "updateFields" not in part(data, "word/settings.xml")
    assert f"<Pages>{pages}</Pages>" in part(data, "docProps/app.xml") and pages == 3


def test_tables_carry_a_title_and_a_description() -> None:
    header = [[Cell([para("Date")]), Cell([para("Engagement")])]]
    rows = [[Cell([para("20 Apr")]), Cell([para("Talks")])]]
    labels = [[Cell([para("Reference")]), Cell([para("BRF-1")])]]
    blocks: list[Block] = [
        Heading(1, [Run("Programme")]),
        Table(header=header, rows=rows),
        Table(header=[], rows=labels, style="fields"),
    ]
    programme, fields = read(write(blocks)).tables
    for table, description in ((programme, "Date · Engagement"), (fields, "Reference")):
        properties = table._tbl.tblPr
        assert properties.find(qn("w:tblCaption")).get(qn("w:val")) == "Programme"
        assert properties.find(qn("w:tblDescription")).get(qn("w:val")) == description


def test_spacer_is_an_empty_paragraph_of_exact_height() -> None:
    document = read(write([para("Above"), Spacer(30), para("Below")]))
    spacer = document.paragraphs[1]
    assert spacer.text == ""
    assert abs(spacer.paragraph_format.line_spacing - Mm(30)) < Mm(0.1)
    assert spacer.paragraph_format.space_after == 0


def test_rule_is_a_bottom_border_heavy_in_the_heading_colour() -> None:
    layout = Layout(rule_color="#112233", heading_color="#445566")
    document = read(write([Rule(), Rule(heavy=True)], layout=layout))
    light, heavy = (
        p._p.find(qn("w:pPr")).find(qn("w:pBdr")).find(qn("w:bottom")) for p in document.paragraphs
    )
    assert light.get(qn("w:color")) == "112233" and heavy.get(qn("w:color")) == "445566"
    assert int(light.get(qn("w:sz"))) < int(heavy.get(qn("w:sz")))


def test_image_alignment_follows_the_block(tmp_path: Path) -> None:
    picture = tmp_path / "logo.png"
    PILImage.new("RGB", (50, 50)).save(picture)
    document = read(write([Image(picture, width=0.2, align="left")]))
    assert document.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.LEFT


def test_long_footer_and_caveat_are_cut_to_one_line() -> None:
    meta = Meta(
        title="t",
        marking="OFFICIAL",
        caveat="HANDLE VIA DESIGNATED CHANNELS ONLY " * 6,
        footer="REF-" + "X" * 200,
    )
    section = read(write([para("x")], meta=meta)).sections[0]
    caveat = section.header.paragraphs[1].text
    footer = section.footer.paragraphs[0].text
    assert caveat.endswith("…") and len(caveat) < 110
    assert footer.split("\t")[0].endswith("…") and len(footer) < 110
    assert footer.endswith("\tPage  of ")
