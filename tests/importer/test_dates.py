"""Dates resolve against the article's date; a year nothing states is never guessed."""

from __future__ import annotations

from datetime import date

from briefing.importer.dates import find_dates


def test_month_and_day_take_the_articles_year() -> None:
    (span,) = find_dates("On April 20, the minister visited Iraq.", date(2025, 4, 21))
    assert (span.start, span.end) == (date(2025, 4, 20), date(2025, 4, 20))


def test_no_year_without_an_anchor() -> None:
    (span,) = find_dates("On April 20, the minister visited Iraq.", None)
    assert span.start is None


def test_a_date_after_publication_belongs_to_the_year_before() -> None:
    (span,) = find_dates("talks on December 28", date(2025, 1, 3))
    assert span.start == date(2024, 12, 28)


def test_ranges_weekdays_and_yesterday() -> None:
    anchor = date(2019, 11, 6)
    (nov,) = find_dates("a business visit to Switzerland Nov. 4 and 5", anchor)
    assert (nov.start, nov.end) == (date(2019, 11, 4), date(2019, 11, 5))
    (july,) = find_dates("On July 16-17, 2024, a delegation visited", None)
    assert (july.start, july.end) == (date(2024, 7, 16), date(2024, 7, 17))
    (friday,) = find_dates("met on Friday", date(2021, 3, 21))
    assert friday.start == date(2021, 3, 19)
    (yesterday,) = find_dates("arrived yesterday", date(2023, 8, 3))
    assert yesterday.start == date(2023, 8, 2)


def test_a_weekday_in_front_of_a_full_date_is_not_a_second_date() -> None:
    spans = find_dates("Saturday April 20 2024", date(2025, 1, 1))
    assert [s.start for s in spans] == [date(2024, 4, 20)]
