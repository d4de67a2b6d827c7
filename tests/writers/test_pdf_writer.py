"""The PDF writer, checked by reading its output back with pypdf and pdfplumber."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

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
from briefing.errors import ExportError
from briefing.model import load_record
from briefing.render.pipeline import render_document
from briefing.render.templates import find_template
from briefing.resources import data_dir
from briefing.writers import get_writer
from briefing.writers.pdf import PdfWriter

pytestmark = pytest.mark.core

MM = 72 / 25.4
MARKING = "OFFICIAL-SENSITIVE"
META = Meta(
    title="Visit to Baghdad",
    author="Middle East Department",
    subject="Visit brief",
    keywords=["Iraq", "visit"],
    language="az",
    date="2025-04-21",
    marking="official-sensitive",
    caveat="For the delegation only",
    footer="MFA/2025/0421",
)
AZERBAIJANI = "Əliyev Bak\u0131 ğ ş ç ö ü \u0131 Ə ə"


def para(text: str, style: Any = "body", **runs: Any) -> Paragraph:
    return Paragraph([Run(text, **runs)], style=style)


def cell(text: str) -> Cell:
    return Cell([para(text)])


def write(blocks: list[Block], meta: Meta = META, layout: Layout | None = None) -> bytes:
    stream = io.BytesIO()
    PdfWriter().write(Document(meta, blocks), layout or Layout(), stream)
    return stream.getvalue()


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def page_words(pdf: bytes) -> list[list[dict[str, Any]]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_words() for page in document.pages]


def filler(count: int) -> list[Block]:
    sentence = "Bilateral trade has grown steadily since the commission last met in Baku. "
    return [para(f"Background {n}. " + sentence * 3) for n in range(count)]


def test_registry_returns_the_pdf_writer() -> None:
    writer = get_writer("pdf")

    assert isinstance(writer, PdfWriter)
    assert (writer.format, writer.extension) == ("pdf", ".pdf")


def test_azerbaijani_letters_extract_exactly() -> None:
    pdf = write([para(AZERBAIJANI), Heading(1, [Run("Şəki və Gəncə")])])

    pypdf_text = page_texts(pdf)[0]
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        plumber_text = document.pages[0].extract_text()
    for text in (pypdf_text, plumber_text):
        assert AZERBAIJANI in text
        assert "Şəki və Gəncə" in text


def test_markup_in_text_stays_literal() -> None:
    hostile = '<b>x</b> AT&T ]]> <script>alert(1)</script> <img src="/etc/passwd"/> &amp;'

    pdf = write([para(hostile), Table([[cell("<i>y</i>")]], [[cell(hostile)]])])

    text = page_texts(pdf)[0]
    assert text.count(hostile) == 2
    assert "<i>y</i>" in text
    resources = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]
    xobjects = [x.get_object() for x in resources.get("/XObject", {}).values()]
    assert all(x["/Subtype"] == "/Form" for x in xobjects)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        words = document.pages[0].extract_words(extra_attrs=["fontname"])
    tag_words = [w for w in words if w["text"] == "<b>x</b>"]
    assert len(tag_words) == 2
    assert all("Bold" not in w["fontname"] for w in tag_words)


def test_only_web_and_mail_links_become_links() -> None:
    runs = [
        Run("web", href='https://example.org/?a=1&b="2"'),
        Run(" mail", href="mailto:desk@example.org"),
        Run(" script", href="javascript:alert(1)"),
        Run(" file", href="file:///etc/passwd"),
    ]

    pdf = write([Paragraph(runs)])

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    uris = [annot.get_object()["/A"]["/URI"] for annot in page.get("/Annots", [])]
    assert uris == ['https://example.org/?a=1&b="2"', "mailto:desk@example.org"]
    assert "web mail script file" in page.extract_text()


def test_bold_and_italic_runs_use_their_faces() -> None:
    runs = [Run("plainword "), Run("boldword", bold=True), Run(" italicword", italic=True)]

    pdf = write([Paragraph(runs)])

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        words = document.pages[0].extract_words(extra_attrs=["fontname"])
    fonts = {w["text"]: w["fontname"] for w in words}
    assert "Bold" in fonts["boldword"]
    assert "Italic" in fonts["italicword"] and "Bold" not in fonts["italicword"]
    assert "Bold" not in fonts["plainword"] and "Italic" not in fonts["plainword"]


def test_marking_and_caveat_frame_the_body_on_every_page() -> None:
    pdf = write([*filler(30), PageBreak(), para("Last page")])

    pages = page_words(pdf)
    assert len(pages) >= 3
    for words in pages:
        banners = [w for w in words if w["text"] == MARKING]
        body = [w for w in words if w["text"] in ("Background", "Last")]
        caveats = [w for w in words if w["text"] == "delegation"]
        assert len(banners) == 2 and len(caveats) == 2 and body
        top, bottom = sorted(banners, key=lambda w: w["top"])
        top_caveat, bottom_caveat = sorted(caveats, key=lambda w: w["top"])
        assert top["bottom"] < top_caveat["top"] < min(w["top"] for w in body)
        assert max(w["bottom"] for w in body) < bottom_caveat["top"] < bottom["top"]
        assert top["top"] < 25 * MM and bottom["bottom"] > 841.89 - 25 * MM


def test_body_stays_inside_the_margins() -> None:
    layout = Layout(margin_top_mm=30, margin_bottom_mm=30, margin_left_mm=20, margin_right_mm=20)

    pdf = write(filler(20), layout=layout)

    for words in page_words(pdf):
        body = [w for w in words if w["top"] > 30 * MM - 1 and w["bottom"] < 841.89 - 30 * MM]
        furniture = [w for w in words if w not in body]
        assert body and furniture
        assert all(w["x0"] >= 20 * MM - 0.5 and w["x1"] <= 595.28 - 20 * MM + 0.5 for w in words)
        assert {w["text"] for w in furniture} <= {
            MARKING,
            "For",
            "the",
            "delegation",
            "only",
            "MFA/2025/0421",
            "Page",
            "of",
        } | {str(n) for n in range(1, 10)}


def test_narrow_margins_move_the_body_clear_of_the_furniture() -> None:
    layout = Layout(margin_top_mm=5, margin_bottom_mm=5)

    pages = page_words(write(filler(12), layout=layout))

    for words in pages:
        body = [w for w in words if w["text"] == "Background"]
        furniture = [w for w in words if w["text"] in (MARKING, "delegation", "Page")]
        lowest_header = max(w["bottom"] for w in furniture if w["top"] < 100)
        highest_footer = min(w["top"] for w in furniture if w["top"] > 700)
        assert lowest_header < min(w["top"] for w in body)
        assert max(w["bottom"] for w in body) < highest_footer


def test_page_x_of_y_and_footer_on_every_page() -> None:
    pdf = write([para("One"), PageBreak(), para("Two"), PageBreak(), para("Three")])

    texts = page_texts(pdf)
    assert len(texts) == 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of 3" in text
        assert "MFA/2025/0421" in text


def test_no_marking_leaves_no_banner() -> None:
    pdf = write([para("Body")], meta=Meta(title="Plain"))

    text = page_texts(pdf)[0]
    assert MARKING not in text
    assert "Page 1 of 1" in text


def test_outline_follows_heading_levels() -> None:
    blocks: list[Block] = [
        Heading(1, [Run("Purpose")]),
        para("Why we go."),
        Heading(2, [Run("Key messages")]),
        Heading(3, [Run("Energy")]),
        PageBreak(),
        Heading(1, [Run("Programme")]),
        Heading(2, [Run("Day one")]),
    ]

    reader = PdfReader(io.BytesIO(write(blocks)))

    def tree(items: list[Any]) -> list[Any]:
        return [tree(item) if isinstance(item, list) else item.title for item in items]

    assert tree(reader.outline) == [
        "Purpose",
        ["Key messages", ["Energy"]],
        "Programme",
        ["Day one"],
    ]
    programme = reader.outline[2]
    assert reader.get_destination_page_number(programme) == 1
    assert programme["/Type"] == "/XYZ"


def test_heading_that_skips_a_level_still_nests() -> None:
    blocks: list[Block] = [Heading(3, [Run("Deep")]), Heading(1, [Run("Top")])]

    reader = PdfReader(io.BytesIO(write(blocks)))

    assert [item.title for item in reader.outline] == ["Deep", "Top"]


def test_metadata_language_and_dates() -> None:
    reader = PdfReader(io.BytesIO(write([para("Body")])))

    info = reader.metadata
    assert info is not None
    assert info.title == "Visit to Baghdad"
    assert info.author == "Middle East Department"
    assert info.subject == "Visit brief"
    assert info["/Keywords"] == "Iraq, visit"
    assert info["/CreationDate"].startswith("D:20250421")
    assert info["/ModDate"].startswith("D:20250421")
    assert reader.trailer["/Root"]["/Lang"] == "az"


def test_bad_date_is_reported() -> None:
    with pytest.raises(ExportError, match="not an ISO date"):
        write([para("Body")], meta=Meta(date="21/04/2025"))


def test_two_writes_are_byte_identical() -> None:
    blocks: list[Block] = [
        Heading(1, [Run("Purpose")]),
        *filler(10),
        Table([[cell("A"), cell("B")]], [[cell("1"), cell("2")]] * 40),
    ]

    assert write(blocks) == write(blocks)


def test_long_table_repeats_its_header_on_the_next_page() -> None:
    header = [[cell("Date"), cell("Event"), cell("Place")]]
    rows = [[cell(f"Day {n}"), cell(f"Event {n}"), cell("Baghdad")] for n in range(80)]

    pages = page_words(write([Table(header, rows, widths=[1, 3, 2])]))

    assert len(pages) >= 2
    for words in pages:
        texts = [w["text"] for w in words]
        assert "Date" in texts and "Event" in texts
        header_top = next(w["top"] for w in words if w["text"] == "Date")
        first_row_top = min(w["top"] for w in words if w["text"] == "Day")
        assert header_top < first_row_top


def test_header_cells_are_bold_and_first_field_column_is_bold() -> None:
    grid = Table([[cell("Heading")]], [[cell("value")]])
    fields = Table([], [[cell("Counterpart"), cell("Fuad")]], widths=[1, 3], style="fields")

    with pdfplumber.open(io.BytesIO(write([grid, fields]))) as document:
        words = document.pages[0].extract_words(extra_attrs=["fontname"])
    fonts = {w["text"]: w["fontname"] for w in words}
    assert "Bold" in fonts["Heading"] and "Bold" in fonts["Counterpart"]
    assert "Bold" not in fonts["value"] and "Bold" not in fonts["Fuad"]


def test_table_spans_exactly_the_frame_width() -> None:
    table = Table([[cell("a"), cell("b"), cell("c")]], [[cell("1"), cell("2"), cell("3")]])

    with pdfplumber.open(io.BytesIO(write([table], layout=Layout(margin_left_mm=30)))) as doc:
        edges = doc.pages[0].lines + doc.pages[0].rects
    left = min(e["x0"] for e in edges)
    right = max(e["x1"] for e in edges)
    assert left == pytest.approx(30 * MM, abs=0.5)
    assert right == pytest.approx(595.28 - 25 * MM, abs=0.5)


def test_tall_cell_splits_across_pages() -> None:
    tall = Cell([para(f"Line {n} of a very long cell.") for n in range(200)])

    pdf = write([Table([[cell("Notes")]], [[tall]])])

    texts = page_texts(pdf)
    assert len(texts) >= 3
    assert "Line 199 of a very long cell." in texts[-1]


def test_empty_tables_and_lists_are_allowed() -> None:
    blocks: list[Block] = [
        Table([], []),
        Table([], [[Cell([]), cell("only")]]),
        ListBlock(False, []),
        para("after"),
    ]

    text = page_texts(write(blocks))[0]

    assert "only" in text and "after" in text


def test_lists_have_bullets_numbers_and_nesting() -> None:
    nested = ListBlock(False, [ListItem([para("second level")])])
    deeper = ListBlock(False, [ListItem([para("third level")])])
    bullets = ListBlock(
        False,
        [
            ListItem([para("first level"), nested]),
            ListItem([para("with child"), ListBlock(False, [ListItem([para("mid"), deeper])])]),
        ],
    )
    numbers = ListBlock(True, [ListItem([para("alpha")]), ListItem([para("beta")])])

    pdf = write([bullets, numbers])

    words = page_words(pdf)[0]
    x = {w["text"]: w["x0"] for w in words}
    assert "\u2022" in x and "\u2013" in x and "1." in x and "2." in x
    assert x["first"] < x["second"] < x["third"]
    assert x["\u2022"] < x["first"]


@pytest.mark.parametrize("level", [1, 2, 3])
def test_heading_is_never_left_alone_at_the_foot_of_a_page(level: int) -> None:
    heading_pages = set()
    for lines in range(28, 40):
        blocks: list[Block] = [para(f"Line {n}") for n in range(lines)]
        blocks += [Heading(level, [Run("Stranded")]), para("Follows the heading.")]

        pages = page_texts(write(blocks))

        heading_page = next(n for n, text in enumerate(pages) if "Stranded" in text)
        assert "Follows the heading." in pages[heading_page], lines
        heading_pages.add(heading_page)
    assert heading_pages == {0, 1}


def test_heading_before_a_long_table_stays_on_its_page() -> None:
    rows = [[cell(f"Row {n}"), cell("x")] for n in range(45)]
    blocks: list[Block] = [*filler(4), Heading(1, [Run("Programme")]), Table([], rows)]

    pages = page_texts(write(blocks))

    assert "Programme" in pages[0]
    assert "Row 0" in pages[0]


@pytest.mark.parametrize("items", [2, 12])
def test_heading_stays_with_the_list_after_it(items: int) -> None:
    for lines in range(28, 40):
        blocks: list[Block] = [para(f"Line {n}") for n in range(lines)]
        entries = [ListItem([para(f"Entry {n}")]) for n in range(items)]
        blocks += [Heading(1, [Run("Sources")]), ListBlock(False, entries)]

        pages = page_texts(write(blocks))

        heading_page = next(n for n, text in enumerate(pages) if "Sources" in text)
        assert "Entry 0" in pages[heading_page], lines
        if items <= SHORT_LIST:
            assert f"Entry {items - 1}" in pages[heading_page], lines


def test_label_value_table_is_not_split() -> None:
    for lines in range(28, 40):
        blocks: list[Block] = [para(f"Line {n}") for n in range(lines)]
        rows = [[cell(f"Label {n}"), cell("value")] for n in range(5)]
        blocks += [Table([], rows, style="fields")]

        pages = page_texts(write(blocks))

        first = next(n for n, text in enumerate(pages) if "Label 0" in text)
        assert "Label 4" in pages[first], lines


def test_keep_with_next_paragraph_moves_with_its_follower() -> None:
    for lines in range(28, 40):
        blocks: list[Block] = [para(f"Line {n}") for n in range(lines)]
        blocks += [
            Paragraph([Run("Lead-in")], keep_with_next=True),
            Paragraph([Run("Follower " * 60)]),
        ]

        pages = page_texts(write(blocks))

        lead_page = next(n for n, text in enumerate(pages) if "Lead-in" in text)
        assert "Follower" in pages[lead_page], lines


def _png(path: Path, size: tuple[int, int]) -> Path:
    PILImage.new("RGB", size, (30, 60, 90)).save(path)
    return path


def test_image_scales_to_its_share_of_the_frame(tmp_path: Path) -> None:
    picture = _png(tmp_path / "wide.png", (400, 200))

    pdf = write([Image(picture, width=0.5, caption=[Run("Photo: MFA")])])

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        (image,) = page.images
        caption = next(w for w in page.extract_words() if w["text"] == "Photo:")
    frame_width = 595.28 - 50 * MM
    assert image["width"] == pytest.approx(frame_width / 2, abs=0.5)
    assert image["height"] == pytest.approx(frame_width / 4, abs=0.5)
    assert caption["top"] > image["bottom"]


def test_tall_image_is_capped_below_the_frame_height(tmp_path: Path) -> None:
    picture = _png(tmp_path / "tall.png", (100, 1000))

    with pdfplumber.open(io.BytesIO(write([Image(picture)]))) as document:
        (image,) = document.pages[0].images
    assert image["height"] < 0.61 * (841.89 - 50 * MM)
    assert image["width"] == pytest.approx(image["height"] / 10, abs=0.5)


def test_missing_image_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="image not found"):
        write([Image(tmp_path / "absent.png")])


def test_letter_page_size() -> None:
    reader = PdfReader(io.BytesIO(write([para("Body")], layout=Layout(page_size="Letter"))))

    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_paragraph_styles_and_alignment() -> None:
    blocks: list[Block] = [
        para("Cover Title", "title"),
        para("official", "marking"),
        Paragraph([Run("Right side")], align="right"),
        para("Plain body"),
    ]

    with pdfplumber.open(io.BytesIO(write(blocks, meta=Meta()))) as document:
        page = document.pages[0]
        words = {w["text"]: w for w in page.extract_words(extra_attrs=["size", "fontname"])}
    assert words["Cover"]["size"] > words["Plain"]["size"] * 1.8
    assert "Bold" in words["Cover"]["fontname"]
    assert "OFFICIAL" in words
    assert words["OFFICIAL"]["x0"] > page.width / 3
    assert words["side"]["x1"] == pytest.approx(page.width - 25 * MM, abs=0.5)


def test_code_and_line_break_runs() -> None:
    runs = [Run("before"), Run("", line_break=True), Run("after", code=True)]

    words = page_words(write([Paragraph(runs)]))[0]

    before = next(w for w in words if w["text"] == "before")
    after = next(w for w in words if w["text"] == "after")
    assert after["top"] > before["bottom"]


def _contents_document() -> list[Block]:
    return [
        Contents(title="Contents", depth=2),
        PageBreak(),
        Heading(1, [Run("Summary & purpose")]),
        *filler(3),
        Heading(2, [Run("Key points")]),
        Heading(3, [Run("Too deep to list")]),
        PageBreak(),
        Heading(1, [Run("Programme")]),
        *filler(40),
        Heading(1, [Run("Sources")]),
    ]


def test_contents_lists_headings_with_their_page_numbers_and_links() -> None:
    pdf = write(_contents_document())

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = [page.extract_text() or "" for page in document.pages]
    sources_page = next(n for n, text in enumerate(pages, start=1) if "\nSources\n" in text)
    entries = [line.replace(" .", "").strip() for line in pages[0].splitlines()]
    assert entries[2:7] == [
        "Contents",
        "Summary & purpose 2",
        "Key points 2",
        "Programme 3",
        f"Sources {sources_page}",
    ]
    reader = PdfReader(io.BytesIO(pdf))
    assert [item.title for item in reader.outline if not isinstance(item, list)] == [
        "Summary & purpose",
        "Programme",
        "Sources",
    ]
    links = [a.get_object() for a in reader.pages[0]["/Annots"]]  # type: ignore[union-attr]
    destinations = {str(a["/Dest"]) for a in links if "/Dest" in a}
    assert len(destinations) == 4


def test_a_heading_split_across_pages_keeps_its_bookmark_and_contents_entry() -> None:
    long_title = " ".join(f"word{n}" for n in range(400))
    pdf = write(
        [
            Contents(title="Contents", depth=1),
            PageBreak(),
            *filler(8),
            Heading(1, [Run(long_title)]),
            para("After the heading."),
        ]
    )

    pages = page_texts(pdf)
    first = next(n for n, text in enumerate(pages[1:], start=2) if "word0 " in text)
    assert "word399" not in pages[first - 1], "the heading runs over a page break"
    reader = PdfReader(io.BytesIO(pdf))
    (entry,) = [item for item in reader.outline if not isinstance(item, list)]
    assert entry.title == long_title
    assert reader.get_destination_page_number(entry) == first - 1
    contents_end = next(n for n, text in enumerate(pages) if "Background 0." in text) - 1
    words = [w["text"] for w in page_words(pdf)[contents_end] if w["text"] != "."]
    assert words[words.index("word399") + 1] == str(first), "the entry ends with its page"


def test_contents_use_only_the_embedded_font_and_stay_reproducible() -> None:
    first, second = write(_contents_document()), write(_contents_document())
    assert first == second
    reader = PdfReader(io.BytesIO(first))
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert fonts and all("NotoSans" in name for name in fonts)


def test_spacer_moves_what_follows_down_by_its_height() -> None:
    plain = page_words(write([para("Above"), para("Below")]))[0]
    spaced = page_words(write([para("Above"), Spacer(40), para("Below")]))[0]

    def top(words: list[dict[str, Any]], text: str) -> float:
        return float(next(w["top"] for w in words if w["text"] == text))

    assert top(spaced, "Below") - top(plain, "Below") == pytest.approx(40 * MM, abs=0.5)


def test_rules_span_the_frame_heavy_ones_thicker() -> None:
    pdf = write([para("x"), Rule(), para("y"), Rule(heavy=True), para("z")])

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        lines = sorted(document.pages[0].lines, key=lambda line: line["top"])
    assert len(lines) == 2
    frame_width = 595.28 - 50 * MM
    assert all(line["x1"] - line["x0"] == pytest.approx(frame_width, abs=0.5) for line in lines)
    assert lines[0]["linewidth"] < lines[1]["linewidth"]


def test_heading_before_a_picture_moves_with_it(tmp_path: Path) -> None:
    picture = _png(tmp_path / "photo.png", (600, 400))
    for lines in range(20, 40, 3):
        blocks: list[Block] = [para(f"Line {n}") for n in range(lines)]
        blocks += [Heading(1, [Run("Photographs")]), Image(picture, caption=[Run("Credit")])]

        with pdfplumber.open(io.BytesIO(write(blocks))) as document:
            pages = [(page.extract_text() or "", page.images) for page in document.pages]

        heading_page = next(n for n, (text, _) in enumerate(pages) if "Photographs" in text)
        assert pages[heading_page][1], lines
        assert "Credit" in pages[heading_page][0], lines


@pytest.mark.parametrize("align", ["left", "right"])
def test_image_alignment(tmp_path: Path, align: str) -> None:
    picture = _png(tmp_path / "logo.png", (100, 100))

    with pdfplumber.open(io.BytesIO(write([Image(picture, width=0.2, align=align)]))) as pdf:
        (image,) = pdf.pages[0].images
    if align == "left":
        assert image["x0"] == pytest.approx(25 * MM, abs=0.5)
    else:
        assert image["x1"] == pytest.approx(595.28 - 25 * MM, abs=0.5)


def test_long_caveat_and_footer_stay_inside_the_margins() -> None:
    meta = Meta(
        title="t",
        marking="OFFICIAL",
        caveat="HANDLE VIA DESIGNATED CHANNELS ONLY " * 6,
        footer="REF-" + "X" * 200,
        date="2025-04-21",
    )

    [words] = page_words(write([para("Body")], meta=meta))

    assert all(w["x0"] >= 25 * MM - 0.5 and w["x1"] <= 595.28 - 25 * MM + 0.5 for w in words)
    assert any(w["text"].endswith("…") for w in words)
    footer = next(w for w in words if w["text"].startswith("REF-"))
    label = next(w for w in words if w["text"] == "Page")
    assert footer["x1"] < label["x0"]


@pytest.mark.parametrize("items", [1, SHORT_LIST + 1])
def test_a_list_item_about_a_page_long_is_split_whatever_its_length(items: int) -> None:
    """Reportlab keeps an item whole rather than leave one line alone on the next page; an
    item one line taller than the page could then not be laid out at all."""
    for count in range(40, 70):
        lines = [
            Run(f"line {n}") if n % 2 == 0 else Run("", line_break=True)
            for n in range(2 * count - 1)
        ]
        item = ListItem([Paragraph(lines)])
        extra = [ListItem([para("another item")]) for _ in range(items - 1)]
        pdf = write([ListBlock(False, [item, *extra])])
        text = " ".join(page_texts(pdf))
        assert f"line {2 * count - 2}" in text, count


@pytest.mark.parametrize("template_name", ["briefing-book", "memcon", "readout", "one-pager"])
def test_pagination_alone_breaks_pages_where_the_pdf_does(template_name: str) -> None:
    """The DOCX contents take their page numbers from a layout that draws nothing; it
    must break every sample's pages exactly where the written PDF does."""
    template = find_template(template_name)
    for record_path in sorted((data_dir("assets") / "sample").glob("*.visit.json")):
        document = render_document(load_record(record_path), template, record_path.parent)
        PdfWriter().write(document, template.layout(), io.BytesIO())
        written = document.pagination
        document.pagination = None

        assert PdfWriter().paginate(document, template.layout()) == written, record_path.name
