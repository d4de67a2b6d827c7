"""The record format's JSON Schema, as ``briefing schema`` prints it."""

from __future__ import annotations

import json
from typing import Any

from briefing.model.record import FORMAT_VERSION, Record


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of format version ``FORMAT_VERSION``."""
    schema = Record.model_json_schema()
    schema["$id"] = f"https://briefing.invalid/schema/record-v{FORMAT_VERSION}.json"
    schema["properties"]["format_version"] = {
        "const": FORMAT_VERSION,
        "description": "The record format's version; newer versions are refused.",
    }
    schema["required"] = ["format_version", *schema.get("required", [])]
    return schema


def schema_text() -> str:
    return json.dumps(record_schema(), indent=2, ensure_ascii=False) + "\n"
