"""The worked example of docs/templates.md, followed step by step from the page itself.

The commands and snippets are read out of the documentation, so the page and the
behaviour cannot drift apart unnoticed.
"""

from __future__ import annotations

import json
import os
import re
import shlex
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pytest

from briefing.cli import main
from briefing.render.templates import user_templates_dir
from briefing.resources import sample_record

DOCS = Path(__file__).parents[1] / "docs" / "templates.md"


def _worked_example() -> list[tuple[str, str]]:
    """The (language, text) of each code block in the worked example, in order."""
    page = DOCS.read_text(encoding="utf-8")
    section = page.split("## Making a template from a built-in")[1].split("\n## ")[0]
    blocks = re.findall(r"^ *```(\w+)\n(.*?)^ *```", section, flags=re.MULTILINE | re.DOTALL)
    return [(language, _dedent(text)) for language, text in blocks]


def _dedent(text: str) -> str:
    lines = text.splitlines()
    indent = min(len(line) - len(line.lstrip()) for line in lines if line.strip())
    return "\n".join(line[indent:] for line in lines)


def _run(command: str) -> int:
    """A `briefing …` line of the page, with ~/.config standing for the test's own."""
    home = os.environ["XDG_CONFIG_HOME"]
    arguments = shlex.split(command.replace("~/.config", home))
    assert arguments[0] == "briefing"
    return main(arguments[1:])


def _apply_toml(original: str, fragment: str) -> str:
    """Set each ``key = value`` of ``fragment`` in ``original``, table by table, as an
    editor would: replace the key's line in the same table."""
    section = ""
    result = original
    for line in fragment.splitlines():
        if line.startswith("["):
            section = line
            continue
        if "=" not in line:
            continue
        key = line.split("=")[0].strip()
        start = result.index(section) if section else 0
        end = result.find("\n[", start + 1)
        end = len(result) if end == -1 else end
        table = result[start:end]
        edited, count = re.subn(rf"^{key}\s*=.*$", line, table, count=1, flags=re.MULTILINE)
        if not count:
            edited = table.rstrip("\n") + f"\n{line}\n"
        result = result[:start] + edited + result[end:]
    return result


def _record(tmp_path: Path) -> Path:
    data: dict[str, Any] = json.loads(sample_record().read_text(encoding="utf-8"))
    points = data["visit"]["key_points"]
    points[2] = {"text": points[2], "classification": "OFFICIAL-SENSITIVE"}
    path = tmp_path / "visit.visit.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_worked_example_makes_a_working_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = _worked_example()
    assert [language for language, _ in blocks] == [
        "sh", "toml", "html", "html", "html", "sh", "po", "sh"
    ]  # fmt: skip
    (_, copy), (_, settings), (_, old), (_, new), (_, added), (_, check), (_, po), (_, again) = (
        blocks
    )

    assert _run(copy) == 0
    folder = user_templates_dir() / "unit-brief"
    assert capsys.readouterr().out == f"wrote {folder} (template 'unit-brief')\n"

    spec = folder / "template.toml"
    spec.write_text(_apply_toml(spec.read_text(encoding="utf-8"), settings), encoding="utf-8")
    entry = folder / "briefing.html"
    html = entry.read_text(encoding="utf-8")
    assert old in html and '<spacer height="14">' in html
    html = html.replace(old, new).replace('<spacer height="14">', f'{added}\n<spacer height="14">')
    entry.write_text(html, encoding="utf-8")

    assert _run(check) == 2
    line = next(n for n, text in enumerate(html.splitlines(), start=1) if "UNIT BRIEF" in text)
    assert capsys.readouterr().out == (
        f"{entry}:{line}: az: no translation of 'UNIT BRIEF — FOR THE PRINCIPAL'\n"
    )
    catalog = folder / "locale" / "az" / "LC_MESSAGES" / "unit-brief.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(po, encoding="utf-8")
    assert _run(again) == 0
    assert capsys.readouterr().out == f"{folder}: OK\n"
    assert main(["templates"]) == 0
    assert "unit-brief     Unit brief: the briefing book" in capsys.readouterr().out

    out = tmp_path / "out"
    assert main(["export", str(_record(tmp_path)), "-t", "unit-brief", "-o", str(out)]) == 0

    with pdfplumber.open(out / "visit-unit-brief.pdf") as pdf:
        cover = pdf.pages[0]
        cover_text = re.sub(r"\s+", " ", cover.extract_text() or "")
        title = [c for c in cover.chars if c["text"] == "V" and c["size"] > 18]
        pages = [re.sub(r"\s+", " ", p.extract_text() or "") for p in pdf.pages]
    assert "UNIT BRIEF — FOR THE PRINCIPAL" in cover_text
    assert "Talks aimed at enhancing bilateral relations" in cover_text
    assert title and all(
        c["non_stroking_color"] == pytest.approx((0.478, 0.122, 0.169), abs=0.01) for c in title
    )
    assert all(page.startswith("OFFICIAL-SENSITIVE") for page in pages)
    assert "(OS) Both sides expressed confidence that the upcoming meeting" in pages[1]
    assert "(O) Second round of Azerbaijan–Iraq political consultations" in pages[1]

    document = docx.Document(str(out / "visit-unit-brief.docx"))
    assert str(document.styles["Heading 1"].font.color.rgb) == "7A1F2B"
    texts = [p.text for p in document.paragraphs]
    assert "UNIT BRIEF — FOR THE PRINCIPAL" in texts
    assert any(t.startswith("(OS) Both sides expressed confidence") for t in texts)

    record = _record(tmp_path)
    data = json.loads(record.read_text(encoding="utf-8"))
    data["document"]["language"] = "az"
    record.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["export", str(record), "-t", "unit-brief", "-f", "pdf", "-o", str(out)]) == 0
    with pdfplumber.open(out / "visit-unit-brief.pdf") as pdf:
        cover_text = re.sub(r"\s+", " ", pdf.pages[0].extract_text() or "")
    assert "BÖLMƏNİN ARAYIŞI — RƏHBƏR ÜÇÜN" in cover_text and "Məzmun" in cover_text
