"""The visit record: its typed model, loading with validation, and stable saving."""

from briefing.model.load import load_record, parse_record, validate_data
from briefing.model.record import FORMAT_VERSION, Record
from briefing.model.save import dump_record, save_record

__all__ = [
    "FORMAT_VERSION",
    "Record",
    "dump_record",
    "load_record",
    "parse_record",
    "save_record",
    "validate_data",
]
