"""Import never yields an invalid draft and reads any input in time linear in its length."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.importer import ArticleError, draft_from_text, read_article
from briefing.importer.clean import clean
from briefing.importer.draft import MAX_ARTICLE_BYTES, MAX_ARTICLE_TEXT
from briefing.importer.extract import _sentences
from briefing.importer.text import MAX_SENTENCE
from briefing.model import parse_record

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
SEED = ARTICLES / "seed" / "newsaz-rafiyev-baghdad.txt"
LEAD = "<p>The Deputy Minister met the Foreign Minister of Iraq in Baghdad on 20 April 2025.</p>"


def page(head: str, body: str = LEAD) -> str:
    return f"<html><head><title>Visit</title>{head}</head><body>{body}</body></html>"


def valid_draft(text: str, tmp_path: Path) -> dict[str, object]:
    """The draft of ``text``, checked as a saved record would be."""
    data = draft_from_text(text).data
    parse_record(draft_from_text(text).text(), tmp_path / "draft.visit.json")
    return data


@pytest.mark.parametrize(
    ("head", "address"),
    [
        ('<link rel="canonical" href="/news/1">', None),
        (
            '<link rel="canonical" href="/news/1">'
            '<meta property="og:url" content="https://example.org/world/">',
            "https://example.org/world/",
        ),
        (
            '<meta property="og:url" content="news/1?a=b">'
            '<link rel="canonical" href="https://example.org/x/y">',
            "https://example.org/x/y",
        ),
        ('<link rel="canonical" href="//example.org/a">', "https://example.org/a"),
        ('<meta property="og:url" content="https://example.org/a b">', "https://example.org/a%20b"),
        ('<meta property="og:url" content="HTTPS://example.org/a">', "https://example.org/a"),
        ('<meta property="og:url" content="javascript:alert(1)">', None),
        (f'<meta property="og:url" content="https://example.org/{"a" * 3000}">', None),
    ],
)
def test_page_addresses_become_whole_web_addresses_or_none(
    head: str, address: str | None, tmp_path: Path
) -> None:
    html = page(head + '<meta property="og:site_name" content="Example News">')

    data = valid_draft(html, tmp_path)

    [source] = data["sources"]  # type: ignore[misc]
    assert source["url"] == address


def test_a_relative_address_resolves_against_the_page(tmp_path: Path) -> None:
    html = page(
        '<meta property="og:url" content="https://example.org/world/story">'
        '<link rel="canonical" href="/news/1">'
        '<meta property="og:site_name" content="Example News">'
    )
    assert clean(html).url == "https://example.org/world/story"
    html = page(
        '<meta property="og:url" content="/news/1">'
        '<link rel="canonical" href="https://example.org/world/story">'
    )
    assert clean(html).url == "https://example.org/world/story"


def test_a_headline_longer_than_a_title_is_cut_at_a_word(tmp_path: Path) -> None:
    headline = " ".join(["Talks in Baghdad"] * 200)
    html = page(
        f'<meta property="og:title" content="{headline}">'
        '<meta property="og:site_name" content="Example News">',
        "<p>The two ministries held talks.</p>",
    )

    data = valid_draft(html, tmp_path)

    title = data["document"]["title"]  # type: ignore[index]
    assert len(title) <= 500 and title.endswith("…")
    assert title[:-1].split()[-1] in {"Talks", "in", "Baghdad"}
    assert data["sources"][0]["title"] == title  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        "The minister met " + " ".join(["Ali"] * 400) + " in Baghdad on 20 April 2025.",
        " ".join(["X"] * 700) + " reports that the minister visited Iraq.",
        "x" * 4000,
        '"' * 4000,
        "Visit of " + "Al-" * 400 + "Khan to Iraq on 20 April 2025.",
    ],
    ids=["name-run", "publisher-run", "one-word", "quotes", "hyphen-run"],
)
def test_runs_of_names_and_words_still_give_a_valid_draft(text: str, tmp_path: Path) -> None:
    valid_draft(text, tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "A." * 20_000,
        "A. " * 20_000,
        "Mr. " * 20_000,
        " ".join(["Ministry Of The Republic"] * 4_000),
        "The minister met " + ", ".join(["Ali Khan"] * 8_000) + ".",
    ],
    ids=["initials", "spaced-initials", "titles", "capitals", "list"],
)
def test_no_rule_reads_more_than_a_sentence_at_once(text: str) -> None:
    """Rules look back and forth within a sentence; bounding the sentence keeps the time
    of any input in proportion to its length (the cases took minutes when a whole
    run-on paragraph was one sentence)."""
    found = _sentences(clean(text))

    assert found
    assert max(len(sentence.text) for sentence in found) <= MAX_SENTENCE
    kept = "".join(sentence.text for sentence in found)
    assert re.sub(r"\s", "", kept) == re.sub(r"\s", "", text)


def test_an_article_with_more_text_than_a_report_is_refused_by_name() -> None:
    text = "The talks went on. " * (MAX_ARTICLE_TEXT // 19 + 10)

    with pytest.raises(ArticleError, match=r"^long\.txt: too long to import: 200,"):
        draft_from_text(text, source_name="long.txt")


def test_a_file_larger_than_any_page_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    big = tmp_path / "page.html"
    with big.open("wb") as stream:
        stream.truncate(MAX_ARTICLE_BYTES + 1)

    with pytest.raises(ArticleError, match=r"page\.html: too large to import: over 10 MB"):
        read_article(big)


def test_windows_1252_files_read_as_their_letters(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes("Talks in Baghdad – “a new boost”".encode("cp1252"))

    assert read_article(article) == "Talks in Baghdad – “a new boost”"
