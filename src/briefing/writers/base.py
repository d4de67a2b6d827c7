"""The one interface every output format implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import BinaryIO, ClassVar

from briefing.document import Document, Layout


class Writer(ABC):
    """Lays out a ``Document`` in one file format.

    Writers get a finished tree and a layout; they never see records, templates
    or markup, and they write only to the stream they are given.
    """

    format: ClassVar[str]
    extension: ClassVar[str]
    description: ClassVar[str]

    @abstractmethod
    def write(self, document: Document, layout: Layout, stream: BinaryIO) -> None:
        """Write ``document`` to ``stream`` (a binary file opened for writing)."""
