"""``briefing templates --check`` and ``--copy``: trying a template, and starting a new one.

Checking renders the bundled sample in every format, in memory, which catches what
reading ``template.toml`` cannot: Jinja errors, markup outside the subset, a reference
document lacking a style.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

from briefing.errors import TemplateError
from briefing.model import load_record
from briefing.render import render_document
from briefing.render.templates import SPEC_FILE, Template, find_template, load_template
from briefing.resources import sample_record
from briefing.writers import FORMATS, get_writer

_NAME_LINE = re.compile(r'^name\s*=\s*".*"\s*$', re.MULTILINE)
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def check_template(name_or_dir: str) -> Template:
    """The template, once the sample has rendered through it in every format.

    Raises the first ``BriefingError`` met: template file and line for Jinja errors.
    """
    template = find_template(name_or_dir)
    sample = sample_record()
    document = render_document(load_record(sample), template, sample.parent)
    layout = template.layout()
    for format_name in FORMATS:
        get_writer(format_name).write(document, layout, io.BytesIO())
    return template


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
        shutil.copytree(source.folder, destination)
    except OSError as error:
        raise TemplateError(f"{destination}: cannot copy the template: {error.strerror}") from None
    spec = destination / SPEC_FILE
    text = spec.read_text(encoding="utf-8")
    spec.write_text(_NAME_LINE.sub(f'name = "{name}"', text, count=1), encoding="utf-8")
    return load_template(destination)
