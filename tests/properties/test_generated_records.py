"""Generated records: any text in any field exports with every built-in template, and
comes out again.

Records have 0 to 8 meetings here; a separate test covers 200 meetings with long
tables. Normalisation before comparing (documented in docs/reliability.md): Unicode
NFKC and case folded (templates may print a field in capitals); control and
format characters removed (documents cannot hold the former, the latter are
invisible); characters the shipped fonts cannot draw removed (the PDF shows them as
U+FFFD, which is removed too); text with right-to-left letters is found in the PDF by
its characters, mirrored pairs as one, since the PDF stores it in visual order; white
space removed (line wrapping and word splitting move it), and hyphens (a soft hyphen
shows as one where a line breaks at it). Markdown fields are
generated without Markdown syntax, which is covered by its own tests.
"""

from __future__ import annotations

import io
import json
import os
import re
import unicodedata
import zipfile
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFace

from briefing.export import render_bytes
from briefing.model import validate_data
from briefing.render.templates import SPEC_FILE, builtin_templates_dir, find_template
from briefing.resources import fonts_dir
from briefing.writers.bidi import mirrored

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

TRICKY = [
    "<b>bold?</b>",
    "AT&T",
    "]]>",
    "&amp;",
    "\u202eevil\u202c",
    "\u200f",
    "😀",
    "Əliyev",
    "<img src=x>",
    "{{ 7*7 }}",
    "{% raw %}",
    "\x0b",
    "\x00",
]
MARKDOWN_SAFE = st.characters(
    blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp"),
    blacklist_characters="\\`*_[]()#+-.!<>&|~=:{}\"'",
)


@cache
def _drawable() -> frozenset[int]:
    """Characters some shipped font can draw (the PDF embeds the basic plane only); the PDF
    shows U+FFFD for any other."""
    covered: set[int] = set()
    for font in fonts_dir().glob("*-Regular.ttf"):
        covered.update(c for c in TTFontFace(str(font)).charToGlyph if c <= 0xFFFF)
    covered.discard(0xFFFD)
    return frozenset(covered)


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def _unmirrored(text: str) -> Counter[str]:
    """The characters of ``text``, a mirrored pair (``(`` and ``)``, ``«`` and ``»``) counted
    as one: right-to-left text shows such characters as their mirror image."""
    return Counter(min(c, mirrored(c)) for c in text)


def found_in_pdf(
    expected: str, pdf: str, original: str, beside_right_to_left: bool = False
) -> bool:
    """A substring; for text with right-to-left letters or marks, or printed beside such
    text (a neighbour's right-to-left mark turns the punctuation between them), which
    the PDF stores in visual order, every character as often, mirrored pairs as one."""
    if not (_right_to_left(original) or beside_right_to_left):
        return expected in pdf
    needed, present = _unmirrored(expected), _unmirrored(pdf)
    return all(present[c] >= n for c, n in needed.items())


def normalise(text: str) -> str:
    kept = [
        c
        for c in text
        if unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn")
        and ord(c) in _drawable()
    ]
    folded = unicodedata.normalize("NFKC", "".join(kept)).casefold()
    # A soft hyphen (removed above) shows as "-" where a line breaks at it.
    return "".join(c for c in folded if not c.isspace() and c != "-")


def plain_text(max_size: int = 60) -> st.SearchStrategy[str]:
    """Any Unicode at all, with the nastiest pieces mixed in; never blank after trimming."""
    piece = st.one_of(st.text(max_size=12), st.sampled_from(TRICKY))
    return (
        st.lists(piece, min_size=1, max_size=5)
        .map("".join)
        .map(lambda s: s[:max_size] or "x")
        .filter(lambda s: normalise(s) != "")
    )


FULL_LINES = ("x" * 490, "word " * 97 + "word", "Ə" * 490, "كلمة " * 97 + "كلمة")
"""Lines nearly as long as a line field holds (500 characters, less room for a tag)."""


def line_text(max_size: int = 60) -> st.SearchStrategy[str]:
    """Short text as ``plain_text``; one field in four filled to the field's limit."""
    text = plain_text(max_size)
    return st.one_of(text, text, text, st.sampled_from(FULL_LINES))


LONG_WORDS = ("x" * 10_000, "Ə" * 10_000, "ش" * 10_000)
"""Words far wider than a page, in Latin, in a letter outside ASCII and in Arabic."""


def markdown_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Words without Markdown syntax; one field in four also holds a 10,000-character word."""
    words = (
        st.lists(st.text(MARKDOWN_SAFE, min_size=1, max_size=15), min_size=1, max_size=20)
        .map(" ".join)
        .map(lambda s: s[:max_size])
    )
    with_long_word = st.tuples(words, st.sampled_from(LONG_WORDS), words).map(" ".join)
    return st.one_of(words, words, words, with_long_word).filter(lambda s: normalise(s) != "")


@st.composite
def records(
    draw: st.DrawFn, sample: dict[str, Any], *, tagged: bool = False
) -> tuple[dict[str, Any], list[str]]:
    """A valid record whose text fields are generated; also every generated text. Tagged
    texts start with a tag of their own (``zq3x``), so a short text cannot be found by
    chance where two other pieces of text meet."""
    data = json.loads(json.dumps(sample))
    texts: list[str] = []

    def take(strategy: st.SearchStrategy[str]) -> str:
        value = draw(strategy)
        if tagged:
            value = f"zq{len(texts)}x{value}"
        texts.append(value)
        return value

    data["document"]["title"] = take(plain_text())
    data["document"]["reference"] = take(line_text(30))
    data["visit"]["principal"]["name"] = take(plain_text(40))
    data["visit"]["principal"]["title"] = take(plain_text(40))
    data["visit"]["host_country"] = take(plain_text(30))
    data["visit"]["purpose"] = take(markdown_text())
    data["visit"]["key_points"] = [take(markdown_text(120)) for _ in range(draw(st.integers(0, 3)))]
    count = draw(st.integers(0, 8))
    template_meeting = data["meetings"][1]
    data["meetings"] = []
    for n in range(count):
        detailed = n < 4
        meeting = json.loads(json.dumps(template_meeting))
        meeting["id"] = f"m{n}"
        meeting["sources"] = []
        meeting["title"] = take(plain_text()) if detailed else f"Meeting {n}"
        meeting["summary"] = take(markdown_text()) if detailed else ""
        meeting["topics"] = [take(plain_text(30))] if detailed else []
        meeting["location"] = take(line_text(40)) if detailed else None
        meeting["counterparts"] = (
            [{"name": take(plain_text(40)), "title": take(plain_text(40))}] if detailed else []
        )
        meeting["outcomes"] = [take(markdown_text(120))] if detailed else []
        meeting["follow_ups"] = (
            [{"action": take(plain_text(60)), "owner": take(plain_text(30))}] if detailed else []
        )
        data["meetings"].append(meeting)
    return data, texts


OTHER_TEMPLATES = sorted(
    folder.parent.name
    for folder in builtin_templates_dir().glob(f"*/{SPEC_FILE}")
    if folder.parent.name != "briefing-book"
)
BODY_MARGIN = 60.0
"""Points from the top and bottom edge: the page furniture (banner, page line) lies outside."""


def _pdf_text(pdf: bytes) -> str:
    """The body text of every page, without the furniture that would split a long word."""
    parts: list[str] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        height = float(page.mediabox.height)

        def keep(text: str, cm: Any, tm: Any, *_: Any, top: float = height) -> None:
            y = tm[5] * cm[3] + cm[5]
            if BODY_MARGIN < y < top - BODY_MARGIN:
                parts.append(text)

        page.extract_text(visitor_text=keep)
    return "".join(parts)


def _docx_text(data: bytes, *, furniture: bool = True) -> str:
    """The text of the body, and of the headers and footers when ``furniture``."""
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    if not furniture:
        return "".join(parts)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts += [
            re.sub(r"<[^>]+>", "", archive.read(n).decode())
            for n in archive.namelist()
            if re.match(r"word/(header|footer)\d*\.xml", n)
        ]
    return "".join(parts)


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    from briefing.resources import sample_record

    loaded: dict[str, Any] = json.loads(sample_record().read_text(encoding="utf-8"))
    return loaded


def _exported(record_data: dict[str, Any], template_name: str) -> tuple[str, str, str]:
    """The normalised text of the PDF's body, the DOCX's body, and the whole DOCX."""
    where = Path("/nonexistent/generated.visit.json")
    record = validate_data(record_data, where)
    template = find_template(template_name)
    pdf = render_bytes(record, where.parent, template, "pdf")
    word = render_bytes(record, where.parent, template, "docx")
    return (
        normalise(_pdf_text(pdf)),
        normalise(_docx_text(word, furniture=False)),
        normalise(_docx_text(word)),
    )


@given(st.data())
def test_every_text_field_survives_both_formats(
    sample: dict[str, Any], data: st.DataObject
) -> None:
    """The briefing book prints every field in full: each is found in both files."""
    record_data, texts = data.draw(records(sample))
    pdf, _, word = _exported(record_data, "briefing-book")
    beside_right_to_left = any(map(_right_to_left, texts))
    for text in texts:
        expected = normalise(text)
        assert found_in_pdf(expected, pdf, text, beside_right_to_left), text
        assert expected in word, text


@given(st.data())
def test_other_templates_show_the_same_text_in_both_formats(
    sample: dict[str, Any], data: st.DataObject
) -> None:
    """The other templates choose and shorten fields; whatever one shows in the body of
    one format it shows in the other. Right-to-left text is left to the test above: the
    PDF holds it in visual order, where only its characters can be compared."""
    template = data.draw(st.sampled_from(OTHER_TEMPLATES))
    record_data, texts = data.draw(records(sample, tagged=True))
    pdf, word, _ = _exported(record_data, template)
    for number, text in enumerate(texts):
        tag = f"zq{number}x"
        assert (tag in pdf) == (tag in word), (template, text)
        if _right_to_left(text):
            continue
        expected = normalise(text)
        assert (expected in pdf) == (expected in word), (template, text)


def test_mirrored_pairs_in_right_to_left_text(sample: dict[str, Any]) -> None:
    """A right-to-left mark makes « a right-to-left character, which the PDF shows as »."""
    data = json.loads(json.dumps(sample))
    text = "\u200f\U000a4f3e«\U00034541 8"
    data["meetings"][0]["topics"] = [text]
    pdf, _, word = _exported(data, "briefing-book")
    assert "»" in pdf and "«" not in pdf
    assert found_in_pdf(normalise(text), pdf, text)
    assert normalise(text) in word


def test_two_hundred_meetings_with_hostile_text(sample: dict[str, Any]) -> None:
    """The long end of the range: every meeting, row and page still carries its text."""
    data = json.loads(json.dumps(sample))
    model = data["meetings"][1]
    data["meetings"] = [
        {
            **model,
            "id": f"m{n}",
            "sources": [],
            "title": f"{TRICKY[n % len(TRICKY)]} meeting {n}",
            "summary": f"Summary {n}: " + "word " * 40 + ("y" * 3000 if n == 150 else ""),
        }
        for n in range(200)
    ]
    where = Path("/nonexistent/generated.visit.json")
    record = validate_data(data, where)
    template = find_template("briefing-book")
    pdf = normalise(_pdf_text(render_bytes(record, where.parent, template, "pdf")))
    word = normalise(_docx_text(render_bytes(record, where.parent, template, "docx")))
    for meeting in data["meetings"]:
        for text in (meeting["title"], meeting["summary"]):
            assert found_in_pdf(normalise(text), pdf, text), text[:40]
            assert normalise(text) in word, text[:40]
