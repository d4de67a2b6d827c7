"""Spell checking as you type, in the document's language.

Words are checked with Enchant (pyenchant) against the Hunspell dictionaries the
machine has, plus a personal word list per language that "Add to dictionary" fills.
Misspelled words get a red wavy underline that is only drawn, never stored; a right
click on one offers suggestions. A language without a dictionary is simply not
checked, and the app says so once (docs/user-guide.md says how to add one).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SUGGESTIONS = 6

TextBox = QTextEdit | QPlainTextEdit


class Speller:
    """One language's dictionary and the analyst's own words for it."""

    def __init__(self, dictionary: Any) -> None:
        self.dictionary = dictionary
        self.tag: str = dictionary.tag

    @staticmethod
    def for_language(language: str) -> Speller | None:
        """The speller for a BCP 47 tag (``az``, ``ar-IQ``, ``en-US``), or None when the
        machine has no dictionary for it (or no Enchant)."""
        broker = _broker()
        if broker is None or not language:
            return None
        tag = _dictionary_tag(broker, language)
        if tag is None:
            return None
        words = personal_words(tag.split("_")[0])
        import enchant

        return Speller(enchant.DictWithPWL(tag, str(words), broker=broker))

    def misspelled(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, length) of each word of ``text`` the dictionary does not know.
        Acronyms (UNFCCC, COP) and single letters are left alone."""
        for match in _WORD.finditer(text):
            word = match.group()
            if len(word) < 2 or word.isupper():
                continue
            if not self.dictionary.check(word):
                yield match.start(), len(word)

    def suggest(self, word: str) -> list[str]:
        return list(self.dictionary.suggest(word))[:_SUGGESTIONS]

    def add(self, word: str) -> None:
        """Add ``word`` to the personal word list of this language."""
        self.dictionary.add(word)


def personal_words(language: str) -> Path:
    """The file of words the analyst added for ``language`` (one per line)."""
    folder = Path(platformdirs.user_data_dir("briefing")) / "words"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{language}.txt"
    path.touch(exist_ok=True)
    return path


@cache
def _broker() -> Any:
    try:
        import enchant
    except ImportError:  # pyenchant is there, but the Enchant library is not
        return None
    return enchant.Broker()


_USUAL_REGION = {"en": "GB"}
"""The spelling a language without a region is checked in: British for English, as
diplomatic services mostly write it; otherwise the region named like the language
(fr_FR, ru_RU, tr_TR, az_AZ)."""


def _dictionary_tag(broker: Any, language: str) -> str | None:
    """The best dictionary for ``language``: the region it names, else the language's
    usual region, the language alone, then any region of it."""
    parts = language.replace("-", "_").split("_")
    primary = parts[0].lower()
    region = parts[1].upper() if len(parts) > 1 else ""
    usual = f"{primary}_{_USUAL_REGION.get(primary, primary.upper())}"
    for tag in (f"{primary}_{region}" if region else usual, primary):
        if broker.dict_exists(tag):
            return tag
    regional = sorted(t for t, _ in broker.list_dicts() if t.split("_")[0] == primary)
    return regional[0] if regional else None


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the words of a text box that its speller does not know."""

    def __init__(self, box: TextBox, speller: Callable[[], Speller | None]) -> None:
        super().__init__(box.document())
        self.speller = speller
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(QColor("#D32F2F"))

    def highlightBlock(self, text: str) -> None:
        speller = self.speller()
        if speller is None:
            return
        for start, length in speller.misspelled(text):
            self.setFormat(start, length, self.underline)


class SpellChecking(QObject):
    """The text boxes checked as you type, the language they are checked in, and their
    right-click menu with suggestions."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = ""
        self.speller: Speller | None = None
        self.highlighters: list[SpellHighlighter] = []

    def watch(self, box: TextBox) -> None:
        self.highlighters.append(SpellHighlighter(box, lambda: self.speller))
        box.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        box.customContextMenuRequested.connect(lambda position: self._menu(box, position))

    def set_language(self, language: str) -> bool:
        """Check in ``language`` from now on; False when there is no dictionary for it."""
        if language != self.language:
            self.language = language
            self.speller = Speller.for_language(language)
            self.rehighlight()
        return self.speller is not None

    def rehighlight(self) -> None:
        for highlighter in self.highlighters:
            highlighter.rehighlight()

    def word_at(self, box: TextBox, position: QPoint) -> QTextCursor | None:
        """The misspelled word under ``position`` (viewport coordinates), selected."""
        if self.speller is None:
            return None
        cursor = box.cursorForPosition(position)
        block = cursor.block()
        offset = cursor.position() - block.position()
        for start, length in self.speller.misspelled(block.text()):
            if start <= offset <= start + length:
                cursor.setPosition(block.position() + start)
                cursor.setPosition(
                    block.position() + start + length, QTextCursor.MoveMode.KeepAnchor
                )
                return cursor
        return None

    def menu(self, box: TextBox, position: QPoint) -> QMenu:
        """The box's usual menu, with suggestions and "Add to dictionary" on top when
        ``position`` is on a misspelled word."""
        menu = box.createStandardContextMenu()
        word = self.word_at(box, position)
        if word is None or self.speller is None:
            return menu
        first = menu.actions()[0]
        speller, text = self.speller, word.selectedText()
        suggestions = speller.suggest(text)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.triggered.connect(functools.partial(word.insertText, suggestion))
            menu.insertAction(first, action)
        if not suggestions:
            none = QAction(self.tr("(no suggestions)"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = QAction(self.tr("Add “{word}” to the dictionary").format(word=text), menu)
        add.triggered.connect(functools.partial(self._add_word, speller, text))
        menu.insertAction(first, add)
        menu.insertSeparator(first)
        return menu

    def _add_word(self, speller: Speller, word: str) -> None:
        speller.add(word)
        self.rehighlight()

    def _menu(self, box: TextBox, position: QPoint) -> None:
        self.menu(box, position).exec(box.viewport().mapToGlobal(position))
