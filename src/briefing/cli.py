"""The ``briefing`` command: it parses arguments and calls the core, nothing more.

Heavy modules (writers, Jinja, pydantic models) are imported inside the
commands that need them, so ``briefing --help`` starts fast; Qt is never
imported here.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from gettext import ngettext
from pathlib import Path

from briefing.errors import BriefingError

EXIT_OK, EXIT_UNEXPECTED, EXIT_BAD_INPUT = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.command(args)
    except BriefingError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except Exception as error:
        if args.debug:
            traceback.print_exc()
        else:
            print(
                f"briefing: unexpected error: {type(error).__name__}: {error} (run with --debug "
                "for details)",
                file=sys.stderr,
            )
        return EXIT_UNEXPECTED
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Formatted briefing documents (PDF, DOCX) from visit records.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    export = commands.add_parser(
        "export",
        help="export records as PDF and DOCX",
        description="Export records (or every .json record in a folder). With no record, "
        "the bundled sample visit is exported.",
    )
    export.add_argument("records", nargs="*", type=Path, metavar="RECORD")
    export.add_argument(
        "-f", "--format", choices=["pdf", "docx", "all"], default="all", help="default: all"
    )
    export.add_argument(
        "-t",
        "--template",
        metavar="NAME|DIR",
        help="a template name or folder (default: briefing-book); outputs of another "
        "template than the default end in its name, e.g. visit-readout.pdf",
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE|DIR",
        help="a folder (default: the current one), or a file name for one record and one format",
    )
    export.add_argument(
        "--release-level",
        metavar="LEVEL",
        help="a releasable edition: leave out every portion marked above LEVEL",
    )
    export.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        metavar="N",
        help="worker processes (default: one per core)",
    )
    export.set_defaults(command=_export)

    validate = commands.add_parser("validate", help="check records and list every problem")
    validate.add_argument("records", nargs="+", type=Path, metavar="RECORD")
    validate.set_defaults(command=_validate)

    templates = commands.add_parser(
        "templates",
        help="list the available templates, check one or copy one",
        description="List the available templates. --check renders the bundled sample through "
        "a template in every format, in memory, and reports the first problem. --copy starts a "
        "new template from an existing one, named after its new folder.",
    )
    action = templates.add_mutually_exclusive_group()
    action.add_argument("--check", metavar="NAME|DIR", help="a template name or folder to check")
    action.add_argument(
        "--copy", nargs=2, metavar=("NAME|DIR", "NEW_DIR"), help="copy a template to a new folder"
    )
    templates.set_defaults(command=_templates)

    schema = commands.add_parser("schema", help="print the record format's JSON Schema")
    schema.set_defaults(command=_schema)

    gui = commands.add_parser("gui", help="open the desktop app")
    gui.add_argument("record", nargs="?", type=Path, metavar="RECORD")
    gui.set_defaults(command=_gui)

    import_ = commands.add_parser(
        "import",
        help="draft a record from a news article or press release about a visit",
        description="Read an article (plain text or HTML; - for standard input) and write a "
        "draft record whose imported fields are marked for review. Without -o the draft is "
        "ARTICLE-STEM.visit.json in the current folder (article.visit.json for standard "
        "input); an existing file is never overwritten. -o - writes standard output.",
    )
    import_.add_argument("article", metavar="ARTICLE")
    import_.add_argument("-o", "--output", metavar="RECORD|-", help="where to write the draft")
    import_.set_defaults(command=_import)

    desktop = commands.add_parser(
        "desktop-install",
        help="add Briefing to the desktop's menu and open .visit.json files with it",
        description="Register the desktop app with freedesktop desktops (Linux, BSD): a menu "
        "entry, the .visit.json file type with its icon, and the app's icon. Without --user, "
        "for every user of the machine (in /usr/local/share, as root).",
    )
    desktop.add_argument("--user", action="store_true", help="for the current user only")
    desktop.add_argument("--uninstall", action="store_true", help="remove what it added")
    desktop.set_defaults(command=_desktop_install)

    new = commands.add_parser("new", help="write a minimal valid record to start from")
    new.add_argument("path", type=Path, metavar="PATH")
    new.set_defaults(command=_new)
    return parser


class _VersionAction(argparse.Action):
    """``--version``, reading the package metadata only when asked (it costs ~40 ms)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from briefing.about import version

        print(f"briefing {version()}")
        parser.exit()


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def _export(args: argparse.Namespace) -> int:
    from briefing.batch import default_workers, export_all, stop_on_signals
    from briefing.export import DEFAULT_TEMPLATE, expand_records, plan_jobs
    from briefing.progress import reporter
    from briefing.render.templates import find_template
    from briefing.resources import sample_record
    from briefing.writers import FORMATS

    stop_on_signals()
    template = find_template(args.template or DEFAULT_TEMPLATE)
    formats = list(FORMATS) if args.format == "all" else [args.format]
    records = expand_records(args.records) if args.records else [sample_record()]
    jobs = plan_jobs(records, formats, args.output, args.release_level, template.name)
    with reporter(len(jobs)) as report:
        export_all(jobs, template, args.jobs or default_workers(), report.done)
    if report.failed:
        if len(records) > 1:
            print(f"briefing: {report.failed} of {len(records)} records failed", file=sys.stderr)
        return EXIT_UNEXPECTED if report.faults else EXIT_BAD_INPUT
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from briefing.model import load_record
    from briefing.model.checks import record_advice

    failed = False
    for path in args.records:
        try:
            record = load_record(path)
        except BriefingError as error:
            failed = True
            for line in error.lines():
                print(line, file=sys.stderr)
        else:
            for advice in record_advice(record):
                print(f"warning: {path}: {advice.path}: {advice.message}", file=sys.stderr)
            print(f"{path}: valid")
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _templates(args: argparse.Namespace) -> int:
    from briefing.render.templates import list_templates

    if args.check:
        from briefing.template_tools import check_template

        template, missing = check_template(args.check)
        for item in missing:
            print(f"{item.where}: {item.language}: no translation of {item.message!r}")
        if missing:
            languages = len({item.language for item in missing})
            print(
                f"{template.folder}: {len(missing)} missing translations in {languages} languages",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        print(f"{template.folder}: OK")
        return EXIT_OK
    if args.copy:
        from briefing.template_tools import copy_template

        copy = copy_template(args.copy[0], Path(args.copy[1]))
        print(f"wrote {copy.folder} (template '{copy.name}')")
        return EXIT_OK
    problems: list[str] = []
    templates = list_templates(problems)
    width = max(len(t.name) for t in templates)
    for template in templates:
        print(f"{template.name:<{width}}  {template.description}")
    for line in problems:
        print(line, file=sys.stderr)
    return EXIT_BAD_INPUT if problems else EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from briefing.model.schema import schema_text

    sys.stdout.write(schema_text())
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from briefing.atomic import write_new
    from briefing.model.new import new_record_text

    path: Path = args.path
    try:
        write_new(path, new_record_text().encode("utf-8"))
    except FileExistsError:
        raise BriefingError(f"{path}: already exists; not overwritten") from None
    except OSError as error:
        raise BriefingError(f"{path}: cannot write: {error.strerror}") from None
    print(f"wrote {path}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from briefing.atomic import write_new
    from briefing.importer import decode_article, draft_from_text, read_article
    from briefing.importer.draft import MAX_ARTICLE_BYTES

    if args.article == "-":
        source, stem = "standard input", "article"
        text = decode_article(sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1), source)
    else:
        article = Path(args.article)
        try:
            text = read_article(article)
        except OSError as error:
            raise BriefingError(f"{article}: cannot read: {error.strerror}") from None
        source, stem = article.name, article.name.split(".")[0] or "article"
    draft = draft_from_text(text, source_name=source)
    info = draft.info
    meetings, fields, placeholders = (
        len(draft.data["meetings"]),
        len(info["unreviewed"]),
        len(info["placeholders"]),
    )
    report = ", ".join(
        (
            ngettext("{n} meeting", "{n} meetings", meetings).format(n=meetings),
            ngettext(
                "{n} imported field to review", "{n} imported fields to review", fields
            ).format(n=fields),
            ngettext("{n} placeholder", "{n} placeholders", placeholders).format(n=placeholders),
        )
    )
    doubt = info["doubts"].get("$.visit.principal.name")
    if doubt:
        principal = draft.data["visit"]["principal"]["name"]
        report += f"; check the visitor: {principal}, or {doubt['value']}?"
    if args.output == "-":
        sys.stdout.write(draft.text())
        print(f"briefing: draft from {source}: {report}", file=sys.stderr)
        return EXIT_OK
    path = Path(args.output) if args.output else Path(f"{stem}.visit.json")
    try:
        write_new(path, draft.text().encode("utf-8"))
    except FileExistsError:
        raise BriefingError(f"{path}: already exists; not overwritten") from None
    except OSError as error:
        raise BriefingError(f"{path}: cannot write: {error.strerror}") from None
    print(f"wrote {path}: {report}")
    return EXIT_OK


def _desktop_install(args: argparse.Namespace) -> int:
    from briefing import desktop

    if args.uninstall:
        done = desktop.uninstall(args.user)
        print(f"removed {len(done.files)} files from {desktop.data_home(args.user)}")
    else:
        done = desktop.install(args.user)
        print(
            f"registered {desktop.gui_executable()} with {len(done.files)} files in "
            f"{desktop.data_home(args.user)}"
        )
    if done.refreshed:
        print(f"refreshed: {', '.join(done.refreshed)}")
    return EXIT_OK


def _gui(args: argparse.Namespace) -> int:
    from briefing.gui.app import main as gui_main

    return gui_main([str(args.record)] if args.record else [])
