"""The words Briefing adds to a document, in the document's language.

A brief's frame (headings, labels, meeting kinds, "Page 3 of 5") comes from a GNU
gettext catalog chosen by ``document.language``: ``ar-IQ`` reads the ``ar`` catalog,
``en-US`` the ``en`` one. The catalogs are ``.po`` files in ``locale/`` beside this
module, compiled in memory when first used, so what is in the repository is what runs.
A template folder may carry a ``locale/`` of its own, consulted before the built-in one.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from gettext import GNUTranslations, NullTranslations
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from briefing.errors import TemplateError

DOMAIN = "briefing"
SOURCE_LANGUAGE = "en"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
SHIPPED = ("en", "az", "ar", "ru", "tr", "fr")
"""The languages whose catalogs ship with Briefing, English first."""

_DEFAULT_REGIONS = {"en": "en_GB"}
"""Formats for a bare language tag: ``en`` writes "20 April 2025" and "14:30", the
usage of diplomatic correspondence; ``en-US`` still gets "April 20, 2025"."""


def N_(message: str) -> str:
    """Mark ``message`` for the catalog where it is defined; translate it where it is used."""
    return message


def primary_language(tag: str) -> str:
    """``ar-IQ`` → ``ar``: the part of a BCP 47 tag that chooses a catalog."""
    return tag.replace("_", "-").split("-")[0].lower()


@cache
def formatting_locale(tag: str) -> Locale:
    """The CLDR locale for dates, numbers and lists: the whole tag where CLDR knows it
    (``ar-IQ`` gives Iraq's month names), else its language, else British English."""
    candidates = [tag.replace("-", "_")]
    language = primary_language(tag)
    if language in _DEFAULT_REGIONS and "-" not in tag and "_" not in tag:
        candidates.insert(0, _DEFAULT_REGIONS[language])
    candidates += [language, "en_GB"]
    for candidate in candidates:
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    raise AssertionError("CLDR lacks British English")  # pragma: no cover


@dataclass(frozen=True)
class Language:
    """The catalog a document is written with, and how it was chosen."""

    tag: str
    catalog: str
    """The catalog's language: the tag's language, or English when there is none."""
    translations: NullTranslations

    @property
    def fell_back(self) -> bool:
        return self.catalog != primary_language(self.tag)

    def notice(self) -> str | None:
        """The one-line warning for a language without a catalog, else None."""
        if not self.fell_back:
            return None
        return (
            f"no catalog for language {self.tag!r}: the words Briefing adds are in English "
            f"(catalogs: {', '.join(available_catalogs(()))})"
        )


def catalog_dirs(template_locale: Path | None) -> tuple[Path, ...]:
    """Where catalogs are looked up, a template's own first."""
    if template_locale is not None and template_locale.is_dir():
        return (template_locale, LOCALE_DIR)
    return (LOCALE_DIR,)


def available_catalogs(dirs: tuple[Path, ...]) -> list[str]:
    """Every language with a catalog in ``dirs`` (the built-in ones always), English first."""
    found = {SOURCE_LANGUAGE, *SHIPPED}
    for folder in dirs:
        if folder.is_dir():
            found.update(p.name for p in folder.iterdir() if _po_files(folder, p.name))
    return sorted(found, key=lambda name: (name != SOURCE_LANGUAGE, name))


def language_for(tag: str, template_locale: Path | None = None) -> Language:
    """The catalog ``tag`` is written with, falling back to English."""
    dirs = catalog_dirs(template_locale)
    wanted = primary_language(tag)
    catalog = wanted if wanted in available_catalogs(dirs) else SOURCE_LANGUAGE
    return Language(tag, catalog, _translations(catalog, dirs))


@cache
def _translations(language: str, dirs: tuple[Path, ...]) -> NullTranslations:
    """The catalogs of ``language`` in ``dirs``, each falling back to the next."""
    chain: NullTranslations | None = None
    for folder in reversed(dirs):
        for po in reversed(_po_files(folder, language)):
            translations = _compiled(checked(po, read_catalog(po)))
            if chain is not None:
                translations.add_fallback(chain)
            chain = translations
    return chain or NullTranslations()


def _po_files(folder: Path, language: str) -> list[Path]:
    """The catalogs of ``language`` in ``folder``; a link leading elsewhere is not one."""
    root = folder.resolve()
    found = (folder / language / "LC_MESSAGES").glob("*.po")
    return sorted(po for po in found if po.resolve().is_relative_to(root))


def translated_messages(language: str, dirs: tuple[Path, ...]) -> set[str]:
    """The messages ``language``'s catalogs in ``dirs`` translate in full (every plural
    form, nothing fuzzy), by their singular form."""
    done: set[str] = set()
    for folder in dirs:
        for po in _po_files(folder, language):
            for message in read_catalog(po):
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                if message.id and not message.fuzzy and all(strings):
                    done.add(message.id if isinstance(message.id, str) else message.id[0])
    return done


def read_catalog(po: Path) -> Catalog:
    with po.open("rb") as stream:
        catalog: Catalog = read_po(stream, locale=po.parents[1].name, domain=po.stem)
    return catalog


def checked(po: Path, catalog: Catalog) -> Catalog:
    """``catalog``, unless a translation would break its message (a placeholder renamed
    or lost): that is a TemplateError naming the file and the message."""
    for message, errors in catalog.check():
        first = message.id if isinstance(message.id, str) else message.id[0]
        raise TemplateError(f"{po}: {first!r}: {errors[0]}")
    return catalog


def _compiled(catalog: Catalog) -> GNUTranslations:
    """``catalog`` as the standard library's translations, compiled in memory."""
    stream = io.BytesIO()
    write_mo(stream, catalog, use_fuzzy=False)
    stream.seek(0)
    return GNUTranslations(stream)
