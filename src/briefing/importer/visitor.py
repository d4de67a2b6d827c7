"""Who is the visitor: every person named is scored on the evidence the rules gather.

Single rules ("X visited", "Y received X", "X met …") each settle the principal for the
articles they were written from and fail on others, where the first rule that fires
wins even when the rest of the article says otherwise. Here each rule is one piece of
evidence about a person, along with where the person is from and where the meetings
take place; a weighted sum decides. The weights are fitted on the development part of
the evaluation (``tests/importer/fit_weights.py``), never on its test part.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from briefing.importer.fitting import fit_choices, likeliest, probabilities


class Named(Protocol):
    name: str
    name_sentence: str
    country: str | None
    mentions: int


@dataclass
class Evidence:
    """What the rules say about who visits; each list holds (person, sentence) pairs."""

    visit_verb: list[tuple[Named, str]] = field(default_factory=list)
    """Subject of "visited", "arrived", "X's visit"; the first one found comes first."""
    from_meetings: list[tuple[Named, str]] = field(default_factory=list)
    """The choice of the older rule without a visit sentence (a delegation's head, whom a
    host receives, who opens a meeting)."""
    received: list[tuple[Named, str]] = field(default_factory=list)
    receives: list[tuple[Named, str]] = field(default_factory=list)
    led: list[tuple[Named, str]] = field(default_factory=list)
    opens_meeting: list[tuple[Named, str]] = field(default_factory=list)
    met: list[tuple[Named, str]] = field(default_factory=list)
    counterpart: list[tuple[Named, str]] = field(default_factory=list)
    """Named as someone's counterpart ("his Fijian counterpart, Sitiveni Rabuka")."""
    order: list[Named] = field(default_factory=list)
    """Everyone, in the order first named."""
    now: dict[int, int] = field(default_factory=dict)
    """Mentions in sentences about the visit itself (not earlier visits, calls or plans)."""
    in_headline: set[int] = field(default_factory=set)
    meeting_place: str | None = None
    """The country where the meetings take place, read from places, not from people."""
    dateline: str | None = None
    countries: dict[int, str | None] = field(default_factory=dict)
    """Each person's country when the evidence was gathered: later steps give the chosen
    visitor one, which the choice never saw and a refit must not see either."""

    def country(self, person: Named) -> str | None:
        return self.countries.get(id(person), person.country)


DOUBT = 0.6
"""Below this probability of the chosen visitor, the draft names the next likeliest one
for review. Batch by batch on the development part, each batch decided with weights
fitted on the others, it marks 41 of 364 articles, holding 18 of the 34 wrong choices
(docs/import.md)."""

FEATURES = (
    "visit_verb",
    "visit_verb_first",
    "from_meetings",
    "received",
    "receives",
    "led",
    "opens_meeting",
    "met",
    "counterpart",
    "first_named",
    "in_headline",
    "mentions",
    "only_elsewhere",
    "meeting_place",
    "abroad",
    "dateline",
    "no_country",
    "nobody",
)
"""``nobody`` stands for naming no one: it is 1 only for the choice of no principal."""


def features(person: Named, evidence: Evidence) -> dict[str, float]:
    """The evidence about one person, as numbers."""

    def named_in(pairs: list[tuple[Named, str]]) -> float:
        return 1.0 if any(p is person for p, _ in pairs) else 0.0

    key = id(person)
    place = evidence.meeting_place
    country = evidence.country(person)
    return {
        "visit_verb": named_in(evidence.visit_verb),
        "visit_verb_first": 1.0
        if evidence.visit_verb[:1] and evidence.visit_verb[0][0] is person
        else 0.0,
        "from_meetings": named_in(evidence.from_meetings),
        "received": named_in(evidence.received),
        "receives": named_in(evidence.receives),
        "led": named_in(evidence.led),
        "opens_meeting": named_in(evidence.opens_meeting),
        "met": named_in(evidence.met),
        "counterpart": named_in(evidence.counterpart),
        "first_named": 1.0 if evidence.order[:1] and evidence.order[0] is person else 0.0,
        "in_headline": 1.0 if key in evidence.in_headline else 0.0,
        "mentions": person.mentions / max(p.mentions for p in evidence.order),
        "only_elsewhere": 1.0 if evidence.now.get(key, 0) == 0 else 0.0,
        "meeting_place": 1.0 if place and country == place else 0.0,
        "abroad": 1.0 if place and country and country != place else 0.0,
        "dateline": 1.0 if evidence.dateline and country == evidence.dateline else 0.0,
        "no_country": 1.0 if country is None else 0.0,
        "nobody": 0.0,
    }


def choose(evidence: Evidence, weights: dict[str, float] | None = None) -> tuple[Named, str] | None:
    """The person the evidence makes the visitor, with the sentence that best says so;
    None when naming no one is likelier than naming anyone."""
    choices = [features(p, evidence) for p in evidence.order]
    best = likeliest(choices, WEIGHTS if weights is None else weights)
    if best is None:
        return None
    person = evidence.order[best]
    return person, _sentence_for(person, evidence)


def rival(
    evidence: Evidence, chosen: Named, weights: dict[str, float] | None = None
) -> tuple[Named, str] | None:
    """The next likeliest visitor, with the sentence that best says so, when ``chosen`` is
    less likely than ``DOUBT``; None when the choice is firm or no one else is named."""
    people = evidence.order
    chances = probabilities(
        [features(p, evidence) for p in people], WEIGHTS if weights is None else weights
    )
    ranked = sorted(range(len(people)), key=lambda i: -chances[i])
    others = [i for i in ranked if people[i] is not chosen]
    mine = next((chances[i] for i, p in enumerate(people) if p is chosen), 0.0)
    if mine >= DOUBT or not others:
        return None
    other = people[others[0]]
    return other, _sentence_for(other, evidence)


def _sentence_for(person: Named, evidence: Evidence) -> str:
    for pairs in (
        evidence.visit_verb,
        evidence.from_meetings,
        evidence.received,
        evidence.led,
        evidence.opens_meeting,
    ):
        for p, sentence in pairs:
            if p is person:
                return sentence
    return person.name_sentence


def fit(articles: Sequence[tuple[Evidence, Callable[[Named], bool]]]) -> dict[str, float]:
    """Weights that make the right person most likely in each article: a conditional
    logit over the people each article names.

    ``articles`` pairs each article's evidence with a test for its true visitor. Naming
    no one is the right choice when the visitor is not among the people found: a wrong
    name is worse than an honest placeholder.
    """
    return fit_choices(
        (
            (
                [features(p, evidence) for p in evidence.order],
                next((i for i, p in enumerate(evidence.order) if is_visitor(p)), None),
            )
            for evidence, is_visitor in articles
        ),
        FEATURES,
    )


WEIGHTS: dict[str, float] = {
    "visit_verb": 1.301,
    "visit_verb_first": 1.425,
    "from_meetings": 1.292,
    "received": 1.567,
    "receives": -0.712,
    "led": 0.48,
    "opens_meeting": 0.187,
    "met": 0.589,
    "counterpart": -0.008,
    "first_named": 0.797,
    "in_headline": 0.144,
    "mentions": 0.972,
    "only_elsewhere": -0.19,
    "meeting_place": -0.506,
    "abroad": 0.944,
    "dateline": -0.022,
    "no_country": -0.107,
    "nobody": -0.201,
}
"""Fitted by ``tests/importer/fit_weights.py`` on the development part (364 articles)."""
