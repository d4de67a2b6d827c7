"""The registry of output formats; each writer is imported only when it is used."""

from __future__ import annotations

import importlib

from briefing.writers.base import Writer

_REGISTRY: dict[str, str] = {
    "pdf": "briefing.writers.pdf:PdfWriter",
    "docx": "briefing.writers.docx:DocxWriter",
}

FORMATS: tuple[str, ...] = tuple(_REGISTRY)


def get_writer(format_name: str) -> Writer:
    """A writer for ``format_name`` (one of ``FORMATS``)."""
    module_name, class_name = _REGISTRY[format_name].split(":")
    writer_class: type[Writer] = getattr(importlib.import_module(module_name), class_name)
    return writer_class()


__all__ = ["FORMATS", "Writer", "get_writer"]
