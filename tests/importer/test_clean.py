"""Cleaning: page furniture goes, and what it said (date, publisher, credits) is kept."""

from __future__ import annotations

from datetime import date

from briefing.importer.clean import clean


def test_widgets_crawl_line_credits_and_signoff() -> None:
    raw = (
        " date 2025-04-21 + ↺ − 16 px\n\nThe minister visited Iraq on April 20.\n\n"
        "Photo: Azerbaijan's Foreign Ministry\n\nPhoto: Azerbaijan's Foreign Ministry\n\nNews.Az"
    )
    cleaned = clean(raw)
    assert cleaned.paragraphs == ["The minister visited Iraq on April 20."]
    assert cleaned.article_date == date(2025, 4, 21)
    assert [p.credit for p in cleaned.photos] == ["Azerbaijan's Foreign Ministry"] * 2
    assert cleaned.publishers[0].name == "News.Az"


def test_datelines_give_the_agency_and_leave_the_sentence() -> None:
    cleaned = clean("BAKU, May 7 (Trend) — The deputy minister met his counterpart in Baku.")
    assert cleaned.paragraphs == ["The deputy minister met his counterpart in Baku."]
    assert [(p.name, p.kind) for p in cleaned.publishers] == [("Trend", "dateline")]
    assert cleaned.dateline_month_day == (5, 7)
    kuna = clean("KUWAIT, Feb 22 (KUNA) -- The minister met the visiting envoy on Thursday.")
    assert kuna.paragraphs[0].startswith("The minister met")
    assert kuna.publishers[0].name == "KUNA"


def test_repeated_headline_and_trailing_agency() -> None:
    raw = (
        "Minister meets counterpart in Prague\n\nMinister meets counterpart in Prague\n\n"
        "The deputy minister met his Czech counterpart in Prague on Tuesday. – KUNA"
    )
    cleaned = clean(raw)
    assert cleaned.headline == "Minister meets counterpart in Prague"
    assert cleaned.paragraphs == [
        "The deputy minister met his Czech counterpart in Prague on Tuesday."
    ]
    assert cleaned.publishers[0].name == "KUNA"


def test_html_page_with_entities_scripts_and_metadata() -> None:
    page = """<html><head><title>Ignored</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2024-07-17T10:00:00Z">
    <link rel="canonical" href="https://example.org/visit"></head>
    <body><nav>Home | World | Politics</nav><script>var x = "met with";</script>
    <h1>Deputy minister visits Slovakia</h1>
    <p>The minister met the State Secretary &amp; his team.</p>
    <figure><figcaption>Photo: MFA of Turkmenistan</figcaption></figure>
    <p>Talks covered trade&nbsp;and energy.</p></body></html>"""
    cleaned = clean(page)
    assert cleaned.headline == "Deputy minister visits Slovakia"
    assert cleaned.paragraphs == [
        "The minister met the State Secretary & his team.",
        "Talks covered trade and energy.",
    ]
    assert cleaned.article_date == date(2024, 7, 17)
    assert cleaned.url == "https://example.org/visit"
    assert cleaned.publishers[0].name == "Example News"
    assert cleaned.photos[0].credit == "MFA of Turkmenistan"


def test_stray_tags_in_text_and_lost_spaces_after_full_stops() -> None:
    cleaned = clean("The ministry told News.Az.The talks <b>covered</b> trade &amp; energy.")
    assert cleaned.paragraphs == ["The ministry told News.Az. The talks covered trade & energy."]


def test_hard_wrapped_lines_are_joined() -> None:
    raw = (
        "BAKU, Azerbaijan, October 9. Minister of\nForeign Affairs Jeyhun Bayramov has met\n"
        "his counterpart, who had arrived\non a visit to Azerbaijan."
    )
    assert clean(raw).paragraphs == [
        "Minister of Foreign Affairs Jeyhun Bayramov has met his counterpart, who had "
        "arrived on a visit to Azerbaijan."
    ]
