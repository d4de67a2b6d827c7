"""The render context: the record as templates see it, with the derived values computed once.

Templates get plain namespaces (attribute access, no methods), dates as ``date``
objects for the ``date`` filter, and the banner marking worked out from every
portion, so no template has to repeat that logic.
"""

from __future__ import annotations

from types import SimpleNamespace as NS
from typing import Any

from briefing.i18n import N_
from briefing.model.checks import marked_portions, record_scheme
from briefing.model.markings import Scheme
from briefing.model.record import Meeting, Person, Portion, Record, Source
from briefing.render.localize import gettext, punctuation
from briefing.render.templates import Template

KIND_LABELS = {
    "consultations": N_("Consultations"),
    "bilateral": N_("Bilateral meeting"),
    "call": N_("Call"),
    "visit": N_("Visit"),
    "roundtable": N_("Round-table"),
    "other": N_("Meeting"),
}
"""Meeting kinds as a brief names them, in English; translated where they are used."""
STATUS_LABELS = {
    "open": N_("Open"),
    "in-progress": N_("In progress"),
    "done": N_("Done"),
    "cancelled": N_("Cancelled"),
}
STATUS_NOTES = {
    "open": N_("(open)"),
    "in-progress": N_("(in progress)"),
    "done": N_("(done)"),
    "cancelled": N_("(cancelled)"),
}
"""The status as a note after an action, where languages do not simply lower-case the label."""
PRESS_LABELS = {"open": N_("open press"), "closed": N_("closed press")}


def build_context(record: Record, template: Template) -> dict[str, Any]:
    """Everything a template may use; documented in docs/templates.md."""
    scheme = record_scheme(record)
    document = record.document
    default_level = document.classification.level
    marks = _Marks(scheme, default_level, template.spec.markings.portion_marks)
    sources = {s.id: _source(s) for s in record.sources}
    meetings = [_meeting(m, i, marks, sources) for i, m in enumerate(record.meetings, start=1)]
    visit = record.visit
    return {
        "document": NS(
            title=document.title,
            reference=document.reference or "",
            prepared_by=document.prepared_by or "",
            prepared_on=document.prepared_on,
            language=document.language,
            handling=document.handling,
            distribution=list(document.distribution),
        ),
        "marking": NS(
            banner=banner_marking(record),
            caveat=document.handling,
            scheme=scheme.name,
            level=default_level or "",
        ),
        "visit": NS(
            principal=_person(visit.principal),
            delegation=[_person(p) for p in visit.delegation],
            host_country=visit.host_country,
            places=list(visit.places),
            start=visit.start,
            end=visit.end,
            purpose=visit.purpose,
            background=[marks.portion(p) for p in visit.background],
            key_points=[marks.portion(p) for p in visit.key_points],
        ),
        "meetings": meetings,
        # The programme follows the record's order, as the meetings section and the app's
        # meeting list do; the analyst orders the meetings there.
        "programme": meetings,
        "outcomes": [
            NS(**vars(o), meeting=m.title, meeting_number=m.number)
            for m in meetings
            for o in m.outcomes
        ],
        "follow_ups": [
            NS(**vars(f), meeting=m.title, meeting_number=m.number)
            for m in meetings
            for f in m.follow_ups
        ],
        "sources": list(sources.values()),
        "photos": [
            NS(
                src=f"photo:{i}" if p.path else "",
                caption=p.caption or "",
                credit=p.credit or "",
                alt=p.alt or p.caption or "",
            )
            for i, p in enumerate(record.photos)
        ],
        "photo_credits": list(dict.fromkeys(p.credit for p in record.photos if p.credit)),
        "template": _template(template),
        "punctuation": NS(**punctuation()),
    }


def _template(template: Template) -> NS:
    """The template's own settings; its ``[options]`` become attributes beside them."""
    spec = template.spec
    return NS(
        **{
            **spec.options,
            "name": spec.name,
            "description": spec.description,
            "markings": NS(portion_marks=spec.markings.portion_marks, cover=spec.markings.cover),
            "logo": f"asset:{spec.logo}" if spec.logo else "",
        }
    )


def banner_marking(record: Record) -> str:
    """The highest level marked anywhere in the record: what every page must carry."""
    scheme = record_scheme(record)
    levels = [level for _, level in marked_portions(record) if level]
    return max(levels, key=scheme.rank) if levels else ""


class _Marks:
    """Portion marks, e.g. ``(OS)``; an unmarked portion carries the document's level.

    ``prefix`` is the mark when the template prints portion marks and empty otherwise, so
    templates can always write ``text | inline(portion.prefix)``.
    """

    def __init__(self, scheme: Scheme, default_level: str | None, prefixes: bool) -> None:
        self.scheme = scheme
        self.default_level = default_level
        self.prefixes = prefixes

    def of(self, level: str | None) -> NS:
        effective = level or self.default_level
        if not effective:
            return NS(classification="", mark="", prefix="")
        mark = f"({self.scheme.level(effective).portion})"
        return NS(classification=effective, mark=mark, prefix=mark if self.prefixes else "")

    def portion(self, portion: Portion) -> NS:
        return NS(text=portion.text, **vars(self.of(portion.classification)))


def _person(person: Person) -> NS:
    return NS(
        name=person.name,
        name_native=person.name_native or "",
        title=person.title or "",
        organization=person.organization or "",
        country=person.country or "",
        pronunciation=person.pronunciation or "",
        bio=person.bio or "",
    )


def _source(source: Source) -> NS:
    return NS(
        id=source.id,
        title=source.title or "",
        publisher=source.publisher,
        date=source.date,
        url=source.url or "",
        note=source.note or "",
    )


def _meeting(meeting: Meeting, number: int, marks: _Marks, sources: dict[str, NS]) -> NS:
    return NS(
        id=meeting.id,
        number=number,
        title=meeting.title,
        kind=meeting.kind.value,
        kind_label=gettext(KIND_LABELS[meeting.kind.value]),
        date=meeting.date,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        location=meeting.location or "",
        press=meeting.press.value if meeting.press else "",
        press_label=gettext(PRESS_LABELS[meeting.press.value]) if meeting.press else "",
        counterparts=[_person(p) for p in meeting.counterparts],
        topics=list(meeting.topics),
        summary=meeting.summary,
        **vars(marks.of(meeting.classification)),
        outcomes=[marks.portion(o) for o in meeting.outcomes],
        follow_ups=[
            NS(
                action=f.action,
                owner=f.owner or "",
                due=f.due,
                status=f.status.value,
                status_label=gettext(STATUS_LABELS[f.status.value]),
                status_note=gettext(STATUS_NOTES[f.status.value]),
            )
            for f in meeting.follow_ups
        ],
        sources=[sources[s] for s in meeting.sources],
    )
