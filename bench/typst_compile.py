"""Compile a Typst file to PDF in a fresh process: the benchmark's yardstick.

typst_compile.py SOURCE.typ OUT.pdf FONT_FOLDER
"""

from __future__ import annotations

import sys

import typst

source, output, fonts = sys.argv[1:4]
typst.compile(source, output=output, font_paths=[fonts])
