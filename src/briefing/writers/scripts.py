"""Writing systems in document text, shared by the writers: which paragraphs run right to
left, where right-to-left script starts and stops inside a paragraph, which shipped fonts
draw Arabic and Hebrew beside a template's family, and joining Arabic letters.

Nothing here imports a writer library, so the DOCX writer and the PDF writer make the
same decisions about direction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Literal
from unicodedata import bidirectional

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "iw", "ur", "ps", "yi", "ckb", "sd", "ug"})
"""Languages written right to left in Arabic or Hebrew script, which the shipped fonts cover."""

Script = Literal["arabic", "hebrew"]

_RTL_CHARACTER = re.compile(
    "[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefe"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
"""Right-to-left letters and marks: a cheap test that keeps Latin text on the fast path."""
_HEBREW = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefe]")
_IGNORABLE = frozenset(
    chr(code)
    for first, last in (
        (0x034F, 0x034F),
        (0x061C, 0x061C),
        (0x115F, 0x1160),
        (0x17B4, 0x17B5),
        (0x180B, 0x180F),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x206F),
        (0x3164, 0x3164),
        (0xFE00, 0xFE0F),
        (0xFEFF, 0xFEFF),
        (0xFFA0, 0xFFA0),
        (0x1BCA0, 0x1BCA3),
        (0x1D173, 0x1D17A),
        (0xE0000, 0xE0FFF),
    )
    for code in range(first, last + 1)
)
"""Default-ignorable characters (joiners, direction marks, variation selectors): they steer
shaping and the bidirectional algorithm but are never drawn."""
BIDI_MARKS = frozenset("\u200e\u200f\u061c")
"""LRM, RLM and ALM: invisible, but strong characters for the bidirectional algorithm."""
_TATWEEL = "\u0640"
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"
"""Arabic vowel marks, which letters join across."""


def is_rtl_language(language: str) -> bool:
    """True for a BCP 47 tag whose language is written right to left (``ar``, ``fa-IR``…)."""
    return language.split("-", 1)[0].strip().lower() in RTL_LANGUAGES


def has_rtl(text: str) -> bool:
    return _RTL_CHARACTER.search(text) is not None


def is_ignorable(char: str) -> bool:
    return char in _IGNORABLE


def is_rtl_paragraph(text: str, rtl_document: bool) -> bool:
    """Whether a paragraph runs right to left.

    In a right-to-left document every paragraph does, as in a word processor, so headings,
    lists and tables keep one direction. In a left-to-right document a paragraph does when
    most of its letters are right to left: an Arabic summary that names an English speaker
    runs right to left, an English sentence that quotes an Arabic name does not.
    """
    if rtl_document:
        return True
    if not has_rtl(text):
        return False
    balance = 0
    for char in text:
        kind = bidirectional(char)
        if kind in ("R", "AL"):
            balance += 1
        elif kind == "L":
            balance -= 1
    return balance > 0


def script_of(char: str) -> Script | None:
    """The right-to-left script of a letter, mark or Arabic digit; None for anything else.

    Letters of the rarer right-to-left scripts count as Arabic (class AL) or Hebrew (R).
    """
    if char in BIDI_MARKS or not has_rtl(char):
        return None
    kind = bidirectional(char)
    if kind in ("AL", "AN") or (kind == "NSM" and not _HEBREW.match(char)):
        return "arabic"
    return "hebrew" if kind in ("R", "NSM") else None


def script_runs(text: str) -> list[tuple[str, Script | None]]:
    """``text`` cut where right-to-left script starts and stops.

    A right-to-left piece runs from one right-to-left letter to the last one of the same
    script, taking in the spaces, digits and punctuation between them; those around it
    belong to the pieces beside it, so the bidirectional algorithm places them by context.
    """
    if not has_rtl(text):
        return [(text, None)] if text else []
    pieces: list[tuple[str, Script | None]] = []
    start = 0
    i = 0
    while i < len(text):
        script = script_of(text[i])
        if script is None:
            i += 1
            continue
        end = last = i + 1
        while end < len(text):
            other = script_of(text[end])
            if other == script:
                last = end + 1
            elif other is not None or bidirectional(text[end]) == "L":
                break
            end += 1
        if start < i:
            pieces.append((text[start:i], None))
        pieces.append((text[i:last], script))
        start = i = last
    if start < len(text):
        pieces.append((text[start:], None))
    return pieces


@dataclass(frozen=True)
class Companions:
    """The shipped families that draw Arabic and Hebrew beside a template's family: the
    file family (``{family}-Regular.ttf``, ``-Bold``) and the name word processors know."""

    arabic: str
    arabic_name: str
    hebrew: str
    hebrew_name: str

    def name(self, script: Script) -> str:
        return self.arabic_name if script == "arabic" else self.hebrew_name


_SANS = Companions("NotoSansArabic", "Noto Sans Arabic", "NotoSansHebrew", "Noto Sans Hebrew")
_SERIF = Companions("NotoNaskhArabic", "Noto Naskh Arabic", "NotoSerifHebrew", "Noto Serif Hebrew")
SYMBOLS = "NotoSansSymbols2"
"""The last shipped fallback: a monochrome font of symbols, arrows and dingbats."""


def companions(family: str) -> Companions:
    """Naskh and serif Hebrew beside a serif family, the sans designs beside anything else."""
    return _SERIF if "serif" in family.lower() else _SANS


def shape_arabic(texts: Sequence[str]) -> list[str]:
    """The texts of one paragraph's runs with Arabic letters in their joined forms.

    The forms are Unicode presentation forms, which the shipped Arabic fonts map, so the
    PDF keeps searchable text. Each run is shaped with its neighbours as context, so a
    word split between bold and plain still joins; only lam-alef, which the script
    requires, becomes a ligature.
    """
    if not any(_ARABIC_LETTER.search(text) for text in texts):
        return list(texts)
    shaped: list[str] = []
    for index, text in enumerate(texts):
        if not _ARABIC_LETTER.search(text):
            shaped.append(text)
            continue
        before = index > 0 and _joins_after(texts[index - 1]) and _joins_before(text)
        after = index + 1 < len(texts) and _joins_after(text) and _joins_before(texts[index + 1])
        result = _reshape((_TATWEEL if before else "") + text + (_TATWEEL if after else ""))
        shaped.append(result[1 if before else 0 : len(result) - (1 if after else 0)])
    return shaped


def _joins_after(text: str) -> bool:
    """Whether the last letter of ``text`` (marks aside) joins the letter after it."""
    from arabic_reshaper.letters import LETTERS_ARABIC, connects_with_letter_after

    letter = text.rstrip(_MARKS)[-1:]
    return bool(letter) and bool(connects_with_letter_after(letter, LETTERS_ARABIC))


def _joins_before(text: str) -> bool:
    """Whether the first letter of ``text`` joins the letter before it."""
    from arabic_reshaper.letters import LETTERS_ARABIC, connects_with_letter_before

    letter = text[:1]
    return bool(letter) and bool(connects_with_letter_before(letter, LETTERS_ARABIC))


@cache
def _reshaper() -> Any:
    """Imported on first use: Latin-only documents never pay for it."""
    from arabic_reshaper import ArabicReshaper

    return ArabicReshaper(
        {"delete_harakat": False, "support_ligatures": True, "ARABIC LIGATURE ALLAH": False}
    )


@lru_cache(maxsize=4096)
def _reshape(text: str) -> str:
    """Cached, as the preview lays the same paragraphs out again after every edit."""
    result: str = _reshaper().reshape(text)
    return result
