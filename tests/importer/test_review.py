"""The review list follows edits: edited fields are confirmed, list changes renumber paths."""

from __future__ import annotations

from typing import Any

import pytest

from briefing.importer import review


def _data() -> dict[str, Any]:
    return {
        "meetings": [
            {"title": "A", "counterparts": [{"name": "X", "title": "Minister"}]},
            {"title": "B", "counterparts": [{"name": "Y", "title": "Director"}]},
            {"title": "C", "counterparts": []},
        ],
        "extensions": {
            "import": {
                "fields": {
                    "$.meetings[0].title": "s0",
                    "$.meetings[1].counterparts[0].name": "s1",
                    "$.meetings[2].title": "s2",
                },
                "placeholders": {},
                "unreviewed": [
                    "$.meetings[0].title",
                    "$.meetings[1].counterparts[0].name",
                    "$.meetings[1].counterparts[0].title",
                    "$.meetings[2].title",
                ],
            }
        },
    }


def test_paths_round_trip() -> None:
    path = review.parse_path("$.meetings[1].counterparts[0].name")
    assert path == ("meetings", 1, "counterparts", 0, "name")
    assert review.format_path(path) == "$.meetings[1].counterparts[0].name"
    with pytest.raises(ValueError):
        review.parse_path("meetings.1")


def test_editing_a_field_confirms_only_what_changed() -> None:
    data = _data()
    row = {"name": "Y (edited)", "title": "Director"}
    updated = review.after_set(data, ("meetings", 1, "counterparts", 0), row)
    assert updated is not None
    assert "$.meetings[1].counterparts[0].name" not in updated["unreviewed"]
    assert "$.meetings[1].counterparts[0].title" in updated["unreviewed"]
    assert review.after_set(data, ("meetings", 2, "counterparts"), []) is None
    assert review.after_set(data, ("extensions", "import", "unreviewed"), []) is None


def test_removing_a_meeting_renumbers_the_marks_after_it() -> None:
    updated = review.after_remove(_data(), ("meetings",), 1)
    assert updated is not None
    assert updated["unreviewed"] == ["$.meetings[0].title", "$.meetings[1].title"]
    assert updated["fields"] == {"$.meetings[0].title": "s0", "$.meetings[1].title": "s2"}


def test_inserting_and_moving_renumber() -> None:
    inserted = review.after_insert(_data(), ("meetings",), 0)
    assert inserted is not None
    assert inserted["unreviewed"][0] == "$.meetings[1].title"
    moved = review.after_move(_data(), ("meetings",), 2, 0)
    assert moved is not None
    assert moved["fields"] == {
        "$.meetings[1].title": "s0",
        "$.meetings[2].counterparts[0].name": "s1",
        "$.meetings[0].title": "s2",
    }


def test_confirm_all_and_records_without_an_import() -> None:
    confirmed = review.confirmed(_data())
    assert confirmed is not None and confirmed["unreviewed"] == []
    assert review.confirmed({"extensions": {}}) is None
    assert review.after_remove({"meetings": [1]}, ("meetings",), 0) is None
    assert review.unreviewed({"extensions": {"import": "not an object"}}) == set()
