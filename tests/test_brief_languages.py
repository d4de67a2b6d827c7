"""Briefs wholly in the reader's language: catalogs, dates, lists and right-to-left order.

The Azerbaijani and Arabic samples go through every built-in template in both formats;
the exported files are opened and searched for any English the templates or the code
would add, for English month names, and for dates in the right reading order.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import briefing.render
from briefing.cli import main
from briefing.i18n import LOCALE_DIR, SHIPPED, read_catalog
from briefing.render.templates import builtin_templates_dir, find_template
from briefing.resources import data_dir
from briefing.template_tools import untranslated

SAMPLES = data_dir("assets") / "sample"
AZERBAIJANI = SAMPLES / "azerbaijani-rafiyev-baghdad-2025.visit.json"
ARABIC = SAMPLES / "arabic-rafiyev-baghdad-2025.visit.json"
TEMPLATES = ("briefing-book", "memcon", "one-pager", "readout")
KEY_OUTCOMES_AZ = "Əsas nəticələr"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_PLACEHOLDER = re.compile(r"%\(\w+\)s|<[^>]+>")


def _export(record: Path, template: str, folder: Path) -> dict[str, Path]:
    assert main(["export", str(record), "-t", template, "-o", str(folder)]) == 0
    stem = record.name.removesuffix(".visit.json")
    stem += "" if template == "briefing-book" else f"-{template}"
    return {"pdf": folder / f"{stem}.pdf", "docx": folder / f"{stem}.docx"}


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _docx_text(path: Path) -> str:
    """Every text of the package: body, tables, headers, footers and the contents."""
    with zipfile.ZipFile(path) as package:
        parts = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
        xml = " ".join(package.read(n).decode("utf-8") for n in parts)
    xml = xml.replace("</w:p>", "<w:t> </w:t></w:p>")  # a space between paragraphs
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def _english_phrases(language: str) -> list[str]:
    """The English of each message the language's catalog words differently, cut at
    placeholders: what must not be left in a brief in that language."""
    catalog = read_catalog(LOCALE_DIR / language / "LC_MESSAGES" / "briefing.po")
    phrases = set()
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for english in ids:
            if english in strings:
                continue
            for piece in _PLACEHOLDER.split(english):
                piece = piece.strip(" .,;:()“”")
                if re.search(r"[A-Za-z]{4,}", piece):
                    phrases.add(piece)
    return sorted(phrases)


@pytest.fixture(scope="module")
def briefs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], dict[str, Path]]:
    folder = tmp_path_factory.mktemp("briefs")
    return {
        (language, template): _export(record, template, folder)
        for language, record in (("az", AZERBAIJANI), ("ar", ARABIC))
        for template in TEMPLATES
    }


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("language", ["az", "ar"])
@pytest.mark.parametrize("format_name", ["pdf", "docx"])
def test_no_english_that_the_product_adds(
    briefs: dict[tuple[str, str], dict[str, Path]], language: str, template: str, format_name: str
) -> None:
    path = briefs[language, template][format_name]
    text = _pdf_text(path) if format_name == "pdf" else _docx_text(path)
    english = [p for p in _english_phrases(language) if re.search(rf"\b{re.escape(p)}\b", text)]
    assert english == []
    months = [m for m in MONTHS if re.search(rf"\b{m[:3]}", text)]
    assert months == []


def test_azerbaijani_dates_numbers_and_page_labels(
    briefs: dict[tuple[str, str], dict[str, Path]],
) -> None:
    pdf = _pdf_text(briefs["az", "briefing-book"]["pdf"])
    assert "Bağdad, İraq · 20 aprel 2025" in pdf
    assert "Tarix 21 aprel 2025" in pdf
    assert re.search(r"Səhifə 1 / \d", pdf)
    # Capitals as Azerbaijani writes them: i → İ, not I.
    assert "XARİCİ İŞLƏR NAZİRİNİN MÜAVİNİ" in pdf
    document = docx.Document(str(briefs["az", "briefing-book"]["docx"]))
    assert "20 apr 2025" in [c.text for t in document.tables for r in t.rows for c in r.cells]


def test_arabic_words_and_separators_in_the_docx(
    briefs: dict[tuple[str, str], dict[str, Path]],
) -> None:
    text = _docx_text(briefs["ar", "briefing-book"]["docx"])
    for words in ("المحتويات", "البرنامج", "لم تُذكر أسماؤهم في التقارير", "الصفحة"):
        assert words in text
    assert "بغداد، العراق" in text  # the Arabic comma where the template joins places
    assert "بغداد, العراق" not in text


def test_dates_and_references_keep_their_order_in_a_right_to_left_docx(
    briefs: dict[tuple[str, str], dict[str, Path]],
) -> None:
    """The template isolates dates and references; Word gets them between marks of their
    own direction, which every word processor honours."""
    text = _docx_text(briefs["ar", "briefing-book"]["docx"])
    assert "\u200f20 أبريل 2025\u200f" in text
    assert "\u200eBRF-2025-014\u200e" in text
    assert not re.search("[\u2066-\u2069]", text)


def _lines(path: Path, page: int) -> list[list[str]]:
    """The words of each line of a PDF page, left to right as laid out. Arabic and Latin
    faces sit at different heights, so words within a few points are one line."""
    with pdfplumber.open(path) as pdf:
        words = sorted(pdf.pages[page].extract_words(), key=lambda w: w["top"])
    lines: list[list[dict[str, Any]]] = []
    for word in words:
        if lines and word["top"] - lines[-1][0]["top"] < 8:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [[w["text"] for w in sorted(line, key=lambda w: w["x0"])] for line in lines]


def test_dates_read_right_to_left_in_an_arabic_pdf(
    briefs: dict[tuple[str, str], dict[str, Path]],
) -> None:
    """ "21 أبريل 2025" is laid out with the day rightmost, as an Arabic reader reads it
    (not "2025 21 …" turned round), and the reference stays one left-to-right word."""
    lines = _lines(briefs["ar", "briefing-book"]["pdf"], 0)
    assert ["BRF-2025-014"] in [line[:1] for line in lines]
    [dated] = [line for line in lines if "21" in line and "2025" in line]
    assert dated.index("2025") < dated.index("21")


def test_regional_month_names_follow_the_language_tag(tmp_path: Path) -> None:
    data = json.loads(ARABIC.read_text(encoding="utf-8"))
    data["document"]["language"] = "ar-IQ"
    record = tmp_path / "iraq.visit.json"
    record.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    paths = _export(record, "briefing-book", tmp_path)
    assert "\u200f20 نيسان 2025\u200f" in _docx_text(paths["docx"])


def _record_in(tmp_path: Path, language: str) -> Path:
    data = json.loads((SAMPLES / "rafiyev-baghdad-2025.visit.json").read_text(encoding="utf-8"))
    data["document"]["language"] = language
    record = tmp_path / f"{language}.visit.json"
    record.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return record


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", ["Содержание", "20 апреля 2025 г."]),
        ("tr", ["İçindekiler", "20 Nisan 2025"]),
        ("fr", ["Sommaire", "20 avril 2025"]),
        ("en-US", ["Contents", "April 20, 2025"]),
        ("en", ["Contents", "20 April 2025"]),
    ],
)
def test_each_shipped_language_frames_the_brief(
    tmp_path: Path, language: str, expected: list[str]
) -> None:
    text = _docx_text(_export(_record_in(tmp_path, language), "briefing-book", tmp_path)["docx"])
    for words in expected:
        assert words in text


def test_a_language_without_a_catalog_falls_back_to_english_with_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _record_in(tmp_path, "de-AT")
    paths = _export(record, "readout", tmp_path)
    errors = capsys.readouterr().err.splitlines()
    assert errors == [
        f"warning: {record}: $.document.language: no catalog for language 'de-AT': the words "
        "Briefing adds are in English (catalogs: en, ar, az, fr, ru, tr)"
    ]
    text = _docx_text(paths["docx"])
    assert "Key outcomes" in text and "20 April 2025" in text and "April 2025 20" not in text


@pytest.mark.parametrize("language", SHIPPED)
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_string_is_translated(language: str, template: str) -> None:
    missing = [u for u in untranslated(find_template(template)) if u.language == language]
    assert missing == []


def _extracted_messages() -> set[str]:
    """What `pybabel extract -F babel.cfg -k N_` finds now, by singular form: in the
    templates and render modules as installed (a checkout's or a wheel's)."""
    options = {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}
    found: set[str] = set()
    for folder, method in (
        (builtin_templates_dir(), "jinja2"),
        (Path(briefing.render.__file__).parent, "python"),
    ):
        pattern = "**.html" if method == "jinja2" else "**.py"
        for _, _, message, _, _ in extract_from_dir(
            str(folder),
            method_map=[(pattern, method)],
            options_map={pattern: options} if method == "jinja2" else {},
            keywords={"_": None, "gettext": None, "ngettext": (1, 2), "N_": None},
            directory_filter=lambda _: True,
        ):
            found.add(message if isinstance(message, str) else message[0])
    return found


@pytest.mark.parametrize("language", SHIPPED)
def test_each_catalog_holds_exactly_what_the_code_and_templates_say(language: str) -> None:
    catalog = read_catalog(LOCALE_DIR / language / "LC_MESSAGES" / "briefing.po")
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    assert ids == _extracted_messages()
    with (LOCALE_DIR / "briefing.pot").open("rb") as stream:
        template_ids = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(stream) if m.id}
    assert template_ids == ids
    assert [(m.id, errors) for m, errors in catalog.check()] == []


def _user_template(tmp_path: Path, languages: str, catalog: str | None) -> Path:
    folder = tmp_path / "unit-readout"
    assert main(["templates", "--copy", "readout", str(folder)]) == 0
    spec = folder / "template.toml"
    spec.write_text(
        re.sub(r"^languages = .*$", f"languages = {languages}", spec.read_text(), flags=re.M)
    )
    entry = folder / "readout.html"
    entry.write_text(
        entry.read_text().replace(
            "{{ _('VISIT READOUT') }}",
            "{{ _('UNIT READOUT') }}</p><p>{{ _('Prepared for %(unit)s', unit='Gulf desk') }}",
        )
    )
    if catalog is not None:
        po = folder / "locale" / "az" / "LC_MESSAGES" / "template.po"
        po.parent.mkdir(parents=True)
        po.write_text(catalog, encoding="utf-8")
    return folder


def test_templates_check_lists_what_a_user_template_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _user_template(tmp_path, '["en", "az"]', None)
    capsys.readouterr()
    assert main(["templates", "--check", str(folder)]) == 2
    out = capsys.readouterr()
    assert out.out.splitlines() == [
        f"{folder / 'readout.html'}:8: az: no translation of 'UNIT READOUT'",
        f"{folder / 'readout.html'}:8: az: no translation of 'Prepared for %(unit)s'",
    ]
    assert out.err == f"{folder}: 2 missing translations in 1 languages\n"


_UNIT_CATALOG = """msgid ""
msgstr "Content-Type: text/plain; charset=utf-8\\n"

msgid "UNIT READOUT"
msgstr "BÖLMƏNİN YEKUN ARAYIŞI"

#, python-format
msgid "Prepared for %(unit)s"
msgstr "%(unit)s üçün hazırlanıb"
"""


def test_a_user_template_catalog_translates_its_own_words_and_keeps_the_built_in_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _user_template(tmp_path, '["en", "az"]', _UNIT_CATALOG)
    capsys.readouterr()
    assert main(["templates", "--check", str(folder)]) == 0
    assert capsys.readouterr().out == f"{folder}: OK\n"
    assert main(["export", str(AZERBAIJANI), "-t", str(folder), "-o", str(tmp_path)]) == 0
    text = _pdf_text(tmp_path / "azerbaijani-rafiyev-baghdad-2025-unit-readout.pdf")
    assert "BÖLMƏNİN YEKUN ARAYIŞI" in text and "Gulf desk üçün hazırlanıb" in text
    docx_text = _docx_text(tmp_path / "azerbaijani-rafiyev-baghdad-2025-unit-readout.docx")
    assert "BÖLMƏNİN YEKUN ARAYIŞI" in docx_text
    assert KEY_OUTCOMES_AZ in text and "Key outcomes" not in text


def test_a_declared_language_without_any_catalog_lacks_every_word(tmp_path: Path) -> None:
    folder = _user_template(tmp_path, '["en", "de"]', None)
    missing = untranslated(find_template(str(folder)))
    assert {u.language for u in missing} == {"de"}
    assert {"UNIT READOUT", "Key outcomes", "Prepared for %(unit)s"} <= {u.message for u in missing}


def test_a_broken_placeholder_in_a_translation_is_named_by_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _UNIT_CATALOG.replace("%(unit)s üçün", "%(bolme)s üçün")
    folder = _user_template(tmp_path, '["en", "az"]', broken)
    capsys.readouterr()
    assert main(["templates", "--check", str(folder)]) == 2
    po = folder / "locale" / "az" / "LC_MESSAGES" / "template.po"
    assert capsys.readouterr().err == (
        f"{po}: 'Prepared for %(unit)s': unknown named placeholder 'bolme'\n"
    )
