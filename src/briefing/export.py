"""The export core both front ends call: plan where files go, then render and write them."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.atomic import atomic_write
from briefing.errors import ExportError
from briefing.model import Record, load_record
from briefing.model.checks import record_advice
from briefing.model.release import ReleaseError, edition_suffix, release_edition
from briefing.render.pipeline import document_language, render_document
from briefing.render.templates import Template
from briefing.writers import FORMATS, get_writer

RECORD_SUFFIXES = (".visit.json", ".json")
EXTENSIONS = {name: f".{name}" for name in FORMATS}

Progress = Callable[[str], None]
WROTE = "wrote "
"""How the line telling of a written file begins."""


@dataclass(frozen=True)
class ExportJob:
    """One record and the file each requested format goes to."""

    record: Path
    outputs: Mapping[str, Path]
    release_level: str | None = None
    """Export only the portions marked at or below this level (a releasable edition)."""


DEFAULT_TEMPLATE = "briefing-book"


def output_name(
    record: Path, format_name: str, template: str, release_level: str | None = None
) -> str:
    """The file name an export of ``record`` takes: ``visit.pdf`` through the default
    template, ``visit-readout.pdf`` through another, so exports through different
    templates into one folder never replace each other; a releasable edition's name
    ends in its level, so it never replaces the full edition."""
    name = record_stem(record)
    if template != DEFAULT_TEMPLATE:
        name += f"-{template}"
    if release_level:
        name += edition_suffix(release_level)
    return name + EXTENSIONS[format_name]


def record_stem(record: Path) -> str:
    """``visit.visit.json`` → ``visit``: the name outputs take from their record."""
    for suffix in RECORD_SUFFIXES:
        if record.name.endswith(suffix) and len(record.name) > len(suffix):
            return record.name[: -len(suffix)]
    return record.stem


def expand_records(paths: Iterable[Path]) -> list[Path]:
    """Records named directly, and every ``*.json`` file in a named folder."""
    records: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.glob("*.json"))
            if not found:
                raise ExportError(f"{path}: the folder holds no .json records")
            records.extend(found)
        else:
            records.append(path)
    return records


def plan_jobs(
    records: Sequence[Path],
    formats: Sequence[str],
    output: Path | None,
    release_level: str | None = None,
    template: str = DEFAULT_TEMPLATE,
) -> list[ExportJob]:
    """Decide every output path before anything is written.

    ``output`` is a file when it ends in a format's extension (one record, one
    format), otherwise a folder (``None``: the current one) where files are named by
    ``output_name``. No output may be one of the records or be written twice.
    """
    if output is not None and output.suffix.lower() in EXTENSIONS.values():
        if len(records) != 1 or len(formats) != 1:
            raise ExportError(
                f"{output}: a file name takes one record and one format; give a folder"
            )
        if output.suffix.lower() != EXTENSIONS[formats[0]]:
            raise ExportError(f"{output}: the name does not end in {EXTENSIONS[formats[0]]}")
        jobs = [ExportJob(records[0], {formats[0]: output}, release_level)]
    else:
        folder = output or Path()
        jobs = [
            ExportJob(
                r,
                {f: folder / output_name(r, f, template, release_level) for f in formats},
                release_level,
            )
            for r in records
        ]
    _refuse_clashes(records, jobs)
    return jobs


def _refuse_clashes(records: Sequence[Path], jobs: Sequence[ExportJob]) -> None:
    inputs = {r.resolve() for r in records}
    seen: dict[Path, Path] = {}
    for job in jobs:
        for target in job.outputs.values():
            resolved = target.resolve()
            if resolved in inputs:
                raise ExportError(f"{target}: refusing to overwrite a record with an export")
            if resolved in seen:
                raise ExportError(
                    f"{target}: both {seen[resolved]} and {job.record} would be written here"
                )
            seen[resolved] = job.record


def run_job(
    job: ExportJob,
    template: Template,
    progress: Progress | None = None,
    notice: Progress | None = None,
) -> list[Path]:
    """Load and validate the job's record, then write every requested format; ``notice``
    hears of what is written differently from what the record asks (a language with no
    catalog) and of what would make a better brief (a photo without alt text)."""
    record = load_record(job.record)
    if notice is not None:
        language_notice = document_language(record, template).notice()
        if language_notice:
            notice(f"{job.record}: $.document.language: {language_notice}")
        for advice in record_advice(record):
            notice(f"{job.record}: {advice.path}: {advice.message}")
    if job.release_level is not None:
        try:
            record = release_edition(record, job.release_level)
        except ReleaseError as error:
            raise ReleaseError(f"{job.record}: $.document.classification: {error}") from None
    return write_outputs(record, job.record.parent, template, job.outputs, progress)


def write_outputs(
    record: Record,
    base_dir: Path,
    template: Template,
    outputs: Mapping[str, Path],
    progress: Progress | None = None,
) -> list[Path]:
    """Render ``record`` once, make every format, then write each atomically to its path:
    a format that fails leaves every file as it was, none written for half the formats."""
    document = render_document(record, template, base_dir)
    layout = template.layout()
    made = {}
    # The PDF first: laying it out gives the DOCX its contents' page numbers for free.
    for format_name in sorted(outputs, key=FORMATS.index):
        stream = io.BytesIO()
        get_writer(format_name).write(document, layout, stream)
        made[format_name] = stream.getvalue()
    written = []
    for format_name, target in outputs.items():
        _ensure_folder(target.parent)
        try:
            with atomic_write(target) as file:
                file.write(made[format_name])
        except OSError as error:
            raise ExportError(f"{target}: cannot write: {error.strerror or error}") from None
        written.append(target)
        if progress:
            progress(f"{WROTE}{target}")
    return written


def render_bytes(record: Record, base_dir: Path, template: Template, format_name: str) -> bytes:
    """One format in memory, for previews."""
    stream = io.BytesIO()
    document = render_document(record, template, base_dir)
    get_writer(format_name).write(document, template.layout(), stream)
    return stream.getvalue()


def _ensure_folder(folder: Path) -> None:
    if folder.is_dir():
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"{folder}: cannot create folder: {error.strerror}") from None
