"""Rules that span the record: markings, unique ids, references, dates and photo paths."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from briefing.errors import Problem
from briefing.model.markings import Scheme, scheme_of
from briefing.model.record import Record, SchemeName

MAX_IMAGE_PIXELS = 50_000_000
"""Larger pictures are refused before decoding: they would blow up memory (or be a bomb)."""


def check_record(record: Record, base_dir: Path | None) -> list[Problem]:
    """Every cross-field problem in ``record``; photos are checked when ``base_dir`` is known."""
    problems = list(_check_markings(record))
    problems += _check_dates(record)
    problems += _check_ids(record)
    if base_dir is not None:
        problems += _check_photos(record, base_dir)
    return problems


def record_scheme(record: Record) -> Scheme:
    classification = record.document.classification
    return scheme_of(classification.scheme.value, classification.levels)


def marked_portions(record: Record) -> Iterator[tuple[str, str | None]]:
    """Every (JSON path, level) that carries a portion marking, the document's own first."""
    yield "$.document.classification.level", record.document.classification.level
    for i, point in enumerate(record.visit.key_points):
        yield f"$.visit.key_points[{i}].classification", point.classification
    for i, paragraph in enumerate(record.visit.background):
        yield f"$.visit.background[{i}].classification", paragraph.classification
    for m, meeting in enumerate(record.meetings):
        yield f"$.meetings[{m}].classification", meeting.classification
        for i, outcome in enumerate(meeting.outcomes):
            yield f"$.meetings[{m}].outcomes[{i}].classification", outcome.classification
    for i, source in enumerate(record.sources):
        yield f"$.sources[{i}].classification", source.classification
    for i, photo in enumerate(record.photos):
        yield f"$.photos[{i}].classification", photo.classification


def _check_markings(record: Record) -> Iterator[Problem]:
    classification = record.document.classification
    if classification.scheme is SchemeName.CUSTOM:
        levels = classification.levels or []
        if not levels:
            yield Problem("$.document.classification.levels", "a custom scheme needs its levels")
            return
        marks = [level.portion for level in record_scheme(record).levels]
        if len(set(levels)) != len(levels) or not all(marks):
            yield Problem("$.document.classification.levels", "levels must be different names")
        elif len(set(marks)) != len(marks):
            yield Problem(
                "$.document.classification.levels",
                f"levels must have different initials for portion marks ({', '.join(marks)})",
            )
    elif classification.levels is not None:
        yield Problem(
            "$.document.classification.levels", "levels are only given with scheme 'custom'"
        )
    scheme = record_scheme(record)
    names = scheme.names()
    if classification.scheme is not SchemeName.NONE and classification.level is None:
        yield Problem("$.document.classification.level", f"a level of {_of(scheme)} is needed")
    for path, level in marked_portions(record):
        if level is None:
            continue
        if not names:
            yield Problem(path, f"marked {level!r}, but the document's scheme is 'none'")
        elif level not in names:
            yield Problem(path, f"{level!r} is not a level of {_of(scheme)}: {', '.join(names)}")


def _of(scheme: Scheme) -> str:
    return "the custom scheme" if scheme.name == "custom" else f"the '{scheme.name}' scheme"


def _check_dates(record: Record) -> Iterator[Problem]:
    visit = record.visit
    if visit.end < visit.start:
        yield Problem(
            "$.visit.end", f"the visit ends ({visit.end}) before it starts ({visit.start})"
        )
        return
    for i, meeting in enumerate(record.meetings):
        outside = not visit.start <= meeting.date <= visit.end
        if outside and not meeting.outside_visit:
            yield Problem(
                f"$.meetings[{i}].date",
                f"{meeting.date} is outside the visit ({visit.start} to {visit.end}); "
                "set outside_visit to true if that is intended",
            )
        if meeting.start_time and meeting.end_time and meeting.end_time < meeting.start_time:
            yield Problem(f"$.meetings[{i}].end_time", "ends before it starts")


def _check_ids(record: Record) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for i, meeting in enumerate(record.meetings):
        if meeting.id in seen:
            yield Problem(
                f"$.meetings[{i}].id",
                f"duplicate meeting id {meeting.id!r} (also $.meetings[{seen[meeting.id]}])",
            )
        seen.setdefault(meeting.id, i)
    source_ids: dict[str, int] = {}
    for i, source in enumerate(record.sources):
        if source.id in source_ids:
            yield Problem(f"$.sources[{i}].id", f"duplicate source id {source.id!r}")
        source_ids.setdefault(source.id, i)
    for m, meeting in enumerate(record.meetings):
        for s, source_id in enumerate(meeting.sources):
            if source_id not in source_ids:
                yield Problem(f"$.meetings[{m}].sources[{s}]", f"no source has id {source_id!r}")


def _check_photos(record: Record, base_dir: Path) -> Iterator[Problem]:
    root = base_dir.resolve()
    for i, photo in enumerate(record.photos):
        if photo.path is None:
            continue
        path = f"$.photos[{i}].path"
        relative = Path(photo.path)
        if relative.is_absolute() or photo.path.startswith(("/", "\\")) or ":" in photo.path:
            yield Problem(path, f"{photo.path!r} must be relative to the record's folder")
            continue
        target = (root / relative).resolve()
        if not target.is_relative_to(root):
            yield Problem(path, f"{photo.path!r} leaves the record's folder")
        elif not target.is_file():
            yield Problem(path, f"no image file at {photo.path!r}")
        else:
            message = image_problem(target)
            if message:
                yield Problem(path, f"{photo.path!r} {message}")


_IMAGE_FORMATS = ("PNG", "JPEG")


def image_problem(path: Path) -> str | None:
    """Why an image cannot go into a document, judged without decoding its pixels.

    Only PNG and JPEG are recognised, whatever the file's name: a record is untrusted
    input, and Pillow would otherwise hand an EPS file to Ghostscript, and let formats
    through that the DOCX writer then refuses. A JPEG must be RGB or grey and carry the
    JFIF or Exif header python-docx reads. ``verify`` reads the file's structure (a
    truncated PNG fails here rather than inside a writer), and runs only once the size
    is known to be acceptable.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path, formats=_IMAGE_FORMATS) as image:
            width, height = image.size
            if image.format == "JPEG" and (
                image.mode not in ("RGB", "L") or not {"jfif", "exif"} & image.info.keys()
            ):
                return "is a JPEG that documents cannot hold (use an RGB JPEG or a PNG)"
            if width * height <= MAX_IMAGE_PIXELS:
                image.verify()
    except Image.DecompressionBombError:
        return f"is too large: over {MAX_IMAGE_PIXELS // 1_000_000} megapixels"
    except (OSError, SyntaxError, UnidentifiedImageError, ValueError):
        return "cannot be read as an image (PNG or JPEG)"
    if width * height > MAX_IMAGE_PIXELS:
        return (
            f"is {width * height / 1_000_000:.0f} megapixels; images are limited to "
            f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels"
        )
    return None


def record_advice(record: Record) -> list[Problem]:
    """What does not stop an export but makes a worse brief: a photograph with no alt
    text is a figure screen readers can only announce by its caption, or not at all."""
    advice = []
    for index, photo in enumerate(record.photos):
        if not photo.path or (photo.alt or "").strip():
            continue
        if (photo.caption or "").strip():
            message = "the photo has no alt text; screen readers get only its caption"
        else:
            message = "the photo has no alt text or caption; screen readers skip it"
        advice.append(Problem(f"$.photos[{index}].alt", message))
    return advice
