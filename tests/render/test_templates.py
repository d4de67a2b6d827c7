"""Templates: lookup, settings, and errors that name the template file and line."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from briefing.cli import main
from briefing.errors import TemplateError
from briefing.model import load_record
from briefing.render.pipeline import render_document, render_markup
from briefing.render.templates import builtin_templates_dir, find_template, list_templates


def _copy_builtin(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    shutil.copytree(builtin_templates_dir() / "briefing-book", folder)
    return folder


def test_builtin_template_renders_the_sample(sample_path: Path) -> None:
    document = render_document(
        load_record(sample_path), find_template("briefing-book"), sample_path.parent
    )
    assert document.meta.marking == "OFFICIAL"
    assert document.meta.footer == "BRF-2025-014"
    assert document.meta.date == "2025-04-21"


def test_template_folder_by_path(tmp_path: Path) -> None:
    template = find_template(str(_copy_builtin(tmp_path)))
    assert template.folder == tmp_path / "mine"


def test_user_template_overrides_builtin_of_the_same_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    folder = config / "briefing" / "templates" / "briefing-book"
    shutil.copytree(builtin_templates_dir() / "briefing-book", folder)
    spec = folder / "template.toml"
    spec.write_text(spec.read_text().replace('description = "Full', 'description = "Mine. Full'))
    assert find_template("briefing-book").folder == folder
    [listed] = [t for t in list_templates() if t.name == "briefing-book"]
    assert listed.description.startswith("Mine.")


def test_syntax_error_names_file_and_line(tmp_path: Path, sample_path: Path) -> None:
    folder = _copy_builtin(tmp_path)
    entry = folder / "briefing.html"
    lines = entry.read_text().splitlines()
    lines.insert(4, "{% if %}")
    entry.write_text("\n".join(lines))
    with pytest.raises(TemplateError, match=rf"^{entry}:5: "):
        render_markup(load_record(sample_path), find_template(str(folder)))


def test_undefined_variable_names_file_and_line(tmp_path: Path, sample_path: Path) -> None:
    folder = _copy_builtin(tmp_path)
    entry = folder / "briefing.html"
    lines = entry.read_text().splitlines()
    lines.insert(6, "{{ visit.no_such_field }}")
    entry.write_text("\n".join(lines))
    with pytest.raises(TemplateError, match=rf"^{entry}:7: .*no_such_field"):
        render_markup(load_record(sample_path), find_template(str(folder)))


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ visit.__class__ }}",
        "{% include '/etc/passwd' %}",
        "{% include '../../../../etc/passwd' %}",
        "{{ range(10**12) | list }}",
        "{{ lipsum() }}",
    ],
)
def test_sandbox_refuses_escapes(tmp_path: Path, sample_path: Path, expression: str) -> None:
    folder = _copy_builtin(tmp_path)
    entry = folder / "briefing.html"
    entry.write_text(f"<html><body><p>{expression}</p></body></html>")
    with pytest.raises(TemplateError) as raised:
        render_markup(load_record(sample_path), find_template(str(folder)))
    assert "root:" not in str(raised.value)


def test_bad_template_toml_is_named(tmp_path: Path) -> None:
    folder = _copy_builtin(tmp_path)
    spec = folder / "template.toml"
    spec.write_text(spec.read_text().replace('size = "A4"', 'size = "A3"'))
    with pytest.raises(TemplateError, match=rf"^{spec}: page.size: "):
        find_template(str(folder))


def test_shared_macros_are_importable_and_overridable(tmp_path: Path, sample_path: Path) -> None:
    record = load_record(sample_path)
    copied = _copy_builtin(tmp_path / "copied")
    assert "<b>Own macro</b>" not in render_markup(record, find_template(str(copied)))
    assert "_shared" not in {t.folder.name for t in list_templates()}
    overriding = _copy_builtin(tmp_path / "overriding")
    shared = (builtin_templates_dir() / "_shared" / "shared.html").read_text()
    own = "{% macro principal_line(p) %}<b>Own macro</b>{% endmacro %}\n"
    (overriding / "shared.html").write_text(shared + own)
    assert "<b>Own macro</b>" in render_markup(record, find_template(str(overriding)))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda text: text.encode("utf-16"), "not UTF-8 text"),
        (lambda text: ("x = " + "[" * 5000 + "]" * 5000 + "\n" + text).encode(), "nested too"),
        (
            lambda text: text.replace(
                'font_name = "Noto Sans"', 'font_name = "No\\u0000to"'
            ).encode(),
            "type.font_name: ",
        ),
        (
            lambda text: text.replace('font = "NotoSans"', 'font = "ComicSans"').encode(),
            "type.font: no font 'ComicSans' is installed",
        ),
    ],
)
def test_a_broken_template_toml_is_a_named_error(tmp_path: Path, change: Any, message: str) -> None:
    folder = _copy_builtin(tmp_path)
    spec = folder / "template.toml"
    spec.write_bytes(change(spec.read_text(encoding="utf-8")))
    with pytest.raises(TemplateError, match=rf"^{spec}: .*{message}"):
        find_template(str(folder))


def test_one_broken_user_template_does_not_hide_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    broken = config / "briefing" / "templates" / "broken"
    broken.mkdir(parents=True)
    (broken / "template.toml").write_bytes(b"\xff\xfe not toml")
    assert main(["templates"]) == 2
    out = capsys.readouterr()
    assert [line.split()[0] for line in out.out.splitlines()] == [
        "briefing-book", "memcon", "one-pager", "readout"
    ]  # fmt: skip
    assert out.err == f"{broken / 'template.toml'}: not UTF-8 text\n"
