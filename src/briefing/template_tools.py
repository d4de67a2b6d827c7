"""``briefing templates --check`` and ``--copy``: trying a template, and starting a new one.

Checking renders the bundled sample in every format and every language the template
declares, in memory, which catches what reading ``template.toml`` cannot: Jinja errors,
markup outside the subset, a reference document lacking a style, a translation that
breaks a placeholder. It also lists the template's words that a declared language's
catalogs (the template's own, then the built-in ones) do not translate.
"""

from __future__ import annotations

import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from babel.messages.extract import extract

from briefing.errors import TemplateError
from briefing.i18n import SOURCE_LANGUAGE, catalog_dirs, primary_language, translated_messages
from briefing.model import load_record
from briefing.render.pipeline import render_document
from briefing.render.templates import (
    ASSETS_FOLDER,
    LOCALE_FOLDER,
    SPEC_FILE,
    Template,
    find_template,
    load_template,
)
from briefing.resources import sample_record
from briefing.writers import FORMATS, get_writer

_NAME_LINE = re.compile(r'^name\s*=\s*".*"\s*$', re.MULTILINE)
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Untranslated:
    """A word of the template that a declared language's catalogs lack."""

    language: str
    message: str
    where: str
    """``file:line`` of the message in the template."""


def check_template(name_or_dir: str) -> tuple[Template, list[Untranslated]]:
    """The template, once the sample has rendered through it in every format and declared
    language, and what those languages lack a translation for.

    Raises the first ``BriefingError`` met: template file and line for Jinja errors.
    """
    template = find_template(name_or_dir)
    sample = sample_record()
    record = load_record(sample)
    layout = template.layout()
    for language in dict.fromkeys([record.document.language, *template.spec.languages]):
        record.document.language = language
        document = render_document(record, template, sample.parent)
        for format_name in FORMATS:
            get_writer(format_name).write(document, layout, io.BytesIO())
    return template, untranslated(template)


def untranslated(template: Template) -> list[Untranslated]:
    """Every message of the template's own files that a declared language does not
    translate, in the order of the languages and then of the files."""
    messages = template_messages(template.folder)
    dirs = catalog_dirs(template.folder / LOCALE_FOLDER)
    missing = []
    for language in template.spec.languages:
        if primary_language(language) == SOURCE_LANGUAGE:
            continue
        known = translated_messages(primary_language(language), dirs)
        missing += [
            Untranslated(language, message, where)
            for message, where in messages.items()
            if message not in known
        ]
    return missing


def template_messages(folder: Path) -> dict[str, str]:
    """The messages (singular forms) in a template folder's Jinja files, with where each
    is first found."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.html")):
        if ASSETS_FOLDER in path.relative_to(folder).parts:
            continue
        with path.open("rb") as stream:
            for line, message, _, _ in extract("jinja2", stream, options=_JINJA_OPTIONS):
                singular = message if isinstance(message, str) else message[0]
                if singular:
                    found.setdefault(singular, f"{path}:{line}")
    return found


_JINJA_OPTIONS = {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}


def copy_template(name_or_dir: str, destination: Path) -> Template:
    """A copy of a template in the new folder ``destination``, named after that folder.

    Naming the copy after its folder makes it a template of its own; a folder named like
    the original makes it a replacement (in the user's template folder, it overrides).
    """
    source = find_template(name_or_dir)
    name = destination.name
    if not _NAME.match(name):
        raise TemplateError(
            f"{destination}: a template folder name is lower-case letters, digits and dashes"
        )
    if destination.exists():
        raise TemplateError(f"{destination}: already exists; not overwritten")
    try:
        # Links are copied as links, never as what they point to: the copy reads no more
        # than the original may.
        shutil.copytree(source.folder, destination, symlinks=True)
    except OSError as error:
        raise TemplateError(f"{destination}: cannot copy the template: {error.strerror}") from None
    spec = destination / SPEC_FILE
    text = spec.read_text(encoding="utf-8")
    spec.write_text(_NAME_LINE.sub(f'name = "{name}"', text, count=1), encoding="utf-8")
    return load_template(destination)
