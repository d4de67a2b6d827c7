"""Templates run sandboxed: no files, modules or Python internals, and a failure writes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.render.templates import builtin_templates_dir

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
