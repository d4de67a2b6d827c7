"""Which country is visited: every country the article names is weighed.

The host rules look in a fixed order (the place after the visit verb, a place where a
meeting happened, the counterparts' country, the dateline) and give up when none of
them fires, although the article names the capital the visitor flew into. Here every
country named, as itself, by a city or by its people, is a candidate with the evidence
around it, and a weighted sum decides; naming none is a choice of its own. The weights
are fitted on the development part of the evaluation (``tests/importer/fit_weights.py``),
never on its test part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.importer.fitting import fit_choices, likeliest


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


def choose(
    candidates: Sequence[Candidate], weights: dict[str, float] | None = None
) -> Candidate | None:
    """The likeliest host, or None when naming none is likelier; of equal scores, the
    first named."""
    best = likeliest([c.values for c in candidates], WEIGHTS if weights is None else weights)
    return None if best is None else candidates[best]


def fit(articles: Sequence[tuple[Sequence[Candidate], str]]) -> dict[str, float]:
    """Weights that make each article's host likeliest, or none where none of the
    countries it names is the host."""
    return fit_choices(
        (
            (
                [c.values for c in candidates],
                next((i for i, c in enumerate(candidates) if c.country == host), None),
            )
            for candidates, host in articles
        ),
        FEATURES,
    )


WEIGHTS: dict[str, float] = {
    "rule": 1.059,
    "visit_place": 0.412,
    "located": 0.809,
    "meeting_sentence": 0.721,
    "city": 0.594,
    "demonym_only": 0.224,
    "counterpart": 0.496,
    "principal": -1.061,
    "headline": 0.157,
    "dateline": 0.053,
    "mentions": 0.511,
    "early": 1.074,
    "nobody": -0.689,
}
"""Fitted by ``tests/importer/fit_weights.py`` on the development part (364 articles)."""
