"""The summary editor's Markdown (``SummaryEditor.markdown``) reads back as the analyst
formatted it.

Generated summaries (bold and italic runs that start or end in spaces or punctuation,
links, bulleted and numbered lists, nested items, Latin, Azerbaijani and Arabic
letters) go through the editor's Markdown and back: the text is the same, every letter
keeps its bold, italic and link, every list item its kind and depth, and the export's
Markdown reader finds no stray asterisk."""

from __future__ import annotations

import itertools
import os
import re
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

from briefing.gui.rich_markdown import document_markdown, emphasis_span
from briefing.render.markdown import markdown_blocks

LETTERS = "abcxyzəğşıöüçЖжسلام"
PUNCTUATION = ",.;:()«»\"'!?-/"


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool
    italic: bool
    link: str | None


@dataclass(frozen=True)
class Block:
    runs: tuple[Run, ...]
    list_style: QTextListFormat.Style | None
    indent: int


words = st.text(alphabet=LETTERS, min_size=1, max_size=6)
pieces = st.one_of(
    words,
    st.builds(lambda p, w: p + w, st.sampled_from(PUNCTUATION), words),
    st.builds(lambda w, p: w + p, words, st.sampled_from(PUNCTUATION)),
)
run_texts = st.builds(
    lambda lead, body, trail: lead + " ".join(body) + trail,
    st.sampled_from(["", " "]),
    st.lists(pieces, min_size=1, max_size=4),
    st.sampled_from(["", " ", ", ", ". ", "\u2028", "\u2028- ", "\u2028# "]),
)
runs = st.builds(
    Run,
    run_texts,
    st.booleans(),
    st.booleans(),
    st.one_of(st.none(), st.sampled_from(["https://mfa.gov.az/en", "https://example.org/a_b"])),
)
blocks = st.builds(
    Block,
    st.lists(runs, min_size=1, max_size=5).map(tuple),
    st.sampled_from([None, QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListDecimal]),
    st.integers(min_value=1, max_value=2),
)


def _build(document: QTextDocument, content: list[Block]) -> None:
    cursor = QTextCursor(document)
    for number, block in enumerate(content):
        if number:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            if cursor.currentList() is not None:  # a new block carries on the list above
                cursor.currentList().remove(cursor.block())
        start = cursor.position()
        for run in block.runs:
            fmt = QTextCharFormat()
            fmt.setFontWeight(700 if run.bold else 400)
            fmt.setFontItalic(run.italic)
            if run.link:
                fmt.setAnchor(True)
                fmt.setAnchorHref(run.link)
            text = run.text if cursor.position() > start else run.text.lstrip() or "a"
            if block.list_style is not None:  # line breaks are for paragraphs here
                text = text.replace("\u2028", " ")
            cursor.insertText(text, fmt)
        if block.list_style is not None:
            list_format = QTextListFormat()
            list_format.setStyle(block.list_style)
            list_format.setIndent(block.indent)
            cursor.createList(list_format)


def _letters(document: QTextDocument) -> list[tuple[str, bool, bool, str]]:
    """Each letter with its bold, italic and link target, in reading order."""
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            for char in fragment.text():
                if char.isalnum():
                    found.append(
                        (char, fmt.fontWeight() >= 600, fmt.fontItalic(), fmt.anchorHref())
                    )
            fragments += 1
        block = block.next()
    return found


def _lists(document: QTextDocument) -> list[tuple[bool, int]]:
    """Each list item's kind (bulleted or numbered) and depth, and where paragraphs come
    between items."""
    shape = []
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        if text_list is None:
            if shape and shape[-1] != (None, 0):
                shape.append((None, 0))
        else:
            ordered = text_list.format().style() == QTextListFormat.Style.ListDecimal
            shape.append((ordered, text_list.format().indent()))
        block = block.next()
    while shape and shape[-1] == (None, 0):
        shape.pop()
    return shape


def _switches_inside_a_word(document: QTextDocument) -> bool:
    """Whether bold gives way to italic (or the reverse) between two letters of a word.

    Markdown cannot say that: the asterisks closing one and opening the other run
    together. The editor then starts the second emphasis after the word (the text and
    every other letter stay as they were); such examples are checked for text only."""
    block = document.begin()
    while block.isValid():
        looks = []
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            look = (fmt.fontWeight() >= 600, fmt.fontItalic())
            looks += [(char, *look) for char in fragments.fragment().text()]
            fragments += 1
        for (left, *was), (right, *now) in itertools.pairwise(looks):
            inside = left.isalnum() and right.isalnum()
            turned_off = any(w and not n for w, n in zip(was, now, strict=True))
            if inside and turned_off and any(now):
                return True
        block = block.next()
    return False


def _words(document: QTextDocument) -> list[str]:
    """The words in reading order (Qt reads a line break back as a paragraph break)."""
    return document.toPlainText().split()


@settings(
    max_examples=200 if os.environ.get("CI") else 60,
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow],
)
def _nestable(content: list[Block]) -> bool:
    """A second-level list item needs a list item before it."""
    return all(
        block.indent == 1
        or (number and content[number - 1].list_style is not None and block.list_style)
        for number, block in enumerate(content)
    )


@given(st.lists(blocks, min_size=1, max_size=4).filter(_nestable))
def test_markdown_reads_back_as_formatted(qapp: object, content: list[Block]) -> None:
    original = QTextDocument()
    _build(original, content)
    markdown = document_markdown(original)
    again = QTextDocument()
    again.setMarkdown(markdown)
    assert _words(again) == _words(original), markdown
    if not _switches_inside_a_word(original):
        assert _letters(again) == _letters(original), markdown
    assert _lists(again) == _lists(original), markdown
    exported = re.sub(r"<[^>]+>", "", str(markdown_blocks(markdown)))
    assert "*" not in exported, markdown


def test_emphasis_span_leaves_out_edge_spaces_and_glued_punctuation() -> None:
    text = "sent a delegation to Baku x(a)y"
    start = text.index(" a delegation")
    assert emphasis_span(text, start, text.index("Baku")) == (start + 1, text.index(" Baku"))
    assert emphasis_span(text, text.index("("), text.index("y")) == (
        text.index("a)"),
        text.index(")"),
    )
    assert emphasis_span("say «yes» now", 4, 9) == (4, 9)
    assert emphasis_span("   ", 0, 3)[0] == emphasis_span("   ", 0, 3)[1]
