"""Releasable editions: the record without every portion marked above a release level.

Filtering the record itself, before anything is rendered, means no template,
table of contents, outline, header or property can show a withheld portion:
none of them ever sees it. The banner then follows from what is left.
"""

from __future__ import annotations

from briefing.errors import BriefingError
from briefing.model.checks import record_scheme
from briefing.model.record import Portion, Record


class ReleaseError(BriefingError):
    """A release level that does not fit the record's marking."""


def release_edition(record: Record, level: str) -> Record:
    """A copy of ``record`` holding only portions marked ``level`` or below.

    Unmarked portions carry the document's own level, so the document level
    must itself be releasable. Sources and photos may be marked like portions; a
    source that only withheld meetings cite is withheld with them (its title, note
    or address would tell what they were about).
    """
    scheme = record_scheme(record)
    names = scheme.names()
    if level not in names:
        known = ", ".join(names) if names else "none: the record's scheme is 'none'"
        raise ReleaseError(
            f"release level {level!r} is not a level of the record (levels: {known})"
        )
    limit = scheme.rank(level)
    document_level = record.document.classification.level
    if document_level is not None and scheme.rank(document_level) > limit:
        raise ReleaseError(
            f"the document itself is marked {document_level}, above the release level {level}; "
            "mark the portions that may not be released instead"
        )

    def releasable(portion_level: str | None) -> bool:
        return portion_level is None or scheme.rank(portion_level) <= limit

    def kept(portions: list[Portion]) -> list[Portion]:
        return [p for p in portions if releasable(p.classification)]

    # Copies of what changes only: a deep copy of the whole record recursed through its
    # ``extensions``, which may nest as deep as JSON allows.
    visit = record.visit.model_copy(
        update={
            "key_points": kept(record.visit.key_points),
            "background": kept(record.visit.background),
        }
    )
    released = [m for m in record.meetings if releasable(m.classification)]
    cited = {source for m in released for source in m.sources}
    withheld = {source for m in record.meetings for source in m.sources} - cited
    sources = [s for s in record.sources if releasable(s.classification) and s.id not in withheld]
    kept_ids = {s.id for s in sources}
    meetings = [
        m.model_copy(
            update={
                "outcomes": kept(m.outcomes),
                "sources": [source for source in m.sources if source in kept_ids],
            }
        )
        for m in released
    ]
    photos = [p for p in record.photos if releasable(p.classification)]
    return record.model_copy(
        update={"visit": visit, "meetings": meetings, "sources": sources, "photos": photos}
    )


def edition_suffix(level: str) -> str:
    """``OFFICIAL-SENSITIVE`` → ``-official-sensitive``: told apart from the full edition."""
    slug = "".join(c if c.isalnum() else "-" for c in level.lower()).strip("-")
    return f"-{'-'.join(part for part in slug.split('-') if part)}"
