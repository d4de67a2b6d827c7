"""The importer on the real articles in tests/data/articles stays within its targets."""

from __future__ import annotations

import import_eval


def test_meetings_and_principals_on_the_article_set() -> None:
    results = import_eval.run(import_eval.ARTICLES)
    summary = import_eval.summary(results)
    assert summary["articles"] >= 8
    assert summary["meetings"]["f1"] >= 0.8
    assert summary["principal_name"] >= 0.9
    assert summary["principal_title"] >= 0.9
    assert summary["not_counterparts_made_counterparts"] == 0


def test_names_and_titles_are_compared_leniently_but_not_loosely() -> None:
    assert import_eval.same_name("Ahmed Al-Tayyab", "Sheikh Ahmed Al-Tayyab")
    assert import_eval.same_name("Marek Eštok", "Marek Estok")
    assert not import_eval.same_name("Mikhail Galuzin", "Alexander Grushko")
    person = {"title": "Chairman", "organization": "National Assembly"}
    assert import_eval.same_title("Chairman of the National Assembly", person)
    assert import_eval.same_title("Deputy FM", {"title": "Deputy Minister of Foreign Affairs"})
    assert not import_eval.same_title("Speaker", person)
