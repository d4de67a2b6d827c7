"""The visit record, format version 1: the typed model every front end and template shares.

The models only check what one value can tell; rules that span the record (unique
ids, references, date ranges, photo paths) live in ``briefing.model.checks``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    SerializerFunctionWrapHandler,
    StrictBool,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from briefing.model.fields import Address, ClockTime, Identifier, IsoDate, Line, Name, Passage
from briefing.model.markdown_text import Markdown

FORMAT_VERSION = 1


class _Model(BaseModel):
    """Unknown fields are errors: they are nearly always typos."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class SchemeName(StrEnum):
    UK = "uk"
    US = "us"
    NATO = "nato"
    NONE = "none"
    CUSTOM = "custom"


class Classification(_Model):
    """The document's marking: a scheme and a level of it (none for ``none``)."""

    scheme: SchemeName = SchemeName.NONE
    level: Line | None = Field(
        default=None, description="A level of the scheme, e.g. OFFICIAL; null for 'none'."
    )
    levels: list[Name] | None = Field(
        default=None, description="Only with scheme 'custom': the levels, lowest first."
    )


class Document(_Model):
    title: Name
    reference: Line | None = None
    prepared_by: Line | None = None
    prepared_on: IsoDate
    language: str = Field(
        default="en", pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", description="BCP 47 tag."
    )
    classification: Classification = Field(default_factory=Classification)
    handling: Line = Field(default="", description="Caveat printed with the marking.")
    distribution: list[Name] = Field(default_factory=list)


class Person(_Model):
    name: Name
    name_native: Line | None = Field(
        default=None,
        description="The name in its own script, e.g. هيام الياسري, printed beside the name.",
    )
    title: Line | None = None
    organization: Line | None = None
    country: Line | None = None
    pronunciation: Line | None = None
    bio: Markdown | None = Field(default=None, description="Markdown.")


class Portion(_Model):
    """A piece of Markdown text that may carry its own classification.

    Written as a plain string when it has no marking of its own, so simple
    records stay simple.
    """

    text: Markdown
    classification: Line | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_plain_text(cls, value: Any) -> Any:
        return {"text": value} if isinstance(value, str) else value

    @model_serializer(mode="wrap")
    def _to_plain_text(self, handler: SerializerFunctionWrapHandler) -> Any:
        return self.text if self.classification is None else handler(self)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        as_object = handler.resolve_ref_schema(handler(core_schema))
        return {
            "anyOf": [{"type": "string", "description": "Markdown, unmarked."}, dict(as_object)],
            "title": "Portion",
        }


class Visit(_Model):
    principal: Person
    delegation: list[Person] = Field(default_factory=list)
    host_country: Name
    places: list[Name] = Field(default_factory=list)
    start: IsoDate
    end: IsoDate
    purpose: Markdown = ""
    background: list[Portion] = Field(
        default_factory=list, description="Paragraphs of Markdown, each optionally marked."
    )
    key_points: list[Portion] = Field(default_factory=list)

    @field_validator("background", mode="before")
    @classmethod
    def _one_paragraph(cls, value: Any) -> Any:
        """A single Markdown string is accepted as one unmarked portion."""
        return [value] if isinstance(value, str) else value


class MeetingKind(StrEnum):
    CONSULTATIONS = "consultations"
    BILATERAL = "bilateral"
    CALL = "call"
    VISIT = "visit"
    ROUNDTABLE = "roundtable"
    OTHER = "other"


class Press(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    CANCELLED = "cancelled"


class FollowUp(_Model):
    action: Name
    owner: Line | None = None
    due: IsoDate | None = None
    status: FollowUpStatus = FollowUpStatus.OPEN


class Meeting(_Model):
    id: Identifier
    title: Name
    kind: MeetingKind = MeetingKind.OTHER
    date: IsoDate
    outside_visit: StrictBool = Field(
        default=False, description="Set when the meeting's date falls outside the visit on purpose."
    )
    start_time: ClockTime | None = None
    end_time: ClockTime | None = None
    location: Line | None = None
    press: Press | None = None
    counterparts: list[Person] = Field(default_factory=list)
    topics: list[Name] = Field(default_factory=list)
    summary: Markdown = Field(default="", description="Markdown.")
    classification: Line | None = Field(
        default=None, description="Portion marking; null means the document's level."
    )
    outcomes: list[Portion] = Field(default_factory=list)
    follow_ups: list[FollowUp] = Field(default_factory=list)
    sources: list[Identifier] = Field(default_factory=list, description="Ids of record sources.")


class Source(_Model):
    id: Identifier
    title: Line | None = None
    publisher: Name
    date: IsoDate | None = None
    url: Address | None = None
    note: Passage | None = None
    classification: Line | None = Field(
        default=None,
        description="Portion marking; null means the document's level. A releasable "
        "edition also leaves out a source only withheld meetings cite.",
    )


class Photo(_Model):
    path: Line | None = Field(
        default=None,
        description="Image file relative to the record's folder; null if only the credit is known.",
    )
    caption: Passage | None = None
    credit: Line | None = None
    alt: Passage | None = Field(
        default=None,
        description="What the image shows, for readers who cannot see it (alt text).",
    )
    classification: Line | None = Field(
        default=None, description="Portion marking; null means the document's level."
    )


class Record(_Model):
    """One visit: the file an analyst edits and every template renders."""

    model_config = ConfigDict(
        title="Briefing visit record",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    format_version: int = FORMAT_VERSION
    document: Document
    visit: Visit
    meetings: list[Meeting] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    photos: list[Photo] = Field(default_factory=list)
    extensions: dict[str, Any] = Field(
        default_factory=dict, description="Anything of your own; kept as is, never checked."
    )
