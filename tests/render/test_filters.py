"""The filters templates use on record text: Markdown with portion marks, plain text, take."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest
from jinja2.exceptions import SecurityError

from briefing.document import ListBlock, Paragraph
from briefing.render.environment import make_environment
from briefing.render.markdown import markdown_blocks, markdown_inline, markdown_plain
from briefing.render.markup import parse_markup


def _render(source: str, **context: object) -> str:
    return make_environment([]).from_string(source).render(**context)


def test_block_prefix_starts_the_first_paragraph() -> None:
    html = markdown_blocks("First **bold** <b>x</b>\n\nSecond", "(OS)")
    assert html == "<p>(OS) First <strong>bold</strong> &lt;b&gt;x&lt;/b&gt;</p>\n<p>Second</p>\n"
    blocks = parse_markup(f"<html><body>{html}</body></html>", {}).blocks
    assert [b.text() for b in blocks if isinstance(b, Paragraph)] == [
        "(OS) First bold <b>x</b>",
        "Second",
    ]


def test_block_prefix_starts_the_first_item_of_a_leading_list() -> None:
    html = markdown_blocks("- one\n- two", "(C)")
    [block] = parse_markup(f"<html><body>{html}</body></html>", {}).blocks
    assert isinstance(block, ListBlock)
    first = block.items[0].blocks[0]
    assert isinstance(first, Paragraph) and first.text() == "(C) one"


def test_prefix_is_text_never_markup() -> None:
    assert markdown_inline("x", "<b>(S)</b>") == "&lt;b&gt;(S)&lt;/b&gt; x"
    assert "&lt;i&gt;" in markdown_blocks("x", "<i>")


def test_no_prefix_and_empty_text_add_nothing() -> None:
    assert markdown_inline("a *b*") == "a <em>b</em>"
    assert markdown_blocks("", "(O)") == ""


def test_plain_drops_markdown_but_keeps_the_words() -> None:
    text = "A **bold** [link](https://example.org) and `code`\nnext <b>x</b>"
    assert markdown_plain(text) == "A bold link and code next <b>x</b>"
    assert _render("{{ t | plain }}", t="<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ("3", ["aaaa", "bbbb", "cccc"]),
        ("9, chars=8", ["aaaa", "bbbb"]),
        ("9, chars=5", ["aaaa"]),
        ("9, chars=1", ["aaaa"]),
        ("9, chars=6, clip=2", ["aaaa", "bbbb", "cccc"]),
        ("0", []),
    ],
)
def test_take_counts_items_and_characters(arguments: str, expected: list[str]) -> None:
    items = [NS(text=t) for t in ("aaaa", "bbbb", "cccc", "dddd")]
    source = f"{{% for i in items | take({arguments}) %}}{{{{ i.text }}}} {{% endfor %}}"
    assert _render(source, items=items).split() == expected


def test_take_reads_another_attribute_through_the_sandbox() -> None:
    items = [NS(action="**x**" * 3), NS(action="y")]
    # The Markdown is not counted: "xxx" and "y" make four characters, not sixteen.
    assert (
        _render("{{ items | take(5, chars=4, attribute='action') | length }}", items=items) == "2"
    )
    with pytest.raises(SecurityError, match="unsafe"):
        _render("{{ items | take(5, chars=4, attribute='__class__') | length }}", items=items)
