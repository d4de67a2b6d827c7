"""A minimal valid record, the starting point ``briefing new`` writes."""

from __future__ import annotations

from datetime import date

from briefing.model.record import Document, Person, Record, Visit
from briefing.model.save import dump_record


def new_record(today: date | None = None) -> Record:
    """A one-day visit dated ``today`` with placeholders where a record needs a value."""
    day = today or date.today()
    return Record(
        document=Document(title="New visit", prepared_on=day),
        visit=Visit(
            principal=Person(name="Principal's name"),
            host_country="Host country",
            start=day,
            end=day,
        ),
    )


def new_record_text(today: date | None = None) -> str:
    return dump_record(new_record(today))
