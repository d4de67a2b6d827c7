"""Releasable editions: nothing marked above the release level reaches either file."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing.cli import main
from briefing.errors import BriefingError
from briefing.model import parse_record
from briefing.model.release import release_edition

LEVELS = ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"]


def _pdf_everything(path: Path) -> str:
    """Page text, outline titles, metadata and every decompressed stream of a PDF."""
    reader = PdfReader(path)
    parts = [page.extract_text() for page in reader.pages]
    parts += [str(value) for value in (reader.metadata or {}).values()]

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                parts.append(item.title)

    walk(reader.outline)
    raw = path.read_bytes()
    parts.append(raw.decode("latin-1"))
    for page in reader.pages:
        contents = page.get_contents()
        if contents is not None:
            parts.append(contents.get_data().decode("latin-1"))
    return "\n".join(parts)


def _docx_everything(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
        )


def _marked_record(
    sample: dict[str, Any], marks: list[str | None]
) -> tuple[dict[str, Any], dict[str, bool]]:
    """The sample with a token in each portion, marked in turn; token → whether it is
    releasable at OFFICIAL (an outcome only when its meeting is too)."""
    data = json.loads(json.dumps(sample))
    tokens: dict[str, bool] = {}
    slots = iter(marks)

    def releasable(level: str | None) -> bool:
        return level in (None, "OFFICIAL")

    def portion(kind: str, within: bool = True) -> Any:
        level = next(slots)
        token = f"Zq{kind}{len(tokens)}x"
        tokens[token] = within and releasable(level)
        return {"text": f"Note {token}.", "classification": level} if level else f"Note {token}."

    data["visit"]["key_points"] = [portion("kp") for _ in range(3)]
    data["visit"]["background"] = [portion("bg") for _ in range(2)]
    data["sources"] = []
    for number, meeting in enumerate(data["meetings"]):
        level = next(slots)
        token = f"Zqmt{len(tokens)}x"
        tokens[token] = releasable(level)
        meeting["classification"] = level
        meeting["title"] = f"{meeting['title']} {token}"
        meeting["outcomes"] = [portion("oc", within=releasable(level))]
        # Each meeting cites a source of its own, itself marked: it goes with the meeting.
        source = _source(f"s{number}", next(slots), tokens, cited_by_released=releasable(level))
        data["sources"].append(source)
        meeting["sources"] = [source["id"]]
    data["sources"].append(_source("uncited", next(slots), tokens, cited_by_released=True))
    data["photos"] = []
    for _ in range(2):
        level = next(slots)
        token = f"Zqph{len(tokens)}x"
        tokens[token] = releasable(level)
        data["photos"].append({"path": None, "credit": f"Agency {token}", "classification": level})
    return data, tokens


def _source(
    identifier: str, level: str | None, tokens: dict[str, bool], *, cited_by_released: bool
) -> dict[str, Any]:
    """A source whose title is a token: released when it is releasable itself and some
    released meeting cites it (or nothing does)."""
    token = f"Zqsr{len(tokens)}x"
    tokens[token] = level in (None, "OFFICIAL") and cited_by_released
    return {
        "id": identifier,
        "publisher": "Agency",
        "title": f"Report {token}",
        "classification": level,
    }


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(marks=st.lists(st.sampled_from([None, *LEVELS]), min_size=20, max_size=20))
def test_no_text_above_the_release_level_in_either_file(
    tmp_path_factory: pytest.TempPathFactory, sample_data: dict[str, Any], marks: list[str | None]
) -> None:
    folder = tmp_path_factory.mktemp("release")
    data, tokens = _marked_record(sample_data, marks)
    record = folder / "visit.visit.json"
    record.write_text(json.dumps(data), encoding="utf-8")

    assert main(["export", str(record), "-o", str(folder), "--release-level", "OFFICIAL"]) == 0

    pdf = _pdf_everything(folder / "visit-official.pdf")
    docx = _docx_everything(folder / "visit-official.docx")
    for token, released in tokens.items():
        assert (token in pdf) is released, token
        assert (token in docx) is released, token


def test_banner_shows_the_highest_level_actually_exported(
    tmp_path: Path, sample_data: dict[str, Any]
) -> None:
    sample_data["visit"]["key_points"][0] = {
        "text": "sensitive",
        "classification": "OFFICIAL-SENSITIVE",
    }
    sample_data["meetings"][1]["classification"] = "SECRET"
    record = tmp_path / "visit.visit.json"
    record.write_text(json.dumps(sample_data), encoding="utf-8")
    assert main(["export", str(record), "-f", "pdf", "-o", str(tmp_path)]) == 0
    assert (
        main(
            [
                "export",
                str(record),
                "-f",
                "pdf",
                "-o",
                str(tmp_path),
                "--release-level",
                "OFFICIAL-SENSITIVE",
            ]
        )
        == 0
    )
    full = PdfReader(tmp_path / "visit.pdf").pages[0].extract_text()
    edition = PdfReader(tmp_path / "visit-official-sensitive.pdf").pages[0].extract_text()
    assert "SECRET" in full
    assert "SECRET" not in edition and "OFFICIAL-SENSITIVE" in edition


def test_a_source_cited_by_a_released_meeting_stays_though_a_withheld_one_cites_it(
    sample_data: dict[str, Any], tmp_path: Path
) -> None:
    shared = sample_data["meetings"][0]["sources"][0]
    sample_data["meetings"][1]["sources"] = [shared]
    sample_data["meetings"][1]["classification"] = "SECRET"
    record = parse_record(json.dumps(sample_data), tmp_path / "r.visit.json")
    edition = release_edition(record, "OFFICIAL")
    assert shared in [s.id for s in edition.sources]
    sample_data["sources"][0]["classification"] = "SECRET"
    record = parse_record(json.dumps(sample_data), tmp_path / "r.visit.json")
    edition = release_edition(record, "OFFICIAL")
    assert sample_data["sources"][0]["id"] not in [s.id for s in edition.sources]
    assert all(sample_data["sources"][0]["id"] not in m.sources for m in edition.meetings)


def test_meeting_withheld_takes_its_outcomes_and_follow_ups(
    sample_data: dict[str, Any], tmp_path: Path
) -> None:
    sample_data["meetings"][1]["classification"] = "OFFICIAL-SENSITIVE"
    record = parse_record(json.dumps(sample_data), tmp_path / "r.visit.json")
    edition = release_edition(record, "OFFICIAL")
    assert [m.id for m in edition.meetings] == [
        "political-consultations",
        "hamadi",
        "rewaq-roundtable",
    ]
    assert [m.id for m in record.meetings][1] == "al-yasiri"


def test_bad_release_level_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sample_path: Path
) -> None:
    assert main(["export", str(sample_path), "-o", str(tmp_path), "--release-level", "SEKRET"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{sample_path}: $.document.classification: release level 'SEKRET'")
    assert "is not a level of the record" in err
    assert list(tmp_path.iterdir()) == []


def test_document_level_above_the_release_level_is_refused(
    sample_data: dict[str, Any], tmp_path: Path
) -> None:
    sample_data["document"]["classification"]["level"] = "SECRET"
    record = parse_record(json.dumps(sample_data), tmp_path / "r.visit.json")
    with pytest.raises(BriefingError, match="the document itself is marked SECRET"):
        release_edition(record, "OFFICIAL")


def test_pdf_helper_sees_inside_compressed_streams(tmp_path: Path) -> None:
    assert main(["export", "-f", "pdf", "-o", str(tmp_path)]) == 0
    text = _pdf_everything(tmp_path / "rafiyev-baghdad-2025.pdf")
    assert "Rewaq" in text and "Yalchin Rafiyev" in text
