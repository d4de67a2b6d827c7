"""Fit the weights that choose the host country (``briefing.importer.host``).

As ``fit_visitor.py``: only the development part is read; each batch in turn is left
out, the weights are fitted on the others and the batch's host is chosen with them,
against the choice the rules make alone; then the weights are fitted on all of it and
printed for ``WEIGHTS``. Run it after ``fit_visitor.py``: which country is the
visitor's own depends on who the visitor is.

Usage: ``PYTHONPATH=src:tests/importer python3 tests/importer/fit_host.py``
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from fit_visitor import batch_of
from import_eval import ARTICLES, TEST_PART

from briefing.importer import host
from briefing.importer.clean import clean
from briefing.importer.extract import host_candidates

Article = tuple[Sequence[host.Candidate], str]
RULES = {"rule": 1.0, "nobody": 0.5}
"""The host as the rules found it alone, else none."""


def development() -> dict[str, list[Article]]:
    """Each development article's candidate countries and its expected host, by batch."""
    found: dict[str, list[Article]] = {}
    for text in sorted(ARTICLES.rglob("*.txt")):
        name = text.relative_to(ARTICLES).with_suffix("").as_posix()
        sidecar = text.with_suffix(".json")
        if name.startswith(TEST_PART) or not sidecar.exists():
            continue
        want = json.loads(sidecar.read_text(encoding="utf-8"))["expected"]["host_country"]
        candidates = host_candidates(clean(text.read_text(encoding="utf-8")))
        found.setdefault(batch_of(name), []).append((candidates, want))
    return found


def accuracy(articles: list[Article], weights: dict[str, float]) -> int:
    right = 0
    for candidates, want in articles:
        chosen = host.choose(candidates, weights)
        right += chosen is not None and chosen.country == want
    return right


def main() -> int:
    batches = development()
    print(f"{'left out':8} {'articles':>8} {'rules':>8} {'fitted on the rest':>19}")
    for left_out, articles in batches.items():
        rest = [a for name, part in batches.items() if name != left_out for a in part]
        weights = host.fit(rest)
        print(
            f"{left_out:8} {len(articles):8} {accuracy(articles, RULES):8} "
            f"{accuracy(articles, weights):19}"
        )
    every = [a for part in batches.values() for a in part]
    weights = host.fit(every)
    print(f"all development, fitted on all: {accuracy(every, weights)} of {len(every)}")
    print(json.dumps(weights, indent=4))
    return 0


if __name__ == "__main__":
    sys.exit(main())
