"""The filters templates use on record text: Markdown with portion marks, plain text, take."""

from __future__ import annotations

from datetime import date, time
from types import SimpleNamespace as NS

import pytest
from jinja2.exceptions import SecurityError
from markupsafe import Markup

from briefing.document import ListBlock, Paragraph
from briefing.i18n import language_for
from briefing.render.environment import make_environment
from briefing.render.localize import rendering_in
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


def _in(language: str, source: str, **context: object) -> str:
    with rendering_in(language_for(language)):
        return _render(source, **context)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["20 April 2025", "20 Apr 2025", "20 – 22 April 2025", "30 April – 2 May 2025"]),
        (
            "en-US",
            ["April 20, 2025", "Apr 20, 2025", "April 20 – 22, 2025", "April 30 – May 2, 2025"],
        ),
        ("az", ["20 aprel 2025", "20 apr 2025", "20 – 22 aprel 2025", "30 aprel – 2 may 2025"]),
        (
            "ru",
            [
                "20 апреля 2025 г.",
                "20 апр. 2025 г.",
                "20—22 апреля 2025 г.",
                "30 апреля — 2 мая 2025 г.",
            ],
        ),
        ("fr", ["20 avril 2025", "20 avr. 2025", "20–22 avril 2025", "30 avril – 2 mai 2025"]),
    ],
)
def test_dates_and_ranges_in_the_brief_language(language: str, expected: list[str]) -> None:
    source = "{{ d | date }}|{{ d | date('short') }}|{{ d | daterange(e) }}|{{ f | daterange(g) }}"
    days = {"d": date(2025, 4, 20), "e": date(2025, 4, 22), "f": date(2025, 4, 30)}
    text = _in(language, source, **days, g=date(2025, 5, 2))
    # CLDR sets thin and narrow no-break spaces around dashes and before "г."
    assert text.replace("\u2009", " ").replace("\u202f", " ").split("|") == expected


def test_dates_and_times_are_isolated_in_right_to_left_briefs() -> None:
    text = _in(
        "ar",
        "{{ d | date }} {{ t | time(u) }}",
        d=date(2025, 4, 20),
        t=time(14, 30),
        u=time(15, 15),
    )
    assert text == "\u206820 أبريل 2025\u2069 \u20682:30–3:15 م\u2069"
    assert _in("ar-IQ", "{{ d | date }}", d=date(2025, 4, 20)) == "\u206820 نيسان 2025\u2069"
    assert _in("en", "{{ t | time }}–{{ u | time }}", t=time(14, 30), u=time(9, 5)) == "14:30–09:05"


@pytest.mark.parametrize(
    ("language", "joined"),
    [
        ("en", "a, b and c|a, b|a; b"),
        ("az", "a, b və c|a, b|a; b"),
        ("ru", "a, b и c|a, b|a; b"),
        ("ar", "a وb وc|a، b|a؛ b"),
    ],
)
def test_lists_join_as_the_language_does(language: str, joined: str) -> None:
    source = "{{ x | listing }}|{{ x[:2] | commas }}|{{ x[:2] | semicolons }}"
    assert _in(language, source, x=["a", "b", "c"]) == joined


def test_joins_escape_text_and_keep_markup() -> None:
    assert _in("en", "{{ ['<i>', m] | commas }}", m=Markup("<b>x</b>")) == "&lt;i&gt;, <b>x</b>"


def test_capitals_follow_the_language() -> None:
    assert _in("az", "{{ 'xarici işlər' | upper }}") == "XARİCİ İŞLƏR"
    assert _in("tr", "{{ 'IŞIK' | lower }}") == "ışık"
    assert _in("en", "{{ 'visit' | upper }}") == "VISIT"


def test_gettext_reads_the_catalog_of_the_render_under_way() -> None:
    source = "{{ _('Contents') }}|{{ ngettext('%(num)s outcome', '%(num)s outcomes', 3) }}"
    assert _in("ru", source) == "Содержание|3 итога"
    assert _in("en", source) == "Contents|3 outcomes"
