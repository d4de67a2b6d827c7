"""The built-in templates, each exported through the real command and read back."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pytest
from docx.shared import Mm
from PIL import Image as PILImage
from pypdf import PdfReader

from briefing.cli import main
from briefing.model import load_record
from briefing.render.templates import builtin_templates_dir, user_templates_dir
from briefing.resources import sample_record

STEM = "rafiyev-baghdad-2025"
PAGES = {"briefing-book": 6, "readout": 3, "one-pager": 1, "memcon": 4}


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _export(folder: Path, template: str, record: Path | None = None) -> dict[str, Path]:
    arguments = ["export", "-t", template, "-o", str(folder)]
    assert main([*arguments, *([str(record)] if record else [])]) == 0
    stem = record.name.removesuffix(".visit.json") if record else STEM
    if template != "briefing-book":  # other templates' outputs are named after them
        stem += f"-{Path(template).name}"
    return {"pdf": folder / f"{stem}.pdf", "docx": folder / f"{stem}.docx"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    return {t: _export(tmp_path_factory.mktemp(t), t) for t in PAGES}


def _pdf_pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return _squash(" ".join([p.text for p in document.paragraphs] + cells))


def _record_with(tmp_path: Path, change: Any) -> Path:
    data = json.loads(sample_record().read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "changed.visit.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_templates_lists_the_four_built_ins(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert names == ["briefing-book", "memcon", "one-pager", "readout"]


@pytest.mark.parametrize("template", PAGES)
def test_every_page_carries_the_marking_top_and_bottom(
    exported: dict[str, dict[str, Path]], template: str
) -> None:
    with pdfplumber.open(exported[template]["pdf"]) as pdf:
        assert len(pdf.pages) == PAGES[template]
        for number, page in enumerate(pdf.pages, start=1):
            markings = [w for w in page.extract_words() if w["text"] == "OFFICIAL"]
            assert min(w["top"] for w in markings) < 0.06 * page.height
            assert max(w["bottom"] for w in markings) > 0.94 * page.height
            assert f"Page {number} of {len(pdf.pages)}" in (page.extract_text() or "")
    section = docx.Document(str(exported[template]["docx"])).sections[0]
    assert section.header.paragraphs[0].text == "OFFICIAL"
    assert section.footer.paragraphs[-1].text == "OFFICIAL"


@pytest.mark.parametrize("template", PAGES)
def test_properties_in_both_formats(exported: dict[str, dict[str, Path]], template: str) -> None:
    reader = PdfReader(exported[template]["pdf"])
    info = reader.metadata
    assert info is not None
    assert info.title == "Visit of Deputy Foreign Minister Yalchin Rafiyev to Iraq"
    assert info.author == "Visits analysis unit"
    assert "Yalchin Rafiyev" in str(info.subject)
    assert {"Iraq", "Azerbaijan"} <= set(str(info["/Keywords"]).split(", "))
    assert reader.trailer["/Root"]["/Lang"] == "en"
    properties = docx.Document(str(exported[template]["docx"])).core_properties
    assert properties.title == info.title and properties.author == info.author
    assert properties.subject == info.subject and properties.language == "en"
    assert properties.keywords == info["/Keywords"]


@pytest.mark.parametrize("template", PAGES)
def test_every_meeting_is_in_both_formats(
    exported: dict[str, dict[str, Path]], template: str
) -> None:
    record = load_record(sample_record())
    pdf = _squash(" ".join(_pdf_pages(exported[template]["pdf"])))
    text = _docx_text(exported[template]["docx"])
    for meeting in record.meetings:
        for person in meeting.counterparts:
            assert person.name in pdf and person.name in text
    words = set(pdf.split())
    for meeting in record.meetings:
        # Table cells wrap, so the PDF's text may interleave a title with its row.
        assert set(meeting.title.split()) <= words, meeting.title
        assert meeting.title in text, meeting.title


def test_briefing_book_cover_has_contents_with_page_numbers(
    exported: dict[str, dict[str, Path]],
) -> None:
    pages = _pdf_pages(exported["briefing-book"]["pdf"])
    cover = [line.replace(" .", "").strip() for line in pages[0].splitlines()]
    heads = ["Summary", "Programme", "Participants", "Meetings", "Follow-up actions"]
    for head in [*heads, "Background", "Sources"]:
        [entry] = [line for line in cover if re.fullmatch(rf"{head} \d", line)]
        page = int(entry.split()[-1])
        assert any(line.strip() == head for line in pages[page - 1].splitlines()), head
    assert "VISIT BRIEF" in pages[0] and "Prepared by Visits analysis unit" in pages[0]
    document = docx.Document(str(exported["briefing-book"]["docx"]))
    entries = [p.text.split("\t")[0] for p in document.paragraphs if p.style.name == "toc 1"]
    assert entries == [*heads, "Background", "Sources"]


def test_readout_puts_key_outcomes_first(exported: dict[str, dict[str, Path]]) -> None:
    reader = PdfReader(exported["readout"]["pdf"])
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top == ["Key outcomes", "The visit", "Discussion", "Follow-up actions", "Sources"]
    first = _squash(_pdf_pages(exported["readout"]["pdf"])[0])
    assert "would give a new boost to bilateral relations. (Meeting with the Minister" in first
    document = docx.Document(str(exported["readout"]["docx"]))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == top


def test_one_pager_is_one_page_and_whole_for_the_sample(
    exported: dict[str, dict[str, Path]],
) -> None:
    [page] = _pdf_pages(exported["one-pager"]["pdf"])
    text = _squash(page)
    record = load_record(sample_record())
    for point in record.visit.key_points:
        assert point.text.replace("**", "") in text
    assert "Not shown here" not in text
    assert "Not shown here" not in _docx_text(exported["one-pager"]["docx"])


def test_one_pager_shortens_a_huge_visit_instead_of_spilling(tmp_path: Path) -> None:
    long = "Extensive discussion of " + " ".join(["bilateral trade and energy"] * 40)

    def enlarge(data: dict[str, Any]) -> None:
        data["document"]["title"] = "Visit " + "of a very long title " * 22
        data["document"]["handling"] = "HANDLE VIA DESIGNATED CHANNELS ONLY " * 5
        data["visit"]["principal"]["title"] = "Deputy " * 50
        data["visit"]["key_points"] = [long] * 20
        meeting = data["meetings"][1]
        meeting["title"] = "Meeting with " + "the Minister of Communications " * 10
        meeting["location"] = "Ministry " * 40
        meeting["counterparts"] *= 5
        meeting["outcomes"] = [long] * 5
        meeting["follow_ups"] = [dict(meeting["follow_ups"][0], action=long[:400])] * 6
        data["meetings"] = [dict(meeting, id=f"m{n}") for n in range(30)]

    exported = _export(tmp_path, "one-pager", _record_with(tmp_path, enlarge))

    [page] = _pdf_pages(exported["pdf"])
    assert "Not shown here:" in page and "continued in the full brief" in _squash(page)
    assert "26 engagements" in _squash(page)
    text = _docx_text(exported["docx"])
    assert "26 engagements" in text and text.count("Extensive discussion") <= 7


def test_memcon_gives_each_meeting_its_own_memorandum(
    exported: dict[str, dict[str, Path]],
) -> None:
    record = load_record(sample_record())
    pages = [_squash(p) for p in _pdf_pages(exported["memcon"]["pdf"])]
    for page, meeting in zip(pages, record.meetings, strict=True):
        assert page.count("MEMORANDUM OF CONVERSATION") == 1
        assert meeting.title in page
        assert "SUBJECT" in page and "DATE, TIME AND PLACE 20 April 2025" in page
        assert "PARTICIPANTS Azerbaijan Yalchin Rafiyev" in page
        assert " Iraq " in page
        assert f"(O) {meeting.summary.split()[0]}" in page
    assert "(O) Both sides expressed confidence" in pages[1]
    assert "Iraq Hiyam Al-Yasiri, Minister of Communications" in pages[1]


def test_memcon_portion_marks_start_the_paragraph_in_the_docx(
    exported: dict[str, dict[str, Path]],
) -> None:
    document = docx.Document(str(exported["memcon"]["docx"]))
    marked = [p.text for p in document.paragraphs if p.text.startswith("(O) ")]
    assert "(O) Rafiyev met Iraq's Minister of Communications" in marked[1]
    assert not any(p.text.strip() == "(O)" for p in document.paragraphs)


def test_memcon_docx_takes_its_reference_document(exported: dict[str, dict[str, Path]]) -> None:
    document = docx.Document(str(exported["memcon"]["docx"]))
    section = document.sections[0]
    assert abs(section.page_width - Mm(215.9)) < Mm(0.2)
    assert abs(section.left_margin - Mm(25.4)) < Mm(0.2)
    assert document.styles["Normal"].font.name == "Noto Serif"
    cover = document.styles["Briefing Cover"]
    assert cover.element.rPr.find(docx.oxml.ns.qn("w:spacing")) is not None
    with zipfile.ZipFile(exported["memcon"]["docx"]) as archive:
        styles = archive.read("word/styles.xml").decode()
    assert "Reference document of the memcon template" not in _docx_text(exported["memcon"]["docx"])
    assert styles.count('w:styleId="BriefingCover"') == 1


def _photo_record(tmp_path: Path) -> Path:
    picture = PILImage.new("RGB", (900, 600), (50, 90, 140))
    picture.save(tmp_path / "visit.png")

    def add_photo(data: dict[str, Any]) -> None:
        data["photos"] = [
            {"path": "visit.png", "caption": "Talks at the ministry.", "credit": "MFA Azerbaijan"}
        ]

    return _record_with(tmp_path, add_photo)


@pytest.mark.parametrize("template", ["briefing-book", "readout", "memcon"])
def test_photos_print_with_caption_and_credit(tmp_path: Path, template: str) -> None:
    exported = _export(tmp_path / "out", template, _photo_record(tmp_path))

    with pdfplumber.open(exported["pdf"]) as pdf:
        [(page, image)] = [(p, i) for p in pdf.pages for i in p.images]
        text = _squash(page.extract_text() or "")
        assert "Photographs" in text
        assert "Talks at the ministry. — Photo: MFA Azerbaijan" in text
        assert image["x0"] >= 25 * 72 / 25.4 - 1 and image["x1"] <= page.width - 25 * 72 / 25.4 + 1
    document = docx.Document(str(exported["docx"]))
    assert len(document.inline_shapes) == 1
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == ["Talks at the ministry. — Photo: MFA Azerbaijan"]


def test_one_pager_counts_the_photos_it_leaves_out(tmp_path: Path) -> None:
    exported = _export(tmp_path / "out", "one-pager", _photo_record(tmp_path))

    [page] = _pdf_pages(exported["pdf"])
    assert "Not shown here: 1 photograph; continued in the full brief." in _squash(page)


def test_unreadable_photo_names_the_entry_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _photo_record(tmp_path)
    data = (tmp_path / "visit.png").read_bytes()
    (tmp_path / "visit.png").write_bytes(data[: len(data) // 2])

    assert main(["export", str(record), "-t", "readout", "-o", str(tmp_path / "out")]) == 2

    [line] = capsys.readouterr().err.splitlines()
    assert line == (
        f"{record}: $.photos[0].path: 'visit.png' cannot be read as an image (PNG or JPEG)"
    )
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_marked_portion_raises_the_banner_and_prefixes_the_portion(tmp_path: Path) -> None:
    def mark(data: dict[str, Any]) -> None:
        data["meetings"][2]["outcomes"][0] = {
            "text": data["meetings"][2]["outcomes"][0],
            "classification": "OFFICIAL-SENSITIVE",
        }

    exported = _export(tmp_path, "memcon", _record_with(tmp_path, mark))

    pages = _pdf_pages(exported["pdf"])
    assert all(p.splitlines()[0] == "OFFICIAL-SENSITIVE" for p in pages)
    assert "(OS) Avenues for enhanced cooperation" in _squash(pages[2])
    section = docx.Document(str(exported["docx"])).sections[0]
    assert section.header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    assert "(OS) Avenues for enhanced cooperation" in _docx_text(exported["docx"])


def _broken_copy(tmp_path: Path, line: int, text: str) -> tuple[Path, Path]:
    folder = tmp_path / "broken"
    shutil.copytree(builtin_templates_dir() / "readout", folder)
    entry = folder / "readout.html"
    lines = entry.read_text(encoding="utf-8").splitlines()
    lines.insert(line - 1, text)
    entry.write_text("\n".join(lines), encoding="utf-8")
    return folder, entry


@pytest.mark.parametrize(
    ("text", "message"),
    [("{% if %}", "Expected an expression"), ("{{ visit.titel }}", "no attribute 'titel'")],
)
def test_template_mistake_is_one_line_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    folder, entry = _broken_copy(tmp_path, 20, text)
    out = tmp_path / "out"

    assert main(["export", "-t", str(folder), "-o", str(out)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{entry}:20: ") and message in line
    assert not out.exists() or not any(out.iterdir())

    assert main(["templates", "--check", str(folder)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{entry}:20: ")


@pytest.mark.parametrize("template", PAGES)
def test_check_passes_every_built_in(template: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "--check", template]) == 0
    assert capsys.readouterr().out == f"{builtin_templates_dir() / template}: OK\n"


def test_check_finds_a_reference_document_lacking_a_style(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "memo"
    shutil.copytree(builtin_templates_dir() / "memcon", folder)
    reference = docx.Document(str(folder / "reference.docx"))
    heading = reference.styles["Heading 2"].element
    heading.getparent().remove(heading)
    reference.save(str(folder / "reference.docx"))

    assert main(["templates", "--check", str(folder)]) == 2
    assert capsys.readouterr().err == (
        f"{folder / 'reference.docx'}: reference document lacks the style 'Heading 2'\n"
    )


def test_user_template_with_a_built_in_name_overrides_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = user_templates_dir() / "memcon"
    assert main(["templates", "--copy", "memcon", str(mine)]) == 0
    spec = mine / "template.toml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace('description = "', 'description = "Ours. '),
        encoding="utf-8",
    )
    entry = mine / "memcon.html"
    entry.write_text(
        entry.read_text(encoding="utf-8").replace("MEMORANDUM OF CONVERSATION", "OUR MEMO"),
        encoding="utf-8",
    )
    capsys.readouterr()

    assert main(["templates"]) == 0
    listed = capsys.readouterr().out
    assert "memcon         Ours. Memorandum" in listed and listed.count("memcon ") == 1
    exported = _export(tmp_path / "out", "memcon")
    assert "OUR MEMO" in _pdf_pages(exported["pdf"])[0]


def test_logo_from_the_template_assets_on_the_cover(tmp_path: Path) -> None:
    folder = tmp_path / "with-logo"
    assert main(["templates", "--copy", "briefing-book", str(folder)]) == 0
    (folder / "assets").mkdir()
    PILImage.new("RGB", (300, 300), (120, 20, 40)).save(folder / "assets" / "seal.png")
    spec = folder / "template.toml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("[page]", 'logo = "seal.png"\n\n[page]'),
        encoding="utf-8",
    )

    exported = _export(tmp_path / "out", str(folder))

    with pdfplumber.open(exported["pdf"]) as pdf:
        [image] = pdf.pages[0].images
        assert image["x0"] == pytest.approx(25 * 72 / 25.4, abs=0.5)
    assert len(docx.Document(str(exported["docx"])).inline_shapes) == 1


def test_copy_refuses_an_existing_folder_and_a_bad_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "taken").mkdir()
    assert main(["templates", "--copy", "readout", str(tmp_path / "taken")]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["templates", "--copy", "readout", str(tmp_path / "Bad Name")]) == 2
    assert "lower-case letters, digits and dashes" in capsys.readouterr().err
    assert not (tmp_path / "Bad Name").exists()


@pytest.mark.parametrize("template", list(PAGES))
def test_names_in_their_own_script_are_printed_beside_the_name(template: str) -> None:
    from briefing.render.pipeline import render_markup
    from briefing.render.templates import find_template

    record = load_record(sample_record().with_name(f"bilingual-{STEM}.visit.json"))
    markup = render_markup(record, find_template(template))
    assert "Hiyam Al-Yasiri (هيام الياسري)" in markup
    assert "(جاسم عبد العزيز حمادي)" in markup
    plain = render_markup(load_record(sample_record()), find_template(template))
    assert "name_native" not in plain and "()" not in plain


def test_the_programme_follows_the_order_of_the_meetings(tmp_path: Path) -> None:
    def evening_first(data: dict[str, Any]) -> None:
        data["meetings"][0]["start_time"] = "18:00"
        data["meetings"][1]["start_time"] = "09:00"

    exported = _export(tmp_path, "briefing-book", _record_with(tmp_path, evening_first))
    text = _squash(" ".join(_pdf_pages(exported["pdf"])[1:]))
    programme = text[text.index("Programme") : text.index("Participants")]
    meetings = text[text.index("Meetings", text.index("Participants")) :]
    first, second = "Political consultations", "Minister of Communications"
    assert programme.index(first) < programme.index(second)
    assert meetings.index(first) < meetings.index(second)


def test_a_photos_alt_text_is_the_docx_pictures_description(tmp_path: Path) -> None:
    def with_photo(data: dict[str, Any]) -> None:
        (tmp_path / "talks.png").write_bytes(b"")
        PILImage.new("RGB", (320, 200), (40, 80, 120)).save(tmp_path / "talks.png")
        data["photos"] = [
            {
                "path": "talks.png",
                "caption": "Talks at the ministry",
                "credit": "MFA",
                "alt": "Two delegations across a long table",
            },
            {"path": "talks.png", "caption": "The same room", "credit": None, "alt": None},
        ]

    exported = _export(tmp_path, "briefing-book", _record_with(tmp_path, with_photo))
    shapes = docx.Document(str(exported["docx"])).inline_shapes
    descriptions = [s._inline.docPr.get("descr") for s in shapes]
    assert descriptions == ["Two delegations across a long table", "The same room"]
