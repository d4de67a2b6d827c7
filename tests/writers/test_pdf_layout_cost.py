"""Layout work grows with the text's length, not its square.

Counted as the characters the PDF writer and reportlab measure (every measurement
passes through ``stringWidth``), so the check is exact and needs no clock: doubling a
text may at most a little more than double the work.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import paragraph as reportlab_paragraph

from briefing.document import Document, Layout, Meta, Paragraph, Run
from briefing.writers import pdf, pdf_text
from briefing.writers.pdf import PdfWriter

pytestmark = pytest.mark.core

GROWTH = 2.4
"""At most this much more work for twice the text: n log n passes, n squared does not."""


def measured_characters(monkeypatch: pytest.MonkeyPatch, make: Callable[[], Any]) -> int:
    """Characters measured while ``make()`` runs."""
    total = 0

    def counting(measure: Callable[..., float]) -> Callable[..., float]:
        def measured(text: str, *args: Any, **kwargs: Any) -> float:
            nonlocal total
            total += len(text)
            return measure(text, *args, **kwargs)

        return measured

    with monkeypatch.context() as patch:
        for module in (reportlab_paragraph, pdf, pdf_text):
            patch.setattr(module, "stringWidth", counting(module.stringWidth))
        make()
    return total


def write(text: str | list[Run], footer: str = "REF") -> bytes:
    meta = Meta(title="t", marking="OFFICIAL", footer=footer, date="2025-04-21")
    runs = [Run(text)] if isinstance(text, str) else text
    stream = io.BytesIO()
    PdfWriter().write(Document(meta, [Paragraph(runs)]), Layout(), stream)
    return stream.getvalue()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(lambda n: " ".join(["word"] * (n // 5)), id="words"),
        pytest.param(lambda n: "x" * n, id="one-word"),
        pytest.param(lambda n: " ".join(["كلمة"] * (n // 5)), id="arabic-words"),
    ],
)
def test_a_paragraph_of_many_pages_is_laid_out_in_linear_work(
    monkeypatch: pytest.MonkeyPatch, text: Callable[[int], str]
) -> None:
    short = measured_characters(monkeypatch, lambda: write(text(40_000)))
    long = measured_characters(monkeypatch, lambda: write(text(80_000)))

    assert long <= GROWTH * short, (short, long)


@pytest.mark.parametrize(
    ("runs", "in_order"),
    [
        pytest.param(lambda words: [Run(" ".join(words))], True, id="plain"),
        pytest.param(
            lambda words: [Run(w + " ", bold=n % 3 == 0) for n, w in enumerate(words)],
            True,
            id="styled",
        ),
        # Extraction reads lines that mix scripts in its own order: count the words only.
        pytest.param(
            lambda words: [Run(w + " كلمة ", italic=n % 2 == 0) for n, w in enumerate(words)],
            False,
            id="styled-arabic",
        ),
    ],
)
def test_the_rest_of_a_split_paragraph_keeps_every_word(
    runs: Callable[[list[str]], list[Run]], in_order: bool
) -> None:
    words = [f"w{n}" for n in range(12_000)]

    pages = [page.extract_text() for page in PdfReader(io.BytesIO(write(runs(words)))).pages]

    assert len(pages) > 5
    shown = [w for w in " ".join(pages).split() if w.startswith("w") and w[1:].isdigit()]
    assert shown == words if in_order else sorted(shown) == sorted(words)


def test_a_footer_many_words_long_is_cut_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    def footer(words: int) -> str:
        return " ".join(["reference"] * words)

    short = measured_characters(monkeypatch, lambda: write("Body", footer(3_000)))
    long = measured_characters(monkeypatch, lambda: write("Body", footer(6_000)))

    assert long <= GROWTH * short, (short, long)
    assert (
        "reference reference…"
        in PdfReader(io.BytesIO(write("Body", footer(6_000)))).pages[0].extract_text()
    )
