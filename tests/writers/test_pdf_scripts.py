"""Arabic, Persian and Hebrew in the PDF, checked from where each glyph lands on the page.

Arabic is drawn with its joined forms (presentation forms) in visual order, and extracts
as the letters they show (a lam-alef ligature as its two letters, in drawing order), so a
line read from the right gives the text as typed.
"""

from __future__ import annotations

import io
import unicodedata
from functools import cache
from typing import Any

import pdfplumber
import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from briefing.document import (
    Block,
    Cell,
    Contents,
    Document,
    Heading,
    Layout,
    ListBlock,
    ListItem,
    Meta,
    Paragraph,
    Run,
    Table,
)
from briefing.export import render_bytes
from briefing.model import load_record
from briefing.render.templates import find_template
from briefing.resources import data_dir, fonts_dir
from briefing.writers.pdf import PdfWriter

pytestmark = pytest.mark.core

ARABIC = (
    "التقى نائب وزير الخارجية الأذربيجاني وزيرة الاتصالات العراقية هيام الياسري، التي تشغل "
    "أيضاً منصب الرئيسة المشاركة للجنة الأذربيجانية العراقية المشتركة للتعاون التجاري "
    "والاقتصادي والعلمي والتقني والثقافي. وأكد المسؤولان دور اللجنة في دفع التعاون في "
    "القطاعات التجارية والاقتصادية والإنسانية."
)
ENGLISH_WITH_ARABIC = "Rafiyev met Hiyam Al-Yasiri (هيام الياسري) in Baghdad."
ARABIC_WITH_ENGLISH = "التقى نائب الوزير Yalchin Rafiyev وزيرة الاتصالات في بغداد."
FRAME_LEFT = 25 * 72 / 25.4
"""Also the bottom margin: the footer line sits below it."""
FRAME_RIGHT = (210 - 25) * 72 / 25.4


def plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def write(blocks: list[Block], language: str = "en", **meta: Any) -> bytes:
    stream = io.BytesIO()
    document = Document(Meta(title="t", language=language, **meta), blocks)
    PdfWriter().write(document, Layout(), stream)
    return stream.getvalue()


def para(text: str, **options: Any) -> Paragraph:
    return Paragraph([Run(text)], **options)


def page_chars(pdf: bytes, page: int = 0) -> list[dict[str, Any]]:
    """The characters of the body of a page (the footer line left out)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        sheet = document.pages[page]
        return [c for c in sheet.chars if c["bottom"] < sheet.height - FRAME_LEFT]


def footer_chars(pdf: bytes) -> list[dict[str, Any]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        sheet = document.pages[0]
        return [c for c in sheet.chars if c["bottom"] >= sheet.height - FRAME_LEFT]


def lines(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Characters grouped into lines by their baseline, top to bottom, each line left to
    right (fonts of different height share a baseline, not a top)."""
    rows: dict[int, list[dict[str, Any]]] = {}
    for char in chars:
        rows.setdefault(round(char["matrix"][5]), []).append(char)
    return [sorted(row, key=lambda c: c["x0"]) for _, row in sorted(rows.items(), reverse=True)]


def right_to_left(line: list[dict[str, Any]]) -> str:
    return plain("".join(c["text"][::-1] for c in reversed(line)))


def left_to_right(line: list[dict[str, Any]]) -> str:
    return plain("".join(c["text"] for c in line))


def x_of(line: list[dict[str, Any]], word: str, *, rtl: bool) -> float:
    """Where ``word`` starts on the page (its right edge for a right-to-left word)."""
    shown = [plain(c["text"]) for c in line]
    target = list(word[::-1] if rtl else word)
    for i in range(len(shown) - len(target) + 1):
        if shown[i : i + len(target)] == target:
            return float(line[i + len(target) - 1]["x1"] if rtl else line[i]["x0"])
    raise AssertionError(f"{word!r} not on the line {left_to_right(line)!r}")


def test_an_arabic_word_reads_from_the_right_with_its_letters_joined() -> None:
    (line,) = lines(page_chars(write([para("هيام")])))
    assert [c["text"] for c in reversed(line)] == list("هيام"), "letters, not forms"
    # Joined: each glyph is as wide as the contextual form drawn, not the isolated letter.
    face = TTFontFace(str(fonts_dir() / "NotoSansArabic-Regular.ttf"))
    forms = "\ufeeb\ufef4\ufe8e\ufee1"  # initial heh, medial yeh, final alef, meem
    size = line[0]["size"]
    widths = [face.charWidths[ord(form)] * size / 1000 for form in forms]
    assert [c["width"] for c in reversed(line)] == pytest.approx(widths, abs=0.01)
    assert line[-1]["x1"] == pytest.approx(FRAME_RIGHT, abs=0.5)


def test_a_wrapped_arabic_paragraph_keeps_its_lines_in_order() -> None:
    rows = lines(page_chars(write([para(ARABIC)])))
    assert len(rows) >= 3
    assert " ".join(right_to_left(row) for row in rows) == plain(ARABIC).replace("  ", " ")
    for row in rows:
        assert row[-1]["x1"] == pytest.approx(FRAME_RIGHT, abs=0.5)
    assert rows[0][0]["x0"] < FRAME_LEFT + 30, "the first line is full"


def test_a_justified_arabic_paragraph_ends_on_the_right() -> None:
    rows = lines(page_chars(write([para(ARABIC, align="justify")])))
    assert rows[0][0]["x0"] == pytest.approx(FRAME_LEFT, abs=0.5)
    assert rows[-1][-1]["x1"] == pytest.approx(FRAME_RIGHT, abs=0.5)
    assert rows[-1][0]["x0"] > FRAME_LEFT + 30


def test_an_arabic_name_inside_english_reads_right_to_left() -> None:
    (line,) = lines(page_chars(write([para(ENGLISH_WITH_ARABIC)])))
    assert line[0]["x0"] == pytest.approx(FRAME_LEFT, abs=0.5), "English stays on the left"
    opening = x_of(line, "Al-Yasiri (", rtl=False)
    first_name = x_of(line, "هيام", rtl=True)
    family_name = x_of(line, "الياسري", rtl=True)
    after = x_of(line, ") in", rtl=False)
    assert opening < family_name < first_name <= after
    assert left_to_right(line).startswith("Rafiyev met Hiyam Al-Yasiri (")
    assert left_to_right(line).endswith(") in Baghdad.")


def test_an_english_name_inside_arabic_reads_left_to_right() -> None:
    (line,) = lines(page_chars(write([para(ARABIC_WITH_ENGLISH)])))
    before = x_of(line, "الوزير", rtl=True)
    given = x_of(line, "Yalchin", rtl=False)
    family = x_of(line, "Rafiyev", rtl=False)
    after = x_of(line, "وزيرة", rtl=True)
    assert after < given < family < before
    assert right_to_left(line).endswith(".بغداد") or right_to_left(line).endswith("بغداد.")


def test_numbers_and_brackets_inside_arabic() -> None:
    (line,) = lines(page_chars(write([para("عُقدت المشاورات (الجولة الثانية) في 20 أبريل 2025")])))
    assert "2025" in left_to_right(line) and "20" in left_to_right(line)
    assert x_of(line, "2025", rtl=False) < x_of(line, "20 ", rtl=False)
    text = left_to_right(line)
    assert text.index("(") < text.index(")"), "brackets are mirrored to read right to left"


def test_hebrew_and_persian_read_right_to_left() -> None:
    pdf = write([para("שלום עולם"), para("گفت‌وگو در تهران")])
    hebrew, persian = lines(page_chars(pdf))
    assert right_to_left(hebrew) == "שלום עולם"
    assert right_to_left(persian) == plain("گفتوگو در تهران"), "ZWNJ is not drawn"


def test_bold_arabic_uses_the_bold_arabic_face() -> None:
    runs = [Run("Minister "), Run("هيام", bold=True)]
    (line,) = lines(page_chars(write([Paragraph(runs)])))
    fonts = {plain(c["text"]): c["fontname"].split("+")[-1] for c in line}
    assert fonts["M"] == "NotoSans-Regular"
    assert fonts["ه"] == "NotoSansArabic-Bold"


def test_a_long_arabic_paragraph_split_across_pages_stays_in_order() -> None:
    text = " ".join([ARABIC] * 18)
    pdf = write([para(text)])
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        count = len(document.pages)
    assert count >= 2
    pages = [page_chars(pdf, number) for number in range(count)]
    shown = " ".join(right_to_left(row) for chars in pages for row in lines(chars))
    assert shown == plain(text).replace("  ", " ")


@cache
def _cmap(font: str) -> frozenset[int]:
    return frozenset(TTFontFace(str(fonts_dir() / f"{font}.ttf")).charToGlyph)


def assert_every_glyph_exists(pdf: bytes) -> set[str]:
    """Every character is drawn by a font that has it (no empty boxes); the fonts used."""
    used: set[str] = set()
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            for char in page.chars:
                font = char["fontname"].split("+")[-1]
                used.add(font)
                missing = [c for c in char["text"] if ord(c) not in _cmap(font)]
                assert not missing, (number, char["text"], font)
    return used


def test_every_character_has_a_glyph_in_the_font_that_draws_it() -> None:
    blocks: list[Block] = [
        Heading(1, [Run("Summary — ملخص")]),
        para(ARABIC),
        para(ENGLISH_WITH_ARABIC),
        Paragraph([Run("Bold ", bold=True), Run("عربي", bold=True, italic=True)]),
        para("Hebrew שלום, Persian پژوهشگاه, Azerbaijani Əliyev, symbols ✈ ★ ✓"),
        para("No font has these: 😀 \U0001f1ee\U0001f1f6 \u0d9a"),
    ]
    pdf = write(blocks, marking="OFFICIAL", caveat="للاستخدام الرسمي فقط", footer="مرجع 14")
    used = assert_every_glyph_exists(pdf)
    assert {"NotoSansArabic-Regular", "NotoSansHebrew-Regular"} <= used
    assert "NotoSansSymbols2-Regular" in used
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "".join(c["text"] for c in document.pages[0].chars)
    assert text.count("\ufffd") == 4, "each character no font has is one replacement mark"


@pytest.mark.parametrize("template", ["briefing-book", "readout", "one-pager", "memcon"])
@pytest.mark.parametrize("sample", ["bilingual", "arabic"])
def test_the_bilingual_samples_have_every_glyph(sample: str, template: str) -> None:
    path = data_dir("assets") / "sample" / f"{sample}-rafiyev-baghdad-2025.visit.json"
    pdf = render_bytes(load_record(path), path.parent, find_template(template), "pdf")
    used = assert_every_glyph_exists(pdf)
    assert any(font.startswith(("NotoSansArabic", "NotoNaskhArabic")) for font in used)


def test_a_right_to_left_document_mirrors_the_layout() -> None:
    table = Table(
        [[Cell([para("Name")]), Cell([para("Position")])]],
        [[Cell([para("هيام الياسري")]), Cell([para("وزيرة الاتصالات")])]],
    )
    bullets = ListBlock(False, [ListItem([para("البند الأول")]), ListItem([para("البند الثاني")])])
    pdf = write([Heading(1, [Run("Summary")]), table, bullets], "ar", footer="BRF-2025-014")
    rows = lines(page_chars(pdf))
    heading = next(row for row in rows if left_to_right(row) == "Summary")
    assert heading[-1]["x1"] == pytest.approx(FRAME_RIGHT, abs=0.5), "headings on the right"
    header = next(row for row in rows if "Name" in left_to_right(row))
    assert x_of(header, "Name", rtl=False) > x_of(header, "Position", rtl=False)
    item = next(row for row in rows if right_to_left(row).endswith("البند الأول"))
    bullet = next(c for c in item if c["text"] == "•")
    assert bullet["x1"] == pytest.approx(FRAME_RIGHT, abs=0.5)
    assert all(c["x0"] < bullet["x0"] for c in item if c is not bullet)
    (footer,) = lines(footer_chars(pdf))
    assert footer[-1]["x1"] == pytest.approx(FRAME_RIGHT, abs=0.5)
    assert left_to_right(footer).startswith("Page 1 of 1")
    assert left_to_right(footer).endswith("BRF-2025-014")


def test_contents_entries_of_right_to_left_headings_are_mirrored() -> None:
    pdf = write(
        [Contents(title="Contents", depth=1), Heading(1, [Run("الملخص")]), para(ARABIC)],
        "ar",
    )
    rows = lines(page_chars(pdf))
    entry = next(row for row in rows if right_to_left(row).startswith("الملخص"))
    assert entry[-1]["x1"] == pytest.approx(FRAME_RIGHT, abs=0.5)
    assert entry[0]["text"] == "1", "the page number is at the left"


def test_latin_text_keeps_the_single_font_fast_path() -> None:
    pdf = write([para("Bakı, Əliyev — “quoted” • 20–22 April")])
    (line,) = lines(page_chars(pdf))
    assert {c["fontname"].split("+")[-1] for c in line} == {"NotoSans-Regular"}
    assert left_to_right(line) == "Bakı, Əliyev — “quoted” • 20–22 April"
