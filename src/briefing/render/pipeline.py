"""The rendering pipeline: a record through its template to a document tree."""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefing.document import Document, Image
from briefing.errors import TemplateError
from briefing.i18n import Language, language_for
from briefing.model.checks import image_problem
from briefing.model.record import Record
from briefing.render.compiled_cache import compiled_cache
from briefing.render.context import build_context
from briefing.render.environment import make_environment
from briefing.render.limits import start_work_budget
from briefing.render.localize import rendering_in
from briefing.render.markup import MarkupError, parse_markup
from briefing.render.templates import (
    ASSETS_FOLDER,
    LOCALE_FOLDER,
    Template,
    inside,
    shared_macros_dir,
)


def render_markup(record: Record, template: Template) -> str:
    """The briefing markup ``template`` renders for ``record``."""
    environment = _environment(template.folder)
    start_work_budget()
    try:
        with rendering_in(document_language(record, template)):
            chunks = environment.get_template(template.spec.entry).generate(
                build_context(record, template)
            )
            return "".join(_limit(chunks, markup_allowance(record)))
    except jinja2.TemplateSyntaxError as error:
        where = f"{error.filename or template.folder / template.spec.entry}:{error.lineno}"
        raise TemplateError(f"{where}: {error.message}") from None
    except RecursionError as error:
        where = _template_frame(error, template)
        raise TemplateError(f"{where}: macros call each other without end") from None
    except (jinja2.TemplateError, SecurityError, TypeError, ValueError, OverflowError) as error:
        raise TemplateError(f"{_template_frame(error, template)}: {error}") from None


def document_language(record: Record, template: Template) -> Language:
    """The catalog ``record``'s brief is written with through ``template``."""
    return language_for(record.document.language, template.folder / LOCALE_FOLDER)


MARKUP_BASE = 1024 * 1024
MARKUP_PER_CHARACTER = 4
"""A template may print more than its record holds (labels, tables of contents, a
programme repeating the meetings; the briefing book prints about 1.2 characters per
character of its record), but not this much more: laying out a megabyte of markup takes
seconds and hundreds of megabytes, so a template printing in a loop is stopped early."""


def markup_allowance(record: Record) -> int:
    """The most markup a template may print for ``record``, in characters. Its
    ``extensions`` do not count: templates never see them, and they may nest deeper
    than serialising allows."""
    return MARKUP_BASE + MARKUP_PER_CHARACTER * len(record.model_dump_json(exclude={"extensions"}))


def _limit(chunks: Iterator[str], allowance: int) -> Iterator[str]:
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > allowance:
            raise SecurityError(
                f"the template's output passed {allowance:,} characters, "
                f"{MARKUP_PER_CHARACTER} per character of the record and {MARKUP_BASE:,} more"
            )
        yield chunk


def render_document(record: Record, template: Template, base_dir: Path) -> Document:
    """Render ``record`` (whose photos live under ``base_dir``) into a document tree."""
    images = {
        f"photo:{i}": base_dir / photo.path for i, photo in enumerate(record.photos) if photo.path
    }
    assets = template.folder / ASSETS_FOLDER
    if assets.is_dir():
        images.update(
            {f"asset:{p.name}": p for p in assets.iterdir() if p.is_file() and inside(assets, p)}
        )
    markup = render_markup(record, template)
    try:
        document = parse_markup(markup, images)
    except MarkupError as error:
        raise TemplateError(f"{template.folder / template.spec.entry}: {error}") from None
    _check_assets(document, assets)
    document.meta.date = _source_date() or document.meta.date
    return document


def _check_assets(document: Document, assets: Path) -> None:
    """The template's pictures pass the checks a record's photos do (PNG or JPEG by their
    bytes, a size that decodes safely): a template may come from anywhere too, and a logo
    that Pillow took for EPS would be handed to Ghostscript."""
    for block in document.blocks:
        if isinstance(block, Image) and block.path.parent == assets:
            problem = image_problem(block.path)
            if problem:
                raise TemplateError(f"{block.path}: {problem}")


def _source_date() -> str | None:
    """The reproducible-builds override of a document's date (``SOURCE_DATE_EPOCH``)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return None
    return datetime.fromtimestamp(int(epoch), tz=UTC).date().isoformat()


@cache
def _environment(folder: Path) -> ImmutableSandboxedEnvironment:
    """One environment per template folder, so compiled templates are reused, in this
    process and (through the user's cache folder) in the next.

    The folder comes first, then the shared macros (``templates/_shared/``) every
    template may import, so a file of the same name in the folder is found first.
    """
    environment = make_environment([str(folder), str(shared_macros_dir())])
    environment.bytecode_cache = compiled_cache()
    return environment


def _template_frame(error: BaseException, template: Template) -> str:
    """``file:line`` of the innermost template frame where ``error`` was raised."""
    folder = str(template.folder)
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.startswith(folder)]
    if frames:
        return f"{frames[-1].filename}:{frames[-1].lineno}"
    return str(template.folder / template.spec.entry)
