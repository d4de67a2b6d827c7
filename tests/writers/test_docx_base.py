"""The DOCX writer prepares a base document once per layout and reference: each document is
still written as if from scratch."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefing.document import Block, Contents, Document, Heading, Layout, Meta, Paragraph, Run
from briefing.writers.docx import DocxWriter

pytestmark = pytest.mark.core

ARABIC = Meta(title="زيارة", language="ar", marking="SECRET", caveat="UK EYES ONLY")
ENGLISH = Meta(title="Visit", language="en-GB", footer="REF/1")


def write(meta: Meta, layout: Layout, contents: bool = False) -> bytes:
    blocks: list[Block] = [Contents("Contents")] if contents else []
    blocks += [Heading(1, [Run("Purpose")]), Paragraph([Run("Text", href="https://example.org")])]
    stream = io.BytesIO()
    DocxWriter().write(Document(meta, blocks), layout, stream)
    return stream.getvalue()


def test_a_document_inherits_nothing_from_the_one_before() -> None:
    # A layout of its own, so the first document is written from a freshly prepared base.
    layout = Layout(margin_top_mm=21.5)
    first = write(ENGLISH, layout)
    other = docx.Document(io.BytesIO(write(ARABIC, layout, contents=True)))
    again = write(ENGLISH, layout)
    assert again == first, "the second English document differs from the first"
    document = docx.Document(io.BytesIO(again))
    for written, rtl, contents in ((other, True, True), (document, False, False)):
        section = written.sections[0]
        assert (section._sectPr.find(qn("w:bidi")) is not None) is rtl
        assert written.settings.element.find(qn("w:updateFields")) is None
        fields = written.element.body.xpath(".//w:instrText/text()")
        assert any(f.strip().startswith("TOC ") for f in fields) is contents
        assert ("toc 1" in {style.name for style in written.styles}) is contents
    language = document.styles.element.find(f".//{qn('w:lang')}")
    assert language.get(qn("w:val")) == "en-GB"
    assert [p.text for p in document.sections[0].header.paragraphs] == [""]


def test_a_reference_document_edited_between_exports_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "reference.docx"
    layout = Layout(reference_docx=path)
    fonts = []
    for font in ("Georgia", "Arial"):
        reference = docx.Document()
        reference.styles["Normal"].font.name = font
        reference.save(str(path))
        written = docx.Document(io.BytesIO(write(ENGLISH, layout)))
        fonts.append(written.styles["Normal"].font.name)
    assert fonts == ["Georgia", "Arial"]
