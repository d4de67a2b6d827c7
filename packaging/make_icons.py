"""Render the icons in ``assets/icons/`` to the PNG sizes desktops and installers ask for.

The SVGs are the sources; the PNGs are committed so neither the app nor
``briefing desktop-install`` needs an SVG renderer. Run this after editing an SVG:
``python3 packaging/make_icons.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "assets" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for svg in sorted(ICONS.glob("*.svg")):
        renderer = QSvgRenderer(str(svg))
        if not renderer.isValid():
            print(f"{svg}: not a valid SVG", file=sys.stderr)
            return 1
        for size in SIZES:
            image = QImage(size, size, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
            target = ICONS / f"{svg.stem}-{size}.png"
            if not image.save(str(target)):
                print(f"{target}: cannot write", file=sys.stderr)
                return 1
        print(f"{svg.name}: {len(SIZES)} sizes")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
