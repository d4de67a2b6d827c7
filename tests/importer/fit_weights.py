"""Fit the weights that choose the visitor and the host country
(``briefing.importer.visitor`` and ``briefing.importer.host``).

Only the development part is read: the tuned articles (top level, ``seed/``,
``heldout/``, ``final/``) and the later batches ``dev2/`` to ``dev11/``. For each table,
each batch in turn is left out, the weights are fitted on the others, and the batch is
decided with them, against the choice the rules make alone: a batch the weights never
saw says how they will do on reporting they have not seen. Then the weights are fitted
on all of it and printed for ``WEIGHTS``. The host's are fitted with the new visitor's
weights in place, since the visitor's own country is part of the host's evidence.

Usage: ``PYTHONPATH=src:tests/importer python3 tests/importer/fit_weights.py``
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from import_eval import ARTICLES, TEST_PART, same_name

from briefing.importer import host, visitor
from briefing.importer.clean import clean
from briefing.importer.extract import Weighed, weighed

BATCHES = (
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
)
VISITOR_RULES = {"visit_verb_first": 2.0, "from_meetings": 1.0, "nobody": 0.5}
"""The visitor as the rules chose alone: the first visit sentence's subject, else the
choice from the meetings, else no one."""
HOST_RULES = {"rule": 1.0, "nobody": 0.5}
"""The host as the rules found it alone, else none."""


@dataclass
class Article:
    weighed: Weighed
    expected: dict[str, Any]

    def is_visitor(self, person: visitor.Named) -> bool:
        return same_name(self.expected["principal"]["name"], person.name)

    def visitor_case(self) -> tuple[visitor.Evidence, Callable[[visitor.Named], bool]]:
        return self.weighed.visitor, self.is_visitor

    def host_case(self) -> tuple[Sequence[host.Candidate], str]:
        return self.weighed.hosts, str(self.expected["host_country"])

    def visitor_right(self, weights: dict[str, float]) -> bool:
        chosen = visitor.choose(self.weighed.visitor, weights)
        return chosen is not None and self.is_visitor(chosen[0])

    def host_right(self, weights: dict[str, float]) -> bool:
        chosen = host.choose(self.weighed.hosts, weights)
        return chosen is not None and chosen.country == self.expected["host_country"]


def batch_of(name: str) -> str:
    head = name.split("/")[0] if "/" in name else ""
    return head if head in BATCHES else "tuned"


def development() -> dict[str, list[Article]]:
    """Each development article's weighed evidence and expected facts, by batch, as
    drafted with the weights shipped now."""
    found: dict[str, list[Article]] = {}
    for text in sorted(ARTICLES.rglob("*.txt")):
        name = text.relative_to(ARTICLES).with_suffix("").as_posix()
        sidecar = text.with_suffix(".json")
        if name.startswith(TEST_PART) or not sidecar.exists():
            continue
        expected = json.loads(sidecar.read_text(encoding="utf-8"))["expected"]
        evidence = weighed(clean(text.read_text(encoding="utf-8")))
        found.setdefault(batch_of(name), []).append(Article(evidence, expected))
    return found


def fit_visitor(articles: list[Article]) -> dict[str, float]:
    return visitor.fit([a.visitor_case() for a in articles])


def fit_host(articles: list[Article]) -> dict[str, float]:
    return host.fit([a.host_case() for a in articles])


def leave_one_out(
    batches: dict[str, list[Article]],
    fit: Callable[[list[Article]], dict[str, float]],
    right: Callable[[Article, dict[str, float]], bool],
    rules: dict[str, float],
) -> dict[str, float]:
    """Print each batch decided by the rules and by weights fitted on the others; return
    the weights fitted on all."""
    print(f"{'left out':8} {'articles':>8} {'rules':>8} {'fitted on the rest':>19}")
    for left_out, articles in batches.items():
        weights = fit([a for name, part in batches.items() if name != left_out for a in part])
        alone = sum(right(a, rules) for a in articles)
        fitted = sum(right(a, weights) for a in articles)
        print(f"{left_out:8} {len(articles):8} {alone:8} {fitted:19}")
    every = [a for part in batches.values() for a in part]
    weights = fit(every)
    print(
        f"all development, fitted on all: {sum(right(a, weights) for a in every)} of {len(every)}"
    )
    print(json.dumps(weights, indent=4))
    return weights


def main() -> int:
    print("the visitor")
    visitor.WEIGHTS = leave_one_out(
        development(), fit_visitor, Article.visitor_right, VISITOR_RULES
    )
    print("the host country, with those weights for the visitor")
    leave_one_out(development(), fit_host, Article.host_right, HOST_RULES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
