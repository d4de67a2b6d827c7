"""Templates run sandboxed: no files, modules or Python internals, and a failure writes nothing."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

from briefing.cli import main
from briefing.model import Record
from briefing.render.pipeline import markup_allowance, render_markup
from briefing.render.templates import builtin_templates_dir, find_template

ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ self.__init__.__globals__ }}",
    "{{ visit.__class__.__base__.__subclasses__() }}",
    "{{ namespace.__init__.__globals__ }}",
    "{% include '/etc/passwd' %}",
    "{% include '../../../../../../etc/passwd' %}",
    "{% import 'os' as os %}",
    "{{ range(10**12) | list | length }}",
    "{{ 'x' * 10**10 }}",
    "{{ 2 ** 100000000 }}",
    "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}",
    "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
    "{% set r = range(100000) | list %}{% for a in r %}{% for b in r %}{% endfor %}{% endfor %}",
    "{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}{{ r(0) }}",
    # Sizes asked of filters and formats, and products of nested lists.
    "{{ 'x' | center(3000000000) }}",
    "{{ 'x' | indent(3000000000) }}",
    "{{ '{:>3000000000}'.format('x') }}",
    "{{ '{:>{w}}'.format('x', w=3000000000) }}",
    "{{ '{0:{1}}'.format('x', 3000000000) }}",
    "{{ '%3000000000s' | format('x') }}",
    "{{ '%*s' | format(3000000000, 'x') }}",
    "{{ '%3000000000s' % 'x' }}",
    "{{ ([[0] * 1000000] * 1000000) | string }}",
    "{% set a = [0] * 1000 %}{% set b = [a] * 1000 %}{{ ([b] * 1000) | string }}",
    "{{ ('x' * 1000000) | replace('x', 'yy') }}",
    "{{ (['x' * 900000] * 1) + (['y' * 900000] * 1) }}",
    "{% set s = 'x' * 900000 %}{{ s ~ s }}",
    "{% set s = 'x' * 600000 %}{{ [s, s] | join }}",
    # Work without a loop, and work inside few loop steps.
    "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "{% for i in range(4000000) %}{{ range(100000) | sum }}{% endfor %}",
    "{% for i in range(1000) %}{{ ([1] * 1000000) | sum }}{% endfor %}",
    # Markup far beyond what the record holds: 7 MB would take a minute to lay out.
    "{% for i in range(100000) %}{{ 'words ' * 12 }}{% endfor %}",
    "</p>{% for i in range(100000) %}<p><b>Paragraph</b> {{ i }} of a flood.</p>{% endfor %}<p>",
]


def _hostile_template(tmp_path: Path, expression: str) -> Path:
    folder = tmp_path / "hostile"
    shutil.copytree(builtin_templates_dir() / "briefing-book", folder)
    spec = folder / "template.toml"
    entry = spec.read_text(encoding="utf-8").split('entry = "', 1)[1].split('"', 1)[0]
    (folder / entry).write_text(
        f"<html><head><title>t</title></head><body><p>{expression}</p></body></html>",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize("expression", ESCAPES)
def test_escape_attempts_fail_cleanly_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], expression: str
) -> None:
    folder = _hostile_template(tmp_path, expression)
    out = tmp_path / "out"
    code = main(["export", "-t", str(folder), "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 2, captured.err
    [line] = captured.err.splitlines()
    assert line.startswith(f"{folder}"), line
    assert "root:" not in line and "uid=" not in line
    assert not out.exists() or list(out.iterdir()) == []


def _secret(tmp_path: Path) -> Path:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-WORDS", encoding="utf-8")
    return secret


@pytest.mark.parametrize("how", ["file", "folder"])
def test_links_in_a_template_folder_read_nothing_outside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    secret = _secret(tmp_path)
    if how == "file":
        folder = _hostile_template(tmp_path, "{% include 'leak.html' %}")
        (folder / "leak.html").symlink_to(secret)
    else:
        folder = _hostile_template(tmp_path, "{% include 'r/secret.txt' %}")
        (folder / "r").symlink_to(tmp_path, target_is_directory=True)
    out = tmp_path / "out"
    assert main(["export", "-t", str(folder), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "outside the template folder" in err and "TOP-SECRET" not in err
    assert not out.exists() or list(out.iterdir()) == []


def test_copying_a_template_copies_links_as_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = _secret(tmp_path)
    folder = _hostile_template(tmp_path, "x")
    (folder / "leak.html").symlink_to(secret)
    copy = tmp_path / "copied"
    assert main(["templates", "--copy", str(folder), str(copy)]) == 0
    assert (copy / "leak.html").is_symlink()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("reference_docx", "../outside.docx"),
        ("reference_docx", "ABSOLUTE"),
        ("reference_docx", "linked.docx"),
        ("logo", "linked.png"),
    ],
)
def test_template_files_must_stay_in_the_template_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, value: str
) -> None:
    outside = tmp_path / "outside.docx"
    shutil.copy(builtin_templates_dir() / "memcon" / "reference.docx", outside)
    folder = _hostile_template(tmp_path, "x")
    (folder / "linked.docx").symlink_to(outside)
    (folder / "assets").mkdir(exist_ok=True)
    (folder / "assets" / "linked.png").symlink_to(outside)
    value = str(outside) if value == "ABSOLUTE" else value
    spec = folder / "template.toml"
    spec.write_text(f'{key} = "{value}"\n' + spec.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["templates", "--check", str(folder)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{spec}: {key}: ") and "outside the template folder" in line


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n{ } loop\n", "PNG or JPEG"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "PNG or JPEG"),
    ],
)
def test_a_template_logo_must_be_a_png_or_jpeg_by_its_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, problem: str
) -> None:
    folder = tmp_path / "logo-template"
    shutil.copytree(builtin_templates_dir() / "readout", folder)
    (folder / "assets").mkdir()
    (folder / "assets" / "logo.png").write_bytes(content)
    spec = folder / "template.toml"
    spec.write_text('logo = "logo.png"\n' + spec.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", "-t", str(folder), "-o", str(out)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{folder / 'assets' / 'logo.png'}: ") and problem in line
    assert not out.exists() or list(out.iterdir()) == []


@pytest.mark.parametrize("name", ["briefing-book", "memcon", "readout", "one-pager"])
def test_built_in_templates_print_well_within_the_markup_allowance(
    name: str, sample_data: dict[str, Any]
) -> None:
    """The allowance stops a template printing in a loop, never a real brief of a big
    record: each built-in prints under half of it for a record of 300 meetings."""
    data = copy.deepcopy(sample_data)
    data["meetings"] = [
        {**meeting, "id": f"{meeting['id']}-{n}"} for n in range(75) for meeting in data["meetings"]
    ]
    record = Record.model_validate(data)

    printed = len(render_markup(record, find_template(name)))

    assert printed < markup_allowance(record) / 2
