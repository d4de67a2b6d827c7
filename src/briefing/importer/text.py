"""Sentences and word tokens, with the abbreviations news reports use ("H.E.", "Nov. 4")."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "jr",
    "sr",
    "no",
    "gen",
    "lt",
    "col",
    "capt",
    "gov",
    "sen",
    "rep",
    "hon",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "mt",
    "ft",
    "approx",
    "dept",
    "h.e",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")
_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|Hon|Smt|St|Jr|Sr)\.(?=\s)"  # courtesy abbreviations
    r"|(?:[A-Za-z]\.){2,}"  # U.S., H.E.
    r"|[A-Z]\.[A-Z][a-z][\w'’-]*"  # an initial glued to the name: "G.Zandanshatar"
    r"|[A-Z]\.(?=\s)"  # an initial: "A. Gurbanov"
    r"|[^\W\d_](?:[\w'’-]*[^\W_])?"  # words, with inner hyphens and apostrophes
    r"|\d+(?:[.,:]\d+)*"
    r"|\S"
)
_POSSESSIVE = re.compile(r"^(?P<word>.+?)(?P<s>[’']s)$")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def capitalised(self) -> bool:
        first = self.text[:1]
        if first.isupper():
            return True
        return bool(re.match(r"(?:al|el|ad|ar|as|at)-[A-Z]", self.text))


MAX_SENTENCE = 1000
"""Characters in a sentence the rules read at once. News sentences stay well under it;
text without full stops (lists, tables, run-on captions) is read in pieces this long, so
rules that look back and forth within a sentence cost time in proportion to the
article, not to its square."""


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, not at "Mr.", "H.E." or an initial like "A.";
    a run longer than ``MAX_SENTENCE`` is cut into pieces at spaces."""
    result: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        before = paragraph[max(start, match.start() - 64) : match.start()].rstrip('"”’)')
        last = re.search(r"(?<![\w.])([\w.]+)[.!?]$", before)
        word = last.group(1).lower() if last else ""
        if word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word):
            continue
        result.extend(_pieces(paragraph[start : match.start()].strip()))
        start = match.end()
    result.extend(_pieces(paragraph[start:].strip()))
    return [s for s in result if s]


def _pieces(sentence: str) -> list[str]:
    pieces: list[str] = []
    while len(sentence) > MAX_SENTENCE:
        cut = sentence.rfind(" ", MAX_SENTENCE // 2, MAX_SENTENCE)
        cut = cut if cut > 0 else MAX_SENTENCE
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    pieces.append(sentence)
    return pieces


def tokens(text: str) -> list[Token]:
    """Word and punctuation tokens; a possessive ``’s`` is a token of its own."""
    found: list[Token] = []
    for match in _TOKEN.finditer(text):
        value = match.group()
        possessive = _POSSESSIVE.match(value)
        if possessive and len(possessive["word"]) > 1:
            split = match.start() + len(possessive["word"])
            found.append(Token(possessive["word"], match.start(), split))
            found.append(Token(possessive["s"], split, match.end()))
        else:
            found.append(Token(value, match.start(), match.end()))
    return found
