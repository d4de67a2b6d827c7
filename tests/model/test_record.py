"""Loading, saving and the schema of the record format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from briefing.errors import RecordError
from briefing.model import dump_record, load_record, parse_record, save_record
from briefing.model.new import new_record_text
from briefing.model.schema import record_schema
from briefing.render.context import banner_marking


def _parse(data: dict[str, Any], tmp_path: Path) -> Any:
    return parse_record(json.dumps(data), tmp_path / "r.visit.json")


def test_sample_round_trips_byte_for_byte(sample_path: Path) -> None:
    text = sample_path.read_text(encoding="utf-8")
    assert dump_record(load_record(sample_path)) == text


def test_saved_files_use_two_space_indent_and_model_key_order(sample_path: Path) -> None:
    text = dump_record(load_record(sample_path))
    assert text.startswith('{\n  "format_version": 1,\n  "document": {\n    "title": ')
    assert list(json.loads(text)) == [
        "format_version",
        "document",
        "visit",
        "meetings",
        "sources",
        "photos",
        "extensions",
    ]
    assert text.endswith("}\n")


def test_portion_is_plain_text_unless_marked(sample_data: dict[str, Any], tmp_path: Path) -> None:
    sample_data["document"]["classification"] = {"scheme": "uk", "level": "OFFICIAL"}
    sample_data["visit"]["key_points"] = [
        "plain point",
        {"text": "sensitive point", "classification": "OFFICIAL-SENSITIVE"},
    ]
    saved = json.loads(dump_record(_parse(sample_data, tmp_path)))
    assert saved["visit"]["key_points"] == [
        "plain point",
        {"text": "sensitive point", "classification": "OFFICIAL-SENSITIVE"},
    ]


def test_banner_is_the_highest_portion_marking(sample_data: dict[str, Any], tmp_path: Path) -> None:
    assert banner_marking(_parse(sample_data, tmp_path)) == "OFFICIAL"
    sample_data["meetings"][2]["outcomes"] = [{"text": "x", "classification": "OFFICIAL-SENSITIVE"}]
    assert banner_marking(_parse(sample_data, tmp_path)) == "OFFICIAL-SENSITIVE"


def test_custom_scheme_levels_are_ordered(sample_data: dict[str, Any], tmp_path: Path) -> None:
    sample_data["document"]["classification"] = {
        "scheme": "custom",
        "level": "INTERNAL",
        "levels": ["PUBLIC", "INTERNAL", "RESTRICTED"],
    }
    sample_data["visit"]["key_points"][0] = {"text": "x", "classification": "RESTRICTED"}
    assert banner_marking(_parse(sample_data, tmp_path)) == "RESTRICTED"
    sample_data["visit"]["key_points"][0]["classification"] = "SECRET"
    with pytest.raises(RecordError) as raised:
        _parse(sample_data, tmp_path)
    assert raised.value.lines() == [
        f"{tmp_path / 'r.visit.json'}: $.visit.key_points[0].classification: 'SECRET' is not a "
        "level of the custom scheme: PUBLIC, INTERNAL, RESTRICTED"
    ]


def test_extensions_are_kept_as_they_are(sample_data: dict[str, Any], tmp_path: Path) -> None:
    sample_data["extensions"] = {"desk": {"owner": "Ana", "tags": [1, 2]}}
    assert json.loads(dump_record(_parse(sample_data, tmp_path)))["extensions"] == {
        "desk": {"owner": "Ana", "tags": [1, 2]}
    }


def test_meeting_outside_the_visit_is_allowed_when_flagged(
    sample_data: dict[str, Any], tmp_path: Path
) -> None:
    sample_data["meetings"][0]["date"] = "2025-04-19"
    sample_data["meetings"][0]["outside_visit"] = True
    assert _parse(sample_data, tmp_path).meetings[0].outside_visit


def test_save_is_atomic_and_keeps_one_backup(sample_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "visit.visit.json"
    target.write_text("previous version", encoding="utf-8")
    record = load_record(sample_path)
    save_record(record, target)
    save_record(record, target)
    assert target.read_text(encoding="utf-8") == dump_record(record)
    assert (tmp_path / "visit.visit.json.bak").read_text(encoding="utf-8") == dump_record(record)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "visit.visit.json",
        "visit.visit.json.bak",
    ]


def test_schema_accepts_the_sample_and_rejects_a_typo(sample_data: dict[str, Any]) -> None:
    schema = record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(sample_data, schema)
    sample_data["meetings"][0]["titel"] = "typo"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(sample_data, schema)


def test_schema_requires_the_format_version(sample_data: dict[str, Any]) -> None:
    del sample_data["format_version"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(sample_data, record_schema())


def test_new_record_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "new.visit.json"
    path.write_text(new_record_text(), encoding="utf-8")
    record = load_record(path)
    assert record.document.title == "New visit"
    assert record.meetings == []


def test_a_name_in_its_own_script_is_optional(sample_data: dict[str, Any], tmp_path: Path) -> None:
    """Records written before ``name_native`` existed load, and save it after the name."""
    person = sample_data["meetings"][1]["counterparts"][0]  # type: ignore[index]
    del person["name_native"]
    record = _parse(sample_data, tmp_path)
    assert record.meetings[1].counterparts[0].name_native is None
    person["name_native"] = "هيام الياسري"
    saved = json.loads(dump_record(_parse(sample_data, tmp_path)))
    counterpart = saved["meetings"][1]["counterparts"][0]
    assert list(counterpart)[:2] == ["name", "name_native"]
    assert counterpart["name_native"] == "هيام الياسري"
    properties = record_schema()["$defs"]["Person"]["properties"]
    assert "name_native" in properties and "name_native" not in record_schema()["$defs"][
        "Person"
    ].get("required", [])


@pytest.mark.parametrize("stem", ["bilingual-rafiyev-baghdad-2025", "arabic-rafiyev-baghdad-2025"])
def test_bilingual_samples_round_trip_byte_for_byte(sample_path: Path, stem: str) -> None:
    path = sample_path.with_name(f"{stem}.visit.json")
    assert dump_record(load_record(path)) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("extensions", "problem"),
    [
        ('{"x": 1e400}', "$.extensions.x: is a number too large to keep"),
        ('{"x": [-1e999]}', "$.extensions.x[0]: is a number too large to keep"),
        ('{"\\ud800": 1}', "$.extensions: a key contains a lone surrogate (an invalid \\u escape)"),
    ],
)
def test_what_a_saved_file_could_not_hold_is_refused_on_reading(
    tmp_path: Path, sample_path: Path, extensions: str, problem: str
) -> None:
    text = sample_path.read_text(encoding="utf-8").rstrip()
    assert text.endswith("}")
    text = text[:-1].rstrip().removesuffix('"extensions": {}') + f'"extensions": {extensions}}}'
    with pytest.raises(RecordError) as raised:
        parse_record(text, tmp_path / "r.visit.json")
    assert [f"{p.path}: {p.message}" for p in raised.value.problems] == [problem]
