"""File › Print: the brief, as the chosen template lays it out, through the system's
print dialog. The pages printed are the exported PDF's, so paper matches the files."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

_MAX_DPI = 300
"""Pages are drawn as images at the printer's resolution up to this; finer adds only
memory (an A4 page at 1200 dpi is half a gigabyte)."""


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf`` (or the printer's page range) on ``printer``; the
    number of pages printed."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, last) if first and last else range(count)
    dpi = min(printer.resolution(), _MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        return 0
    printed = 0
    try:
        for page in pages:
            if not 0 <= page < count:
                continue
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            area = painter.viewport()
            fitted = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), fitted), image)
            printed += 1
    finally:
        painter.end()
        document.close()
    return printed
