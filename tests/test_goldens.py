"""Golden files: each built-in template's export of the sample, compared part by part.

DOCX parts are compared as normalised, indented XML (revision ids dropped, styles.xml
cut down to the styles in use), so a difference reads as a diff of elements. PDFs are
compared by page count, outline and the text of every page. After an intended change,
``pytest tests/test_goldens.py --update-goldens`` rewrites the files; review their diff.
"""

from __future__ import annotations

import difflib
import io
import json
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest
import reportlab
from lxml import etree
from pypdf import PdfReader

from briefing.model import load_record
from briefing.render.pipeline import render_document
from briefing.render.templates import SPEC_FILE, builtin_templates_dir, find_template
from briefing.resources import sample_record
from briefing.writers import get_writer

GOLDENS = Path(__file__).parent / "goldens"
TEMPLATES = sorted(p.parent.name for p in builtin_templates_dir().glob(f"*/{SPEC_FILE}"))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
VOLATILE_ATTRIBUTES = ("rsid", "paraId", "textId")
"""Attribute names (without namespace) that Word changes on every save."""


def _export(template_name: str, format_name: str) -> bytes:
    template = find_template(template_name)
    sample = sample_record()
    document = render_document(load_record(sample), template, sample.parent)
    stream = io.BytesIO()
    get_writer(format_name).write(document, template.layout(), stream)
    return stream.getvalue()


@pytest.fixture(autouse=True)
def _fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _normalised(xml: bytes) -> etree._Element:
    root = etree.fromstring(xml)
    for element in root.iter():
        for name in list(element.attrib):
            if etree.QName(name).localname.startswith(VOLATILE_ATTRIBUTES):
                del element.attrib[name]
    for rsid in root.iter(f"{{{W}}}rsid"):
        rsid.getparent().remove(rsid)
    return root


def _used_styles(archive: zipfile.ZipFile, styles: etree._Element) -> etree._Element:
    """styles.xml with only its defaults and the styles the document uses (and their bases)."""
    referenced: set[str] = set()
    for name in archive.namelist():
        if name.startswith("word/") and name.endswith(".xml") and "styles" not in name:
            tree = etree.fromstring(archive.read(name))
            for tag in ("pStyle", "rStyle", "tblStyle"):
                referenced |= {e.get(f"{{{W}}}val") for e in tree.iter(f"{{{W}}}{tag}")}
    by_id = {s.get(f"{{{W}}}styleId"): s for s in styles.iter(f"{{{W}}}style")}
    pending = list(referenced)
    while pending:
        style = by_id.get(pending.pop())
        for link in ("basedOn", "link") if style is not None else ():
            found = style.find(f"{{{W}}}{link}")
            target = found.get(f"{{{W}}}val") if found is not None else None
            if target and target not in referenced:
                referenced.add(target)
                pending.append(target)
    for child in list(styles):
        if child.tag == f"{{{W}}}latentStyles" or (
            child.tag == f"{{{W}}}style" and child.get(f"{{{W}}}styleId") not in referenced
        ):
            styles.remove(child)
    return styles


def _docx_parts(data: bytes) -> dict[str, str]:
    parts: dict[str, str] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            short = name.rsplit("/", 1)[-1]
            wanted = short in {"document.xml", "styles.xml", "settings.xml", "core.xml"} or (
                short.startswith(("header", "footer")) and short.endswith(".xml")
            )
            if not wanted:
                continue
            root = _normalised(archive.read(name))
            if short == "styles.xml":
                root = _used_styles(archive, root)
            parts[short] = etree.tostring(root, encoding="unicode", pretty_print=True)
    return parts


def _unversioned(text: str) -> str:
    """Producer fields without the versions of Briefing and ReportLab, which releases change."""
    return text.replace(version("briefing"), "VERSION").replace(reportlab.Version, "VERSION")


def _pdf_summary(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))

    def outline(items: list[object]) -> list[object]:
        return [outline(i) if isinstance(i, list) else getattr(i, "title", "") for i in items]

    summary = {
        "pages": len(reader.pages),
        "outline": outline(reader.outline),
        "metadata": {k: _unversioned(str(v)) for k, v in sorted((reader.metadata or {}).items())},
        "text": [page.extract_text().splitlines() for page in reader.pages],
    }
    return json.dumps(summary, indent=1, ensure_ascii=False) + "\n"


def _compare(actual: str, golden: Path, update: bool) -> None:
    if update:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.is_file(), f"no golden {golden}; run pytest with --update-goldens"
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), str(golden), "output", lineterm="", n=2
        )
        pytest.fail("\n".join(list(diff)[:80]) + "\n(run with --update-goldens to accept)")


@pytest.fixture
def update(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.mark.parametrize("template", TEMPLATES)
def test_docx_parts_match_the_goldens(template: str, update: bool) -> None:
    parts = _docx_parts(_export(template, "docx"))
    assert {"document.xml", "styles.xml", "settings.xml", "core.xml"} <= parts.keys()
    assert any(n.startswith("header") for n in parts) and any(n.startswith("footer") for n in parts)
    folder = GOLDENS / template / "docx"
    if update and folder.is_dir():
        for stale in folder.iterdir():
            stale.unlink()
    for name, xml in parts.items():
        _compare(xml, folder / name, update)
    assert sorted(p.name for p in folder.iterdir()) == sorted(parts)


@pytest.mark.parametrize("template", TEMPLATES)
def test_pdf_matches_the_golden_summary(template: str, update: bool) -> None:
    _compare(_pdf_summary(_export(template, "pdf")), GOLDENS / template / "pdf.json", update)


def test_normalising_ignores_revision_ids_but_not_content() -> None:
    base = f'<w:p xmlns:w="{W}" w:rsidR="00AB12CD"><w:r><w:t>x</w:t></w:r></w:p>'.encode()
    other_rsid = base.replace(b"00AB12CD", b"00FFFFFF")
    other_text = base.replace(b">x<", b">y<")
    text = etree.tostring(_normalised(base))
    assert etree.tostring(_normalised(other_rsid)) == text
    assert etree.tostring(_normalised(other_text)) != text
