"""Which country is visited: every country the article names is weighed.

The host rules look in a fixed order (the place after the visit verb, a place where a
meeting happened, the counterparts' country, the dateline) and give up when none of
them fires, although the article names the capital the visitor flew into. Here every
country named, as itself, by a city or by its people, is a candidate with the evidence
around it, and a weighted sum decides; naming none is a choice of its own. The weights
are fitted on the development part of the evaluation (``tests/importer/fit_host.py``),
never on its test part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.importer.fitting import Case, conditional_logit


@dataclass
class Candidate:
    """One country the visit may have gone to, with the evidence for it."""

    country: str
    sentence: str
    """The first sentence that places the visit or a meeting there, else that names it."""
    values: dict[str, float] = field(default_factory=dict)


FEATURES = (
    "rule",
    "visit_place",
    "located",
    "meeting_sentence",
    "city",
    "demonym_only",
    "counterpart",
    "principal",
    "headline",
    "dateline",
    "mentions",
    "early",
    "nobody",
)
"""``nobody`` stands for naming no country: it is 1 only for that choice."""


def score(values: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in values.items())


def choose(
    candidates: Sequence[Candidate], weights: dict[str, float] | None = None
) -> Candidate | None:
    """The likeliest host, or None when naming none is likelier; of equal scores, the
    first named."""
    weights = WEIGHTS if weights is None else weights
    scored = [(score(c.values, weights), -i) for i, c in enumerate(candidates)]
    if not scored or max(scored)[0] < weights.get("nobody", 0.0):
        return None
    return candidates[-max(scored)[1]]


def fit(
    articles: Sequence[tuple[Sequence[Candidate], str]],
    *,
    rounds: int = 3000,
    rate: float = 0.1,
    penalty: float = 0.01,
) -> dict[str, float]:
    """Weights that make each article's host likeliest, or none where none of the
    countries it names is the host."""
    nobody = [1.0 if n == "nobody" else 0.0 for n in FEATURES]
    cases: list[Case] = []
    for candidates, host in articles:
        table = [[c.values[n] for n in FEATURES] for c in candidates]
        right = next((i for i, c in enumerate(candidates) if c.country == host), len(table))
        cases.append(([*table, nobody], right))
    return conditional_logit(cases, FEATURES, rounds=rounds, rate=rate, penalty=penalty)


WEIGHTS: dict[str, float] = {
    "rule": 0.959,
    "visit_place": 0.218,
    "located": 0.684,
    "meeting_sentence": 1.011,
    "city": 0.739,
    "demonym_only": 0.712,
    "counterpart": 0.375,
    "principal": -1.29,
    "headline": 0.266,
    "dateline": 0.236,
    "mentions": 0.208,
    "early": 1.518,
    "nobody": -0.512,
}
"""Fitted by ``tests/importer/fit_host.py`` on the development part (225 articles)."""
