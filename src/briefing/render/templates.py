"""Templates are folders: ``template.toml`` (settings), a Jinja entry file, their own assets.

Lookup order for a name: the user's template folder, then the built-ins; a path
to a folder is used as it is.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefing.document import Layout
from briefing.errors import TemplateError
from briefing.resources import data_dir, fonts_dir

SPEC_FILE = "template.toml"
ASSETS_FOLDER = "assets"
LOCALE_FOLDER = "locale"
SHARED_FOLDER = "_shared"
_COLOR = r"^#[0-9A-Fa-f]{6}$"


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Margins(_Spec):
    top: float = Field(25.0, ge=5, le=80)
    bottom: float = Field(25.0, ge=5, le=80)
    left: float = Field(25.0, ge=5, le=80)
    right: float = Field(25.0, ge=5, le=80)


class _Page(_Spec):
    size: Literal["A4", "Letter"] = "A4"
    margins_mm: _Margins = Field(default_factory=_Margins)


class _Type(_Spec):
    font: str = Field("NotoSans", pattern=r"^[A-Za-z0-9]+$")
    font_name: str = Field("Noto Sans", pattern=r"^[^\x00-\x1f\x7f]{1,100}$")
    base_size: float = Field(11.0, ge=7, le=16)


class _Colors(_Spec):
    heading: str = Field("#1F3864", pattern=_COLOR)
    marking: str = Field("#000000", pattern=_COLOR)
    rule: str = Field("#8EA9C8", pattern=_COLOR)
    table_header: str = Field("#DCE6F2", pattern=_COLOR)


class _Markings(_Spec):
    """Where the classification goes besides the banner every page carries."""

    portion_marks: bool = False
    """Print ``(OS)`` and the like in front of each marked portion."""
    cover: bool = True
    """Repeat the marking (and caveat) in the cover or title block."""


class TemplateSpec(_Spec):
    """The keys of ``template.toml`` (documented in docs/templates.md)."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    description: str
    entry: str = "briefing.html"
    page: _Page = Field(default_factory=_Page)
    type: _Type = Field(default_factory=_Type)
    colors: _Colors = Field(default_factory=_Colors)
    markings: _Markings = Field(default_factory=_Markings)
    logo: str | None = Field(None, pattern=r"^[^/\\:]+$")
    """A picture in the template's ``assets/`` folder, for the template to place."""
    reference_docx: str | None = None
    languages: list[str] = Field(default_factory=lambda: ["en"])
    """The languages the template is translated into (``briefing templates --check``)."""
    options: dict[str, Any] = Field(default_factory=dict)


@dataclass(frozen=True)
class Template:
    folder: Path
    spec: TemplateSpec

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def description(self) -> str:
        return self.spec.description

    def layout(self) -> Layout:
        spec = self.spec
        margins = spec.page.margins_mm
        return Layout(
            page_size=spec.page.size,
            margin_top_mm=margins.top,
            margin_bottom_mm=margins.bottom,
            margin_left_mm=margins.left,
            margin_right_mm=margins.right,
            font=spec.type.font,
            font_name=spec.type.font_name,
            base_size=spec.type.base_size,
            heading_color=spec.colors.heading,
            marking_color=spec.colors.marking,
            rule_color=spec.colors.rule,
            table_header_fill=spec.colors.table_header,
            reference_docx=self.folder / spec.reference_docx if spec.reference_docx else None,
        )


def user_templates_dir() -> Path:
    return Path(platformdirs.user_config_dir("briefing")) / "templates"


def builtin_templates_dir() -> Path:
    return data_dir("templates")


def shared_macros_dir() -> Path:
    """The built-ins' folder of macros every template may import (not a template: no spec)."""
    return builtin_templates_dir() / SHARED_FOLDER


def load_template(folder: Path) -> Template:
    """Read the template in ``folder``; any problem is a TemplateError naming the file."""
    spec_path = folder / SPEC_FILE
    if not spec_path.is_file():
        raise TemplateError(f"{folder}: not a template (no {SPEC_FILE})")
    try:
        data = tomllib.loads(spec_path.read_text(encoding="utf-8"))
        spec = TemplateSpec.model_validate(data)
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(f"{spec_path}: {error}") from None
    except UnicodeDecodeError:
        raise TemplateError(f"{spec_path}: not UTF-8 text") from None
    except RecursionError:
        raise TemplateError(f"{spec_path}: nested too deeply") from None
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise TemplateError(f"{spec_path}: {where}: {first['msg']}") from None
    if not (fonts_dir() / f"{spec.type.font}-Regular.ttf").is_file():
        raise TemplateError(f"{spec_path}: type.font: no font {spec.type.font!r} is installed")
    if not (folder / spec.entry).is_file():
        raise TemplateError(f"{spec_path}: entry: no file {spec.entry!r} in the template")
    if spec.reference_docx and not (folder / spec.reference_docx).is_file():
        raise TemplateError(f"{spec_path}: reference_docx: no file {spec.reference_docx!r}")
    if spec.logo and not (folder / ASSETS_FOLDER / spec.logo).is_file():
        raise TemplateError(f"{spec_path}: logo: no file {spec.logo!r} in {ASSETS_FOLDER}/")
    for key, name in (
        ("entry", spec.entry),
        ("reference_docx", spec.reference_docx),
        ("logo", f"{ASSETS_FOLDER}/{spec.logo}" if spec.logo else None),
    ):
        if name and not inside(folder, folder / name):
            raise TemplateError(f"{spec_path}: {key}: {name!r} leads outside the template folder")
    return Template(folder, spec)


def inside(folder: Path, path: Path) -> bool:
    """Whether ``path``, links followed, is in ``folder`` (links followed too): a template
    reads its own files, never what a link in it points to elsewhere."""
    return path.resolve().is_relative_to(folder.resolve())


def find_template(name_or_dir: str) -> Template:
    """A template by name (user's first, then built-in) or by folder path."""
    path = Path(name_or_dir)
    if path.is_dir():
        return load_template(path)
    for root in (user_templates_dir(), builtin_templates_dir()):
        if (root / name_or_dir / SPEC_FILE).is_file():
            return load_template(root / name_or_dir)
    known = ", ".join(t.name for t in list_templates())
    raise TemplateError(f"no template named {name_or_dir!r} (known: {known})")


def list_templates(problems: list[str] | None = None) -> list[Template]:
    """Every available template, a user's one hiding a built-in of the same name. A
    template that cannot be read is left out, its problem added to ``problems``: one
    broken folder does not hide the others."""
    found: dict[str, Template] = {}
    for root in (builtin_templates_dir(), user_templates_dir()):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if (folder / SPEC_FILE).is_file():
                try:
                    template = load_template(folder)
                except TemplateError as error:
                    if problems is not None:
                        problems.append(str(error))
                    continue
                found[template.name] = template
    return sorted(found.values(), key=lambda t: t.name)
