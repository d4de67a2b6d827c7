"""Fit the weights that choose the visitor (``briefing.importer.visitor``).

Only the development part is read: the tuned articles (top level, ``seed/``,
``heldout/``, ``final/``) and the later batches ``dev2/`` to ``dev6/``. Each batch in turn is
left out, the weights are fitted on the others, and the batch's principal is chosen
with them, against the choice the rules make alone: a batch the weights never saw says how
they will do on reporting they have not seen. Then the weights are fitted on all
of it and printed for ``WEIGHTS``.

Usage: ``PYTHONPATH=src python3 tests/importer/fit_visitor.py``
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from import_eval import ARTICLES, TEST_PART, same_name

from briefing.importer import visitor
from briefing.importer.clean import clean
from briefing.importer.extract import visitor_evidence

Article = tuple[visitor.Evidence, Callable[[visitor.Named], bool]]
BATCHES = ("dev2", "dev3", "dev4", "dev5", "dev6")
RULES = {"visit_verb_first": 2.0, "from_meetings": 1.0, "nobody": 0.5}
"""The choice as the rules made it alone: the first visit sentence's subject, else the
choice from the meetings, else no one."""


def batch_of(name: str) -> str:
    head = name.split("/")[0] if "/" in name else ""
    return head if head in BATCHES else "tuned"


def development() -> dict[str, list[Article]]:
    """Each development article's evidence and a test for its expected visitor, by batch."""
    found: dict[str, list[Article]] = {}
    for text in sorted(ARTICLES.rglob("*.txt")):
        name = text.relative_to(ARTICLES).with_suffix("").as_posix()
        sidecar = text.with_suffix(".json")
        if name.startswith(TEST_PART) or not sidecar.exists():
            continue
        want = json.loads(sidecar.read_text(encoding="utf-8"))["expected"]["principal"]["name"]
        evidence = visitor_evidence(clean(text.read_text(encoding="utf-8")))
        found.setdefault(batch_of(name), []).append(
            (evidence, lambda person, want=want: same_name(want, person.name))
        )
    return found


def accuracy(articles: list[Article], weights: dict[str, float]) -> int:
    right = 0
    for evidence, is_visitor in articles:
        chosen = visitor.choose(evidence, weights)
        right += chosen is not None and is_visitor(chosen[0])
    return right


def main() -> int:
    batches = development()
    print(f"{'left out':8} {'articles':>8} {'rules':>8} {'fitted on the rest':>19}")
    for left_out, articles in batches.items():
        rest = [a for name, part in batches.items() if name != left_out for a in part]
        weights = visitor.fit(rest)
        print(
            f"{left_out:8} {len(articles):8} {accuracy(articles, RULES):8} "
            f"{accuracy(articles, weights):19}"
        )
    every = [a for part in batches.values() for a in part]
    weights = visitor.fit(every)
    print(f"all development, fitted on all: {accuracy(every, weights)} of {len(every)}")
    print(json.dumps(weights, indent=4))
    return 0


if __name__ == "__main__":
    sys.exit(main())
