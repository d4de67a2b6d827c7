"""Markdown from the summary editor's rich text, written so that it reads back as it looks.

Qt's own ``toMarkdown`` puts emphasis markers exactly at the format's edges, so a bold
selection ending in a space prints ``**a delegation to **Baku`` with its asterisks, and
it drops or misplaces emphasis next to links. This writer knows the CommonMark rules the
exports read with: emphasis never starts or ends on a space, links are units that
emphasis opens and closes around, and text that Markdown would take for syntax is
escaped. Every letter keeps its bold, italic and link; lists keep their kind and depth.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextDocument, QTextListFormat

_BOLD_WEIGHT = 600
_LINE_BREAK = "\u2028"
_ESCAPED = re.compile(r"([\\`*_\[\]<>~|])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_BLOCK_START = re.compile(r"^([#>+=-]|\d+(?=[.)]))")
_URL_UNSAFE = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E"}
_ORDERED = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}
_NESTING = "    "
"""Each list level indents by four spaces: inside the content of any parent item up to
``99.``, and short of an indented code block."""


@dataclass
class _Char:
    char: str
    bold: bool
    italic: bool
    href: str


def document_markdown(document: QTextDocument) -> str:
    """The document as Markdown: paragraphs apart by a blank line, list items tight."""
    out: list[str] = []
    previous_list = False
    for block in _blocks(document):
        text_list = block.textList()
        if text_list is None:
            text = inline_markdown(_chars(block)).strip()
            if not text:
                previous_list = False
                continue
            out.append(("\n" if out else "") + _escape_block_start(text))
            previous_list = False
            continue
        fmt = text_list.format()
        depth = max(fmt.indent(), 1) - 1
        if fmt.style() in _ORDERED:
            marker = f"{fmt.start() + text_list.itemNumber(block)}. "
        else:
            marker = "- "
        indent = _NESTING * depth
        body = inline_markdown(_chars(block)).strip()
        body = _escape_block_start(body).replace("\n", "\n" + indent + " " * len(marker))
        gap = "" if previous_list or not out else "\n"
        out.append(f"{gap}{indent}{marker}{body}".rstrip())
        previous_list = True
    return "\n".join(out)


def inline_markdown(chars: list[_Char]) -> str:
    """One block's characters as inline Markdown."""
    groups: list[list[_Char]] = []
    for char in chars:
        if groups and groups[-1][0].href == char.href:
            groups[-1].append(char)
        else:
            groups.append([char])
    parts: list[str] = []
    for number, group in enumerate(groups):
        href = group[0].href
        if href:
            before, after = "[", "]"
        else:  # a plain run sits between links' "...)" and "[..."
            before = ")" if number > 0 else ""
            after = "[" if number < len(groups) - 1 else ""
        text = _emphasised(group, before, after)
        if href and text.strip():
            url = "".join(_URL_UNSAFE.get(c, c) for c in href)
            if parts and parts[-1].endswith("!") and not parts[-1].endswith("\\!"):
                parts[-1] = parts[-1][:-1] + "\\!"  # "![" would start an image
            parts.append(f"[{text}]({url})")
        else:
            parts.append(text)
    return _ENTITY.sub(r"\\&", "".join(parts))


def emphasis_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of ``text[start:end]`` that Markdown can mark as emphasis.

    CommonMark reads ``**`` as emphasis only when it does not touch a space on the inner
    side, and, next to punctuation on the inner side, only when a space or punctuation
    is on the outer side. So ``** a delegation to **`` and ``x**(a)**`` print their
    asterisks. Spaces at the edges, and edge punctuation glued to a letter outside, are
    left out of the emphasis: every letter keeps its look.
    """
    while True:
        before = (start, end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and _is_punctuation(text[start]) and start > 0:
            outside = text[start - 1]
            if not (outside.isspace() or _is_punctuation(outside)):
                start += 1
        if start < end and _is_punctuation(text[end - 1]) and end < len(text):
            outside = text[end]
            if not (outside.isspace() or _is_punctuation(outside)):
                end -= 1
        if (start, end) == before:
            return start, end


def _emphasised(group: list[_Char], before: str, after: str) -> str:
    """``group`` with bold and italic markers, nested properly and placed where CommonMark
    reads them; ``before`` and ``after`` are the characters written around it."""
    text = before + "".join(c.char for c in group) + after
    looks = [[c.bold, c.italic] for c in group]
    while _tighten(looks, text, len(before)):
        pass
    out: list[str] = []
    for position, change in enumerate(_transitions(looks)):
        out.extend(change)
        if position < len(group):
            out.append(_escape(group[position].char))
    return "".join(out)


_MARKERS = ("**", "*")


def _transitions(looks: list[list[bool]]) -> list[list[str]]:
    """The markers written before each character (and after the last): closers first,
    then openers, the longer-lasting opener outside the shorter."""
    changes: list[list[str]] = []
    open_markers: list[str] = []
    for position in range(len(looks) + 1):
        wanted = set()
        if position < len(looks):
            wanted = {m for m, on in zip(_MARKERS, looks[position], strict=True) if on}
        change: list[str] = []
        while set(open_markers) - wanted:
            change.append(open_markers.pop())
        opening = [m for m in _MARKERS if m in wanted and m not in open_markers]
        opening.sort(key=lambda m: -_run_end(looks, position, _MARKERS.index(m)))
        for marker in opening:
            open_markers.append(marker)
            change.append(marker)
        changes.append(change)
    return changes


def _spans(looks: list[list[bool]]) -> list[tuple[int, int, int]]:
    """Each emphasis as Markdown will hold it: (bold 0 or italic 1, start, end). A marker
    closed early to let another close is a span of its own, and so is its reopening."""
    spans: list[tuple[int, int, int]] = []
    started: dict[str, int] = {}
    for position, change in enumerate(_transitions(looks)):
        for marker in change:
            if marker in started:
                spans.append((_MARKERS.index(marker), started.pop(marker), position))
            else:
                started[marker] = position
    return spans


def _tighten(looks: list[list[bool]], text: str, offset: int) -> bool:
    """Take emphasis off the characters Markdown could not mark; True if any changed.

    Each span keeps only its ``emphasis_span``. Where one emphasis ends and another
    starts (or restarts) at the same point, the asterisks would run together and read
    otherwise: the ending one gives up the punctuation or space before the point, else
    the starting one the punctuation after it, else (between two letters of a word) the
    starting one waits a letter.
    """
    changed = False
    for which, start, end in _spans(looks):
        keep_start, keep_end = emphasis_span(text, start + offset, end + offset)
        for j in range(start, end):
            if not keep_start <= j + offset < keep_end:
                looks[j][which] = False
                changed = True
    if changed:
        return True
    for position, change in enumerate(_transitions(looks)):
        if not 0 < position < len(looks):
            continue
        closing = [w for w in (0, 1) if looks[position - 1][w] and _MARKERS[w] in change]
        opening = [
            w
            for w in (0, 1)
            if looks[position][w]
            and _MARKERS[w] in change
            and (not looks[position - 1][w] or change.count(_MARKERS[w]) == 2)
        ]
        if not (closing and opening):
            continue
        ending = [w for w in closing if not looks[position][w]] or closing
        if not _is_word(text[position - 1 + offset]):
            for which in ending:
                looks[position - 1][which] = False
        else:
            for which in opening:
                looks[position][which] = False
        return True
    return False


def _run_end(looks: list[list[bool]], start: int, which: int) -> int:
    end = start
    while end < len(looks) and looks[end][which]:
        end += 1
    return end


def _is_word(char: str) -> bool:
    return not (char.isspace() or _is_punctuation(char))


def _escape(char: str) -> str:
    if char == _LINE_BREAK:
        return "\\\n"
    return _ESCAPED.sub(r"\\\1", char)


def _escape_block_start(text: str) -> str:
    """Keep a paragraph (or a line after a line break) that starts like a heading, quote,
    list or rule plain text."""
    return "\n".join(_escape_line_start(line) for line in text.split("\n"))


def _escape_line_start(text: str) -> str:
    match = _BLOCK_START.match(text)
    if match is None:
        return text
    if match.group(1)[0].isdigit():
        end = match.end()
        return f"{text[:end]}\\{text[end:]}"
    return "\\" + text


def _chars(block: QTextBlock) -> list[_Char]:
    chars: list[_Char] = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        fmt = fragment.charFormat()
        bold, italic = fmt.fontWeight() >= _BOLD_WEIGHT, fmt.fontItalic()
        href = fmt.anchorHref() if fmt.isAnchor() else ""
        chars.extend(_Char(c, bold, italic, href) for c in fragment.text())
        fragments += 1
    while chars and chars[-1].char == _LINE_BREAK:
        chars.pop()
    return chars


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"
