"""Briefing markup → document tree, and what record text can and cannot become."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.document import (
    Contents,
    Heading,
    Image,
    ListBlock,
    PageBreak,
    Paragraph,
    Rule,
    Run,
    Spacer,
    Table,
)
from briefing.errors import TemplateError
from briefing.render.markdown import markdown_blocks, markdown_inline
from briefing.render.markup import parse_markup


def _body(markup: str, images: dict[str, Path] | None = None) -> list[object]:
    return list(parse_markup(f"<html><body>{markup}</body></html>", images or {}).blocks)


def test_head_fills_document_metadata() -> None:
    document = parse_markup(
        '<html lang="az"><head><title>Visit</title><meta name="author" content="Desk">'
        '<meta name="keywords" content="Iraq, COP29"><meta name="marking" content="OFFICIAL">'
        "</head><body></body></html>",
        {},
    )
    assert (document.meta.title, document.meta.author, document.meta.language) == (
        "Visit",
        "Desk",
        "az",
    )
    assert document.meta.keywords == ["Iraq", "COP29"]
    assert document.meta.marking == "OFFICIAL"


def test_inline_styles_become_runs_and_white_space_collapses() -> None:
    [paragraph] = _body("<p>  Talks   on <b>trade</b>,\n <i>climate <u>and</u></i> more </p>")
    assert isinstance(paragraph, Paragraph)
    assert paragraph.runs == [
        Run("Talks on "),
        Run("trade", bold=True),
        Run(", "),
        Run("climate ", italic=True),
        Run("and", italic=True, underline=True),
        Run(" more"),
    ]


def test_blocks_of_every_kind() -> None:
    blocks = _body(
        '<h1 id="a">One</h1><h3>Three</h3><ul><li>a<ul><li>b</li></ul></li></ul>'
        "<ol><li><p>x</p><p>y</p></li></ol><pagebreak>"
        '<table class="fields" data-widths="1,3">'
        "<tbody><tr><td>K</td><td>V</td></tr></tbody></table>"
    )
    assert [type(b) for b in blocks] == [Heading, Heading, ListBlock, ListBlock, PageBreak, Table]
    heading, _, bullets, numbers, _, table = blocks
    assert isinstance(heading, Heading) and (heading.level, heading.anchor) == (1, "a")
    assert isinstance(bullets, ListBlock) and not bullets.ordered
    assert isinstance(bullets.items[0].blocks[1], ListBlock)
    assert isinstance(numbers, ListBlock) and numbers.ordered and len(numbers.items[0].blocks) == 2
    assert isinstance(table, Table) and table.style == "fields" and table.widths == [1.0, 3.0]


def test_record_text_escaped_by_the_template_stays_text() -> None:
    [paragraph] = _body("<p>&lt;b&gt;x&lt;/b&gt; AT&amp;T ]]&gt; &lt;img src=x&gt;</p>")
    assert isinstance(paragraph, Paragraph)
    assert paragraph.runs == [Run("<b>x</b> AT&T ]]> <img src=x>")]


def test_markdown_keeps_raw_html_as_text_and_drops_unsafe_links() -> None:
    html = markdown_blocks("**bold** <script>alert(1)</script> [x](javascript:alert(1))")
    [paragraph] = _body(str(html))
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text() == "bold <script>alert(1)</script> [x](javascript:alert(1))"
    assert all(run.href is None for run in paragraph.runs)


def test_markdown_links_and_lists() -> None:
    blocks = _body(str(markdown_blocks("See [the report](https://news.az/x).\n\n- one\n- two")))
    paragraph, bullets = blocks
    assert isinstance(paragraph, Paragraph)
    assert Run("the report", href="https://news.az/x") in paragraph.runs
    assert isinstance(bullets, ListBlock) and len(bullets.items) == 2


def test_markdown_image_never_becomes_an_image() -> None:
    blocks = _body(str(markdown_blocks("![secret](/etc/passwd)")))
    assert not any(isinstance(b, Image) for b in blocks)
    [paragraph] = _body(f"<p>{markdown_inline('![secret](/etc/passwd)')}</p>")
    assert isinstance(paragraph, Paragraph)
    assert paragraph.runs == [Run("!secret")]


def test_control_characters_are_removed() -> None:
    [paragraph] = _body("<p>a\x00b\x0bc\x1fd</p>")
    assert isinstance(paragraph, Paragraph) and paragraph.text() == "abcd"


def test_images_only_from_the_allowed_map(tmp_path: Path) -> None:
    photo = tmp_path / "p.png"
    [image] = _body(
        '<figure><img src="photo:0" width="0.5"><figcaption>Credit</figcaption></figure>',
        {"photo:0": photo},
    )
    assert isinstance(image, Image) and image.path == photo and image.width == 0.5
    assert image.caption == [Run("Credit")]
    with pytest.raises(TemplateError, match="not a record photo or template asset"):
        _body('<img src="/etc/passwd">')


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ("<script>x</script>", "unknown element <script>"),
        ("<p class='shout'>x</p>", "unknown paragraph class 'shout'"),
        ("<p>x</b>", "</b> closes <p>"),
        ("<ul>text</ul>", "text directly inside <ul>"),
        ("<p><table></table></p>", "cannot stand inside a paragraph"),
        ("<toc depth='4'>", "depth must be 1, 2 or 3"),
        ("<spacer height='tall'>", "height must be a number"),
        ("<spacer height='500'>", "height must be from 0 to 200"),
        ("<hr class='dotted'>", "unknown hr class 'dotted'"),
        ("<p><toc></p>", "cannot stand inside a paragraph"),
        ("<spacer height='nan'>", "height must be from 0 to 200"),
        ("<table data-widths='inf,1'><tr><td>x</td></tr></table>", "data-widths must be pos"),
        ("<table data-widths='nan,1'><tr><td>x</td></tr></table>", "data-widths must be pos"),
        ("<table data-widths='0,1'><tr><td>x</td></tr></table>", "data-widths must be pos"),
        ("<table data-widths='-1,2'><tr><td>x</td></tr></table>", "data-widths must be pos"),
        ("<table data-widths='a,b'><tr><td>x</td></tr></table>", "data-widths must be pos"),
    ],
)
def test_markup_mistakes_are_named(markup: str, message: str) -> None:
    with pytest.raises(TemplateError, match=message.replace("(", r"\(")):
        _body(markup)


def test_navigation_and_layout_elements() -> None:
    blocks = _body(
        '<toc title=" Contents  of the brief" depth="1"><toc>'
        '<spacer height="12.5"><hr><hr class="heavy">'
    )
    assert blocks == [
        Contents(title="Contents of the brief", depth=1),
        Contents(title="", depth=2),
        Spacer(12.5),
        Rule(heavy=False),
        Rule(heavy=True),
    ]


@pytest.mark.parametrize("width", ["nan", "inf", "-0.5", "2", "wide"])
def test_an_image_width_is_a_fraction_of_the_frame(tmp_path: Path, width: str) -> None:
    picture = tmp_path / "p.png"
    picture.write_bytes(b"")
    with pytest.raises(TemplateError, match="width must be"):
        _body(f'<img src="photo:0" width="{width}">', {"photo:0": picture})


def test_image_alignment(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    [image] = _body(
        '<img src="asset:logo.png" align="right" width="0.2">', {"asset:logo.png": logo}
    )
    assert isinstance(image, Image) and image.align == "right"
    with pytest.raises(TemplateError, match="unknown image align 'top'"):
        _body('<img src="asset:logo.png" align="top">', {"asset:logo.png": logo})
