"""The bundled sample exported through the real command, read back from both files."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pytest
from pypdf import PdfReader

from briefing.cli import main
from briefing.model import load_record
from briefing.resources import sample_record

STEM = "rafiyev-baghdad-2025"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _plain(markdown: str) -> str:
    """Markdown of the sample as it reads once printed."""
    text = re.sub(r"^\s*[-*] ", "", markdown, flags=re.MULTILINE)
    return _squash(text.replace("**", "").replace("*", ""))


def _sentences(markdown: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;:])\s+", _plain(markdown)) if s]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("export")
    assert main(["export", "-o", str(out)]) == 0
    return {"pdf": out / f"{STEM}.pdf", "docx": out / f"{STEM}.docx"}


@pytest.fixture(scope="module")
def pdf_pages(exported: dict[str, Path]) -> list[str]:
    with pdfplumber.open(exported["pdf"]) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


@pytest.fixture(scope="module")
def record() -> Any:
    return load_record(sample_record())


def test_export_prints_what_it_wrote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "-o", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"wrote {tmp_path / (STEM + '.pdf')}",
        f"wrote {tmp_path / (STEM + '.docx')}",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{STEM}.docx", f"{STEM}.pdf"]


def test_default_output_is_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", "-f", "pdf"]) == 0
    assert [p.name for p in tmp_path.iterdir()] == [f"{STEM}.pdf"]


def test_one_format_to_an_exact_file(tmp_path: Path) -> None:
    target = tmp_path / "brief for minister.docx"
    assert main(["export", "-f", "docx", "-o", str(target)]) == 0
    assert docx.Document(str(target)).core_properties.title.startswith("Visit of Deputy")


def test_pdf_holds_every_counterpart_topic_and_summary_sentence(
    pdf_pages: list[str], record: Any
) -> None:
    text = _squash(" ".join(pdf_pages))
    for meeting in record.meetings:
        assert meeting.title in text
        for person in meeting.counterparts:
            assert person.name in text
            assert person.title in text
        for topic in meeting.topics:
            assert topic in text
        for sentence in _sentences(meeting.summary):
            assert sentence in text, sentence
        for outcome in meeting.outcomes:
            assert _plain(outcome.text) in text
    for point in record.visit.key_points:
        assert _plain(point.text) in text


def test_pdf_marks_every_page_top_and_bottom_and_numbers_it(exported: dict[str, Path]) -> None:
    with pdfplumber.open(exported["pdf"]) as pdf:
        total = len(pdf.pages)
        assert total >= 3
        for number, page in enumerate(pdf.pages, start=1):
            words = page.extract_words()
            markings = [w for w in words if w["text"] == "OFFICIAL"]
            assert min(w["top"] for w in markings) < 0.08 * page.height
            assert max(w["bottom"] for w in markings) > 0.92 * page.height
            assert f"Page {number} of {total}" in (page.extract_text() or "")


def test_pdf_outline_matches_the_headings(exported: dict[str, Path]) -> None:
    reader = PdfReader(exported["pdf"])
    outline = reader.outline
    top = [item.title for item in outline if not isinstance(item, list)]
    assert top == [
        "Summary",
        "Programme",
        "Participants",
        "Meetings",
        "Follow-up actions",
        "Background",
        "Sources",
    ]
    meetings_children = outline[
        outline.index(next(i for i in outline if getattr(i, "title", "") == "Meetings")) + 1
    ]
    assert [item.title for item in meetings_children if not isinstance(item, list)] == [
        "1. Political consultations, second round",
        "2. Meeting with the Minister of Communications",
        "3. Meeting with the Deputy Minister of Environment",
        "4. Round-table at the Rewaq Baghdad Center for Public Policy",
    ]
    assert reader.metadata is not None and reader.metadata.title == (
        "Visit of Deputy Foreign Minister Yalchin Rafiyev to Iraq"
    )


def test_pdf_embeds_its_font(exported: dict[str, Path]) -> None:
    reader = PdfReader(exported["pdf"])
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert any("NotoSans" in name for name in fonts)
    assert not any(name.endswith(("Helvetica", "Times-Roman")) for name in fonts)


def test_docx_headings_use_heading_styles(exported: dict[str, Path]) -> None:
    document = docx.Document(str(exported["docx"]))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert ("Heading 1", "Summary") in headings
    assert ("Heading 1", "Follow-up actions") in headings
    assert ("Heading 2", "4. Round-table at the Rewaq Baghdad Center for Public Policy") in headings
    assert ("Heading 3", "Summary of discussion") in headings
    titles = [p.text for p in document.paragraphs if p.style.name == "Title"]
    assert titles == ["VISIT OF DEPUTY FOREIGN MINISTER YALCHIN RAFIYEV TO IRAQ"]
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert "the Organisation of Islamic Cooperation;" in bullets


def test_docx_marking_in_header_and_footer(exported: dict[str, Path]) -> None:
    document = docx.Document(str(exported["docx"]))
    section = document.sections[0]
    assert "OFFICIAL" in [p.text for p in section.header.paragraphs]
    assert "OFFICIAL" in [p.text for p in section.footer.paragraphs]
    with zipfile.ZipFile(exported["docx"]) as archive:
        footers = [archive.read(n).decode() for n in archive.namelist() if "footer" in n]
    assert any("PAGE" in f and "NUMPAGES" in f for f in footers)


def test_docx_tables_carry_programme_and_follow_ups(exported: dict[str, Path]) -> None:
    document = docx.Document(str(exported["docx"]))
    headers = [[c.text for c in table.rows[0].cells] for table in document.tables]
    assert ["Date", "Time", "Engagement", "Place", "Counterparts"] in headers
    assert ["#", "Action", "Owner", "Due", "Status", "Meeting"] in headers
    programme = next(t for t in document.tables if t.rows[0].cells[0].text == "Date")
    assert len(programme.rows) == 5
    assert programme.style.name == "Table Grid"
    assert "Hiyam Al-Yasiri, Minister of Communications" in programme.rows[2].cells[4].text


def test_azerbaijani_letters_survive_both_formats(
    tmp_path: Path, sample_data: dict[str, Any]
) -> None:
    import json

    sample_data["visit"]["principal"]["name"] = "Əliyev Bakı ğ ş ç ö ü ı Ə"
    record = tmp_path / "az.visit.json"
    record.write_text(json.dumps(sample_data, ensure_ascii=False), encoding="utf-8")
    assert main(["export", str(record), "-o", str(tmp_path)]) == 0
    pdf_text = "".join(page.extract_text() for page in PdfReader(tmp_path / "az.pdf").pages)
    assert "Əliyev Bakı ğ ş ç ö ü ı Ə" in pdf_text
    docx_text = "\n".join(p.text for p in docx.Document(str(tmp_path / "az.docx")).paragraphs)
    assert "Əliyev Bakı ğ ş ç ö ü ı Ə" in docx_text


def test_record_text_never_becomes_markup(tmp_path: Path, sample_data: dict[str, Any]) -> None:
    import json

    hostile = '<b>x</b> AT&T ]]> <img src="/etc/passwd"/> <script>alert(1)</script>'
    sample_data["meetings"][0]["title"] = hostile
    sample_data["meetings"][0]["summary"] = hostile
    record = tmp_path / "hostile.visit.json"
    record.write_text(json.dumps(sample_data), encoding="utf-8")
    assert main(["export", str(record), "-o", str(tmp_path)]) == 0
    pdf_text = _squash(
        " ".join(p.extract_text() for p in PdfReader(tmp_path / "hostile.pdf").pages)
    )
    assert pdf_text.count(hostile) >= 2
    document = docx.Document(str(tmp_path / "hostile.docx"))
    assert sum(hostile in p.text for p in document.paragraphs) >= 2
    with zipfile.ZipFile(tmp_path / "hostile.docx") as archive:
        assert not [n for n in archive.namelist() if n.startswith("word/media/")]


def test_exports_are_reproducible(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert main(["export", "-o", str(first)]) == 0
    assert main(["export", "-o", str(second)]) == 0
    for name in (f"{STEM}.pdf", f"{STEM}.docx"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_source_date_epoch_overrides_the_document_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert main(["export", "-o", str(tmp_path)]) == 0
    assert PdfReader(tmp_path / f"{STEM}.pdf").metadata.creation_date.date().isoformat() == (
        "2023-11-14"
    )
    created = docx.Document(str(tmp_path / f"{STEM}.docx")).core_properties.created
    assert created.date().isoformat() == "2023-11-14"
    first = (tmp_path / f"{STEM}.pdf").read_bytes()
    assert main(["export", "-o", str(tmp_path / "again")]) == 0
    assert (tmp_path / "again" / f"{STEM}.pdf").read_bytes() == first
