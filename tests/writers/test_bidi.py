"""The bidirectional algorithm and the script helpers both writers share."""

from __future__ import annotations

import random
import unicodedata

import pytest
from bidi import get_display

from briefing.writers.bidi import mirrored, resolve_levels, visual_order
from briefing.writers.scripts import (
    is_rtl_language,
    is_rtl_paragraph,
    script_runs,
    shape_arabic,
)

pytestmark = pytest.mark.core

ALPHABET = [
    *"abcXYZ",
    *"هيامالع",
    *"אבג",
    *"0123٣٤",
    *" ,.-+%$#/:()[]{}«»!?",
    "\u064e",  # fatha
    "\u0301",  # combining acute
    "\u200e",  # LRM
    "\u200f",  # RLM
    "\u061c",  # ALM
]


def shown(text: str, base: int, *, mirror: bool = False) -> str:
    levels = resolve_levels(text, base)
    order = visual_order(text, levels, base)
    return "".join(mirrored(text[i]) if mirror and levels[i] % 2 else text[i] for i in order)


def test_visual_order_matches_python_bidi_on_random_mixed_text() -> None:
    """python-bidi's implementation of UAX #9 (without mirroring) is the reference."""
    generator = random.Random(7)
    for _ in range(3000):
        text = "".join(generator.choice(ALPHABET) for _ in range(generator.randint(1, 24)))
        for base, direction in ((0, "L"), (1, "R")):
            assert shown(text, base) == get_display(text, base_dir=direction), (text, base)


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("abc", 0, "abc"),
        ("אבג", 0, "גבא"),
        ("see אבג now", 0, "see גבא now"),
        ("אבג (abc) דה", 1, "הד (abc) גבא"),
        ("אב 2025 ג", 1, "ג 2025 בא"),
    ],
)
def test_runs_of_each_direction_in_place(text: str, base: int, expected: str) -> None:
    assert shown(text, base, mirror=True) == expected


def test_brackets_at_right_to_left_levels_show_mirrored() -> None:
    assert shown("אב (גד)", 1, mirror=True) == "(דג) בא"
    assert shown("ab (cd)", 0, mirror=True) == "ab (cd)"
    assert mirrored("«") == "»" and mirrored("a") == "a"


def test_trailing_spaces_stay_at_the_paragraph_end() -> None:
    """Rule L1: white space at the end of a line goes to the paragraph's side."""
    text = "אבג  "
    order = visual_order(text, resolve_levels(text, 0), 0)
    assert order == [2, 1, 0, 3, 4]


@pytest.mark.parametrize(
    ("tag", "rtl"),
    [("ar", True), ("fa-IR", True), ("he", True), ("ur", True), ("en", False), ("az", False)],
)
def test_right_to_left_languages(tag: str, rtl: bool) -> None:
    assert is_rtl_language(tag) is rtl


def test_a_paragraph_runs_the_way_most_of_its_letters_do() -> None:
    english = "Rafiyev met Iraq's Minister of Communications, Hiyam Al-Yasiri (هيام الياسري)."
    arabic = "التقى نائب وزير الخارجية الأذربيجاني Yalchin Rafiyev وزيرة الاتصالات العراقية"
    assert not is_rtl_paragraph(english, rtl_document=False)
    assert is_rtl_paragraph(arabic, rtl_document=False)
    assert is_rtl_paragraph("COP29 في بغداد", rtl_document=False)
    assert is_rtl_paragraph(english, rtl_document=True)
    assert not is_rtl_paragraph("20.04.2025", rtl_document=False)


def test_script_runs_cut_around_right_to_left_text() -> None:
    text = "التقى رافييف (Rafiyev) في 20 أبريل، ثم שלום."
    assert script_runs(text) == [
        ("التقى رافييف", "arabic"),
        (" (Rafiyev) ", None),
        ("في 20 أبريل، ثم", "arabic"),
        (" ", None),
        ("שלום", "hebrew"),
        (".", None),
    ]
    assert script_runs("Latin only") == [("Latin only", None)]


def test_arabic_letters_take_their_joined_forms() -> None:
    (shaped,) = shape_arabic(["هيام"])
    assert [unicodedata.name(c).split()[-2:] for c in shaped] == [
        ["INITIAL", "FORM"],
        ["MEDIAL", "FORM"],
        ["FINAL", "FORM"],
        ["ISOLATED", "FORM"],
    ]
    assert unicodedata.normalize("NFKC", shaped) == "هيام"


def test_a_word_split_between_runs_still_joins() -> None:
    """Bold on half a word must not break the joining."""
    first, second = shape_arabic(["هي", "ام"])
    assert unicodedata.name(first[-1]).endswith("MEDIAL FORM")
    assert unicodedata.name(second[0]).endswith("FINAL FORM")


def test_lam_alef_becomes_a_ligature_and_nothing_else_does() -> None:
    (shaped,) = shape_arabic(["الله لا"])
    assert "\ufefb" in shaped and "\ufdf2" not in shaped
    assert unicodedata.normalize("NFKC", shaped) == "الله لا"


def test_persian_letters_join_too() -> None:
    (shaped,) = shape_arabic(["پژوهشگاه"])
    assert unicodedata.normalize("NFKC", shaped) == "پژوهشگاه"
    assert all(0xFB50 <= ord(c) <= 0xFEFF for c in shaped)


def _shown(text: str, base: int) -> str:
    """``text`` as laid out left to right, without the isolate controls."""
    levels = resolve_levels(text, base)
    return "".join(text[i] for i in visual_order(text, levels, base) if text[i] not in ISOLATES)


ISOLATES = "\u2066\u2067\u2068\u2069"


def test_an_unisolated_latin_date_in_arabic_reads_back_to_front() -> None:
    assert _shown("التاريخ: 20 April 2025", 1).startswith("April 2025 20")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("التاريخ: \u206820 April 2025\u2069", "20 April 2025 :خيراتلا"),
        ("التاريخ: \u2066BRF-2025/3\u2069 ثم", "مث BRF-2025/3 :خيراتلا"),
        ("التاريخ: \u206820 أبريل 2025\u2069", "2025 ليربأ 20 :خيراتلا"),
        ("Date \u2067ب 1\u2069 end", "Date 1 ب end"),
        ("open \u2068isolate", "open isolate"),
        ("a \u2068b \u2067ج د\u2069 e\u2069 f", "a b د ج e f"),
    ],
)
def test_isolates_keep_their_own_order(text: str, shown: str) -> None:
    base = 1 if text[0] in "التاريخ" else 0
    assert _shown(text, base) == shown


def test_an_isolate_counts_as_one_neutral_outside() -> None:
    """Digits inside an isolate do not join the numbers around it (the date stays apart
    from the count before it)."""
    levels = resolve_levels("عدد 4 \u206820 April\u2069", 1)
    assert levels[4] == 2 and levels[7:9] == [2, 2] and levels[5] == 1
