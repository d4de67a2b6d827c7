"""The weighing of who visits and of the host country: fitted on the development part
only, and used as fitted."""

from __future__ import annotations

from dataclasses import dataclass

import fit_weights
import import_eval
import pytest

from briefing.importer import fitting, visitor


@dataclass(eq=False)
class Someone:
    name: str
    name_sentence: str
    country: str | None = None
    mentions: int = 1


@pytest.fixture(scope="module")
def development() -> dict[str, list[fit_weights.Article]]:
    return fit_weights.development()


def test_the_shipped_weights_are_those_fitted_on_the_development_part(
    development: dict[str, list[fit_weights.Article]],
) -> None:
    fitted = fit_weights.fit_visitor([a for part in development.values() for a in part])

    assert fitted.keys() == visitor.WEIGHTS.keys()
    for name, weight in fitted.items():
        assert weight == pytest.approx(visitor.WEIGHTS[name], abs=0.005), name


def test_fitting_reads_every_development_article_and_no_test_article(
    development: dict[str, list[fit_weights.Article]],
) -> None:
    sidecars = list(import_eval.ARTICLES.rglob("*.json"))
    test_part = [s for s in sidecars if s.parent.name == import_eval.TEST_PART.rstrip("/")]

    folders = {
        s.relative_to(import_eval.ARTICLES).parts[0]
        for s in sidecars
        if s.parent != import_eval.ARTICLES
    }
    assert folders - {"test", "seed", "heldout", "final"} == set(fit_weights.BATCHES)
    assert sorted(development) == sorted([*fit_weights.BATCHES, "tuned"])
    assert sum(len(part) for part in development.values()) == len(sidecars) - len(test_part)
    assert test_part  # the split exists


def test_the_visitor_comes_from_abroad_and_the_host_from_where_the_meetings_are() -> None:
    host = Someone("Irfaan Ali", "Ali met her.", "Guyana", mentions=2)
    guest = Someone("María Luisa Ramírez", "Ramírez visited.", "Guatemala", mentions=2)
    evidence = visitor.Evidence(order=[host, guest], meeting_place="Guyana")
    evidence.now = {id(host): 2, id(guest): 2}

    chosen = visitor.choose(evidence)

    assert chosen is not None and chosen[0] is guest
    assert chosen[1] == "Ramírez visited."  # no rule named her: where she is first named


def test_whom_a_host_receives_is_the_visitor_and_the_sentence_says_so() -> None:
    host = Someone("Kais Saied", "Saied spoke.", mentions=3)
    guest = Someone("Peter Szijjarto", "Szijjarto spoke.", mentions=2)
    evidence = visitor.Evidence(order=[host, guest])
    evidence.received = [(guest, "Kais Saied received Peter Szijjarto.")]
    evidence.receives = [(host, "Kais Saied received Peter Szijjarto.")]
    evidence.now = {id(host): 3, id(guest): 2}

    chosen = visitor.choose(evidence, {"received": 2.0, "first_named": 1.0})

    assert chosen == (guest, "Kais Saied received Peter Szijjarto.")


def test_no_one_is_named_when_no_one_outweighs_naming_no_one() -> None:
    someone = Someone("Sergey Lavrov", "They met Sergey Lavrov.", "Russia")
    evidence = visitor.Evidence(order=[someone], met=[(someone, "They met Sergey Lavrov.")])

    assert visitor.choose(evidence, {"met": -1.0, "nobody": 0.0}) is None
    assert visitor.choose(evidence, {"met": 1.0, "nobody": 0.0}) is not None
    assert visitor.choose(visitor.Evidence()) is None


def test_of_equal_scores_the_first_named_wins() -> None:
    first, second = Someone("A B", "A B."), Someone("C D", "C D.")
    evidence = visitor.Evidence(order=[first, second])

    chosen = visitor.choose(evidence, {"nobody": -1.0})

    assert chosen is not None and chosen[0] is first


def test_a_close_second_is_named_as_the_rival_and_a_distant_one_is_not() -> None:
    host = Someone("Irakli Garibashvili", "Garibashvili spoke.", "Georgia", mentions=3)
    guest = Someone("Derek H. Chollet", "Chollet spoke.", mentions=2)
    evidence = visitor.Evidence(order=[host, guest])
    evidence.opens_meeting = [(host, "Garibashvili held a meeting with Derek H. Chollet.")]
    evidence.met = [(guest, "Garibashvili held a meeting with Derek H. Chollet.")]
    close = {"opens_meeting": 1.0, "met": 0.8, "nobody": -5.0}
    far = {"opens_meeting": 3.0, "met": 0.0, "nobody": -5.0}

    chosen = visitor.choose(evidence, close)
    assert chosen is not None and chosen[0] is host
    assert visitor.rival(evidence, host, close) == (
        guest,
        "Chollet spoke.",  # no visit rule named him: where he is first named
    )
    assert visitor.rival(evidence, host, far) is None


def test_no_rival_when_the_visitor_is_the_only_person_named() -> None:
    someone = Someone("Sergey Lavrov", "Lavrov arrived.", "Russia")
    evidence = visitor.Evidence(order=[someone], visit_verb=[(someone, "Lavrov arrived.")])

    assert visitor.rival(evidence, someone, {"visit_verb": 0.1, "nobody": 0.0}) is None


def test_probabilities_follow_the_scores_and_count_naming_no_one() -> None:
    chances = fitting.probabilities([{"a": 1.0}, {"a": 0.0}], {"a": 1.0, "nobody": 0.0})

    assert sum(chances) == pytest.approx(1.0)
    assert chances[0] > chances[1] == pytest.approx(chances[2])
