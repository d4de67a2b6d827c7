"""Weights for evidence, fitted as a conditional logit: in each case one of several
choices is right, and each choice is described by the same named numbers.

Pure Python and small on purpose: the importer's cases number in the hundreds and
their features in the tens, and the fitted weights ship as a table in the code.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Case = tuple[list[list[float]], int]
"""The choices' feature rows and the index of the right one."""


def conditional_logit(
    cases: Sequence[Case],
    names: Sequence[str],
    *,
    rounds: int = 3000,
    rate: float = 0.1,
    penalty: float = 0.01,
) -> dict[str, float]:
    """Weights that make the right choice most likely in each case, with an L2 penalty,
    by gradient ascent; rounded to three places so the table reads well."""
    w = [0.0] * len(names)
    for _ in range(rounds):
        grad = [-penalty * x for x in w]
        for table, right in cases:
            scores = [sum(a * b for a, b in zip(w, row, strict=True)) for row in table]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            total = sum(exp)
            for j in range(len(names)):
                expected = sum(e * row[j] for e, row in zip(exp, table, strict=True)) / total
                grad[j] += (table[right][j] - expected) / len(cases)
        w = [x + rate * g for x, g in zip(w, grad, strict=True)]
    return {name: round(x, 3) for name, x in zip(names, w, strict=True)}
