"""A draft record from an extraction: every value traced to its sentence, all marked for review.

The draft is a valid record. Where the format needs a value the article does not give
(the briefing's date, a visit without a date, a principal without a name), an honest
placeholder is used and listed under ``placeholders``. Provenance lives in
``extensions.import``, which the record format keeps as it is:

- ``fields``: JSON path → the article's sentence that gave the value;
- ``placeholders``: JSON path → why there is no value from the article;
- ``unreviewed``: the JSON paths the analyst has not yet confirmed or edited;
- ``doubts``: JSON path → another value the article nearly gave (``value``) and the
  sentence that points to it (``sentence``): so far the visitor, when the evidence
  hardly prefers the one chosen.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from briefing.errors import BriefingError
from briefing.importer import details
from briefing.importer.clean import clean
from briefing.importer.extract import Extraction, Fact, Meeting, Person, extract
from briefing.importer.people import surname
from briefing.model import dump_record, validate_data
from briefing.model.record import FORMAT_VERSION, Record

IMPORT_KEY = "import"
NO_PRINCIPAL = "Principal (not named in the article)"
NO_HOST = "Host country (not named in the article)"
MAX_ARTICLE_MB = 10
MAX_ARTICLE_BYTES = MAX_ARTICLE_MB * 2**20
"""A saved page larger than this is not one article (pages with their scripts and styles
run to a few megabytes)."""
MAX_ARTICLE_TEXT = 200_000
"""Characters of article text, once the page's furniture is gone: some fifty pages, far
beyond any report of a visit, and read in a few seconds."""


class Why(StrEnum):
    """Why a field holds a placeholder, as ``placeholders`` keeps it: English in the
    file, translated where the app shows it (``gui/session.py``)."""

    DRAFT_DATE = "the date the draft was made"
    NO_VISITOR = "the article names no visitor"
    NO_HOST = "the article names no host country"
    UNDATED_VISIT = "the article gives no date for the visit; the article's own date"
    UNDATED_ARTICLE = "the article gives no dated visit; the date the draft was made"
    DATES_OUT_OF_ORDER = "the article's dates were out of order"
    NO_HEADLINE = "the article has no headline"
    UNDATED_MEETING = "the article does not date this meeting; the visit's start"


class ArticleError(BriefingError):
    """An article that cannot be imported: too large (``length`` None), or too long to be
    one report (``length`` characters of text). The app words it in its own language."""

    def __init__(self, name: str, length: int | None = None) -> None:
        self.length = length
        if length is None:
            super().__init__(f"{name}: too large to import: over {MAX_ARTICLE_MB} MB")
        else:
            super().__init__(
                f"{name}: too long to import: {length:,} characters of text, at most "
                f"{MAX_ARTICLE_TEXT:,}; import the part about the visit"
            )


@dataclass(frozen=True)
class Draft:
    data: dict[str, Any]
    """The record as the JSON a saved file holds (every field written), valid, with
    ``extensions.import``."""

    @property
    def info(self) -> dict[str, Any]:
        info: dict[str, Any] = self.data["extensions"][IMPORT_KEY]
        return info

    def text(self) -> str:
        """The draft as a ``.visit.json`` file."""
        return json.dumps(self.data, indent=2, ensure_ascii=False) + "\n"


class _Builder:
    def __init__(self) -> None:
        self.fields: dict[str, str] = {}
        self.placeholders: dict[str, str] = {}

    def fact(self, path: str, fact: Fact | None, default: Any = None) -> Any:
        if fact is None or fact.value in (None, "", []):
            return default
        if fact.sentence:
            self.fields[path] = fact.sentence
        value = fact.value
        return value.isoformat() if isinstance(value, date) else value

    def value(self, path: str, value: Any, sentence: str | None) -> Any:
        if value not in (None, "", []) and sentence:
            self.fields[path] = sentence
        return value

    def placeholder(self, path: str, value: Any, why: Why) -> Any:
        self.placeholders[path] = why.value
        return value


def draft_from_text(
    article: str, *, source_name: str | None = None, today: date | None = None
) -> Draft:
    """The draft record of an article's text (plain text or HTML)."""
    name = source_name or "article"
    if len(article) > MAX_ARTICLE_BYTES:
        raise ArticleError(name)
    cleaned = clean(article)
    length = sum(len(paragraph) for paragraph in cleaned.paragraphs)
    if length > MAX_ARTICLE_TEXT:
        raise ArticleError(name, length)
    extraction = extract(cleaned)
    data = _within_limits(_record(extraction, source_name, today or date.today()))
    record = validate_data(data, Path("draft.visit.json"))
    complete: dict[str, Any] = json.loads(dump_record(record))
    return Draft(complete)


def read_article(path: Path) -> str:
    """An article file's text, read up to ``MAX_ARTICLE_BYTES``."""
    with path.open("rb") as stream:
        return decode_article(stream.read(MAX_ARTICLE_BYTES + 1), str(path))


def decode_article(raw: bytes, name: str) -> str:
    """An article's bytes as text: UTF-8 (with or without BOM), else Windows-1252."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _within_limits(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with text longer than its field holds (a headline run on into the article,
    a run of names) cut at a word with an ellipsis, so the draft always validates."""
    try:
        Record.model_validate(data)
    except ValidationError as error:
        for problem in error.errors():
            if problem["type"] == "string_too_long":
                _shorten(data, list(problem["loc"]), int(problem["ctx"]["max_length"]))
    return data


def _shorten(container: Any, location: list[Any], limit: int) -> None:
    key = location.pop(0)
    inner = container[key]
    if location and isinstance(inner, dict | list):
        _shorten(inner, location, limit)
    elif isinstance(inner, str):  # also a portion written as plain text
        cut = inner[: limit - 1]
        word = cut.rfind(" ", limit // 2)
        container[key] = (cut[:word] if word > 0 else cut).rstrip(" ,;:") + "…"


def _record(extraction: Extraction, source_name: str | None, today: date) -> dict[str, Any]:
    b = _Builder()
    visit = _visit(b, extraction, today)
    sources = _sources(b, extraction)
    source_ids = [s["id"] for s in sources]
    meetings = [
        _meeting(b, i, m, extraction, visit, source_ids, _ids(extraction.meetings)[i])
        for i, m in enumerate(extraction.meetings)
    ]
    photos = []
    for i, photo in enumerate(extraction.photos):
        path = f"$.photos[{i}]"
        photos.append(
            {
                "path": None,
                "caption": b.value(f"{path}.caption", photo.caption, photo.line),
                "credit": b.value(f"{path}.credit", photo.credit, photo.line),
                "alt": b.value(f"{path}.alt", photo.alt, photo.line),
            }
        )
    document = {
        "title": _document_title(b, extraction, visit),
        "prepared_on": b.placeholder("$.document.prepared_on", today.isoformat(), Why.DRAFT_DATE),
    }
    unreviewed = sorted({*b.fields, *b.placeholders}, key=_path_order)
    info: dict[str, Any] = {
        "source_file": source_name,
        "article_date": extraction.article_date.isoformat() if extraction.article_date else None,
        "fields": dict(sorted(b.fields.items(), key=lambda item: _path_order(item[0]))),
        "placeholders": b.placeholders,
        "unreviewed": unreviewed,
        "doubts": _doubts(extraction),
    }
    return {
        "format_version": FORMAT_VERSION,
        "document": document,
        "visit": visit,
        "meetings": meetings,
        "sources": sources,
        "photos": photos,
        "extensions": {IMPORT_KEY: info},
    }


def _doubts(x: Extraction) -> dict[str, dict[str, str]]:
    if x.rival is None or x.principal is None:
        return {}
    return {
        "$.visit.principal.name": {"value": str(x.rival.value), "sentence": x.rival.sentence or ""}
    }


def _path_order(path: str) -> list[Any]:
    return [int(p) if p.isdigit() else p for p in re.findall(r"\w+", path)]


def _visit(b: _Builder, x: Extraction, today: date) -> dict[str, Any]:
    principal = _person(b, "$.visit.principal", x.principal, x.principal_sentence)
    if x.principal is None:
        principal["name"] = b.placeholder("$.visit.principal.name", NO_PRINCIPAL, Why.NO_VISITOR)
    host = b.fact("$.visit.host_country", x.host)
    if host is None:
        host = b.placeholder("$.visit.host_country", NO_HOST, Why.NO_HOST)
    start = b.fact("$.visit.start", x.start)
    end = b.fact("$.visit.end", x.end)
    if start is None or end is None:
        fallback = x.article_date or today
        why = Why.UNDATED_VISIT if x.article_date else Why.UNDATED_ARTICLE
        if start is None:
            start = b.placeholder("$.visit.start", (end or fallback.isoformat()), why)
        if end is None:
            end = b.placeholder("$.visit.end", start, why)
    if end < start:
        end = b.placeholder("$.visit.end", start, Why.DATES_OUT_OF_ORDER)
    return {
        "principal": principal,
        "delegation": [
            _person(b, f"$.visit.delegation[{i}]", person, person.name_sentence)
            for i, person in enumerate(x.delegation)
        ],
        "host_country": host,
        "places": _places(b, x),
        "start": start,
        "end": end,
        "purpose": b.fact("$.visit.purpose", x.purpose, ""),
        "background": [
            b.value(f"$.visit.background[{i}]", details.escape_markdown(t), t)
            for i, t in enumerate(x.background)
        ],
        "key_points": [
            b.value(f"$.visit.key_points[{i}]", details.escape_markdown(t), t)
            for i, t in enumerate(x.key_points)
        ],
    }


def _places(b: _Builder, x: Extraction) -> list[str]:
    places = [str(p.value) for p in x.places]
    if places:
        b.fields["$.visit.places"] = " … ".join(dict.fromkeys(str(p.sentence) for p in x.places))
    return places


def _person(b: _Builder, path: str, person: Person | None, sentence: str | None) -> dict[str, Any]:
    if person is None:
        return _empty_person("")
    return {
        "name": b.value(f"{path}.name", person.name, sentence or person.name_sentence),
        "name_native": None,
        "title": b.value(f"{path}.title", person.title, person.title_sentence),
        "organization": b.value(f"{path}.organization", person.organization, person.title_sentence),
        "country": b.value(f"{path}.country", person.country, person.country_sentence),
        "pronunciation": None,
        "bio": None,
    }


def _empty_person(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "name_native": None,
        "title": None,
        "organization": None,
        "country": None,
        "pronunciation": None,
        "bio": None,
    }


def _document_title(b: _Builder, x: Extraction, visit: dict[str, Any]) -> str:
    principal = visit["principal"]
    if x.principal is not None:
        role = principal["title"]
        if role and principal["organization"] and len(role.split()) <= 2:
            role = f"{role} of the {principal['organization']}"
        who = " ".join(filter(None, [role, principal["name"]]))
        title = f"Visit of {who}"
        if x.host is not None:
            title += f" to {visit['host_country']}"
        return str(b.value("$.document.title", title, x.principal_sentence))
    if x.headline:
        return str(b.value("$.document.title", x.headline, x.headline))
    return str(b.placeholder("$.document.title", "Imported visit", Why.NO_HEADLINE))


def _sources(b: _Builder, x: Extraction) -> list[dict[str, Any]]:
    if x.publisher is None:
        return []
    publisher = str(x.publisher.value)
    stamp = x.article_date.isoformat() if x.article_date else None
    slug = re.sub(r"[^a-z0-9]+", "", publisher.lower())[:60] or "source"
    return [
        {
            "id": f"{slug}-{stamp}" if stamp else slug,
            "title": b.value("$.sources[0].title", x.headline, x.headline),
            "publisher": b.fact("$.sources[0].publisher", x.publisher),
            "date": b.value("$.sources[0].date", stamp, x.date_evidence),
            "url": b.value("$.sources[0].url", x.url, x.url),
            "note": b.fact("$.sources[0].note", x.note),
        }
    ]


def _ids(meetings: list[Meeting]) -> list[str]:
    ids: list[str] = []
    for number, meeting in enumerate(meetings, start=1):
        if meeting.kind == "consultations":
            base = (
                "political-consultations"
                if "Political" in (meeting.consultations_title or "")
                else "consultations"
            )
        elif meeting.counterparts:
            base = surname(meeting.counterparts[0].name.split())
        elif meeting.institution:
            base = " ".join(meeting.institution.split()[:3])
        else:
            base = f"meeting-{number}"
        ascii_base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_base.lower()).strip("-")[:60] or f"meeting-{number}"
        candidate, n = slug, 2
        while candidate in ids:
            candidate, n = f"{slug}-{n}", n + 1
        ids.append(candidate)
    return ids


def _meeting(
    b: _Builder,
    index: int,
    m: Meeting,
    x: Extraction,
    visit: dict[str, Any],
    source_ids: list[str],
    ident: str,
) -> dict[str, Any]:
    path = f"$.meetings[{index}]"
    texts = [s.text for s in m.sentences]
    counterparts = [
        _person(b, f"{path}.counterparts[{i}]", person, m.trigger.text)
        for i, person in enumerate(m.counterparts)
    ]
    for i, person in enumerate(m.counterparts):
        if m.institution and person.organization is None and _its(m, person):
            counterparts[i]["organization"] = b.value(
                f"{path}.counterparts[{i}].organization", m.institution, m.trigger.text
            )
    kind = m.kind
    if kind == "visit" and any(re.search(r"round[- ]?table", t, re.I) for t in texts):
        kind = "roundtable"
    date_value = b.fact(f"{path}.date", m.date)
    if date_value is None or not visit["start"] <= date_value <= visit["end"]:
        date_value = b.placeholder(f"{path}.date", visit["start"], Why.UNDATED_MEETING)
    summary_sentences = [(s.paragraph, s.text) for s in m.sentences]
    topics = details.topics(texts)
    outcomes = details.outcomes(texts)
    follow_ups = details.follow_ups(texts)
    return {
        "id": ident,
        "title": b.value(f"{path}.title", _meeting_title(m, kind), m.trigger.text),
        "kind": b.value(f"{path}.kind", kind, m.trigger.text),
        "date": date_value,
        "outside_visit": False,
        "start_time": None,
        "end_time": None,
        "location": b.fact(f"{path}.location", m.location),
        "press": None,
        "counterparts": counterparts,
        "topics": [
            b.value(f"{path}.topics[{i}]", t, _where(t, texts)) for i, t in enumerate(topics)
        ],
        "summary": b.value(
            f"{path}.summary", details.markdown_text(summary_sentences), " ".join(texts)
        ),
        "classification": None,
        "outcomes": [
            b.value(f"{path}.outcomes[{i}]", details.escape_markdown(t), _where(t[:40], texts))
            for i, t in enumerate(outcomes)
        ],
        "follow_ups": [
            {
                "action": b.value(
                    f"{path}.follow_ups[{i}].action", action, _where_any(action, texts)
                ),
                "owner": None,
                "due": None,
                "status": "open",
            }
            for i, action in enumerate(follow_ups)
        ],
        "sources": list(source_ids),
    }


def _its(m: Meeting, person: Person) -> bool:
    return any(mention.its for mention, p in m.trigger.people if p is person)


def _where(fragment: str, texts: list[str]) -> str:
    return next((t for t in texts if fragment.lower() in t.lower()), " ".join(texts))


def _where_any(action: str, texts: list[str]) -> str:
    words = [w for w in re.findall(r"\w{4,}", action.lower())][:4]
    return next((t for t in texts if all(w in t.lower() for w in words)), " ".join(texts))


def _meeting_title(m: Meeting, kind: str) -> str:
    if kind == "consultations":
        return m.consultations_title or "Consultations"
    if m.institution:
        prefix = "Round-table at" if kind == "roundtable" else "Visit to"
        return f"{prefix} the {m.institution}"
    if m.host and not m.counterparts:
        return f"Meeting hosted by {m.host}"
    if m.group and not m.counterparts:
        return f"Meeting with {m.group}"
    if len(m.counterparts) == 1:
        person = m.counterparts[0]
        if person.title and len(person.title) <= 80:
            role = person.title
            if person.organization and len(role) + len(person.organization) < 80:
                role = f"{role} of the {person.organization}"
            return f"Meeting with the {role}"
        return f"Meeting with {person.name}"
    if m.counterparts:
        names = [p.name for p in m.counterparts]
        return "Meeting with " + ", ".join(names[:-1]) + f" and {names[-1]}"
    return "Meeting"
