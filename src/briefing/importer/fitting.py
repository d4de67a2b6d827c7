"""Weights for evidence, fitted as a conditional logit: in each case one of several
choices is right, and each choice is described by the same named numbers. Naming none
of them (``nobody``) is always one more choice, scored by its weight alone, so weak
evidence leaves a placeholder rather than a wrong value.

Pure Python and small on purpose: the importer's cases number in the hundreds and
their features in the tens, and the fitted weights ship as a table in the code.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

Case = tuple[list[list[float]], int]
"""The choices' feature rows and the index of the right one."""
NOBODY = "nobody"


def score(values: Mapping[str, float], weights: Mapping[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in values.items())


def probabilities(
    choices: Sequence[Mapping[str, float]], weights: Mapping[str, float]
) -> list[float]:
    """How likely each choice is, and last, naming none: the model the weights were
    fitted as."""
    scores = [score(values, weights) for values in choices] + [weights.get(NOBODY, 0.0)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def likeliest(choices: Sequence[Mapping[str, float]], weights: Mapping[str, float]) -> int | None:
    """The index of the highest-scoring choice (the first of equals), or None when
    naming none scores higher."""
    scored = [(score(values, weights), -i) for i, values in enumerate(choices)]
    if not scored or max(scored)[0] < weights.get(NOBODY, 0.0):
        return None
    return -max(scored)[1]


def fit_choices(
    cases: Iterable[tuple[Sequence[Mapping[str, float]], int | None]],
    names: Sequence[str],
) -> dict[str, float]:
    """Weights for cases given as their choices' features and the index of the right
    choice, None when it is none of them; ``names`` includes ``nobody``."""
    nobody = [1.0 if n == NOBODY else 0.0 for n in names]
    rows: list[Case] = []
    for choices, right in cases:
        table = [[values[n] for n in names] for values in choices]
        rows.append(([*table, nobody], len(table) if right is None else right))
    return conditional_logit(rows, names)


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
